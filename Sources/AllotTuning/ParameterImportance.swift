import Allot
import Foundation

/// Which hyperparameters mattered for reaching a study's best values: PED-ANOVA (Watanabe, Bansal and
/// Hutter, IJCAI 2023; conditional parameters as in condPED-ANOVA, KDD 2026), the evaluator Optuna 5's
/// `get_param_importances` uses by default, computed by the same rules so a ported script reads the same
/// numbers.
///
/// For each parameter it compares where the best trials (the top `targetQuantile` γ′ of values) put it
/// with where the trials of the region (the top `regionQuantile` γ, by default all of them) put it: the
/// Pearson divergence between the two densities, each a Parzen estimator with Scott's bandwidth on a grid
/// of at most 50 cells (a categorical: its choices), times (γ′/γ)². A parameter the best trials spread
/// over as widely as the rest scores 0; one they crowd into a corner scores high. `local` false compares
/// with the uniform density over the parameter's whole domain instead of the region's.
///
/// Trials that lack a parameter (it is conditional, or joined a define-by-run study later) form its
/// inactive regime: the divergence is taken over the trials that have it, weighted by the share α of
/// best trials and β of region trials among them (α²/β). A regime with fewer than two trials counts
/// for nothing, and so does a parameter whose domain holds one value.
public struct ParameterImportance: Sendable, Equatable {
    public var targetQuantile: Double
    public var regionQuantile: Double
    public var local: Bool

    static let gridSteps = 50
    static let priorWeight = 1.0
    static let minimumTrialsInRegime = 2

    public init(targetQuantile: Double = 0.1, regionQuantile: Double = 1, local: Bool = true) throws {
        guard targetQuantile.isFinite, regionQuantile.isFinite, targetQuantile > 0, targetQuantile < regionQuantile, regionQuantile <= 1 else {
            throw InputError.parameter("importance", targetQuantile > 0 && targetQuantile < 1 ? "regionQuantile" : "targetQuantile",
                                       expected: "0 < targetQuantile < regionQuantile <= 1",
                                       got: "targetQuantile \(JSONValue.format(targetQuantile)), regionQuantile \(JSONValue.format(regionQuantile))")
        }
        self.targetQuantile = targetQuantile
        self.regionQuantile = regionQuantile
        self.local = local
    }

    /// One trial's configuration and the value it is judged by.
    public struct Observation: Sendable, Equatable {
        public var configuration: Configuration
        public var value: Double
        public init(configuration: Configuration, value: Double) {
            self.configuration = configuration
            self.value = value
        }
    }

    /// The importance of each parameter of `space` that some observation has (or of `parameters`), not
    /// normalised, largest first (ties by name). Observations with a value that is not finite are left
    /// out; with fewer than two left every importance is 0.
    public func evaluate(space: SearchSpace, observations: [Observation], minimize: Bool, parameters: [String]? = nil) throws -> [(name: String, importance: Double)] {
        let present = Set(observations.flatMap(\.configuration.keys))
        let names: [String]
        if let parameters {
            for name in parameters where space.parameter(named: name) == nil || !present.contains(name) {
                throw InputError.parameter("importance", "params", expected: "parameters some evaluated trial has (\(present.sorted().joined(separator: ", ")))",
                                           got: name)
            }
            names = parameters
        } else {
            names = space.parameters.map(\.name).filter(present.contains)
        }
        let finite = observations.filter { $0.value.isFinite }
        var importances = Dictionary(uniqueKeysWithValues: names.map { ($0, 0.0) })
        if finite.count > 1 {
            let target = Self.top(finite, quantile: targetQuantile, minimize: minimize)
            let region = Self.top(finite, quantile: regionQuantile, minimize: minimize)
            if !target.isEmpty {
                let inTarget = Set(target)
                let quantile = Double(target.count) / Double(region.count)
                for name in names {
                    let parameter = space.parameter(named: name)!.1
                    guard !Self.isSingle(parameter.domain) else { continue }
                    let active = region.filter { finite[$0].configuration[name] != nil }
                    guard active.count >= Self.minimumTrialsInRegime else { continue }
                    let activeTarget = active.filter(inTarget.contains)
                    guard !activeTarget.isEmpty else { continue }
                    let alpha = Double(activeTarget.count) / Double(target.count)
                    let beta = Double(active.count) / Double(region.count)
                    let divergence = pearsonDivergence(parameter.domain, target: activeTarget.map { finite[$0].configuration[name]! },
                                                       region: active.map { finite[$0].configuration[name]! })
                    importances[name] = alpha * alpha / beta * divergence * quantile * quantile
                }
            }
        }
        return names.map { ($0, importances[$0]!) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
    }

    /// The indices of the observations whose value is at least as good as the ⌈q·n⌉-th best (ties kept).
    static func top(_ observations: [Observation], quantile: Double, minimize: Bool) -> [Int] {
        guard quantile < 1 else { return Array(observations.indices) }
        let losses = observations.map { minimize ? $0.value : -$0.value }
        let cutoff = losses.sorted()[Int((quantile * Double(losses.count)).rounded(.up)) - 1]
        return losses.indices.filter { losses[$0] <= cutoff }
    }

    private func pearsonDivergence(_ domain: ParameterDomain, target: [ParameterValue], region: [ParameterValue]) -> Double {
        let targetCounts = Self.gridCounts(domain, target)
        let top = Self.parzenOnGrid(targetCounts, categorical: domain.isCategorical).map { $0 + 1e-12 }
        let reference = local ? Self.parzenOnGrid(Self.gridCounts(domain, region), categorical: domain.isCategorical).map { $0 + 1e-12 }
                              : Array(repeating: 1 / Double(targetCounts.count), count: targetCounts.count)
        return zip(top, reference).reduce(0) { sum, pair in
            let ratio = pair.0 / pair.1 - 1
            return sum + pair.1 * ratio * ratio
        }
    }

    /// Whether a domain holds one value only (nothing to be important about).
    static func isSingle(_ domain: ParameterDomain) -> Bool {
        switch domain {
        case let .float(low, high, _, _): return low == high
        case let .integer(low, high, _, _): return low == high
        case let .categorical(choices): return choices.count == 1
        }
    }

    /// Observations counted on the parameter's grid: a categorical's choices; a number's domain cut into
    /// at most 50 evenly spaced points (in log space when log-scaled; an integer domain's own values when
    /// fewer), each value counted at its nearest point (a tie at a midpoint goes to the lower one).
    static func gridCounts(_ domain: ParameterDomain, _ values: [ParameterValue]) -> [Int] {
        var steps = gridSteps
        var low = 0.0, high = 0.0, log = false
        // A grid of `cells` points, at most 50; clamped as a Double, since a fine step on a wide domain
        // makes more cells than an Int holds.
        func atMost(_ cells: Double) -> Int { Int(min(cells, Double(gridSteps))) }
        switch domain {
        case let .categorical(choices):
            var counts = Array(repeating: 0, count: choices.count)
            for case let .choice(choice) in values { if let index = choices.firstIndex(of: choice) { counts[index] += 1 } }
            return counts
        case let .integer(l, h, step, isLog):
            (low, high, log) = (Double(l), Double(h), isLog)
            if isLog {
                steps = atMost((Foundation.log(high - low + 1) / Foundation.log(2.0)).rounded(.up) + 1)
            } else {
                steps = atMost(((high - low) / Double(step)).rounded() + 1)
            }
        case let .float(l, h, isLog, step):
            (low, high, log) = (l, h, isLog)
            if let step, !isLog { steps = atMost(((high - low) / step).rounded() + 1) }
        }
        if log { (low, high) = (Foundation.log(low), Foundation.log(high)) }
        let width = (high - low) / Double(steps - 1)
        var counts = Array(repeating: 0, count: steps)
        for value in values {
            let x: Double
            switch value {
            case let .number(v): x = v
            case let .integer(v): x = Double(v)
            case .choice: continue
            }
            let coordinate: Double = log ? Foundation.log(x) : x
            let position: Double = ((coordinate - low) / width - 0.5).rounded(.up)
            guard position.isFinite else { continue }
            counts[Int(min(max(position, 0), Double(steps - 1)))] += 1
        }
        return counts
    }

    /// The density on grid cells 0..<n of a Parzen estimator over cells with these counts, plus a prior
    /// kernel of weight 1: for numbers, discretised normal kernels with Scott's bandwidth (at least
    /// 0.5 / 1.64 cells) and a prior centred on the grid, as wide as it; for a categorical, each kernel
    /// puts mass 1 on its choice and 1/(k+1) on every choice (k observed choices), the prior uniform.
    static func parzenOnGrid(_ counts: [Int], categorical: Bool) -> [Double] {
        let cells = counts.count
        let observed = counts.indices.filter { counts[$0] > 0 }
        let weights = observed.map { Double(counts[$0]) }
        let total = weights.reduce(0, +)
        let mixture = (weights + [priorWeight]).map { $0 / (total + priorWeight) }
        if categorical {
            let kernels = Double(observed.count + 1)
            let base = priorWeight / kernels
            var density = Array(repeating: 0.0, count: cells)
            for (k, cell) in observed.enumerated() {
                let norm = base * Double(cells) + 1
                for j in 0..<cells { density[j] += mixture[k] * (base + (j == cell ? 1 : 0)) / norm }
            }
            for j in 0..<cells { density[j] += mixture[observed.count] / Double(cells) }
            return density
        }
        let points = observed.map(Double.init)
        let mean = zip(points, weights).reduce(0) { $0 + $1.0 * $1.1 } / total
        var sigma = (zip(points, weights).reduce(0) { $0 + $1.1 * ($1.0 - mean) * ($1.0 - mean) } / max(1, total - 1)).squareRoot()
        var cumulative: [Double] = []
        for w in weights { cumulative.append((cumulative.last ?? 0) + w) }
        let q1 = cumulative.firstIndex { $0 >= (total / 4).rounded(.down) } ?? cumulative.count
        let q3 = cumulative.firstIndex { $0 > (total * 3 / 4).rounded(.down) } ?? cumulative.count
        let iqr = points[min(points.count - 1, q3)] - points[min(points.count - 1, q1)]
        sigma = 1.059 * min(iqr / 1.34, sigma) * pow(total, -0.2)
        sigma = max(sigma, 0.5 / 1.64)
        let high = Double(cells - 1)
        var density = Array(repeating: 0.0, count: cells)
        for (k, mu) in (points + [high / 2]).enumerated() {
            let width = k < points.count ? sigma : high + 1
            let whole = gaussMass((-0.5 - mu) / width, (high + 0.5 - mu) / width)
            for j in 0..<cells {
                density[j] += mixture[k] * gaussMass((Double(j) - 0.5 - mu) / width, (Double(j) + 0.5 - mu) / width) / whole
            }
        }
        return density
    }

    /// Φ(b) − Φ(a) for a < b, from the tail nearer both so it keeps its digits far out.
    static func gaussMass(_ a: Double, _ b: Double) -> Double {
        if a >= 0 { return 0.5 * (erfc(a / 2.0.squareRoot()) - erfc(b / 2.0.squareRoot())) }
        if b <= 0 { return 0.5 * (erfc(-b / 2.0.squareRoot()) - erfc(-a / 2.0.squareRoot())) }
        return 1 - 0.5 * (erfc(-a / 2.0.squareRoot()) + erfc(b / 2.0.squareRoot()))
    }
}

extension Study {
    /// The observations importance is judged on: the completed trials and their values (Optuna's
    /// rule), or, at `resource`, every trial's value at that resource (the mean of its evaluations
    /// there), so a multi-fidelity study, whose few completed trials say little, can be read at a rung
    /// every trial reached.
    public func importanceObservations(resource: Double? = nil, objective: Int = 0) throws -> [ParameterImportance.Observation] {
        guard let resource else {
            return trials.filter { $0.state == .completed }.compactMap { trial in
                (trial.values?[objective] ?? trial.value).map { ParameterImportance.Observation(configuration: trial.configuration, value: $0) }
            }
        }
        var values: [Int: [Double]] = [:]
        for job in jobs where job.state == .completed && abs(job.resource - resource) <= 1e-9 * max(1, resource) {
            if let value = job.values?[objective] ?? job.value { values[job.key.trial, default: []].append(value) }
        }
        guard !values.isEmpty else {
            let reached = Set(jobs.filter { $0.state == .completed }.map(\.resource)).sorted().map(JSONValue.format)
            throw InputError.parameter("importance", "resource", expected: "a resource some job completed at (\(reached.joined(separator: ", ")))",
                                       got: JSONValue.format(resource))
        }
        return values.keys.sorted().map { trial in
            ParameterImportance.Observation(configuration: trials[trial].configuration, value: values[trial]!.reduce(0, +) / Double(values[trial]!.count))
        }
    }
}

extension Study {
    /// PED-ANOVA importances of the study's parameters (`importanceObservations(resource:)` judged by
    /// `evaluator`), largest first; `normalize` scales them to sum to 1, as Optuna's
    /// `get_param_importances` does (all equal when every one is 0).
    /// In a study with several objectives, `objective` (an index into `directions`) says which one.
    public func importances(_ evaluator: ParameterImportance, resource: Double? = nil, parameters: [String]? = nil,
                            normalize: Bool = true, objective: Int? = nil) throws -> (importances: [(name: String, importance: Double)], observations: Int) {
        if let objective, !directions.indices.contains(objective) {
            throw InputError.parameter("importance", "objective", expected: "an objective's index in 0..<\(directions.count)", got: "\(objective)")
        }
        if objective == nil, definition.isMultiObjective {
            throw InputError(source: "importance", path: "objective", problem: .missing(expected:
                "which of the study's \(directions.count) objectives to judge the parameters by (0 to \(directions.count - 1))"))
        }
        let observations = try importanceObservations(resource: resource, objective: objective ?? 0)
        var ranked = try evaluator.evaluate(space: space, observations: observations, minimize: directions[objective ?? 0] == .minimize, parameters: parameters)
        if normalize, !ranked.isEmpty {
            let total = ranked.reduce(0) { $0 + $1.importance }
            ranked = ranked.map { ($0.name, total > 0 ? $0.importance / total : 1 / Double(ranked.count)) }
        }
        return (ranked, observations.filter { $0.value.isFinite }.count)
    }
}

extension StudyJSON {
    /// `{"importances": [{"parameter", "importance"}, ...] (largest first), "observations": trials judged}`.
    public static func importances(_ result: (importances: [(name: String, importance: Double)], observations: Int)) -> JSONValue {
        .object(["importances": .array(result.importances.map { .object(["parameter": .string($0.name), "importance": .number($0.importance)]) }),
                 "observations": .number(Double(result.observations))])
    }
}

extension ParameterDomain {
    var isCategorical: Bool { if case .categorical = self { return true } else { return false } }
}
