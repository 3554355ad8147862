/// Successive halving as a study's scheduler: `trials` configurations at the first rung, the best ⌊n/η⌋ at
/// each rung η× larger, the finalists at `maxResource`. The first rung is `minResource`, by default
/// `SuccessiveHalvingRule.firstRung` (R / η³). For a handful of configurations with a known budget; for
/// large spaces Hyperband hedges the first rung instead, and ASHA never waits for a rung to fill.
public struct SuccessiveHalvingScheduler: Scheduler, Equatable {
    public var name: String { "successive-halving" }
    public let maxResource: Double
    private var halving: SuccessiveHalving
    public private(set) var configurationsStarted = 0

    public init(trials: Int, minResource: Double, maxResource: Double, eta: Int = 3) throws {
        guard trials >= 1, trials <= Limits.maxTrials else {
            throw InputError.parameter("successive-halving", "trials", expected: "an integer in 1...\(Limits.maxTrials)", got: "\(trials)")
        }
        guard maxResource.isFinite, maxResource > 0, maxResource <= Limits.maxResource else {
            throw InputError.parameter("successive-halving", "maxResource", expected: "a resource in (0, \(JSONValue.format(Limits.maxResource))]", got: JSONValue.format(maxResource))
        }
        let first = try SuccessiveHalvingRule.firstRung(maxResource: maxResource, eta: eta, minResource: minResource, smallest: 0)   // validates it
        self.maxResource = maxResource
        halving = try SuccessiveHalving(configurations: Array(0..<trials),
                                        rungs: SuccessiveHalvingRule.rungs(configurations: trials, firstRung: first, maxResource: maxResource, eta: eta))
    }

    /// The rungs: (configurations, resource) from the first to the full resource.
    public var rungs: [Rung] { halving.rungs }

    public func peek() -> SchedulerJob? { halving.peek() }

    public mutating func adopt(_ job: SchedulerJob) throws {
        guard job.bracket == 0 else { throw SchedulerError.foreignJob(job: job, reason: "successive halving has one bracket, 0") }
        guard job.repetition == 0 else { throw SchedulerError.foreignJob(job: job, reason: "successive halving evaluates each job once") }
        guard job.resource == halving.rungs[min(job.rung, halving.rungs.count - 1)].resource else {
            throw SchedulerError.foreignJob(job: job, reason: "rung \(job.rung) trains to \(JSONValue.format(halving.rungs[min(job.rung, halving.rungs.count - 1)].resource))")
        }
        try halving.adopt(job)
        if job.rung == 0 { configurationsStarted = max(configurationsStarted, job.configuration + 1) }
    }

    public mutating func report(_ job: SchedulerJob, value: Double) throws { try halving.report(job, value: value) }
}
