import Foundation

/// Cost-aware successive halving as a study's scheduler, for choosing among a few configurations whose
/// training times differ widely (~20 model families, an SVM 10⁴× slower than naive Bayes).
///
/// Successive halving spends the same resource on every rung; this spends the same *measured cost*
/// (training time) on every rung and lets the cost decide who goes on:
///
/// 1. Every configuration is trained at the first rung (`minResource`, by default R / η³); what those
///    jobs cost, × `rungBudget`, is each later rung's budget.
/// 2. At each next rung (resources η× apart, the last one R), configurations go on best value first
///    while their predicted costs fit the budget: one that does not fit is skipped and cheaper ones
///    below it still go on (a greedy knapsack), at most `keep` of the rung (rounded up, at least two).
///    The leader always goes on, outside the budget, so an expensive leader never crowds out the rest.
///    A configuration's cost at the next rung is predicted from its own costs: the growth exponent
///    between its last two rungs (clamped to [0, 2]), 1 before it has two.
///
/// 3. At R, what is left of `finalBudget` rung budgets re-evaluates the two best finalists, up to
///    `finalEvaluations` evaluations each, in rounds: each round takes the two best by the mean of their
///    evaluations at R so far, and one goes again (a job with `repetition` k: trained afresh on its k-th
///    seed or split) if its first evaluation's cost still fits. A study's trial value is that mean, so
///    the last comparison is not decided by one validation split. `finalEvaluations` 1: none.
///
/// Rungs are synchronous: the next rung is decided when every job of the current one is told. Each
/// `report` needs the job's cost (`report(_:value:cost:)`; a study passes the measured training time);
/// a failed job (value −∞) costs what it reports, or nothing, and never goes on. Ties go to the lower
/// configuration, so a replayed journal decides the same.
public struct CostAwareHalvingScheduler: Scheduler, Equatable {
    public var name: String { "cost-aware-halving" }
    public let trials: Int
    /// The rungs' resources, from the first to R.
    public let resources: [Double]
    public let rungBudget: Double
    public let keep: Double
    /// R's cost (finalists and their re-evaluations), as a multiple of the per-rung budget.
    public let finalBudget: Double
    /// The most evaluations at R of one finalist (1: no re-evaluation).
    public let finalEvaluations: Int
    public private(set) var configurationsStarted = 0
    /// The configurations of each decided rung, in the order they are handed out.
    public private(set) var members: [[Int]] = [[]]
    /// values[c][r], costs[c][r]: what configuration c's job at rung r reached and cost (nil: not told);
    /// a configuration's row is added when it starts, so memory follows the trials started, not `trials`.
    private var values: [[Double?]] = []
    private var costs: [[Double?]] = []
    private var adopted: [[Bool]] = []
    private var told: [Int]
    /// Each finalist's values at R, by repetition (its rung job's first), once R's rung is complete.
    public private(set) var finalValues: [Int: [Double]] = [:]
    /// The re-evaluation round handed out now (configurations, best first), which of them were handed out
    /// and told, and the cost R's rung has used (its jobs' costs, then each re-evaluation's predicted cost).
    private var round: [Int] = []
    private var roundAdopted: Set<Int> = []
    private var roundTold: Set<Int> = []
    private var roundsDecided = 0
    private var finalSpent = 0.0

    public init(trials: Int, minResource: Double, maxResource: Double, eta: Int = 3, rungBudget: Double = 1, keep: Double = 0.5,
                finalBudget: Double = 2, finalEvaluations: Int = 5) throws {
        guard trials >= 1, trials <= Limits.maxTrials else {
            throw InputError.parameter("cost-aware-halving", "trials", expected: "an integer in 1...\(Limits.maxTrials)", got: "\(trials)")
        }
        guard maxResource.isFinite, maxResource > 0, maxResource <= Limits.maxResource else {
            throw InputError.parameter("cost-aware-halving", "maxResource", expected: "a resource in (0, \(JSONValue.format(Limits.maxResource))]", got: JSONValue.format(maxResource))
        }
        guard rungBudget.isFinite, rungBudget > 0, rungBudget <= 1_000 else {
            throw InputError.parameter("cost-aware-halving", "rungBudget", expected: "a number in (0, 1000]", got: JSONValue.format(rungBudget))
        }
        guard keep.isFinite, keep > 0, keep <= 1 else {
            throw InputError.parameter("cost-aware-halving", "keep", expected: "a share in (0, 1]", got: JSONValue.format(keep))
        }
        guard finalBudget.isFinite, finalBudget > 0, finalBudget <= 1_000 else {
            throw InputError.parameter("cost-aware-halving", "finalBudget", expected: "a number in (0, 1000]", got: JSONValue.format(finalBudget))
        }
        guard finalEvaluations >= 1, finalEvaluations <= 100 else {
            throw InputError.parameter("cost-aware-halving", "finalEvaluations", expected: "an integer in 1...100", got: "\(finalEvaluations)")
        }
        let first = try SuccessiveHalvingRule.firstRung(maxResource: maxResource, eta: eta, minResource: minResource, smallest: 0)   // validates both
        self.trials = trials
        // Successive halving's rungs; only how many go on differs.
        resources = SuccessiveHalvingRule.rungs(configurations: trials, firstRung: first, maxResource: maxResource, eta: eta).map(\.resource)
        self.rungBudget = rungBudget
        self.keep = keep
        self.finalBudget = finalBudget
        self.finalEvaluations = finalEvaluations
        told = Array(repeating: 0, count: resources.count)
    }

    public var maxResource: Double { resources[resources.count - 1] }

    /// The cost every rung after the first may spend (nil until the first rung is told).
    public var budget: Double? {
        guard told[0] == trials else { return nil }
        return rungBudget * (0..<trials).reduce(0) { $0 + (costs[$1][0] ?? 0) }
    }

    private var last: Int { resources.count - 1 }

    public func peek() -> SchedulerJob? {
        let rung = members.count - 1
        if rung == 0, configurationsStarted < trials {
            return SchedulerJob(configuration: configurationsStarted, rung: 0, resource: resources[0])
        }
        if rung > 0, let next = members[rung].first(where: { !adopted[$0][rung] }) {
            return SchedulerJob(configuration: next, rung: rung, resource: resources[rung])
        }
        guard let next = round.first(where: { !roundAdopted.contains($0) }) else { return nil }
        return SchedulerJob(configuration: next, rung: last, resource: resources[last], repetition: finalValues[next]!.count)
    }

    /// The finalists that did not fail, best mean value at R first (ties: the lower configuration): the
    /// first is the pick. Empty until R's rung is complete.
    public var finalRanking: [Int] {
        finalValues.filter { $0.value.allSatisfy { $0 > -.infinity } }.keys.sorted { (-Self.mean(finalValues[$0]!), $0) < (-Self.mean(finalValues[$1]!), $1) }
    }

    private static func mean(_ xs: [Double]) -> Double { xs.reduce(0, +) / Double(xs.count) }

    public mutating func adopt(_ job: SchedulerJob) throws {
        guard job.bracket == 0 else { throw SchedulerError.foreignJob(job: job, reason: "cost-aware halving has one bracket, 0") }
        if job.repetition > 0 {
            guard job.rung == last, round.contains(job.configuration), !roundAdopted.contains(job.configuration),
                  job.repetition == finalValues[job.configuration]?.count, abs(job.resource - resources[last]) <= 1e-9 * resources[last] else {
                throw SchedulerError.foreignJob(job: job, reason: "the re-evaluations handed out now are \(round.map { "configuration \($0), repetition \(finalValues[$0]!.count)" }) at rung \(last)")
            }
            roundAdopted.insert(job.configuration)
            return
        }
        guard job.rung < members.count else {
            throw SchedulerError.foreignJob(job: job, reason: "rung \(job.rung) is not decided yet (the rungs below it have results outstanding)")
        }
        guard abs(job.resource - resources[job.rung]) <= 1e-9 * resources[job.rung] else {
            throw SchedulerError.foreignJob(job: job, reason: "rung \(job.rung) trains to \(JSONValue.format(resources[job.rung]))")
        }
        if job.rung == 0 {
            guard job.configuration == configurationsStarted, configurationsStarted < trials else {
                throw SchedulerError.foreignJob(job: job, reason: "configurations 0..<\(trials) start in order (next: \(configurationsStarted))")
            }
            configurationsStarted += 1
            members[0].append(job.configuration)
            values.append(Array(repeating: nil, count: resources.count))
            costs.append(Array(repeating: nil, count: resources.count))
            adopted.append(Array(repeating: false, count: resources.count))
        } else {
            guard members[job.rung].contains(job.configuration) else {
                throw SchedulerError.foreignJob(job: job, reason: "rung \(job.rung) holds configurations \(members[job.rung])")
            }
        }
        guard !adopted[job.configuration][job.rung] else { throw SchedulerError.foreignJob(job: job, reason: "it was handed out already") }
        adopted[job.configuration][job.rung] = true
    }

    /// Without a cost there is nothing to budget: use `report(_:value:cost:)`.
    public mutating func report(_ job: SchedulerJob, value: Double) throws { try report(job, value: value, cost: nil) }

    public var needsCost: Bool { true }

    public mutating func report(_ job: SchedulerJob, value: Double, cost: Double?) throws {
        if value > -.infinity {
            guard let cost, cost.isFinite, cost >= 0 else {
                throw SchedulerError.foreignJob(job: job, reason: "cost-aware halving needs each job's cost, a finite number >= 0 (got \(cost.map(JSONValue.format) ?? "none"))")
            }
        }
        if job.repetition > 0 {
            guard roundAdopted.contains(job.configuration), !roundTold.contains(job.configuration), job.repetition == finalValues[job.configuration]?.count else {
                throw SchedulerError.unknownJob(configuration: job.configuration, rung: job.rung)
            }
            finalValues[job.configuration]!.append(value)
            roundTold.insert(job.configuration)
            if roundTold.count == round.count { decideRound() }
            return
        }
        guard job.configuration >= 0, job.configuration < configurationsStarted, job.rung >= 0, job.rung < members.count,
              adopted[job.configuration][job.rung], values[job.configuration][job.rung] == nil else {
            throw SchedulerError.unknownJob(configuration: job.configuration, rung: job.rung)
        }
        values[job.configuration][job.rung] = value
        costs[job.configuration][job.rung] = cost.flatMap { $0.isFinite && $0 >= 0 ? $0 : nil } ?? 0
        told[job.rung] += 1
        let rung = members.count - 1
        let complete = rung == 0 ? told[0] == trials : told[rung] == members[rung].count
        guard job.rung == rung, complete else { return }
        if rung < last {
            members.append(chosen(after: rung))
        } else {
            for configuration in members[last] { finalValues[configuration] = [values[configuration][last]!] }
            finalSpent = members[last].reduce(0) { $0 + (costs[$1][last] ?? 0) }
            decideRound()
        }
    }

    /// The next re-evaluation round (at most `finalEvaluations` − 1 of them): of the two best finalists,
    /// each whose first cost at R still fits `finalBudget` × the budget. Empty: done (the ranking and the
    /// money left would not change, so no later round could differ).
    private mutating func decideRound() {
        round = []
        roundAdopted = []
        roundTold = []
        let ranking = finalRanking
        let limit = finalBudget * (budget ?? 0)
        guard ranking.count > 1, roundsDecided < finalEvaluations - 1 else { return }
        roundsDecided += 1
        for configuration in ranking.prefix(2) {
            let cost = costs[configuration][last] ?? 0
            guard finalSpent + cost <= limit else { continue }
            round.append(configuration)
            finalSpent += cost
        }
    }

    /// Who goes on from `rung`: best first while the predicted costs fit the budget, the leader always,
    /// at most ⌈keep · n⌉ (at least two); configurations that failed never.
    private func chosen(after rung: Int) -> [Int] {
        let ranked = members[rung].filter { values[$0][rung]! > -.infinity }.sorted { (-values[$0][rung]!, $0) < (-values[$1][rung]!, $1) }
        let limit = max(min(2, ranked.count), Int((keep * Double(members[rung].count) - 1e-9).rounded(.up)))
        let budget = self.budget ?? 0
        var chosen: [Int] = [], spent = 0.0
        for configuration in ranked where chosen.count < limit {
            let predicted = Self.predictedCost(costs[configuration], rung: rung + 1, resources: resources)
            if chosen.isEmpty {
                chosen.append(configuration)   // the leader goes on outside the budget, so it never crowds out the rest
            } else if spent + predicted <= budget {
                chosen.append(configuration)
                spent += predicted
            }
        }
        return chosen
    }

    /// The cost of a configuration's job at `rung`, from its costs at the rungs below: the last one
    /// scaled by the resource ratio to the power of its growth exponent between its last two rungs
    /// (clamped to [0, 2]; 1 with only one rung).
    public static func predictedCost(_ costs: [Double?], rung: Int, resources: [Double]) -> Double {
        let current = costs[rung - 1] ?? 0
        var exponent = 1.0
        if rung >= 2, let earlier = costs[rung - 2] {
            exponent = min(2, max(0, log(max(current, 1e-9) / max(earlier, 1e-9)) / log(resources[rung - 1] / resources[rung - 2])))
        }
        return current * pow(resources[rung] / resources[rung - 1], exponent)
    }
}
