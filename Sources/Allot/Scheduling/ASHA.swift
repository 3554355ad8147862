/// Asynchronous successive halving (Li et al., MLSys 2020). Rung k trains to r_min η^k (the last rung to
/// the maximum resource). Whenever a worker is free: promote a configuration that is in the top
/// ⌊|rung k| / η⌋ of rung k's results and not yet promoted (highest rung first), else start a new
/// configuration at rung 0. No worker ever waits for a rung to fill. Higher values are better.
public struct ASHA: Codable, Sendable, Equatable {
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
    /// New configurations allowed (nil: unlimited).
    public let maxConfigurations: Int?

    public init(minResource: Double, maxResource: Double, eta: Int = 3, maxConfigurations: Int? = nil) throws {
        guard minResource > 0, maxResource >= minResource, maxResource.isFinite else {
            throw InputError.parameter("asha", "minResource", expected: "a number in (0, maxResource]", got: "\(minResource)")
        }
        guard eta >= 2 else { throw InputError.parameter("asha", "eta", expected: "an integer >= 2", got: "\(eta)") }
        if let maxConfigurations, maxConfigurations < 1 {
            throw InputError.parameter("asha", "maxConfigurations", expected: "an integer >= 1", got: "\(maxConfigurations)")
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

    /// Marks rung k's first unpromoted result promoted and moves the marker past promoted ones.
    private mutating func markPromoted(in k: Int) {
        ranked[k][firstUnpromoted[k]].promoted = true
        while firstUnpromoted[k] < ranked[k].count, ranked[k][firstUnpromoted[k]].promoted { firstUnpromoted[k] += 1 }
    }

    /// Work for a free worker: a promotion if one is possible, else a new configuration; nil only when
    /// neither is possible (every allowed configuration started and nothing to promote).
    public mutating func nextJob() -> SchedulerJob? {
        for k in stride(from: resources.count - 2, through: 0, by: -1) {
            if let configuration = promotable(from: k) {
                markPromoted(in: k)
                let job = SchedulerJob(configuration: configuration, rung: k + 1, resource: resources[k + 1])
                running.insert(job)
                return job
            }
        }
        if let maxConfigurations, started >= maxConfigurations { return nil }
        let job = SchedulerJob(configuration: started, rung: 0, resource: resources[0])
        started += 1
        running.insert(job)
        return job
    }

    public mutating func report(_ job: SchedulerJob, value: Double) throws {
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
