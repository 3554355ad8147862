/// A unit of work a scheduler hands out: train `configuration` to `resource`, at rung `rung` of
/// bracket `bracket` (0 for schedulers without brackets). Configurations are numbered in the order the
/// scheduler starts them: a study gives trial n the n-th configuration started. `repetition` k > 0 is a
/// re-evaluation: the same configuration trained again to the same resource from scratch, on another
/// seed or validation split (the k-th), so a final comparison is not decided by one split's noise.
public struct SchedulerJob: Codable, Sendable, Equatable, Hashable {
    public var configuration: Int
    public var rung: Int
    public var resource: Double
    public var bracket: Int
    public var repetition: Int

    public init(configuration: Int, rung: Int, resource: Double, bracket: Int = 0, repetition: Int = 0) {
        self.configuration = configuration
        self.rung = rung
        self.resource = resource
        self.bracket = bracket
        self.repetition = repetition
    }

    private enum CodingKeys: String, CodingKey { case configuration, rung, resource, bracket, repetition }

    /// `repetition` may be absent (0): the form before re-evaluations.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(configuration: try c.decode(Int.self, forKey: .configuration), rung: try c.decode(Int.self, forKey: .rung),
                  resource: try c.decode(Double.self, forKey: .resource), bracket: try c.decode(Int.self, forKey: .bracket),
                  repetition: try c.decodeIfPresent(Int.self, forKey: .repetition) ?? 0)
    }
}

/// Decides which configuration trains to which resource next (successive halving, Hyperband, ASHA,
/// random search). Its state is a function of the jobs it handed out and the values reported, so a
/// study rebuilds it from its log by `adopt`ing the logged jobs and re-reporting the logged values —
/// never by asking it again and hoping for the same answer. Higher values are better.
public protocol Scheduler: Sendable {
    /// The scheduler's name in the registry ("hyperband").
    var name: String { get }
    /// The job to hand out next, without committing to it; nil while results are outstanding or when
    /// nothing is left.
    func peek() -> SchedulerJob?
    /// Records that `job` was handed out: the one `peek` proposed, or one read back from a log.
    /// Throws if the job cannot be one of this scheduler's (a log written for another schedule).
    mutating func adopt(_ job: SchedulerJob) throws
    /// Records the value a handed-out job reached (−∞ for a failed job: it is never promoted).
    mutating func report(_ job: SchedulerJob, value: Double) throws
    /// Records the value and what the job cost (its training time, in any unit the study keeps to):
    /// what a cost-aware scheduler budgets. By default the cost is ignored.
    mutating func report(_ job: SchedulerJob, value: Double, cost: Double?) throws
    /// Whether this scheduler needs each job's cost (a study then measures it when the caller gives none).
    var needsCost: Bool { get }
    /// The job that takes `configuration` to its next rung if this scheduler's rule promotes it right
    /// now: how a trial trained inside the user's loop learns, at a rung boundary, whether to go on.
    /// nil: it pauses (a later `peek` may still promote it). Never a re-evaluation, which starts afresh.
    func promotion(of configuration: Int) -> SchedulerJob?
    /// The most resource any configuration can get.
    var maxResource: Double { get }
    /// Configurations started so far (the next start is configuration `configurationsStarted`).
    var configurationsStarted: Int { get }
}

extension Scheduler {
    public mutating func report(_ job: SchedulerJob, value: Double, cost: Double?) throws { try report(job, value: value) }

    public var needsCost: Bool { false }

    /// By default a configuration goes on only when it is exactly what `peek` would hand out next.
    public func promotion(of configuration: Int) -> SchedulerJob? {
        guard let job = peek(), job.configuration == configuration, job.rung > 0, job.repetition == 0 else { return nil }
        return job
    }

    /// Takes the next job: `peek`, then `adopt` it.
    public mutating func nextJob() -> SchedulerJob? {
        guard let job = peek() else { return nil }
        do { try adopt(job) } catch { preconditionFailure("a scheduler refused its own job: \(error)") }
        return job
    }
}

/// A scheduler was configured or fed with something it cannot use.
public enum SchedulerError: AllotError, Equatable {
    case unknownJob(configuration: Int, rung: Int)
    /// A job from a log (or a caller) that this scheduler could not have handed out.
    case foreignJob(job: SchedulerJob, reason: String)

    /// A new configuration's first job (rung 0) read back from a log must be the next one in order
    /// (`started`), within the scheduler's limit of configurations (nil: none).
    static func requireNextStart(_ job: SchedulerJob, started: Int, maxConfigurations: Int?) throws {
        guard job.configuration == started, maxConfigurations.map({ started < $0 }) ?? true else {
            throw foreignJob(job: job, reason: "new configurations start in order (next: \(started)) and at most \(maxConfigurations.map(String.init) ?? "unlimited")")
        }
    }

    public var description: String {
        switch self {
        case let .unknownJob(configuration, rung):
            return "scheduler: no running job for configuration \(configuration) at rung \(rung); report only jobs the scheduler handed out."
        case let .foreignJob(job, reason):
            let repetition = job.repetition > 0 ? ", repetition \(job.repetition)" : ""
            return "scheduler: configuration \(job.configuration) at rung \(job.rung) of bracket \(job.bracket)\(repetition) (resource \(JSONValue.format(job.resource))) does not fit this schedule: \(reason)."
        }
    }

    public var exitClass: ExitClass { .badInput }
}

/// Random search: `trials` configurations, each trained once to `resource`.
public struct RandomSearchScheduler: Scheduler, Equatable {
    public var name: String { "random" }
    public let trials: Int
    public let resource: Double
    public private(set) var configurationsStarted = 0
    private var running: Set<Int> = []

    public init(trials: Int, resource: Double) throws {
        guard trials >= 1, trials <= Limits.maxTrials else {
            throw InputError.parameter("random", "trials", expected: "an integer in 1...\(Limits.maxTrials)", got: "\(trials)")
        }
        guard resource > 0, resource <= Limits.maxResource else {
            throw InputError.parameter("random", "resource", expected: "a number in (0, \(JSONValue.format(Limits.maxResource))]", got: "\(resource)")
        }
        self.trials = trials
        self.resource = resource
    }

    public var maxResource: Double { resource }

    public func peek() -> SchedulerJob? {
        configurationsStarted < trials ? SchedulerJob(configuration: configurationsStarted, rung: 0, resource: resource) : nil
    }

    public mutating func adopt(_ job: SchedulerJob) throws {
        guard job.rung == 0, job.bracket == 0, job.repetition == 0, job.configuration == configurationsStarted, configurationsStarted < trials else {
            throw SchedulerError.foreignJob(job: job, reason: "random search starts configurations 0..<\(trials) in order, each once at rung 0 (next: \(configurationsStarted))")
        }
        configurationsStarted += 1
        running.insert(job.configuration)
    }

    public mutating func report(_ job: SchedulerJob, value: Double) throws {
        guard running.remove(job.configuration) != nil else { throw SchedulerError.unknownJob(configuration: job.configuration, rung: job.rung) }
    }
}
