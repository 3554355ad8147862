/// Successive halving (Jamieson, Talwalkar 2016) over a given set of configurations and rungs: run every
/// configuration of rung i, keep the best n_{i+1} for rung i + 1, repeat. `peek` proposes the next job
/// (nil while the rung's results are outstanding or when finished), `adopt` commits to it, `report`
/// answers it. Higher values are better.
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

    public func peek() -> SchedulerJob? {
        guard !isFinished, let configuration = queue.first else { return nil }
        return SchedulerJob(configuration: configuration, rung: rung, resource: rungs[rung].resource)
    }

    /// Commits to a job of the current rung (the one `peek` proposed, or any configuration still queued).
    public mutating func adopt(_ job: SchedulerJob) throws {
        guard !isFinished, job.rung == rung, let position = queue.firstIndex(of: job.configuration) else {
            throw SchedulerError.foreignJob(job: job, reason: isFinished ? "this bracket is finished"
                                            : "its bracket is at rung \(rung), with configurations \(queue.prefix(8).map(String.init).joined(separator: ", ")) waiting")
        }
        queue.remove(at: position)
        running.insert(job.configuration)
    }

    /// Takes the next job.
    public mutating func nextJob() -> SchedulerJob? {
        guard let job = peek() else { return nil }
        queue.removeFirst()
        running.insert(job.configuration)
        return job
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

/// Hyperband (Li et al., JMLR 2018) as a scheduler: its brackets run successive halving, from the most
/// exploratory; a bracket opens when every earlier one is waiting for results, and takes the next block
/// of configuration numbers. `iterations` repeats the whole set of brackets (as Hyperband's outer loop
/// does until the budget is spent; bracket b runs bracket b mod (s_max + 1) of the schedule). Finished
/// when every bracket is.
public struct HyperbandScheduler: Scheduler, Equatable {
    public var name: String { "hyperband" }
    public let schedule: HyperbandSchedule
    public let iterations: Int
    private var brackets: [SuccessiveHalving] = []
    /// The first configuration of each opened bracket.
    private var firstConfiguration: [Int] = []
    public private(set) var configurationsStarted = 0
    private var opened = 0

    public init(maxResource: Double, eta: Int = 3, iterations: Int = 1) throws {
        guard iterations >= 1, iterations <= 1_000_000 else {
            throw InputError.parameter("hyperband", "iterations", expected: "an integer in 1...1000000", got: "\(iterations)")
        }
        schedule = try HyperbandSchedule(maxResource: maxResource, eta: eta)
        self.iterations = iterations
    }

    private var bracketCount: Int { schedule.brackets.count * iterations }

    private func rungs(ofBracket b: Int) -> [Rung] { schedule.brackets[b % schedule.brackets.count] }

    public var maxResource: Double { schedule.maxResource }

    public func peek() -> SchedulerJob? {
        for b in 0..<bracketCount {
            if b == brackets.count {
                return SchedulerJob(configuration: opened, rung: 0, resource: rungs(ofBracket: b)[0].resource, bracket: b)
            }
            if let job = brackets[b].peek() {
                return SchedulerJob(configuration: job.configuration, rung: job.rung, resource: job.resource, bracket: b)
            }
        }
        return nil
    }

    public mutating func adopt(_ job: SchedulerJob) throws {
        guard job.repetition == 0 else { throw SchedulerError.foreignJob(job: job, reason: "Hyperband evaluates each job once") }
        guard job.bracket >= 0, job.bracket < bracketCount else {
            throw SchedulerError.foreignJob(job: job, reason: "Hyperband with R = \(JSONValue.format(schedule.maxResource)), η = \(schedule.eta), \(iterations) iteration(s) has brackets 0..<\(bracketCount)")
        }
        while brackets.count <= job.bracket {
            let rungs = rungs(ofBracket: brackets.count)
            firstConfiguration.append(opened)
            brackets.append(try SuccessiveHalving(configurations: Array(opened..<(opened + rungs[0].configurations)), rungs: rungs))
            opened += rungs[0].configurations
        }
        var inner = job
        inner.bracket = 0
        try brackets[job.bracket].adopt(inner)
        if job.rung == 0 { configurationsStarted = max(configurationsStarted, job.configuration + 1) }
    }

    public mutating func report(_ job: SchedulerJob, value: Double) throws {
        guard brackets.indices.contains(job.bracket) else { throw SchedulerError.unknownJob(configuration: job.configuration, rung: job.rung) }
        var inner = job
        inner.bracket = 0
        try brackets[job.bracket].report(inner, value: value)
    }
}
