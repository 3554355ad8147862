import Allot

/// One entry of a study's journal. The journal is the study: replaying it from the definition rebuilds
/// every trial, job, value and owner, and the scheduler's state, without asking the sampler or the
/// scheduler to repeat a choice. Each entry is plain data with an explicit encoding (docs/formats.md).
public enum StudyEvent: Sendable, Equatable {
    /// Trial `trial` exists with this configuration (sampled when its first job was asked, or taken
    /// from the queue). In a study its objective defines, the configuration starts empty and `proposal`
    /// holds the values drawn (or queued) for parameters the trial may ask for: a value joins the
    /// configuration only when the trial asks (`suggest`), so a trial lists what it used.
    case trial(Int, Configuration, proposal: Configuration = [:])
    /// A configuration (all of it, or some parameters with the sampler choosing the rest) queued for the
    /// next new trial: `Study.enqueue`.
    case enqueue(Configuration)
    /// A job was handed out (or handed out again after a requeue) to `owner`, leased until `lease`
    /// (seconds since 1970; nil: no lease), at time `at`.
    case ask(JobKey, resource: Double, resumeFrom: Double?, owner: String?, lease: Double?, at: Double?)
    /// The job reached `value` at its resource; `cost` is what it cost (its training time, as the caller
    /// measured it or as the study timed it from ask to tell), when given or when the scheduler needs it.
    /// `values` holds one value per objective (one, in a single-objective study); `constraints`, when
    /// given, the trial's constraint values (each ≤ 0 when satisfied, as Optuna's `constraints_func`).
    case tell(JobKey, values: [Double], cost: Double? = nil, constraints: [Double]? = nil)
    /// The job failed; its trial is never promoted.
    case fail(JobKey)
    /// An intermediate value of a running trial.
    case report(trial: Int, resource: Double, value: Double)
    /// The job is handed out again (its worker died or its lease expired).
    case requeue(JobKey, reason: String)
    /// The owner renewed the job's lease until `lease`.
    case heartbeat(JobKey, owner: String, lease: Double)
    /// The process group running the job (so a resumed tuner never starts it beside a live one).
    case process(JobKey, host: String, group: Int32)
    /// The user's attribute `key` of trial `trial` (nil: of the study itself) is `value` (any JSON but
    /// null: a metric the study does not optimise, a note, a checkpoint's path), replacing an earlier one
    /// of that key.
    case attribute(trial: Int?, key: String, value: JSONValue)
    /// A study its objective defines (created without parameters) learned `parameter` from a trial's
    /// `suggest_*` call; it joins the space after the parameters learned before it.
    case parameter(SearchParameter)
    /// Trial `trial` asked for parameter `name`, which its configuration did not have, and took `value`
    /// (define-by-run: the sampler drew it then).
    case suggest(trial: Int, name: String, value: ParameterValue)

    /// A single-objective study's tell.
    public static func tell(_ key: JobKey, value: Double, cost: Double? = nil) -> StudyEvent { .tell(key, values: [value], cost: cost, constraints: nil) }

    /// A job is identified by its trial, bracket, rung and repetition (k > 0: the k-th re-evaluation at
    /// the same resource, trained afresh); a requeued job keeps its identity.
    public struct JobKey: Sendable, Hashable, Comparable {
        public var trial: Int
        public var bracket: Int
        public var rung: Int
        public var repetition: Int
        public init(trial: Int, bracket: Int, rung: Int, repetition: Int = 0) {
            self.trial = trial
            self.bracket = bracket
            self.rung = rung
            self.repetition = repetition
        }
        public static func < (a: JobKey, b: JobKey) -> Bool {
            (a.trial, a.bracket, a.rung, a.repetition) < (b.trial, b.bracket, b.rung, b.repetition)
        }
    }

    /// The most re-evaluations of one job a journal may name (schedulers allow 99).
    public static let maxRepetition = 1_000

    /// The key's fields; `repetition` only when it is not 0, so journals without re-evaluations read as
    /// they always did.
    static func keyMembers(_ key: JobKey) -> [(key: String, value: JSONValue)] {
        var members: [(key: String, value: JSONValue)] = [("trial", .number(Double(key.trial))), ("bracket", .number(Double(key.bracket))),
                                                          ("rung", .number(Double(key.rung)))]
        if key.repetition > 0 { members.append(("repetition", .number(Double(key.repetition)))) }
        return members
    }

    /// The entry as stored: `{"type": "ask", "trial": 3, "bracket": 0, "rung": 1, ...}`.
    public func json(space: SearchSpace) -> JSONValue {
        var members: [(key: String, value: JSONValue)]
        switch self {
        case let .trial(trial, configuration, proposal):
            members = [("type", "trial"), ("trial", .number(Double(trial))), ("configuration", space.json(configuration))]
            if !proposal.isEmpty { members.append(("proposal", space.json(proposal))) }
        case let .enqueue(configuration):
            members = [("type", "enqueue"), ("configuration", space.json(configuration))]
        case let .ask(key, resource, resumeFrom, owner, lease, at):
            members = [("type", "ask")] + Self.keyMembers(key) + [("resource", .number(resource))]
            if let resumeFrom { members.append(("resumeFrom", .number(resumeFrom))) }
            if let owner { members.append(("owner", .string(owner))) }
            if let lease { members.append(("lease", .number(lease))) }
            if let at { members.append(("at", .number(at))) }
        case let .tell(key, values, cost, constraints):
            members = [("type", "tell")] + Self.keyMembers(key)
                + [values.count == 1 ? ("value", .number(values[0])) : ("values", .array(values.map(JSONValue.number)))]
            if let cost { members.append(("cost", .number(cost))) }
            if let constraints { members.append(("constraints", .array(constraints.map(JSONValue.number)))) }
        case let .fail(key):
            members = [("type", "fail")] + Self.keyMembers(key)
        case let .report(trial, resource, value):
            members = [("type", "report"), ("trial", .number(Double(trial))), ("resource", .number(resource)), ("value", .number(value))]
        case let .requeue(key, reason):
            members = [("type", "requeue")] + Self.keyMembers(key) + [("reason", .string(reason))]
        case let .heartbeat(key, owner, lease):
            members = [("type", "heartbeat")] + Self.keyMembers(key) + [("owner", .string(owner)), ("lease", .number(lease))]
        case let .process(key, host, group):
            members = [("type", "process")] + Self.keyMembers(key) + [("host", .string(host)), ("group", .number(Double(group)))]
        case let .attribute(trial, key, value):
            members = [("type", "attribute")] + (trial.map { [("trial", .number(Double($0)))] } ?? []) + [("key", .string(key)), ("value", value)]
        case let .parameter(parameter):
            members = [("type", "parameter"), ("parameter", SearchSpace.json(parameter))]
        case let .suggest(trial, name, value):
            members = [("type", "suggest"), ("trial", .number(Double(trial))), ("name", .string(name)), ("value", value.json)]
        }
        return .object(JSONObject(members))
    }

    static let types = ["trial", "enqueue", "ask", "tell", "fail", "report", "requeue", "heartbeat", "process", "attribute", "parameter", "suggest"]

    /// An attribute's value, checked: any JSON but null, at most `Limits.maxAttributeBytes` as canonical text.
    public static func attributeValue(_ reader: FieldReader) throws -> JSONValue {
        guard reader.value != .null else { throw reader.invalid("a JSON value (a number, string, boolean, array or object)") }
        let bytes = reader.value.canonicalText.utf8.count
        guard bytes <= Limits.maxAttributeBytes else {
            throw reader.error(.tooLarge(what: "an attribute's value", limit: "\(Limits.maxAttributeBytes) bytes of JSON", got: "\(bytes) bytes"))
        }
        return reader.value
    }

    /// Member `key` of an object of attributes read by `reader` (`{"test_accuracy": 0.9, ...}`), its name
    /// and its value checked.
    public static func attribute(_ key: String, _ value: JSONValue, in reader: FieldReader) throws -> JSONValue {
        _ = try reader.child(key, .string(key)).name("an attribute's name")
        return try attributeValue(reader.child(key, value))
    }

    /// An object of attributes (`{"test_accuracy": 0.9, ...}`) as a message gives them, every name and
    /// value checked; anything but an object is an error naming the field.
    public static func attributes(_ reader: FieldReader) throws -> [(key: String, value: JSONValue)] {
        guard case let .object(object) = reader.value else { throw reader.invalid("an object {name: value}") }
        return try object.map { key, value in (key, try attribute(key, value, in: reader)) }
    }

    /// Reads a stored entry, every field checked.
    static func read(_ reader: FieldReader, space: SearchSpace) throws -> StudyEvent {
        var reader = reader
        let type = try reader.required("type", "the entry's type").choice(types, kind: "journal entry type")
        func key() throws -> JobKey {
            JobKey(trial: try reader.required("trial", "the trial").integer(in: 0...Limits.maxTrials, "the trial number"),
                   bracket: try reader.required("bracket", "the bracket").integer(in: 0...Limits.maxBrackets, "the bracket"),
                   rung: try reader.required("rung", "the rung").integer(in: 0...Limits.maxBrackets, "the rung"),
                   repetition: try reader.optional("repetition")?.integer(in: 0...maxRepetition, "the repetition") ?? 0)
        }
        func resource(_ name: String) throws -> Double {
            try reader.required(name, "a resource").number("a resource in [0, \(JSONValue.format(Limits.maxResource))]") { $0 >= 0 && $0 <= Limits.maxResource }
        }
        let event: StudyEvent
        switch type {
        case "trial":
            let trial = try reader.required("trial", "the trial").integer(in: 0...Limits.maxTrials, "the trial number")
            event = .trial(trial, try space.configuration(from: try reader.required("configuration", "the trial's configuration")),
                           proposal: try reader.optional("proposal").map { try space.configuration(from: $0, partial: true, pending: space.isOpen) } ?? [:])
        case "enqueue":
            event = .enqueue(try space.configuration(from: try reader.required("configuration", "the queued configuration"), partial: true, pending: space.isOpen))
        case "ask":
            let key = try key()
            let amount = try resource("resource")
            let resumeFrom = try reader.optional("resumeFrom").map { _ in try resource("resumeFrom") }
            let owner = try reader.optional("owner")?.name("the owner")
            let lease = try reader.optional("lease")?.number()
            let at = try reader.optional("at")?.number()
            event = .ask(key, resource: amount, resumeFrom: resumeFrom, owner: owner, lease: lease, at: at)
        case "tell":
            let values = try reader.optional("values").map { try $0.elements().map { try $0.number() } }
            event = .tell(try key(), values: try values ?? [try reader.required("value", "the value (or values, one per objective)").number()],
                          cost: try reader.optional("cost")?.number("a cost: a finite number >= 0") { $0 >= 0 },
                          constraints: try reader.optional("constraints").map(Study.constraints))
        case "fail": event = .fail(try key())
        case "report":
            event = .report(trial: try reader.required("trial", "the trial").integer(in: 0...Limits.maxTrials, "the trial number"),
                            resource: try resource("resource"), value: try reader.required("value", "the value").number())
        case "requeue": event = .requeue(try key(), reason: try reader.optional("reason")?.string() ?? "")
        case "heartbeat":
            event = .heartbeat(try key(), owner: try reader.required("owner", "the owner").name("the owner"), lease: try reader.required("lease", "the lease's end").number())
        case "attribute":
            event = .attribute(trial: try reader.optional("trial")?.integer(in: 0...Limits.maxTrials, "the trial number"),
                               key: try reader.required("key", "the attribute's name").name("the attribute's name"),
                               value: try attributeValue(try reader.required("value", "the attribute's value")))
        case "parameter":
            event = .parameter(try SearchSpace.parameter(try reader.required("parameter", "the parameter's definition")))
        case "suggest":
            let trial = try reader.required("trial", "the trial").integer(in: 0...Limits.maxTrials, "the trial number")
            let nameReader = try reader.required("name", "the parameter's name")
            let name = try nameReader.name("the parameter's name")
            guard let (index, parameter) = space.parameter(named: name), space.isSuggested(index) else {
                throw nameReader.invalid("a parameter an earlier entry added to the study")
            }
            event = .suggest(trial: trial, name: name, value: try SearchSpace.value(of: parameter, from: try reader.required("value", "the parameter's value")))
        default:
            let key = try key()
            let group = try reader.required("group", "the process group").integer(in: 1...Int(Int32.max), "a process group id")
            event = .process(key, host: try reader.required("host", "the host").name("the host"), group: Int32(group))
        }
        try reader.finish(allowed: ["type", "trial", "bracket", "rung", "repetition", "resource", "resumeFrom", "owner", "lease", "at", "value", "values", "cost", "constraints", "reason",
                                    "configuration", "proposal", "host", "group", "key", "parameter", "name"])
        return event
    }
}
