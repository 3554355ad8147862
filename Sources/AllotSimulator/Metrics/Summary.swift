import Allot
import Foundation

/// The machine-readable result of a run (summary.json). Everything here is a function of the scenarios and
/// seeds only, so the same command gives byte-identical files; timings live in timing.json.
public struct Summary: Codable, Sendable, Equatable {
    public static let format = "allot-summary/1"

    public var format: String
    public var scenarios: [ScenarioSummary]
}

/// One scenario's outcome: contenders ranked by the primary metric, and the winner.
public struct ScenarioSummary: Codable, Sendable, Equatable {
    public var name: String
    public var description: String
    public var file: String
    public var environmentKind: String
    public var environment: String
    public var length: RunLength
    public var replications: Int
    public var seed: UInt64
    /// Ranking metric's key ("regret").
    public var primaryMetric: String
    public var laiRobbinsBound: Double?
    /// Best first.
    public var contenders: [ContenderSummary]
    public var winner: Winner?
}

/// The first-ranked contender and how sure the ranking is.
public struct Winner: Codable, Sendable, Equatable {
    public var label: String
    public var runnerUp: String
    /// |IQM(winner) − IQM(runner-up)| on the primary metric.
    public var margin: Double
    /// The margin as a share of the runner-up's IQM (nil when that is 0).
    public var relativeMargin: Double?
    /// Whether the two bootstrap 95% intervals overlap (if they do, the ranking is not settled).
    public var intervalsOverlap: Bool
}

public struct ContenderSummary: Codable, Sendable, Equatable {
    public var rank: Int
    public var label: String
    public var policy: String
    public var parameters: ResolvedParameters
    public var metrics: [String: MetricSummary]
    /// Mean final regret over the Lai–Robbins bound, where the bound is defined.
    public var laiRobbinsRatio: Double?
    /// Mean pulls of each arm per replication.
    public var pullsPerArm: [Double]
    /// Mean decisions per replication.
    public var decisions: Double
}

/// A metric over replications.
public struct MetricSummary: Codable, Sendable, Equatable {
    public var mean: Double
    public var interquartileMean: Double
    public var median: Double
    public var standardDeviation: Double
    public var minimum: Double
    public var maximum: Double
    /// Percentile-bootstrap 95% interval of the interquartile mean.
    public var ci95Lower: Double
    public var ci95Upper: Double

    init(_ values: [Double], seed: UInt64) {
        let sorted = values.sorted()
        mean = Statistics.mean(values)
        interquartileMean = Statistics.interquartileMean(sorted: sorted)
        median = Statistics.quantile(sorted: sorted, 0.5)
        standardDeviation = Statistics.standardDeviation(values)
        minimum = sorted.first ?? .nan
        maximum = sorted.last ?? .nan
        (ci95Lower, ci95Upper) = Statistics.bootstrapInterval(values, seed: seed)
    }
}

/// The saved results of one scenario: its record and, per contender, its replications in order.
public struct ScenarioResults: Sendable {
    public var record: ExperimentRecord
    public var results: [[ReplicationResult]]

    public init(record: ExperimentRecord, results: [[ReplicationResult]]) {
        self.record = record
        self.results = results
    }

    /// Per contender: the mean of trace `key` and a 95% band (mean ± 1.96 standard errors) at each grid point.
    public func traceBands(_ key: String) -> [(mean: [Double], lower: [Double], upper: [Double])] {
        results.map { runs in
            let points = record.traceGrid.count
            var mean = [Double](repeating: 0, count: points)
            var lower = mean, upper = mean
            for j in 0..<points {
                let values = runs.map { $0.traces[key]?[j] ?? .nan }
                let m = Statistics.mean(values)
                let halfWidth = 1.96 * Statistics.standardDeviation(values) / Double(max(values.count, 1)).squareRoot()
                mean[j] = m
                lower[j] = m - halfWidth
                upper[j] = m + halfWidth
            }
            return (mean, lower, upper)
        }
    }

    /// Decisions per second by contender label over all its replications (wall clock of the decision
    /// loops); contenders without timed loops (recorded runs) are left out, so reports show "–".
    public func decisionsPerSecond() -> [String: Double] {
        var rates: [String: Double] = [:]
        for (contender, runs) in zip(record.contenders, results) {
            let steps = runs.reduce(0) { $0 + $1.steps }
            let seconds = runs.reduce(0) { $0 + $1.seconds }
            if seconds > 0 { rates[contender.label] = Double(steps) / seconds }   // a replay has no decision loop to time
        }
        return rates
    }

    /// Ranks the contenders and summarises every metric.
    public func summary() -> ScenarioSummary {
        let primary = record.primaryMetric
        var contenders: [ContenderSummary] = record.contenders.enumerated().map { index, contender in
            let runs = results[index]
            var metrics: [String: MetricSummary] = [:]
            for definition in record.metrics where definition.isLabel != true {
                let values = runs.compactMap { $0.metrics[definition.key] }
                guard !values.isEmpty else { continue }
                let seed = SplitMix64.derive(seed: record.seed, index: Fingerprint.fnv1a("\(contender.label)|\(definition.key)"))
                metrics[definition.key] = MetricSummary(values, seed: seed)
            }
            let arms = record.arms.count
            var pulls = [Double](repeating: 0, count: arms)
            for run in runs { for arm in 0..<min(arms, run.pulls.count) { pulls[arm] += Double(run.pulls[arm]) } }
            let ratio = record.laiRobbinsBound.flatMap { bound in metrics["regret"].map { $0.mean / bound } }
            return ContenderSummary(
                rank: 0, label: contender.label, policy: contender.policy, parameters: contender.parameters, metrics: metrics,
                laiRobbinsRatio: ratio, pullsPerArm: pulls.map { $0 / Double(max(runs.count, 1)) },
                decisions: Double(runs.reduce(0) { $0 + $1.steps }) / Double(max(runs.count, 1)))
        }
        let order = contenders.indices.sorted { a, b in
            let x = contenders[a].metrics[primary.key]?.interquartileMean ?? .infinity
            let y = contenders[b].metrics[primary.key]?.interquartileMean ?? .infinity
            if x != y { return primary.lowerIsBetter ? x < y : x > y }
            return a < b
        }
        contenders = order.enumerated().map { rank, index in
            var contender = contenders[index]
            contender.rank = rank + 1
            return contender
        }
        var winner: Winner?
        if contenders.count > 1, let first = contenders[0].metrics[primary.key], let second = contenders[1].metrics[primary.key] {
            let margin = abs(first.interquartileMean - second.interquartileMean)
            winner = Winner(label: contenders[0].label, runnerUp: contenders[1].label, margin: margin,
                            relativeMargin: second.interquartileMean != 0 ? margin / abs(second.interquartileMean) : nil,
                            intervalsOverlap: first.ci95Lower <= second.ci95Upper && second.ci95Lower <= first.ci95Upper)
        }
        return ScenarioSummary(
            name: record.scenario, description: record.description, file: record.file, environmentKind: record.environmentKind,
            environment: record.environmentSummary, length: record.length, replications: record.replications, seed: record.seed,
            primaryMetric: primary.key, laiRobbinsBound: record.laiRobbinsBound, contenders: contenders, winner: winner)
    }
}
