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
    public private(set) var configurationsStarted = 0
    /// The configurations of each decided rung, in the order they are handed out.
    public private(set) var members: [[Int]] = [[]]
    /// values[c][r], costs[c][r]: what configuration c's job at rung r reached and cost (nil: not told);
    /// a configuration's row is added when it starts, so memory follows the trials started, not `trials`.
    private var values: [[Double?]] = []
    private var costs: [[Double?]] = []
    private var adopted: [[Bool]] = []
    private var told: [Int]

    public init(trials: Int, minResource: Double, maxResource: Double, eta: Int = 3, rungBudget: Double = 1, keep: Double = 0.5) throws {
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
        let first = try SuccessiveHalvingRule.firstRung(maxResource: maxResource, eta: eta, minResource: minResource, smallest: 0)   // validates both
        self.trials = trials
        // Successive halving's rungs; only how many go on differs.
        resources = SuccessiveHalvingRule.rungs(configurations: trials, firstRung: first, maxResource: maxResource, eta: eta).map(\.resource)
        self.rungBudget = rungBudget
        self.keep = keep
        told = Array(repeating: 0, count: resources.count)
    }

    public var maxResource: Double { resources[resources.count - 1] }

    /// The cost every rung after the first may spend (nil until the first rung is told).
    public var budget: Double? {
        guard told[0] == trials else { return nil }
        return rungBudget * (0..<trials).reduce(0) { $0 + (costs[$1][0] ?? 0) }
    }

    public func peek() -> SchedulerJob? {
        let rung = members.count - 1
        if rung == 0 {
            guard configurationsStarted < trials else { return nil }
            return SchedulerJob(configuration: configurationsStarted, rung: 0, resource: resources[0])
        }
        guard let next = members[rung].first(where: { !adopted[$0][rung] }) else { return nil }
        return SchedulerJob(configuration: next, rung: rung, resource: resources[rung])
    }

    public mutating func adopt(_ job: SchedulerJob) throws {
        guard job.bracket == 0 else { throw SchedulerError.foreignJob(job: job, reason: "cost-aware halving has one bracket, 0") }
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
        guard job.configuration >= 0, job.configuration < configurationsStarted, job.rung >= 0, job.rung < members.count,
              adopted[job.configuration][job.rung], values[job.configuration][job.rung] == nil else {
            throw SchedulerError.unknownJob(configuration: job.configuration, rung: job.rung)
        }
        if value > -.infinity {
            guard let cost, cost.isFinite, cost >= 0 else {
                throw SchedulerError.foreignJob(job: job, reason: "cost-aware halving needs each job's cost, a finite number >= 0 (got \(cost.map(JSONValue.format) ?? "none"))")
            }
        }
        values[job.configuration][job.rung] = value
        costs[job.configuration][job.rung] = cost.flatMap { $0.isFinite && $0 >= 0 ? $0 : nil } ?? 0
        told[job.rung] += 1
        let rung = members.count - 1
        let complete = rung == 0 ? told[0] == trials : told[rung] == members[rung].count
        if job.rung == rung, complete, rung + 1 < resources.count { members.append(chosen(after: rung)) }
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
