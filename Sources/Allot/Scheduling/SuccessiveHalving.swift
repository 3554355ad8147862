/// A unit of work a scheduler hands out: train `configuration` to `resource` (rung `rung`).
public struct SchedulerJob: Codable, Sendable, Equatable, Hashable {
    public var configuration: Int
    public var rung: Int
    public var resource: Double

    public init(configuration: Int, rung: Int, resource: Double) {
        self.configuration = configuration
        self.rung = rung
        self.resource = resource
    }
}

/// Successive halving (Jamieson, Talwalkar 2016) over a given set of configurations and rungs: run every
/// configuration of rung i, keep the best n_{i+1} for rung i + 1, repeat. Ask with `nextJob()` (nil while
/// the rung's results are outstanding or when finished), answer with `report`. Higher values are better.
public struct SuccessiveHalving: Codable, Sendable, Equatable {
    public let rungs: [Rung]
    public private(set) var rung = 0
    /// Configurations of the current rung not yet handed out, in order.
    private var queue: [Int]
    private var running: Set<Int> = []
    /// Results of the current rung.
    private var results: [Int: Double] = [:]
    /// The best configuration of the last rung, once finished.
    public private(set) var winner: (configuration: Int, value: Double)? {
        get { winnerConfiguration.map { ($0, winnerValue) } }
        set { winnerConfiguration = newValue?.configuration; winnerValue = newValue?.value ?? 0 }
    }
    private var winnerConfiguration: Int?
    private var winnerValue = 0.0

    /// `configurations` must number at least rungs[0].configurations; the first that many are used.
    public init(configurations: [Int], rungs: [Rung]) throws {
        guard let first = rungs.first, !configurations.isEmpty else {
            throw InputError.parameter("successive-halving", "rungs", expected: "at least one rung and one configuration", got: "\(rungs.count) rungs")
        }
        guard configurations.count >= first.configurations else {
            throw InputError.parameter("successive-halving", "configurations", expected: "at least \(first.configurations) (the first rung's count)",
                                                  got: "\(configurations.count)")
        }
        self.rungs = rungs
        queue = Array(configurations.prefix(first.configurations))
    }

    public var isFinished: Bool { winnerConfiguration != nil }

    public mutating func nextJob() -> SchedulerJob? {
        guard !isFinished, !queue.isEmpty else { return nil }
        let configuration = queue.removeFirst()
        running.insert(configuration)
        return SchedulerJob(configuration: configuration, rung: rung, resource: rungs[rung].resource)
    }

    /// Records the value a job reached; when the rung is complete, promotes the best to the next rung.
    public mutating func report(_ job: SchedulerJob, value: Double) throws {
        guard job.rung == rung, running.remove(job.configuration) != nil else {
            throw SchedulerError.unknownJob(configuration: job.configuration, rung: job.rung)
        }
        results[job.configuration] = value
        guard queue.isEmpty, running.isEmpty else { return }
        // Best first; ties to the configuration handed out first (lower id) so runs are reproducible.
        let ranked = results.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        if rung + 1 < rungs.count {
            let keep = max(1, min(rungs[rung + 1].configurations, ranked.count))
            rung += 1
            queue = ranked.prefix(keep).map(\.key)
            results = [:]
        } else {
            winner = (ranked[0].key, ranked[0].value)
        }
    }
}
