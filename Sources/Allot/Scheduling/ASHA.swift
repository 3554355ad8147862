/// Asynchronous successive halving (Li et al., MLSys 2020). Rung k trains to r_min η^k (the last rung to
/// the maximum resource). Whenever a worker is free: promote a configuration that is in the top
/// ⌊|rung k| / η⌋ of rung k's results and not yet promoted (highest rung first), else start a new
/// configuration at rung 0. No worker ever waits for a rung to fill. Higher values are better.
public struct ASHA: Scheduler, Codable, Sendable, Equatable {
    public var name: String { "asha" }
    public let eta: Int
    /// Resource of each rung.
    public let resources: [Double]
    /// Results per rung: configuration → value.
    public private(set) var results: [[Int: Double]]
    /// Each rung's results ranked best first (value descending, ties to the lower configuration), kept
    /// sorted on insert so finding a promotable configuration never sorts.
    private var ranked: [[RankedResult]]

    /// Per rung, the rank of the best result not yet promoted: every result ranked above it is promoted,
    /// so finding a promotable configuration is O(1).
    private var firstUnpromoted: [Int]

    struct RankedResult: Codable, Sendable, Equatable {
        var value: Double
        var configuration: Int
        var promoted = false
        func ranksAbove(_ other: RankedResult) -> Bool {
            value > other.value || (value == other.value && configuration < other.configuration)
        }
    }
    private var running: Set<SchedulerJob> = []
    /// The next new configuration's id.
    public private(set) var started = 0
    public var configurationsStarted: Int { started }
    public var maxResource: Double { resources.last! }
    /// New configurations allowed (nil: unlimited).
    public let maxConfigurations: Int?

    public init(minResource: Double, maxResource: Double, eta: Int = 3, maxConfigurations: Int? = nil) throws {
        guard maxResource > 0, maxResource <= Limits.maxResource else {
            throw InputError.parameter("asha", "maxResource", expected: "a number in (0, \(JSONValue.format(Limits.maxResource))]", got: "\(maxResource)")
        }
        guard minResource > 0, maxResource >= minResource else {
            throw InputError.parameter("asha", "minResource", expected: "a number in (0, maxResource]", got: "\(minResource)")
        }
        guard eta >= 2, eta <= Limits.maxEta else { throw InputError.parameter("asha", "eta", expected: "an integer in 2...\(Limits.maxEta)", got: "\(eta)") }
        if let maxConfigurations, !(1...Limits.maxTrials).contains(maxConfigurations) {
            throw InputError.parameter("asha", "maxConfigurations", expected: "an integer in 1...\(Limits.maxTrials)", got: "\(maxConfigurations)")
        }
        self.eta = eta
        var resources = [minResource]
        while resources.last! * Double(eta) < maxResource * (1 - 1e-12) { resources.append(resources.last! * Double(eta)) }
        if resources.last! < maxResource { resources.append(maxResource) }
        self.resources = resources
        results = Array(repeating: [:], count: resources.count)
        ranked = Array(repeating: [], count: resources.count)
        firstUnpromoted = Array(repeating: 0, count: resources.count)
        self.maxConfigurations = maxConfigurations
    }

    /// A promotable configuration of rung k, if any: in the top ⌊|rung k| / η⌋, not promoted, best first.
    func promotable(from k: Int) -> Int? {
        let index = firstUnpromoted[k]
        return index < ranked[k].count / eta ? ranked[k][index].configuration : nil
    }


    /// ASHA's rule for one configuration: promoted now if its result at its highest rung is in that rung's
    /// top ⌊|rung k| / η⌋ and not promoted yet. While a rung holds fewer than η results that top is
    /// empty, and a trial trained in the user's loop cannot wait for it to fill; as Optuna's
    /// successive-halving pruner does, such a trial goes on if it is the best of its rung so far.
    public func promotion(of configuration: Int) -> SchedulerJob? {
        for k in stride(from: resources.count - 2, through: 0, by: -1) where results[k][configuration] != nil {
            let cut = max(1, ranked[k].count / eta)
            guard let position = ranked[k].firstIndex(where: { $0.configuration == configuration }), position < cut,
                  !ranked[k][position].promoted else { return nil }
            return SchedulerJob(configuration: configuration, rung: k + 1, resource: resources[k + 1])
        }
        return nil
    }

    /// Work for a free worker: a promotion if one is possible (highest rung first), else a new
    /// configuration; nil only when neither is possible (every allowed configuration started and nothing
    /// to promote).
    public func peek() -> SchedulerJob? {
        for k in stride(from: resources.count - 2, through: 0, by: -1) {
            if let configuration = promotable(from: k) {
                return SchedulerJob(configuration: configuration, rung: k + 1, resource: resources[k + 1])
            }
        }
        if let maxConfigurations, started >= maxConfigurations { return nil }
        return SchedulerJob(configuration: started, rung: 0, resource: resources[0])
    }

    /// Commits to a job: a new configuration (the next number) or the promotion of a configuration with
    /// a result in the rung below that has not been promoted. A promotion read back from a log need not
    /// be the one `peek` would choose today; it only has to be possible.
    public mutating func adopt(_ job: SchedulerJob) throws {
        guard job.bracket == 0, job.rung >= 0, job.rung < resources.count, job.repetition == 0 else {
            throw SchedulerError.foreignJob(job: job, reason: "ASHA has one bracket with rungs 0..<\(resources.count), each job evaluated once")
        }
        if job.rung == 0 {
            try SchedulerError.requireNextStart(job, started: started, maxConfigurations: maxConfigurations)
            started += 1
        } else {
            let below = job.rung - 1
            guard let position = ranked[below].firstIndex(where: { $0.configuration == job.configuration }), !ranked[below][position].promoted else {
                throw SchedulerError.foreignJob(job: job, reason: "it has no unpromoted result at rung \(below)")
            }
            ranked[below][position].promoted = true
            if position == firstUnpromoted[below] {
                while firstUnpromoted[below] < ranked[below].count, ranked[below][firstUnpromoted[below]].promoted { firstUnpromoted[below] += 1 }
            }
        }
        running.insert(SchedulerJob(configuration: job.configuration, rung: job.rung, resource: resources[job.rung]))
    }

    /// Takes the next job (`peek`, then `adopt`).
    public mutating func nextJob() -> SchedulerJob? {
        guard let job = peek() else { return nil }
        do { try adopt(job) } catch { preconditionFailure("ASHA refused its own job: \(error)") }
        return job
    }

    public mutating func report(_ job: SchedulerJob, value: Double) throws {
        let job = SchedulerJob(configuration: job.configuration, rung: job.rung, resource: resources.indices.contains(job.rung) ? resources[job.rung] : job.resource)
        guard running.remove(job) != nil else { throw SchedulerError.unknownJob(configuration: job.configuration, rung: job.rung) }
        results[job.rung][job.configuration] = value
        // Binary search for the insertion point that keeps the rung ranked.
        let entry = RankedResult(value: value, configuration: job.configuration)
        var low = 0, high = ranked[job.rung].count
        while low < high {
            let mid = (low + high) / 2
            if ranked[job.rung][mid].ranksAbove(entry) { low = mid + 1 } else { high = mid }
        }
        ranked[job.rung].insert(entry, at: low)
        if low <= firstUnpromoted[job.rung] { firstUnpromoted[job.rung] = low }
    }

    /// Whether a free worker could be given something now (used to check that none ever idles).
    public var hasWork: Bool {
        if let maxConfigurations, started >= maxConfigurations {
            return (0..<(resources.count - 1)).contains { promotable(from: $0) != nil }
        }
        return true
    }

    /// The best configuration at the highest rung reached so far.
    public var best: (configuration: Int, value: Double, rung: Int)? {
        for k in stride(from: resources.count - 1, through: 0, by: -1) where !results[k].isEmpty {
            let top = results[k].max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!
            return (top.key, top.value, k)
        }
        return nil
    }
}
