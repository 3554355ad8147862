import Allot
import Foundation

/// An ask/tell hyperparameter study: `ask()` says which configuration to train to which resource (and
/// from which resource a promoted trial may resume its checkpoint), `report` records intermediate
/// values, `tell` the value reached, `fail` a crash. A scheduler (random search, Hyperband, ASHA) decides
/// what is asked next and a sampler proposes new configurations, both chosen by name from their
/// registries.
///
/// Every change is an entry of the study's journal (`StudyEvent`), and the journal is the study:
/// encoding a study writes its definition and journal (format `allot-study`, version 2); decoding replays
/// the journal, rebuilding the scheduler from the jobs it holds. Nothing is re-sampled and no choice has
/// to repeat itself, so a study saved by one release continues under the next even if a scheduler
/// changed its mind about what it would ask.
public struct Study: Sendable {
    public enum Direction: String, Codable, Sendable { case maximize, minimize }

    public enum TrialState: String, Codable, Sendable { case running, paused, completed, failed }

    /// One configuration and what happened to it.
    public struct Trial: Sendable, Equatable {
        public var id: Int
        public var configuration: Configuration
        public var state: TrialState
        /// Largest resource reached, and the value there: the mean over its evaluations at that resource
        /// when a scheduler re-evaluated it (`evaluations` of them).
        public var resource: Double?
        public var value: Double?
        /// Every objective's value (a study with several objectives; `value` is the first of them).
        public var values: [Double]?
        /// Its constraint values as last told (each ≤ 0 when satisfied), if the study was given any.
        public var constraints: [Double]?
        public var evaluations: Int = 0
        /// Intermediate values reported while training, in order.
        public var reports: [Report]
        /// Whether the trial satisfies its constraints (every value ≤ 0; a trial without any does).
        public var isFeasible: Bool { constraints?.allSatisfy { $0 <= 0 } ?? true }
        /// The user's attributes (`set_user_attr`), by name.
        public var attributes: [String: JSONValue] = [:]
        /// Define-by-run: values drawn or queued for parameters this trial may ask for (see `StudyEvent.trial`).
        public var proposal: Configuration = [:]
    }

    public struct Report: Codable, Sendable, Equatable {
        public var resource: Double
        public var value: Double
    }

    /// Work for one worker.
    public struct Assignment: Sendable, Equatable, Hashable {
        public var trial: Int
        public var configuration: Configuration
        /// Train to this resource.
        public var resource: Double
        /// The resource already trained to (a promoted trial continues from its checkpoint), if any.
        public var resumeFrom: Double?
        /// The scheduler's rung and bracket, to route the answer back.
        public var rung: Int
        public var bracket: Int
        /// 0 for a trial's first training to `resource`; k > 0 for its k-th re-evaluation there: train it
        /// again from scratch (no checkpoint) on another seed or validation split, chosen by k, so the
        /// trial's value (the mean of its evaluations) averages the split's noise out.
        public var repetition: Int = 0

        public var key: StudyEvent.JobKey { .init(trial: trial, bracket: bracket, rung: rung, repetition: repetition) }
    }

    public enum JobState: String, Sendable { case running, requeued, completed, failed }

    /// A job as the journal records it: who holds it and until when.
    public struct Job: Sendable, Equatable {
        public var key: StudyEvent.JobKey
        public var resource: Double
        public var resumeFrom: Double?
        public var state: JobState
        public var value: Double?
        /// Every objective's value, in a study with several (`value` is the first).
        public var values: [Double]?
        /// The constraint values told with it, if any.
        public var constraints: [Double]?
        public var owner: String?
        /// End of the owner's lease, in seconds since 1970 (nil: no lease).
        public var lease: Double?
        /// The process group that runs it, if a tuner recorded one.
        public var process: (host: String, group: Int32)?
        /// When it was last handed out (seconds since 1970), if the journal says.
        public var askedAt: Double?
        /// What it cost, when told with a cost or timed for a scheduler that needs one.
        public var cost: Double?

        public static func == (a: Job, b: Job) -> Bool {
            a.key == b.key && a.resource == b.resource && a.resumeFrom == b.resumeFrom && a.state == b.state && a.value == b.value && a.values == b.values && a.constraints == b.constraints
                && a.owner == b.owner && a.lease == b.lease && a.process?.host == b.process?.host && a.process?.group == b.process?.group
            && a.askedAt == b.askedAt && a.cost == b.cost
        }
    }

    public let definition: StudyDefinition
    public private(set) var trials: [Trial] = []
    /// Every job ever handed out, in the order it was first asked.
    public private(set) var jobs: [Job] = []
    /// The journal: everything that happened, in order.
    public private(set) var events: [StudyEvent] = []
    private(set) var scheduler: any Scheduler
    private var sampler: any Sampler
    private var jobIndex: [StudyEvent.JobKey: Int] = [:]
    /// Jobs handed out again before anything new, oldest requeue first.
    private(set) var requeued: [Int] = []
    /// Jobs running now (indices into `jobs`), so liveness checks never walk the whole history.
    private var running: Set<Int> = []
    /// The user's attributes of the study itself (Optuna's `study.set_user_attr`), by name.
    public private(set) var attributes: [String: JSONValue] = [:]
    /// Configurations `enqueue` queued, taken in order by the next new trials (some parameters each, or all).
    public private(set) var queued: [Configuration] = []
    /// The definition's parameters, then (in a study its objective defines) those trials suggested.
    public private(set) var space: SearchSpace
    /// Define-by-run: how many trials with a value have each suggested parameter, and how many trials
    /// have a value; a parameter every such trial has is drawn with the others when a trial is created.
    private var suggestedCounts: [String: Int] = [:]
    private var valuedTrials = 0

    public var direction: Direction { definition.direction }
    public var directions: [Direction] { definition.directions }

    /// Whether the objective's `suggest` calls define the space (the study was created without parameters).
    public var isDefinedByRun: Bool { definition.space.dimension == 0 }

    public init(_ definition: StudyDefinition) throws {
        self.definition = definition
        space = definition.space
        scheduler = try definition.makeScheduler()
        sampler = try definition.makeSampler()
    }

    /// A study from its parts (schedulers and samplers by configuration; see `Study.Schedule`).
    public init(space: SearchSpace, schedule: Schedule, direction: Direction = .maximize, sampler: Sampling = .random(seed: 0)) throws {
        try self.init(StudyDefinition(space: space, direction: direction, scheduler: try schedule.configuration(), sampler: try sampler.configuration()))
    }

    /// Rebuilds a study from its definition and journal; an entry that does not fit is an error naming it.
    public init(_ definition: StudyDefinition, replaying journal: [StudyEvent], source: String = "study") throws {
        try self.init(definition, replaying: journal.count, source: source) { offset, _ in journal[offset] }
    }

    /// Rebuilds a study from `count` journal entries that `entry` reads one at a time from the space so far
    /// (a parameter a trial suggested is in the space from its own entry on).
    init(_ definition: StudyDefinition, replaying count: Int, source: String, entry: (Int, SearchSpace) throws -> StudyEvent) throws {
        try self.init(definition)
        for offset in 0..<count {
            let event = try entry(offset, space)
            do { try apply(event) } catch let error as AllotError {
                throw InputError(source: source, path: "events[\(offset)]", problem: .other("does not replay: \(error.description)"))
            }
        }
    }

    // MARK: ask, tell, fail, report

    /// The next assignment, or nil when every possible job is handed out (wait for `tell`) or the study is
    /// done. `owner` names the worker and `lease` how long it holds the job without a heartbeat.
    public mutating func ask(owner: String? = nil, lease: Double? = nil, now: Double = Date().timeIntervalSince1970) -> Assignment? {
        let expiry = lease.map { now + $0 }
        if let index = requeued.first {
            let job = jobs[index]
            try! apply(.ask(job.key, resource: job.resource, resumeFrom: job.resumeFrom, owner: owner, lease: expiry, at: now))
            return assignment(jobs[index])
        }
        guard let next = scheduler.peek() else { return nil }
        let trial = next.configuration
        if trial == trials.count {
            let (configuration, proposal) = newConfiguration(forTrial: trial)
            try! apply(.trial(trial, configuration, proposal: proposal))
        }
        let key = StudyEvent.JobKey(trial: trial, bracket: next.bracket, rung: next.rung, repetition: next.repetition)
        let resumeFrom = next.rung > 0 && next.repetition == 0 ? trials[trial].resource : nil
        try! apply(.ask(key, resource: next.resource, resumeFrom: resumeFrom, owner: owner, lease: expiry, at: now))
        return assignment(jobs[jobIndex[key]!])
    }

    /// Takes `trial` on to its next rung at once if the scheduler promotes it now (ASHA: its value is in
    /// the top 1/η of its rung so far), handing the job to the same owner: what a trial trained inside the
    /// user's loop asks at a rung boundary. nil: the trial pauses (pruned, unless a later `ask` promotes it).
    public mutating func promote(trial: Int, owner: String? = nil, lease: Double? = nil, now: Double = Date().timeIntervalSince1970) -> Assignment? {
        guard trials.indices.contains(trial), trials[trial].state != .failed, let next = scheduler.promotion(of: trial) else { return nil }
        let key = StudyEvent.JobKey(trial: trial, bracket: next.bracket, rung: next.rung)
        guard jobIndex[key] == nil else { return nil }
        do {
            try apply(.ask(key, resource: next.resource, resumeFrom: trials[trial].resource, owner: owner, lease: lease.map { now + $0 }, at: now))
        } catch {
            return nil
        }
        return assignment(jobs[jobIndex[key]!])
    }

    /// Queues `configuration` for the next new trial the scheduler opens, ahead of the sampler (Optuna's
    /// `enqueue_trial`): a known-good default, a configuration from an earlier study. It may give some
    /// parameters only; the sampler chooses the rest when the trial is created. A value outside its
    /// parameter's domain, an unknown parameter, a conditional parameter without its parent, or a parent
    /// whose value makes a parameter active without that parameter, is an input error naming it; so is a
    /// finished study. `skipIfExists`: nothing is queued when a trial or a queued
    /// configuration already has these values. Returns whether it was queued.
    @discardableResult
    public mutating func enqueue(_ configuration: Configuration, skipIfExists: Bool = false) throws -> Bool {
        let members = configuration.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value.json) }
        let reader = FieldReader(source: "enqueue", path: "configuration", value: .object(JSONObject(members)))
        let checked = try space.configuration(from: reader, partial: true, pending: isDefinedByRun)
        if isFinished {
            throw InputError(source: "enqueue", path: "configuration", problem: .other("the study is finished: it opens no new trial to give this configuration"))
        }
        let tried = trials.map { $0.configuration.merging($0.proposal) { used, _ in used } }
        if skipIfExists, (tried + queued).contains(where: { Self.agrees($0, with: checked) }) { return false }
        try apply(.enqueue(checked))
        return true
    }

    /// The value of `parameter` for running trial `trial`, as an objective's `suggest_*` call asks for it
    /// in a study its objective defines (define-by-run, as in Optuna): a parameter no trial asked for
    /// before joins the space; a trial that does not have it yet gets it from the sampler, drawn on its
    /// own (random, or univariate TPE over the trials that have it). Asking again returns the same value.
    /// A definition that differs from the one the parameter was first asked with is an input error
    /// naming both, and so is asking in a study created with its space (the space is then fixed).
    public mutating func suggest(trial: Int, parameter: SearchParameter) throws -> ParameterValue {
        guard trials.indices.contains(trial) else { throw StudyError.unknownTrial(trial: trial) }
        guard trials[trial].state == .running else { throw StudyError.notRunning(trial: trial) }
        guard isDefinedByRun else {
            throw InputError(source: "suggest", path: parameter.name, problem: .other(
                "a study created with its space samples that space only, so its trials cannot suggest '\(parameter.name)' (create the study without parameters to let the objective's suggest calls define it)"))
        }
        if let (_, known) = space.parameter(named: parameter.name) {
            guard known == parameter else {
                throw InputError(source: "suggest", path: parameter.name, problem: .other(
                    "parameter '\(parameter.name)' was first asked for as \(Self.described(known)), now as \(Self.described(parameter)); ask with one definition"))
            }
            if let value = trials[trial].configuration[parameter.name] { return value }
        } else {
            try apply(.parameter(parameter))
        }
        if let proposed = trials[trial].proposal[parameter.name] {
            let value = try Self.queued(proposed, of: parameter, trial: trial)
            try apply(.suggest(trial: trial, name: parameter.name, value: value))
            return value
        }
        let index = space.parameter(named: parameter.name)!.index
        guard var independent = sampler.independentSampler(salt: UInt64(index)) else {
            throw InputError(source: "suggest", path: parameter.name, problem: .other("sampler \(sampler.name) needs every parameter when the study is created"))
        }
        let one = try SearchSpace.empty.adding(SearchParameter(parameter.name, parameter.domain))
        // The trials that have the parameter, and only their jobs: the model learns from those alone.
        let jobs = self.jobs.filter { trials[$0.key.trial].configuration[parameter.name] != nil }
        let history = SamplingHistory(trials: trials, jobs: jobs, directions: directions)
        guard let value = independent.configuration(forTrial: trial, space: one, history: history)[parameter.name] else {
            preconditionFailure("a one-parameter configuration has its parameter")
        }
        try apply(.suggest(trial: trial, name: parameter.name, value: value))
        return value
    }

    /// A proposed value of `parameter` as its domain types it: the sampler's, or one queued before any
    /// trial asked for the parameter (a number, or a string), which must fit the definition it was asked
    /// with (a number matches the categorical choice that reads as it: 16 is "16").
    static func queued(_ proposed: ParameterValue, of parameter: SearchParameter, trial: Int) throws -> ParameterValue {
        var given = proposed.json
        if case let .categorical(choices) = parameter.domain, case let .number(x) = given,
           let match = choices.first(where: { Double($0) == x }) {
            given = .string(match)
        }
        do {
            return try SearchSpace.value(of: parameter, from: FieldReader(source: "suggest", path: parameter.name, value: given))
        } catch is InputError {
            throw InputError(source: "suggest", path: parameter.name, problem: .other(
                "trial \(trial) was queued with \(parameter.name) = \(given.canonicalText), which is not \(described(parameter)) as the objective asks for it"))
        }
    }

    /// A parameter as a suggest call states it, for errors.
    static func described(_ parameter: SearchParameter) -> String {
        switch parameter.domain {
        case let .float(low, high, log, step):
            return "a float in [\(JSONValue.format(low)), \(JSONValue.format(high))]\(step.map { ", step \(JSONValue.format($0))" } ?? "")\(log ? ", log-scaled" : "")"
        case let .integer(low, high, step, log):
            return "an int in [\(low), \(high)]\(step == 1 ? "" : ", step \(step)")\(log ? ", log-scaled" : "")"
        case let .categorical(choices): return "categorical with choices \(JSONValue.array(choices.map(JSONValue.string)).canonicalText)"
        }
    }

    /// Records an intermediate value of a running trial.
    public mutating func report(trial: Int, resource: Double, value: Double) throws {
        guard value.isFinite, resource.isFinite, resource >= 0 else { throw StudyError.invalidValue(trial: trial, value: value.isFinite ? resource : value) }
        try apply(.report(trial: trial, resource: resource, value: value))
    }

    /// Sets the user's attribute `key` of trial `trial` (any state; nil: of the study), replacing an earlier value.
    public mutating func setAttribute(trial: Int?, key: String, value: JSONValue) throws {
        if let trial, !trials.indices.contains(trial) { throw StudyError.unknownTrial(trial: trial) }
        try apply(.attribute(trial: trial, key: key, value: value))
    }

    /// The value the assignment reached at its resource. `cost` is what the job cost, in the unit the
    /// study keeps to (seconds of training, GPU-hours): a cost-aware scheduler budgets it. Without one,
    /// such a scheduler gets the time from the job's ask to `now`, which is recorded in the journal.
    public mutating func tell(_ assignment: Assignment, value: Double, cost: Double? = nil, now: Double = Date().timeIntervalSince1970) throws {
        try tell(assignment, values: [value], cost: cost, now: now)
    }

    /// The value of each objective the assignment reached, in the order of `directions`. `constraints`
    /// (Optuna's `constraints_func`): values that are ≤ 0 when the trial satisfies each constraint; an
    /// infeasible trial is never the best nor on the Pareto front, and TPE ranks it below every feasible one.
    public mutating func tell(_ assignment: Assignment, values: [Double], cost: Double? = nil, constraints: [Double]? = nil,
                              now: Double = Date().timeIntervalSince1970) throws {
        guard values.count == directions.count else { throw StudyError.objectiveCount(trial: assignment.trial, expected: directions.count, got: values.count) }
        if let bad = values.first(where: { !$0.isFinite }) { throw StudyError.invalidValue(trial: assignment.trial, value: bad) }
        if let constraints { try Self.checkConstraints(constraints, trial: assignment.trial) }
        if let cost, !(cost.isFinite && cost >= 0) { throw StudyError.invalidCost(trial: assignment.trial, cost: cost) }
        var cost = cost
        if cost == nil, scheduler.needsCost, let index = jobIndex[assignment.key], let asked = jobs[index].askedAt {
            cost = max(0, now - asked)
        }
        try apply(.tell(assignment.key, values: values, cost: cost, constraints: constraints))
    }

    /// The assignment crashed: the trial is failed and never promoted.
    public mutating func fail(_ assignment: Assignment) throws {
        try apply(.fail(assignment.key))
    }

    /// Hands a running assignment out again (its worker died before telling); `ask()` returns it next.
    public mutating func requeue(_ assignment: Assignment, reason: String = "") throws {
        try apply(.requeue(assignment.key, reason: reason))
    }

    /// Renews the lease of `owner`'s running job until `now + lease`.
    public mutating func heartbeat(_ assignment: Assignment, owner: String, lease: Double, now: Double = Date().timeIntervalSince1970) throws {
        try apply(.heartbeat(assignment.key, owner: owner, lease: now + lease))
    }

    /// Records the process group running a job.
    public mutating func recordProcess(_ assignment: Assignment, host: String, group: Int32) throws {
        try apply(.process(assignment.key, host: host, group: group))
    }

    // MARK: queries

    /// The running job of `trial` at `rung` of `bracket` (or requeued and waiting), if any.
    public func runningAssignment(trial: Int, rung: Int, bracket: Int, repetition: Int = 0) -> Assignment? {
        runningAssignment(.init(trial: trial, bracket: bracket, rung: rung, repetition: repetition))
    }

    /// The running (or requeued) job with this key, if any.
    public func runningAssignment(_ key: StudyEvent.JobKey) -> Assignment? {
        guard let index = jobIndex[key], jobs[index].state == .running || jobs[index].state == .requeued else { return nil }
        return assignment(jobs[index])
    }

    /// Assignments waiting to be handed out again.
    public var requeuedAssignments: [Assignment] { requeued.map { assignment(jobs[$0]) } }

    /// Assignments handed out and not yet told (requeued ones included).
    public var runningAssignments: [Assignment] {
        (running.map { jobs[$0] } + requeued.map { jobs[$0] }).sorted { $0.key < $1.key }.map(assignment)
    }

    /// The job records of every running assignment (with owners and leases), in the order they were asked.
    public var runningJobs: [Job] { running.sorted().map { jobs[$0] } }

    /// The best trial so far: the best value among those that reached the largest resource any trial
    /// reached (ties: the earliest trial). nil in a study with several objectives: see `paretoFront`.
    public var best: Trial? {
        guard !definition.isMultiObjective else { return nil }
        let scored = trials.filter { $0.value != nil && $0.state != .failed && $0.isFeasible }
        guard let top = scored.compactMap(\.resource).max() else { return nil }
        return scored.filter { $0.resource == top }.max { better($1.value!, than: $0.value!) || ($0.value! == $1.value! && $0.id > $1.id) }
    }

    /// The trials no other completed trial dominates (Optuna's `best_trials`): in a study with several
    /// objectives, those for which no other trial is at least as good in every objective and better in
    /// one; with one objective, every trial with the best value at the largest resource reached. In
    /// trial order.
    public var paretoFront: [Trial] {
        guard definition.isMultiObjective else {
            guard let best else { return [] }
            return trials.filter { $0.state != .failed && $0.resource == best.resource && $0.value == best.value }
        }
        let done = trials.filter { $0.state == .completed && $0.values != nil && $0.isFeasible }
        let signs = directions.map { $0 == .maximize ? -1.0 : 1.0 }
        return ParetoFront.front(done.map { zip($0.values!, signs).map { $0 * $1 } }).map { done[$0] }
    }

    /// The configuration of new trial `trial`: the head of the queue when it gives every parameter,
    /// else the sampler's proposal with the queued values in place of its own. Define-by-run, both go to
    /// the trial's proposal and its configuration starts empty.
    private mutating func newConfiguration(forTrial trial: Int) -> (configuration: Configuration, proposal: Configuration) {
        let space = samplingSpace
        var configuration: Configuration
        if let fixed = queued.first, isComplete(fixed, in: space) {
            configuration = fixed
        } else {
            let history = SamplingHistory(trials: trials, jobs: jobs, directions: directions)
            let proposal = space.dimension == 0 ? [:] : sampler.configuration(forTrial: trial, space: space, history: history)
            configuration = proposal
            if let fixed = queued.first {
                configuration = [:]
                // A parameter active under the merged values is given, or (its parent not given) in the proposal.
                for parameter in space.parameters where parameter.isActive(in: configuration) {
                    configuration[parameter.name] = fixed[parameter.name] ?? proposal[parameter.name]
                }
                // Queued values of suggested parameters outside the joint draw.
                for (name, value) in fixed where configuration[name] == nil { configuration[name] = value }
            }
        }
        return isDefinedByRun ? ([:], configuration) : (configuration, [:])
    }

    /// What a new trial's configuration is drawn over: the space, except (define-by-run) the suggested
    /// parameters that some trial with a value lacks; those are drawn when a trial asks for them, as
    /// Optuna samples its intersection search space jointly and the rest independently.
    private var samplingSpace: SearchSpace {
        guard isDefinedByRun, valuedTrials > 0 else { return isDefinedByRun ? .empty : space }
        return space.suggested { suggestedCounts[$0.name] == valuedTrials }
    }

    /// Whether a checked queued configuration has every parameter of `space` active under its own values.
    private func isComplete(_ configuration: Configuration, in space: SearchSpace) -> Bool {
        space.parameters.allSatisfy { !$0.isActive(in: configuration) || configuration[$0.name] != nil }
    }

    /// Whether `configuration` has every value `fixed` gives.
    static func agrees(_ configuration: Configuration, with fixed: Configuration) -> Bool {
        fixed.allSatisfy { configuration[$0.key]?.json == $0.value.json }    // 2 queued before an int parameter existed is its 2
    }

    /// Whether nothing more will be asked and nothing is running.
    public var isFinished: Bool { running.isEmpty && requeued.isEmpty && scheduler.peek() == nil }

    /// Whether the scheduler has nothing to hand out now (results are outstanding or the study is done).
    public var isWaiting: Bool { requeued.isEmpty && scheduler.peek() == nil }

    /// The most resource any trial can get.
    public var maxResource: Double { scheduler.maxResource }

    // MARK: the journal

    /// Applies one journal entry: the only way a study changes, live or replayed.
    mutating func apply(_ event: StudyEvent) throws {
        switch event {
        case let .trial(id, configuration, proposal):
            guard id == trials.count else { throw StudyError.journal("trial \(id) created out of order (expected trial \(trials.count))") }
            guard proposal.isEmpty || (isDefinedByRun && configuration.isEmpty) else {
                throw StudyError.journal("trial \(id) has a proposal, which only a new trial of a study its objective defines has")
            }
            if let fixed = queued.first {
                guard Self.agrees(configuration.merging(proposal) { given, _ in given }, with: fixed) else {
                    throw StudyError.journal("trial \(id) was created while a configuration was queued and does not have its values")
                }
                queued.removeFirst()
            }
            trials.append(Trial(id: id, configuration: configuration, state: .paused, resource: nil, value: nil, reports: [], proposal: proposal))

        case let .enqueue(configuration):
            queued.append(configuration)

        case let .ask(key, resource, resumeFrom, owner, lease, at):
            guard trials.indices.contains(key.trial) else { throw StudyError.journal("a job for trial \(key.trial), which does not exist") }
            if let index = jobIndex[key] {
                guard jobs[index].state == .requeued else { throw StudyError.journal("trial \(key.trial) rung \(key.rung) asked twice without a requeue") }
                requeued.removeAll { $0 == index }
                jobs[index].state = .running
                jobs[index].owner = owner
                jobs[index].lease = lease
                jobs[index].process = nil
                jobs[index].askedAt = at
                running.insert(index)
            } else {
                try scheduler.adopt(SchedulerJob(configuration: key.trial, rung: key.rung, resource: resource, bracket: key.bracket, repetition: key.repetition))
                jobIndex[key] = jobs.count
                running.insert(jobs.count)
                jobs.append(Job(key: key, resource: resource, resumeFrom: resumeFrom, state: .running, value: nil, owner: owner, lease: lease, process: nil,
                                askedAt: at))
            }
            trials[key.trial].state = .running

        case let .tell(key, values, cost, constraints):
            guard values.count == directions.count else {
                throw StudyError.journal("trial \(key.trial) was told \(values.count) values in a study with \(directions.count) objectives")
            }
            let index = try runningJob(key)
            try finish(index, values: values, cost: cost)
            jobs[index].constraints = constraints
            trials[key.trial].constraints = constraints
            let resource = jobs[index].resource
            // The trial's values at its resource: the means of its evaluations there (a re-evaluation adds one).
            let evaluations = (0...key.repetition).compactMap { jobIndex[StudyEvent.JobKey(trial: key.trial, bracket: key.bracket, rung: key.rung, repetition: $0)] }
                .filter { jobs[$0].state == .completed }.compactMap { jobs[$0].values ?? jobs[$0].value.map { [$0] } }
            trials[key.trial].resource = resource
            if trials[key.trial].value == nil, isDefinedByRun { countValued(key.trial) }
            let means = values.indices.map { i in evaluations.reduce(0) { $0 + $1[i] } / Double(evaluations.count) }
            trials[key.trial].value = means[0]
            if definition.isMultiObjective { trials[key.trial].values = means }
            trials[key.trial].evaluations = evaluations.count
            // A trial at the maximum resource can no longer be promoted: it is complete.
            trials[key.trial].state = resource >= scheduler.maxResource * (1 - 1e-12) ? .completed : .paused

        case let .fail(key):
            let index = try runningJob(key)
            try finish(index, values: nil, cost: nil)
            trials[key.trial].state = .failed

        case let .report(trial, resource, value):
            guard trials.indices.contains(trial), trials[trial].state == .running else { throw StudyError.notRunning(trial: trial) }
            trials[trial].reports.append(Report(resource: resource, value: value))

        case let .attribute(trial?, key, value):
            guard trials.indices.contains(trial) else { throw StudyError.journal("an attribute of trial \(trial), which does not exist") }
            trials[trial].attributes[key] = value

        case let .attribute(nil, key, value):
            attributes[key] = value

        case let .parameter(parameter):
            guard isDefinedByRun else { throw StudyError.journal("parameter '\(parameter.name)' added to a study created with its space") }
            space = try space.adding(parameter)

        case let .suggest(trial, name, value):
            guard trials.indices.contains(trial) else { throw StudyError.journal("a suggested value of trial \(trial), which does not exist") }
            guard let (index, _) = space.parameter(named: name), space.isSuggested(index) else {
                throw StudyError.journal("a suggested value of '\(name)', which no entry added")
            }
            guard trials[trial].configuration[name] == nil else { throw StudyError.journal("trial \(trial) suggested '\(name)' twice") }
            trials[trial].configuration[name] = value
            if trials[trial].value != nil { suggestedCounts[name, default: 0] += 1 }

        case let .requeue(key, _):
            guard let index = jobIndex[key], jobs[index].state == .running else { throw StudyError.unknownAssignment(trial: key.trial) }
            jobs[index].state = .requeued
            jobs[index].owner = nil
            jobs[index].lease = nil
            running.remove(index)
            requeued.append(index)
            trials[key.trial].state = .paused

        case let .heartbeat(key, owner, lease):
            guard let index = jobIndex[key], jobs[index].state == .running else { throw StudyError.unknownAssignment(trial: key.trial) }
            guard jobs[index].owner == owner else {
                throw StudyError.notOwner(trial: key.trial, owner: owner, holder: jobs[index].owner ?? "nobody")
            }
            jobs[index].lease = lease

        case let .process(key, host, group):
            guard let index = jobIndex[key], jobs[index].state == .running else { throw StudyError.unknownAssignment(trial: key.trial) }
            jobs[index].process = (host, group)
        }
        events.append(event)
    }

    /// Trial `trial` has its first value: it and its suggested parameters count for `samplingSpace`.
    private mutating func countValued(_ trial: Int) {
        valuedTrials += 1
        for name in trials[trial].configuration.keys { suggestedCounts[name, default: 0] += 1 }
    }

    private func runningJob(_ key: StudyEvent.JobKey) throws -> Int {
        guard let index = jobIndex[key], jobs[index].state == .running || jobs[index].state == .requeued else {
            throw StudyError.unknownAssignment(trial: key.trial)
        }
        return index
    }

    /// Closes a job (told after a requeue too: the worker thought dead answered) and tells the scheduler
    /// (which maximises: minimised values are negated, failures are −∞).
    private mutating func finish(_ index: Int, values: [Double]?, cost: Double?) throws {
        let job = jobs[index]
        let value = values?[0]
        let score = value.map { direction == .maximize ? $0 : -$0 } ?? -Double.infinity
        try scheduler.report(SchedulerJob(configuration: job.key.trial, rung: job.key.rung, resource: job.resource, bracket: job.key.bracket,
                                          repetition: job.key.repetition), value: score, cost: cost)
        if job.state == .requeued { requeued.removeAll { $0 == index } } else { running.remove(index) }
        jobs[index].state = value == nil ? .failed : .completed
        jobs[index].value = value
        if definition.isMultiObjective { jobs[index].values = values }
        jobs[index].cost = cost
        jobs[index].lease = nil
    }

    private func assignment(_ job: Job) -> Assignment {
        Assignment(trial: job.key.trial, configuration: trials[job.key.trial].configuration, resource: job.resource,
                   resumeFrom: job.resumeFrom, rung: job.key.rung, bracket: job.key.bracket, repetition: job.key.repetition)
    }

    private func better(_ a: Double, than b: Double) -> Bool { direction == .maximize ? a > b : a < b }
}

extension Study {
    /// The schedulers by their parameters (a shorthand for their registry configurations).
    public enum Schedule: Sendable, Equatable {
        /// `trials` configurations, each trained to `resource`.
        case random(trials: Int, resource: Double)
        /// Hyperband's brackets for R = maxResource (rung resources are R η^(i−s)).
        case hyperband(maxResource: Double, eta: Int, iterations: Int = 1)
        /// ASHA from minResource to maxResource, at most `trials` configurations.
        case asha(minResource: Double, maxResource: Double, eta: Int, trials: Int)

        public func configuration() throws -> ComponentConfiguration {
            let registry = SchedulerRegistry.registry
            switch self {
            case let .random(trials, resource): return try registry.configuration("random", ["trials": .number(Double(trials)), "resource": .number(resource)])
            case let .hyperband(maxResource, eta, iterations):
                return try registry.configuration("hyperband", ["maxResource": .number(maxResource), "eta": .number(Double(eta)), "iterations": .number(Double(iterations))])
            case let .asha(minResource, maxResource, eta, trials):
                return try registry.configuration("asha", ["minResource": .number(minResource), "maxResource": .number(maxResource),
                                                           "eta": .number(Double(eta)), "trials": .number(Double(trials))])
            }
        }
    }

    /// The samplers by their parameters.
    public enum Sampling: Sendable, Equatable {
        case random(seed: UInt64)
        case sobol
        /// Multivariate TPE with the registry's defaults.
        case tpe(seed: UInt64)
        /// BOHB's TPE settings; pair it with `Schedule.hyperband`.
        case bohb(seed: UInt64)
        /// Gaussian-process Bayesian optimisation with the registry's defaults.
        case gp(seed: UInt64)

        public func configuration() throws -> ComponentConfiguration {
            switch self {
            case let .random(seed): return try SamplerRegistry.registry.configuration("random", ["seed": .number(Double(seed & ((1 << 53) - 1)))])
            case .sobol: return try SamplerRegistry.registry.configuration("sobol")
            case let .tpe(seed): return try SamplerRegistry.registry.configuration("tpe", ["seed": .number(Double(seed & ((1 << 53) - 1)))])
            case let .bohb(seed): return try SamplerRegistry.registry.configuration("bohb", ["seed": .number(Double(seed & ((1 << 53) - 1)))])
            case let .gp(seed): return try SamplerRegistry.registry.configuration("gp", ["seed": .number(Double(seed & ((1 << 53) - 1)))])
            }
        }
    }
}

/// An ask/tell call that does not fit the study's state.
public enum StudyError: AllotError, Equatable {
    case unknownAssignment(trial: Int)
    case notRunning(trial: Int)
    case invalidValue(trial: Int, value: Double)
    case invalidCost(trial: Int, cost: Double)
    case notOwner(trial: Int, owner: String, holder: String)
    case unknownTrial(trial: Int)
    /// A tell with another number of values than the study has objectives.
    case objectiveCount(trial: Int, expected: Int, got: Int)
    /// A journal entry that contradicts the entries before it.
    case journal(String)

    public var description: String {
        switch self {
        case let .unknownAssignment(trial):
            return "trial \(trial): this assignment is not running (already told, or never asked); tell each assignment once."
        case let .notRunning(trial):
            return "trial \(trial) is not running; report intermediate values only between ask and tell."
        case let .invalidValue(trial, value):
            return "trial \(trial): the value must be a finite number, got \(JSONValue.format(value)); use fail() for a crashed trial."
        case let .invalidCost(trial, cost):
            return "trial \(trial): cost must be a finite number >= 0 (the job's training time), got \(JSONValue.format(cost))."
        case let .notOwner(trial, owner, holder):
            return "trial \(trial): \(owner) no longer holds this job (its lease expired and it went to \(holder)); its result is still accepted by tell."
        case let .unknownTrial(trial):
            return "trial \(trial) does not exist in this study."
        case let .objectiveCount(trial, expected, got):
            return "trial \(trial): values: the study has \(expected) objective\(expected == 1 ? "" : "s"), got \(got) value\(got == 1 ? "" : "s"); tell one value per objective, in the order of its directions."
        case let .journal(message):
            return "the study's journal is inconsistent: \(message)."
        }
    }

    public var exitClass: ExitClass { .badInput }
}
