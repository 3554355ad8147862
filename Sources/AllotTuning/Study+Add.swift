import Allot
import AllotInterchange

extension Study {
    /// Records a trial evaluated elsewhere (Optuna's `add_trial`): an earlier study's results, a known
    /// baseline, runs made by hand. It becomes the study's next trial, with its configuration, its value
    /// (nil: failed) and its attributes, through the same journal entries a trial run here leaves (queue,
    /// create, ask, tell), so storages, snapshots and every sampler see it as any other trial.
    ///
    /// Only where a trial's value means one thing: the scheduler must train each new trial once at its
    /// one resource (`random`); under ASHA or Hyperband a value belongs to a rung, and a trial added at
    /// the largest resource would skip the rungs the scheduler decides on. Nothing may be waiting to be
    /// handed out first (a queued configuration, a requeued job), since the added trial takes the next
    /// trial's place. A study its objective defines takes `definitions`, one per parameter of
    /// `configuration` (Optuna's `distributions`); a study created with its space, a complete configuration.
    /// Returns the trial's number.
    @discardableResult
    public mutating func add(_ configuration: Configuration, value: Double?, definitions: [SearchParameter] = [],
                             attributes: [String: JSONValue] = [:]) throws -> Int {
        try add(configuration, values: value.map { [$0] }, definitions: definitions, attributes: attributes)
    }

    /// `add` with one value per objective (nil: failed), and its constraint values if any.
    @discardableResult
    public mutating func add(_ configuration: Configuration, values: [Double]?, constraints: [Double]? = nil, definitions: [SearchParameter] = [],
                             attributes: [String: JSONValue] = [:]) throws -> Int {
        if let constraints { try Self.checkConstraints(constraints, trial: trials.count) }
        if let values {
            guard values.count == directions.count else { throw StudyError.objectiveCount(trial: trials.count, expected: directions.count, got: values.count) }
            if let bad = values.first(where: { !$0.isFinite }) { throw StudyError.invalidValue(trial: trials.count, value: bad) }
        }
        guard let next = scheduler.peek(), next.configuration == trials.count, next.rung == 0, next.repetition == 0 else {
            throw InputError(source: "add", path: "configuration", problem: .other(isFinished
                ? "the study is finished: it opens no new trial to add"
                : "the \(definition.scheduler.name) scheduler has no new trial to open now (jobs are outstanding); add trials before running others"))
        }
        guard abs(next.resource - maxResource) <= 1e-12 * maxResource else {
            throw InputError(source: "add", path: "configuration", problem: .other(
                "the \(definition.scheduler.name) scheduler would start a new trial at resource \(JSONValue.format(next.resource)), below its largest "
                + "(\(JSONValue.format(maxResource))): an added value would skip the rungs it decides on. Add trials to a study whose "
                + "scheduler is random (each trial once, at one resource)"))
        }
        guard requeued.isEmpty, queued.isEmpty else {
            throw InputError(source: "add", path: "configuration", problem: .other(
                "configurations are queued (enqueue) or jobs wait to be handed out again: they take the next trial first; add trials before queuing"))
        }
        try checkDefinitions(Array(configuration.keys), definitions)
        var copy = self                       // all or nothing: a refused value leaves the study as it was
        try copy.enqueue(configuration)
        guard let assignment = copy.ask() else { throw StudyError.journal("add: the trial queued for \(trials.count) was not handed out") }
        for parameter in definitions { _ = try copy.suggest(trial: assignment.trial, parameter: parameter) }
        for (key, attribute) in attributes.sorted(by: { $0.key < $1.key }) { try copy.setAttribute(trial: assignment.trial, key: key, value: attribute) }
        if let values { try copy.tell(assignment, values: values, constraints: constraints) } else { try copy.fail(assignment) }
        self = copy
        return assignment.trial
    }

    /// Reads an added trial as `study.add` and `allot study add` take it: `{"configuration": {...}, "value"
    /// (or "values", one per objective, or "failed": true), "attributes"?: {...}, "parameters"?: [definitions]}` (the definitions for a
    /// study its objective defines), and adds it; returns the trial's number.
    public mutating func add(from reader: FieldReader, allowing extra: [String] = []) throws -> Int {
        var reader = reader
        let given = try reader.required("configuration", "the trial's parameters ({name: value})")
        let failed = try reader.optional("failed")?.bool() ?? false
        let values = failed ? nil : try Self.values(&reader, objectives: directions.count)
        let constraints = try reader.optional("constraints").map(Self.constraints)
        let definitions = try reader.optional("parameters")?.elements().map(SearchSpace.parameter) ?? []
        let attributes = Dictionary(try reader.optional("attributes").map(StudyEvent.attributes) ?? [], uniquingKeysWith: { _, last in last })
        try reader.finish(allowed: ["configuration", "value", "values", "failed", "constraints", "parameters", "attributes"] + extra)
        try checkDefinitions(try given.members().map(\.key), definitions)
        let space = isDefinedByRun ? (definitions.isEmpty ? .empty : try SearchSpace(definitions)) : self.space
        return try add(try space.configuration(from: given, partial: false), values: values, constraints: constraints, definitions: definitions,
                       attributes: attributes)
    }

    /// A message's value or values: "value" (a number) for one objective, "values" (one number per
    /// objective, in the order of the study's directions) for several; the count is checked here.
    public static func values(_ reader: inout FieldReader, objectives: Int) throws -> [Double] {
        try values(value: try reader.optional("value"), values: try reader.optional("values"), objectives: objectives, in: reader)
    }

    /// The same from the message's "value" and "values" fields, read already (`in`: the message).
    public static func values(value: FieldReader?, values: FieldReader?, objectives: Int, in reader: FieldReader) throws -> [Double] {
        if let value, values != nil { throw value.error(.other("give value (one objective) or values (one per objective), not both")) }
        if let value {
            guard objectives == 1 else { throw value.error(.other("the study has \(objectives) objectives: give values, one per objective")) }
            return [try value.number()]
        }
        guard let list = values else {
            throw InputError(source: reader.source, path: reader.childPath(objectives == 1 ? "value" : "values"), problem: .missing(expected: objectives == 1
                ? "the value the trial reached (or \"failed\": true)" : "the \(objectives) values the trial reached, one per objective (or \"failed\": true)"))
        }
        let elements = try list.elements()
        guard elements.count == objectives else {
            throw list.invalid("\(objectives) number\(objectives == 1 ? "" : "s"), one per objective (got \(elements.count))")
        }
        return try elements.map { try $0.number() }
    }

    /// What `add` needs besides the values: in a study its objective defines, one definition per named
    /// parameter and no other; in a study created with its space, none.
    func checkDefinitions(_ names: [String], _ definitions: [SearchParameter]) throws {
        guard isDefinedByRun else {
            if !definitions.isEmpty {
                throw InputError(source: "add", path: "parameters", problem: .other("the study was created with its space, which defines its parameters; leave the definitions out"))
            }
            return
        }
        var given = Set(names)
        for parameter in definitions where given.remove(parameter.name) == nil {
            throw InputError(source: "add", path: "parameters.\(parameter.name)", problem: .other("a definition for a parameter the configuration does not have"))
        }
        if let missing = given.sorted().first {
            throw InputError(source: "add", path: "parameters", problem: .missing(expected: "the definition of '\(missing)' (a study its objective defines learns its parameters from them)"))
        }
    }
}
