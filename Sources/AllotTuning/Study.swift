import Allot

/// An ask/tell hyperparameter study in memory: `ask()` says which configuration to train to which
/// resource (and from which resource a promoted trial may resume its checkpoint), `report` records
/// intermediate values, `tell` the value reached, `fail` a crash. The scheduler (random search,
/// Hyperband, ASHA) decides what is asked next. The whole study, sampler and scheduler state included, is
/// Codable: encode it after any call and a decoded copy continues exactly.
public struct Study: Codable, Sendable {
    public enum Direction: String, Codable, Sendable { case maximize, minimize }

    /// How the study spends its resource.
    public enum Schedule: Codable, Sendable, Equatable {
        /// `trials` configurations, each trained to `resource`.
        case random(trials: Int, resource: Double)
        /// Hyperband's brackets for R = maxResource (in resource units; rung resources are R η^(i−s)).
        case hyperband(maxResource: Double, eta: Int)
        /// ASHA from minResource to maxResource, at most `trials` configurations.
        case asha(minResource: Double, maxResource: Double, eta: Int, trials: Int)
    }

    public enum TrialState: String, Codable, Sendable { case running, paused, completed, failed }

    /// One configuration and what happened to it.
    public struct Trial: Codable, Sendable, Equatable {
        public var id: Int
        public var configuration: Configuration
        public var state: TrialState
        /// Largest resource reached, and the value there.
        public var resource: Double?
        public var value: Double?
        /// Intermediate values reported while training, in order.
        public var reports: [Report]
    }

    public struct Report: Codable, Sendable, Equatable {
        public var resource: Double
        public var value: Double
    }

    /// Work for one worker.
    public struct Assignment: Codable, Sendable, Equatable, Hashable {
        public var trial: Int
        public var configuration: Configuration
        /// Train to this resource.
        public var resource: Double
        /// The resource already trained to (a promoted trial continues from its checkpoint), if any.
        public var resumeFrom: Double?
        /// The scheduler's rung and bracket, to route the answer back.
        public var rung: Int
        public var bracket: Int
    }

    public let space: SearchSpace
    public let direction: Direction
    public let schedule: Schedule
    public private(set) var trials: [Trial] = []
    private var sampler: ConfigurationSampler
    private var running: Set<Assignment> = []
    /// Assignments whose worker died, handed out again before anything new.
    private var requeued: [Assignment] = []
    // Scheduler state.
    private var brackets: [SuccessiveHalving] = []
    private var hyperband: HyperbandSchedule?
    private var asha: ASHA?
    /// ASHA configuration index → trial id.
    private var ashaTrials: [Int] = []

    public init(space: SearchSpace, schedule: Schedule, direction: Direction = .maximize, sampler: ConfigurationSampler) throws {
        self.space = space
        self.schedule = schedule
        self.direction = direction
        self.sampler = sampler
        switch schedule {
        case let .random(count, resource):
            guard count >= 1 else { throw InputError.parameter("study", "trials", expected: "an integer >= 1", got: "\(count)") }
            guard resource > 0, resource.isFinite else { throw InputError.parameter("study", "resource", expected: "a finite number > 0", got: "\(resource)") }
        case let .hyperband(maxResource, eta):
            hyperband = try HyperbandSchedule(maxResource: maxResource, eta: eta)
        case let .asha(minResource, maxResource, eta, count):
            asha = try ASHA(minResource: minResource, maxResource: maxResource, eta: eta, maxConfigurations: count)
        }
    }

    /// The next assignment, or nil when every possible job is handed out (wait for `tell`) or the study is done.
    public mutating func ask() -> Assignment? {
        if !requeued.isEmpty {
            let assignment = requeued.removeFirst()
            trials[assignment.trial].state = .running
            return assignment
        }
        switch schedule {
        case let .random(count, resource):
            guard trials.count < count else { return nil }
            let trial = newTrial()
            return hand(Assignment(trial: trial, configuration: trials[trial].configuration, resource: resource, resumeFrom: nil, rung: 0, bracket: 0))
        case .hyperband:
            let schedule = hyperband!
            for b in 0..<schedule.brackets.count {
                if b == brackets.count {
                    let ids = (0..<schedule.brackets[b][0].configurations).map { _ in newTrial() }
                    brackets.append(try! SuccessiveHalving(configurations: ids, rungs: schedule.brackets[b]))
                }
                if let job = brackets[b].nextJob() {
                    return hand(Assignment(trial: job.configuration, configuration: trials[job.configuration].configuration,
                                           resource: job.resource, resumeFrom: trials[job.configuration].resource, rung: job.rung, bracket: b))
                }
            }
            return nil
        case .asha:
            guard let job = asha!.nextJob() else { return nil }
            if job.configuration == ashaTrials.count { ashaTrials.append(newTrial()) }
            let trial = ashaTrials[job.configuration]
            return hand(Assignment(trial: trial, configuration: trials[trial].configuration, resource: job.resource,
                                   resumeFrom: trials[trial].resource, rung: job.rung, bracket: 0))
        }
    }

    /// Records an intermediate value of a running trial.
    public mutating func report(trial: Int, resource: Double, value: Double) throws {
        guard trials.indices.contains(trial), trials[trial].state == .running else {
            throw StudyError.notRunning(trial: trial)
        }
        guard value.isFinite, resource.isFinite else { throw StudyError.invalidValue(trial: trial, value: value) }
        trials[trial].reports.append(Report(resource: resource, value: value))
    }

    /// The value the assignment reached at its resource.
    public mutating func tell(_ assignment: Assignment, value: Double) throws {
        guard value.isFinite else { throw StudyError.invalidValue(trial: assignment.trial, value: value) }
        try finish(assignment, value: value)
        trials[assignment.trial].resource = assignment.resource
        trials[assignment.trial].value = value
        // A trial at the maximum resource can no longer be promoted: it is complete.
        trials[assignment.trial].state = assignment.resource >= maxResource * (1 - 1e-12) ? .completed : .paused
    }

    /// The assignment crashed: the trial is failed and never promoted.
    public mutating func fail(_ assignment: Assignment) throws {
        try finish(assignment, value: nil)
        trials[assignment.trial].state = .failed
    }

    /// Hands a running assignment out again (its worker died before telling); `ask()` returns it next.
    public mutating func requeue(_ assignment: Assignment) throws {
        guard running.contains(assignment), !requeued.contains(assignment) else { throw StudyError.unknownAssignment(trial: assignment.trial) }
        requeued.append(assignment)
        trials[assignment.trial].state = .paused
    }

    /// The running assignment of `trial` at `rung` of `bracket`, if any (for callers that only kept the ids).
    public func runningAssignment(trial: Int, rung: Int, bracket: Int) -> Assignment? {
        running.first { $0.trial == trial && $0.rung == rung && $0.bracket == bracket }
    }

    /// Assignments waiting to be handed out again.
    public var requeuedAssignments: [Assignment] { requeued }

    /// Assignments handed out and not yet told.
    public var runningAssignments: [Assignment] { running.sorted { ($0.trial, $0.rung) < ($1.trial, $1.rung) } }

    /// The best trial so far: the best value among those that reached the largest resource any trial reached
    /// (ties: the earliest trial).
    public var best: Trial? {
        let scored = trials.filter { $0.value != nil && $0.state != .failed }
        guard let top = scored.compactMap(\.resource).max() else { return nil }
        return scored.filter { $0.resource == top }.max { better($1.value!, than: $0.value!) || ($0.value! == $1.value! && $0.id > $1.id) }
    }

    /// Whether nothing more will be asked and nothing is running.
    public var isFinished: Bool {
        var copy = self
        return running.isEmpty && copy.ask() == nil
    }

    // MARK: internals

    private func better(_ a: Double, than b: Double) -> Bool { direction == .maximize ? a > b : a < b }

    private mutating func newTrial() -> Int {
        let id = trials.count
        trials.append(Trial(id: id, configuration: sampler.next(in: space), state: .paused, resource: nil, value: nil, reports: []))
        return id
    }

    private mutating func hand(_ assignment: Assignment) -> Assignment {
        running.insert(assignment)
        trials[assignment.trial].state = .running
        return assignment
    }

    /// Routes a result to the scheduler (which maximises: minimised values are negated, failures are −∞).
    private mutating func finish(_ assignment: Assignment, value: Double?) throws {
        guard running.remove(assignment) != nil else { throw StudyError.unknownAssignment(trial: assignment.trial) }
        requeued.removeAll { $0 == assignment }   // told after all (a worker thought dead answered)
        let score = value.map { direction == .maximize ? $0 : -$0 } ?? -Double.infinity
        let job = SchedulerJob(configuration: assignment.trial, rung: assignment.rung, resource: assignment.resource)
        switch schedule {
        case .random: break
        case .hyperband: try brackets[assignment.bracket].report(job, value: score)
        case .asha:
            let index = ashaTrials.firstIndex(of: assignment.trial)!
            try asha!.report(SchedulerJob(configuration: index, rung: assignment.rung, resource: assignment.resource), value: score)
        }
    }

    /// The most resource any trial can get.
    private var maxResource: Double {
        switch schedule {
        case let .random(_, resource): return resource
        case let .hyperband(r, _): return r
        case let .asha(_, r, _, _): return r
        }
    }
}

/// An ask/tell call that does not fit the study's state.
public enum StudyError: AllotError, Equatable {
    case unknownAssignment(trial: Int)
    case notRunning(trial: Int)
    case invalidValue(trial: Int, value: Double)

    public var description: String {
        switch self {
        case let .unknownAssignment(trial):
            return "trial \(trial): this assignment is not running (already told, or never asked); tell each assignment once."
        case let .notRunning(trial):
            return "trial \(trial) is not running; report intermediate values only between ask and tell."
        case let .invalidValue(trial, value):
            return "trial \(trial): the value must be a finite number, got \(value); use fail() for a crashed trial."
        }
    }

    public var exitClass: ExitClass { .badInput }
}
