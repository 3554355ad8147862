import Allot
import AllotPostgres
import AllotTuning
import Foundation

/// A hyperparameter study (`allot.Study` in Python): in memory, or in an SQLite file shared with `allot
/// study` and `allot tune` (every operation durable there at once). Trials train inside the client's
/// own loop: `ask` hands out a job, `report` records values as it trains and, at the job's resource,
/// tells it and says whether the trial goes on (`continue`, with its next job) or stops (`prune`).
struct StudyObject {
    static let methods = ["study.create", "study.ask", "study.tell", "study.enqueue", "study.report", "study.set_attribute", "study.attributes", "study.suggest", "study.heartbeat", "study.best", "study.best_trials", "study.importances", "study.add", "study.trials", "study.status", "study.snapshot"]

    enum Backing {
        case memory(SessionBox)
        case storage(any StudyStorage, name: String)
    }

    /// An in-memory study, held by reference so a call mutates it in place: copying it out of the enum
    /// and back would copy its journal (every trial and event) on each ask and tell.
    final class SessionBox {
        var session: StudySession
        init(_ session: StudySession) { self.session = session }
    }

    var backing: Backing
    let definition: StudyDefinition

    /// `study.create {"space"?, "direction"? or "directions"? (one per objective), "scheduler"?, "sampler"?, "storage"?, "name"?, "owner"?,
    /// "lease"?, "state"?}`. `scheduler` and `sampler` are a name or `{"name", "parameters"}` (defaults:
    /// `asha` over resources 1 to 27 and the `random` sampler). With `storage` the study lives in that
    /// SQLite file under `name` (default "study"): an existing study of that name is opened (a different
    /// definition is refused; `space` may then be left out). `state` restores a `study.snapshot`.
    static func create(_ params: FieldReader) throws -> StudyObject {
        var params = params
        let storagePath = try params.optional("storage").map { reader -> String in
            let path = try reader.string()
            guard !path.isEmpty, !path.contains("\0") else { throw reader.invalid("a file path") }
            return path
        }
        let name = try params.optional("name")?.name("the study's name") ?? "study"
        let owner = try params.optional("owner")?.name("the worker's name")
        let lease = try params.optional("lease")?.number("seconds in (0, 1e9]") { $0 > 0 && $0 <= 1e9 }
        let spaceReader = try params.optional("space")
        let direction = try params.optional("direction").map(StudyDefinition.readDirection)
        let directions = try params.optional("directions").map { reader -> [Study.Direction] in
            guard direction == nil else { throw reader.error(.other("give direction (one objective) or directions (one per objective), not both")) }
            return try reader.elements().map(StudyDefinition.readDirection)
        }
        let scheduler = try params.optional("scheduler")
        let sampler = try params.optional("sampler")
        let state = try params.optional("state")
        try params.finish(allowed: ["space", "direction", "directions", "scheduler", "sampler", "storage", "name", "owner", "lease", "state"])

        if let state {
            guard storagePath == nil, spaceReader == nil else { throw state.error(.other("a snapshot is restored on its own, without space or storage")) }
            let study = try Interchange.decode(Study.self, from: state.value, source: "study.create", path: "state")
            return StudyObject(backing: .memory(SessionBox(StudySession(study: study, owner: owner, lease: lease))), definition: study.definition)
        }
        var definition: StudyDefinition?
        if let spaceReader {
            let space = try SearchSpace.read(spaceReader, allowEmpty: true)
            definition = try StudyDefinition(
                space: space, directions: directions ?? [direction ?? .maximize],
                // Several objectives: each trial once at the full resource unless a scheduler is named.
                scheduler: (directions?.count ?? 1) > 1 && scheduler == nil
                    ? try SchedulerRegistry.registry.configuration("random", ["trials": .number(Double(Limits.maxTrials)), "resource": 1])
                    : try configuration(scheduler, registry: SchedulerRegistry.registry, default: "asha", defaults: ["minResource": 1, "maxResource": 27]),
                sampler: try configuration(sampler, registry: SamplerRegistry.registry, default: "random", defaults: [:]))
        }
        guard let storagePath else {
            guard let definition else { throw InputError(source: "study.create", path: "space", problem: .missing(expected: "the search space ({\"parameters\": [...]})")) }
            return StudyObject(backing: .memory(SessionBox(StudySession(study: try Study(definition), owner: owner, lease: lease))), definition: definition)
        }
        let storage = try StudyStorages.open(storagePath, owner: owner, lease: lease)
        if let definition {
            try storage.create(name, definition: definition)
        } else if try !storage.names().contains(name) {
            throw InputError(source: "study.create", path: "space", problem: .missing(expected: "the search space: \(storagePath) has no study \"\(name)\" to open"))
        }
        let stored = try storage.load(name).definition
        return StudyObject(backing: .storage(storage, name: name), definition: stored)
    }

    /// A scheduler or sampler given as a name or `{"name", "parameters"}`; `defaults` fill parameters
    /// the default scheduler needs when none is named.
    static func configuration<C, P>(_ reader: FieldReader?, registry: Registry<C, P>, default name: String,
                                    defaults: [String: JSONValue]) throws -> ComponentConfiguration {
        guard let reader else { return try registry.configuration(name, defaults) }
        if case .string = reader.value {
            let chosen = try reader.string()
            _ = try registry.entry(chosen, source: reader.source, path: reader.path)
            return try registry.configuration(chosen, chosen == name ? defaults : [:])
        }
        return try ComponentConfiguration.read(reader, registry: registry)
    }

    init(backing: Backing, definition: StudyDefinition) {
        self.backing = backing
        self.definition = definition
    }

    var description: JSONObject {
        var members: JSONObject = ["direction": .string(definition.direction.rawValue), "scheduler": definition.scheduler.json,
                                   "sampler": definition.sampler.json, "space": definition.space.json,
                                   "directions": .array(definition.directions.map { .string($0.rawValue) })]
        if case let .storage(_, name) = backing { members["name"] = .string(name) }
        return members
    }

    /// Runs `body` on the study's latest state; with storage, inside one transaction that persists it.
    mutating func run<T>(_ body: (inout StudySession) throws -> T) throws -> T {
        switch backing {
        case let .memory(box):
            return try body(&box.session)
        case let .storage(storage, name):
            return try storage.update(name, body)
        }
    }

    func load() throws -> Study {
        switch backing {
        case let .memory(box): return box.session.study
        case let .storage(storage, name): return try storage.load(name)
        }
    }

    mutating func call(_ verb: String, _ params: FieldReader) throws -> JSONValue {
        var params = params
        switch verb {
        case "ask":
            try params.finish(allowed: ["handle"])
            let (assignment, finished, space) = try run { session in (session.ask(), session.study.isFinished, session.study.space) }
            if let assignment { return StudyJSON.assignment(assignment, space: space) }
            return finished ? .object(["finished": true]) : .object(["wait": true])
        case "tell":
            let tell = try StudyTell(reading: &params)
            try params.finish(allowed: ["handle"] + StudyTell.fields)
            try run { try tell.apply(to: &$0) }
            return .object(["told": .number(Double(tell.job.trial))])
        case "enqueue":
            // A configuration (or some of its parameters) for the next new trial, ahead of the sampler.
            let given = try params.required("configuration", "the parameters to try ({name: value})")
            let skip = try params.optional("skipIfExists")?.bool() ?? false
            try params.finish(allowed: ["handle", "configuration", "skipIfExists"])
            let (enqueued, queued) = try run { session in
                (try session.enqueue(try session.study.space.configuration(from: given, partial: true, pending: session.study.isDefinedByRun), skipIfExists: skip),
                 session.study.queued.count)
            }
            return .object(["enqueued": .bool(enqueued), "queued": .number(Double(queued))])
        case "report":
            // An intermediate value; at (or past) the job's resource it completes the job, and the answer
            // says whether the trial goes on: its next job, or prune.
            let job = try StudyEvent.JobKey.read(&params)
            let resource = try params.required("resource", "the resource reached (epochs, steps)").number("a finite number >= 0") { $0 >= 0 }
            let value = try params.required("value", "the value at that resource").number()
            try params.finish(allowed: ["handle", "trial", "rung", "bracket", "repetition", "resource", "value"])
            return try run { session -> JSONValue in
                let assignment = try Self.running(job, session.study)
                try session.report(trial: job.trial, resource: resource, value: value)
                // Several objectives: a report is a record only; the trial ends with its values told.
                guard resource >= assignment.resource, !session.study.definition.isMultiObjective else { return .object(["decision": "continue"]) }
                try session.tell(assignment, value: value)
                if assignment.resource >= session.study.maxResource { return .object(["decision": "complete"]) }
                guard let next = session.promote(trial: job.trial) else { return .object(["decision": "prune"]) }
                return .object(["decision": "continue", "job": StudyJSON.assignment(next, space: session.study.space)])
            }
        case "set_attribute":
            // A user attribute of a trial (a metric the study does not optimise, a note), in any state, or
            // of the study itself when no trial is named.
            let trial = try params.optional("trial")?.integer(in: 0...Limits.maxTrials, "the trial number")
            let key = try params.required("key", "the attribute's name").name("the attribute's name")
            let value = try StudyEvent.attributeValue(try params.required("value", "the attribute's value (any JSON but null)"))
            try params.finish(allowed: ["handle", "trial", "key", "value"])
            try run { try $0.setAttribute(trial: trial, key: key, value: value) }
            return .object(["set": trial.map { .number(Double($0)) } ?? "study"])
        case "attributes":
            // The study's own attributes.
            try params.finish(allowed: ["handle"])
            return .object(JSONObject(try load().attributes.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }))
        case "suggest":
            // Define-by-run: the value of a parameter a running trial asks for (added to the space, and
            // drawn for the trial, when it is new to either).
            let trial = try params.required("trial", "the trial id").integer(in: 0...Limits.maxTrials, "the trial number")
            let parameter = try SearchSpace.parameter(try params.required("parameter", "the parameter ({\"name\", \"type\", ...} as in a space)"))
            try params.finish(allowed: ["handle", "trial", "parameter"])
            let value = try run { try $0.suggest(trial: trial, parameter: parameter) }
            return .object(["value": value.json])
        case "heartbeat":
            let lease = try params.required("lease", "seconds the jobs stay this worker's").number("seconds in (0, 1e9]") { $0 > 0 && $0 <= 1e9 }
            try params.finish(allowed: ["handle", "lease"])
            return .object(["renewed": .number(Double(try run { try $0.heartbeat(lease: lease) }))])
        case "best":
            try params.finish(allowed: ["handle"])
            let study = try load()
            return study.best.map { StudyJSON.trial($0, space: study.space) } ?? .null
        case "best_trials":
            // The Pareto front (with one objective: every trial with the best value).
            try params.finish(allowed: ["handle"])
            let study = try load()
            return .array(study.paretoFront.map { StudyJSON.trial($0, space: study.space) })
        case "add":
            // A trial evaluated elsewhere (Optuna's add_trial): its configuration, its value (or failed),
            // its attributes; define-by-run, the definition of each parameter.
            let trial = try run { try $0.add(from: params, allowing: ["handle"]) }
            return .object(["added": .number(Double(trial))])
        case "importances":
            // PED-ANOVA importances of the parameters (Optuna's get_param_importances), largest first.
            let evaluator = try ParameterImportance(targetQuantile: try params.optional("targetQuantile")?.number() ?? 0.1,
                                                    regionQuantile: try params.optional("regionQuantile")?.number() ?? 1,
                                                    local: try params.optional("local")?.bool() ?? true)
            let resource = try params.optional("resource")?.number("a resource > 0") { $0 > 0 }
            let names = try params.optional("params")?.elements().map { try $0.string() }
            let normalize = try params.optional("normalize")?.bool() ?? true
            let objective = try params.optional("objective")?.integer(in: 0...(StudyDefinition.maxObjectives - 1), "an objective's index")
            try params.finish(allowed: ["handle", "targetQuantile", "regionQuantile", "local", "resource", "params", "normalize", "objective"])
            return StudyJSON.importances(try load().importances(evaluator, resource: resource, parameters: names, normalize: normalize, objective: objective))
        case "status":
            // Whether a worker should stop (finished) or wait for others' results (waiting), without asking.
            try params.finish(allowed: ["handle"])
            let study = try load()
            return .object(["finished": .bool(study.isFinished), "waiting": .bool(!study.isFinished && study.isWaiting),
                            "running": .number(Double(study.runningJobs.count)), "trials": .number(Double(study.trials.count)),
                            "queued": .number(Double(study.queued.count))])
        case "trials":
            try params.finish(allowed: ["handle"])
            let study = try load()
            return .array(study.trials.map { StudyJSON.trial($0, space: study.space) })
        case "snapshot":
            try params.finish(allowed: ["handle"])
            return .object(["state": try Interchange.encode(try load())])
        default:
            throw RPCError(code: RPCError.methodNotFound, message: "unknown method \"study.\(verb)\"", path: "method")
        }
    }

    static func running(_ job: StudyEvent.JobKey, _ study: Study) throws -> Study.Assignment {
        guard let assignment = study.runningAssignment(job) else {
            throw StudyError.unknownAssignment(trial: job.trial)
        }
        return assignment
    }
}
