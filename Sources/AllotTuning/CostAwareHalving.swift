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

    /// Replays the tuner on recorded curves; returns the configurations evaluated at each rung, in order.
    /// It is the study scheduler (`CostAwareHalvingScheduler`, trial i = configuration i), re-evaluations
    /// included: a re-evaluation replays the learner's next recorded split at the full size.
    @discardableResult
    func run(_ problem: RecordedTuningProblem, splits: inout ReplaySplits, ledger: inout Ledger) throws -> [[Int]] {
        let full = Double(problem.largestSize)
        let first = try SuccessiveHalvingRule.firstRung(maxResource: full, eta: eta, minResource: minResource, smallest: Double(problem.smallestSize))
        var scheduler = try CostAwareHalvingScheduler(trials: problem.configurations, minResource: first, maxResource: full, eta: eta,
                                                      rungBudget: rungBudget, keep: keep, finalBudget: finalBudget, finalEvaluations: finalEvaluations)
        while let job = scheduler.nextJob() {
            let measurement = problem.evaluate(job.configuration, resource: job.resource, splits: &splits)
            ledger.cost += measurement.trainTime
            ledger.evaluations += 1
            try scheduler.report(job, value: measurement.validation, cost: measurement.trainTime)
        }
        let pick = scheduler.finalRanking[0]
        ledger.incumbent = (pick, mean(scheduler.finalValues[pick]!), Int.max)
        return scheduler.members
    }

    private func mean(_ xs: [Double]) -> Double { xs.reduce(0, +) / Double(xs.count) }
}
