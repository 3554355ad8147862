/// The median stopping rule (Golovin et al., "Google Vizier", KDD 2017; Optuna's default pruner,
/// `MedianPruner`): a trial is stopped at a decision point when its best value so far is worse than the
/// median of the values that trials which ran to the end had at that point. Decision points are every
/// `interval` of resource up to the maximum, each one a rung (a job), so a trial trained in the user's
/// loop reports at each and learns there whether it goes on. No decision before `warmup` resource, and
/// none until `startupTrials` trials ran to the end. Higher values are better; a decision is final.
public struct MedianStopping: Scheduler, Codable, Sendable, Equatable {
    public var name: String { "median" }
    /// Resource of each decision point (rung); the last is the maximum.
    public let resources: [Double]
    public let warmup: Double
    public let startupTrials: Int
    /// New configurations allowed (nil: unlimited).
    public let maxConfigurations: Int?
    /// Values per rung: configuration → value.
    public private(set) var results: [[Int: Double]]
    /// Each configuration's best value over the rungs it reached.
    private var bestSoFar: [Int: Double] = [:]
    /// Configurations whose job failed (−∞): never promoted.
    private var failed: Set<Int> = []
    /// Configurations that reached the last rung, in order.
    private var completed: [Int] = []
    /// The rung each configuration was last promoted from.
    private var promotedFrom: [Int: Int] = [:]
    /// Promotions decided at a report and not yet handed out (for workers that ask rather than train in
    /// their loop), oldest first.
    private var pending: [SchedulerJob] = []
    private var running: Set<SchedulerJob> = []
    public private(set) var started = 0
    public var configurationsStarted: Int { started }
    public var maxResource: Double { resources.last! }

    /// At most this many decision points: a journal names a job's rung with at most `Limits.maxBrackets`.
    public static let maxRungs = Limits.maxBrackets + 1

    public init(maxResource: Double, interval: Double = 1, warmup: Double = 0, startupTrials: Int = 5, maxConfigurations: Int? = nil) throws {
        guard maxResource > 0, maxResource <= Limits.maxResource else {
            throw InputError.parameter("median", "maxResource", expected: "a number in (0, \(JSONValue.format(Limits.maxResource))]", got: "\(maxResource)")
        }
        guard interval > 0, interval <= maxResource else {
            throw InputError.parameter("median", "interval", expected: "a number in (0, maxResource]", got: "\(interval)")
        }
        // Counted as a Double first: a tiny interval under a huge resource makes more points than an Int holds.
        let count = (maxResource / interval * (1 - 1e-12)).rounded(.up)
        guard count <= Double(Self.maxRungs) else {
            throw InputError.parameter("median", "interval", expected: "at least maxResource / \(Self.maxRungs) (at most \(Self.maxRungs) decision points)",
                                       got: "\(JSONValue.format(interval)), which makes \(JSONValue.format(count))")
        }
        let points = Int(count)
        guard warmup >= 0, warmup.isFinite else { throw InputError.parameter("median", "warmup", expected: "a number >= 0", got: "\(warmup)") }
        guard startupTrials >= 0 else { throw InputError.parameter("median", "startupTrials", expected: "an integer >= 0", got: "\(startupTrials)") }
        if let maxConfigurations, !(1...Limits.maxTrials).contains(maxConfigurations) {
            throw InputError.parameter("median", "trials", expected: "an integer in 1...\(Limits.maxTrials)", got: "\(maxConfigurations)")
        }
        resources = (1...points).map { $0 == points ? maxResource : Double($0) * interval }
        self.warmup = warmup
        self.startupTrials = startupTrials
        self.maxConfigurations = maxConfigurations
        results = Array(repeating: [:], count: resources.count)
    }

    /// The rule at rung k: go on unless, past the warm-up and the startup, the configuration's best value
    /// so far is below the median of the completed trials' values at rung k.
    func goesOn(_ configuration: Int, from k: Int) -> Bool {
        guard !failed.contains(configuration), let best = bestSoFar[configuration], best > -Double.infinity else { return false }
        if resources[k] < warmup || completed.count < startupTrials { return true }
        let others = completed.compactMap { $0 == configuration ? nil : results[k][$0] }.sorted()
        guard !others.isEmpty else { return true }
        let middle = others.count / 2
        let median = others.count % 2 == 1 ? others[middle] : (others[middle - 1] + others[middle]) / 2
        return best >= median
    }

    public func promotion(of configuration: Int) -> SchedulerJob? {
        guard let k = (0..<(resources.count - 1)).last(where: { results[$0][configuration] != nil }),
              results[k + 1][configuration] == nil, promotedFrom[configuration] != k, goesOn(configuration, from: k) else { return nil }
        return SchedulerJob(configuration: configuration, rung: k + 1, resource: resources[k + 1])
    }

    /// A promotion decided at a report, else a new configuration.
    public func peek() -> SchedulerJob? {
        if let next = pending.first { return next }
        if let maxConfigurations, started >= maxConfigurations { return nil }
        return SchedulerJob(configuration: started, rung: 0, resource: resources[0])
    }

    public mutating func adopt(_ job: SchedulerJob) throws {
        guard job.bracket == 0, job.repetition == 0, resources.indices.contains(job.rung) else {
            throw SchedulerError.foreignJob(job: job, reason: "the median rule has one bracket with rungs 0..<\(resources.count), each job evaluated once")
        }
        if job.rung == 0 {
            try SchedulerError.requireNextStart(job, started: started, maxConfigurations: maxConfigurations)
            started += 1
        } else {
            let below = job.rung - 1
            guard results[below][job.configuration] != nil, promotedFrom[job.configuration] != below, results[job.rung][job.configuration] == nil else {
                throw SchedulerError.foreignJob(job: job, reason: "it has no unpromoted value at rung \(below)")
            }
            promotedFrom[job.configuration] = below
            pending.removeAll { $0.configuration == job.configuration }
        }
        running.insert(SchedulerJob(configuration: job.configuration, rung: job.rung, resource: resources[job.rung]))
    }

    public mutating func report(_ job: SchedulerJob, value: Double) throws {
        let job = SchedulerJob(configuration: job.configuration, rung: job.rung, resource: resources.indices.contains(job.rung) ? resources[job.rung] : job.resource)
        guard running.remove(job) != nil else { throw SchedulerError.unknownJob(configuration: job.configuration, rung: job.rung) }
        results[job.rung][job.configuration] = value
        if value == -Double.infinity { failed.insert(job.configuration) }
        bestSoFar[job.configuration] = max(bestSoFar[job.configuration] ?? -Double.infinity, value)
        if job.rung == resources.count - 1 {
            completed.append(job.configuration)
        } else if let next = promotion(of: job.configuration) {
            pending.append(next)
        }
    }
}
