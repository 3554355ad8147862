import Allot
import Foundation

/// Cost-aware successive halving, for choosing among a few configurations whose training times differ
/// by orders of magnitude (the LCDB regime: ~20 learners, an SVM 10⁴× slower than naive Bayes).
///
/// Successive halving spends the same resource on every rung: n configurations at r, n/η at ηr, ... . This
/// spends the same *training time* on every rung instead, and lets the time decide who goes on:
///
/// 1. Every configuration is evaluated at the first rung (successive halving's rule: the full size / η³,
///    never below the smallest size); the time that took is the per-rung budget (× `rungBudget`).
/// 2. At each next rung, configurations are taken best value first while the predicted time of training
///    them there fits in the budget; one that does not fit is skipped and cheaper ones below it still
///    go on (a greedy knapsack), up to `keep` of the rung's configurations (by default half, rounded up,
///    at least two): without that cap a rung of cheap learners all fit and nothing is eliminated by
///    rank. A configuration's time at the next rung is predicted from its own times: the growth
///    exponent between its last two rungs (clamped to [0, 2]), 1 before it has two.
///    The best configuration always goes on, outside the budget (an expensive leader would otherwise
///    crowd out everyone else: on LCDB 41159 gradient boosting leads until 4,096 samples and a random
///    forest, 13× cheaper, wins at full size). So cheap learners are not dropped just for rank, and an
///    expensive one needs to be at the top.
/// 3. At the full size, what is left of `finalBudget` rung budgets re-evaluates the two best finalists
///    (up to `finalEvaluations` each), so the last comparison is not decided by one validation split.
///
/// It reads only what a tuner running the training sees: values and measured times.
public struct CostAwareHalving: Sendable, Equatable {
    public var eta: Int
    public var minResource: Double?
    /// The per-rung budget as a multiple of the first rung's time.
    public var rungBudget: Double
    /// The largest share of a rung's configurations that goes on to the next (rounded up, at least two).
    public var keep: Double
    /// The full-size rung's time (finalists and their re-evaluations) as a multiple of the per-rung budget.
    public var finalBudget: Double
    public var finalEvaluations: Int

    public init(eta: Int = 3, minResource: Double? = nil, rungBudget: Double = 1, keep: Double = 0.5, finalBudget: Double = 2,
                finalEvaluations: Int = 5) throws {
        guard rungBudget.isFinite, rungBudget > 0, rungBudget <= 1_000 else {
            throw InputError.parameter("cost-aware halving", "rungBudget", expected: "a number in (0, 1000]", got: "\(rungBudget)")
        }
        guard keep.isFinite, keep > 0, keep <= 1 else {
            throw InputError.parameter("cost-aware halving", "keep", expected: "a share in (0, 1]", got: "\(keep)")
        }
        guard finalBudget.isFinite, finalBudget > 0, finalBudget <= 1_000 else {
            throw InputError.parameter("cost-aware halving", "finalBudget", expected: "a number in (0, 1000]", got: "\(finalBudget)")
        }
        guard finalEvaluations >= 1, finalEvaluations <= 100 else {
            throw InputError.parameter("cost-aware halving", "finalEvaluations", expected: "an integer in 1...100", got: "\(finalEvaluations)")
        }
        self.eta = eta
        self.minResource = minResource
        self.rungBudget = rungBudget
        self.keep = keep
        self.finalBudget = finalBudget
        self.finalEvaluations = finalEvaluations
    }

    /// The resources of the rungs for a problem whose sizes run from `smallest` to `full`.
    func resources(full: Double, smallest: Double) throws -> [Double] {
        let first = try SuccessiveHalvingRule.firstRung(maxResource: full, eta: eta, minResource: minResource, smallest: smallest)
        var resources: [Double] = []
        var resource = first
        while resource < full * (1 - 1e-9) {
            if resources.last.map({ resource > $0 * (1 + 1e-9) }) ?? true { resources.append(resource) }
            resource *= Double(eta)
        }
        resources.append(full)
        return resources
    }

    /// Replays the tuner on recorded curves; returns the configurations evaluated at each rung, in order.
    @discardableResult
    func run(_ problem: RecordedTuningProblem, order: [Int], splits: inout ReplaySplits, ledger: inout Ledger) throws -> [[Int]] {
        let resources = try resources(full: Double(problem.largestSize), smallest: Double(problem.smallestSize))
        // values[c][r] / times[c][r]: the evaluations of configuration c at rung r.
        var values = [[[Double]]](repeating: [[Double]](repeating: [], count: resources.count), count: problem.configurations)
        var times = values
        func evaluate(_ configuration: Int, rung: Int) {
            let measurement = problem.evaluate(configuration, resource: resources[rung], splits: &splits)
            ledger.cost += measurement.trainTime
            ledger.evaluations += 1
            values[configuration][rung].append(measurement.validation)
            times[configuration][rung].append(measurement.trainTime)
        }
        var alive = order
        var trace = [alive]
        for configuration in alive { evaluate(configuration, rung: 0) }
        let budget = rungBudget * alive.reduce(0) { $0 + times[$1][0][0] }
        for rung in 1..<resources.count {
            let ranked = alive.sorted { (-mean(values[$0][rung - 1]), $0) < (-mean(values[$1][rung - 1]), $1) }
            let limit = max(min(2, ranked.count), Int((keep * Double(ranked.count) - 1e-9).rounded(.up)))
            var chosen: [Int] = [], spent = 0.0
            for configuration in ranked where chosen.count < limit {
                let predicted = predictedTime(times[configuration], rung: rung, resources: resources)
                if chosen.isEmpty {
                    chosen.append(configuration)   // the leader goes on outside the budget, so it never crowds out the rest
                } else if spent + predicted <= budget {
                    chosen.append(configuration)
                    spent += predicted
                }
            }
            alive = chosen
            trace.append(alive)
            for configuration in alive { evaluate(configuration, rung: rung) }
        }
        let last = resources.count - 1
        var spent = alive.reduce(0) { $0 + times[$1][last][0] }
        func ranking() -> [Int] { alive.sorted { (-mean(values[$0][last]), $0) < (-mean(values[$1][last]), $1) } }
        for _ in 1..<finalEvaluations {
            for configuration in ranking().prefix(2) where alive.count > 1 {
                let time = times[configuration][last][0]
                guard spent + time <= finalBudget * budget else { continue }
                evaluate(configuration, rung: last)
                spent += time
            }
        }
        let pick = ranking()[0]
        ledger.incumbent = (pick, mean(values[pick][last]), Int.max)
        return trace
    }

    /// Time of training `times`' configuration at `rung`, from its times at the rungs below.
    func predictedTime(_ times: [[Double]], rung: Int, resources: [Double]) -> Double {
        let current = mean(times[rung - 1])
        var exponent = 1.0
        if rung >= 2, !times[rung - 2].isEmpty {
            let earlier = mean(times[rung - 2])
            exponent = min(2, max(0, log(max(current, 1e-9) / max(earlier, 1e-9)) / log(resources[rung - 1] / resources[rung - 2])))
        }
        return current * pow(resources[rung] / resources[rung - 1], exponent)
    }

    private func mean(_ xs: [Double]) -> Double { xs.reduce(0, +) / Double(xs.count) }
}
