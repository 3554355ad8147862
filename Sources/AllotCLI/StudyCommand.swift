import Allot
import AllotSimulator
import AllotTuning
import ArgumentParser
import Foundation

/// `allot study`: an ask/tell study in an SQLite file, for shell scripts and other languages.
struct StudyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "study",
        abstract: "Create a study in an SQLite file, then ask and tell from any process (JSON in and out).",
        subcommands: [Create.self, Ask.self, Tell.self, Trials.self, Best.self]
    )

    /// Options every subcommand shares.
    struct Location: ParsableArguments {
        @Option(help: "The SQLite file (created if missing).")
        var storage: String
        @Option(help: "The study's name.")
        var name = "study"
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a study (a no-op if it exists with the same definition).")
        @OptionGroup var location: Location
        @OptionGroup var definition: StudyDefinition

        func run() throws {
            try SQLiteStudyStorage(path: location.storage).create(location.name, study: try definition.makeStudy())
            print("{\"created\": \"\(location.name)\"}")
        }
    }

    struct Ask: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the next assignment as JSON, or {\"wait\": true} (results pending) or {\"finished\": true}.")
        @OptionGroup var location: Location
        @Option(name: .customLong("worker-pid"), help: "PID of the process that will train (e.g. $$ of a shell script): if it dies, its assignment is handed out again.")
        var workerPID: Int32?

        func run() throws {
            // This command exits at once, so its own PID says nothing about the worker: record the worker's
            // PID when given, else an owner that is never considered dead.
            let owner = workerPID.map { "\(ProcessInfo.processInfo.hostName):\($0)" } ?? "external"
            let storage = try SQLiteStudyStorage(path: location.storage, owner: owner)
            let (assignment, finished) = try storage.update(location.name) { session -> (Study.Assignment?, Bool) in
                let assignment = session.ask()
                return (assignment, assignment == nil && session.study.runningAssignments.isEmpty)
            }
            if let assignment { print(StudyJSON.text(StudyJSON.assignment(assignment))) }
            else { print(finished ? "{\"finished\": true}" : "{\"wait\": true}") }
        }
    }

    struct Tell: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read {\"trial\", \"rung\", \"bracket\", \"value\"} (or \"failed\": true) on stdin and record it.")
        @OptionGroup var location: Location

        func run() throws {
            var root = FieldReader(source: "stdin", value: try JSONParser.parse(FileHandle.standardInput.readDataToEndOfFile(), source: "stdin"))
            try root.requireObject()
            let trial = try root.required("trial", "the trial id from `allot study ask`").integer("an integer >= 0") { $0 >= 0 }
            let rung = try root.optional("rung")?.integer("an integer >= 0") { $0 >= 0 } ?? 0
            let bracket = try root.optional("bracket")?.integer("an integer >= 0") { $0 >= 0 } ?? 0
            let failed = try root.optional("failed")?.bool() ?? false
            let value = failed ? nil : try root.required("value", "the value the trial reached (or \"failed\": true)").number()
            for key in ["configuration", "resource", "resumeFrom"] { _ = try root.optional(key) }
            try root.finish(allowed: ["trial", "rung", "bracket", "value", "failed", "configuration", "resource", "resumeFrom"])
            try SQLiteStudyStorage(path: location.storage).update(location.name) { session in
                guard let assignment = session.study.runningAssignment(trial: trial, rung: rung, bracket: bracket) else {
                    throw StudyError.unknownAssignment(trial: trial)
                }
                if let value { try session.tell(assignment, value: value) } else { try session.fail(assignment) }
            }
            print("{\"told\": \(trial)}")
        }
    }

    struct Trials: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print every trial as JSON.")
        @OptionGroup var location: Location

        func run() throws {
            let study = try SQLiteStudyStorage(path: location.storage).load(location.name)
            print(StudyJSON.text(.array(study.trials.map(StudyJSON.trial))))
        }
    }

    struct Best: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the best trial as JSON (null before any result).")
        @OptionGroup var location: Location

        func run() throws {
            let study = try SQLiteStudyStorage(path: location.storage).load(location.name)
            print(StudyJSON.text(study.best.map(StudyJSON.trial) ?? .null))
        }
    }
}

/// How a study is defined on the command line (shared by `allot study create` and `allot tune`).
struct StudyDefinition: ParsableArguments {
    @Option(help: "Search space JSON file (format in docs/tuning.md).")
    var space: String
    @Option(help: "random, hyperband or asha.")
    var scheduler = "hyperband"
    @Option(name: .customLong("max-resource"), help: "R: the most resource (epochs, samples) one trial may get.")
    var maxResource: Double
    @Option(name: .customLong("min-resource"), help: "ASHA's first rung.")
    var minResource = 1.0
    @Option(help: "η.")
    var eta = 3
    @Option(help: "Trials (random search and ASHA).")
    var trials = 100
    @Option(help: "maximize or minimize.")
    var direction = "maximize"
    @Option(help: "random or sobol.")
    var sampler = "random"
    @Option(help: "Seed of the random sampler.")
    var seed: UInt64 = 0

    func makeStudy() throws -> Study {
        let space = try SpaceFile.read(path: self.space)
        guard let direction = Study.Direction(rawValue: direction) else {
            throw ValidationError("--direction must be maximize or minimize, got \"\(direction)\".")
        }
        let schedule: Study.Schedule
        switch scheduler {
        case "random": schedule = .random(trials: trials, resource: maxResource)
        case "hyperband": schedule = .hyperband(maxResource: maxResource, eta: eta)
        case "asha": schedule = .asha(minResource: minResource, maxResource: maxResource, eta: eta, trials: trials)
        default: throw ValidationError("--scheduler must be random, hyperband or asha, got \"\(scheduler)\".")
        }
        let sampling: ConfigurationSampler
        switch sampler {
        case "random": sampling = .random(seed: seed)
        case "sobol": sampling = try .sobol(dimension: space.dimension)
        default: throw ValidationError("--sampler must be random or sobol, got \"\(sampler)\".")
        }
        do { return try Study(space: space, schedule: schedule, direction: direction, sampler: sampling) } catch let error as SchedulerError {
            throw ValidationError(error.description)
        }
    }
}

/// Studies as plain JSON: configuration values as numbers and strings.
enum StudyJSON {
    static func value(_ value: ParameterValue) -> JSONValue {
        switch value {
        case let .number(x): return .number(x)
        case let .integer(x): return .number(Double(x))
        case let .choice(x): return .string(x)
        }
    }

    static func configuration(_ configuration: Configuration) -> JSONValue {
        .object(JSONObject(configuration.keys.sorted().map { (key: $0, value: value(configuration[$0]!)) }))
    }

    static func assignment(_ a: Study.Assignment) -> JSONValue {
        .object(["bracket": .number(Double(a.bracket)), "configuration": configuration(a.configuration),
                 "resource": .number(a.resource), "resumeFrom": a.resumeFrom.map(JSONValue.number) ?? .null,
                 "rung": .number(Double(a.rung)), "trial": .number(Double(a.trial))])
    }

    static func trial(_ t: Study.Trial) -> JSONValue {
        .object(["configuration": configuration(t.configuration), "id": .number(Double(t.id)),
                 "resource": t.resource.map(JSONValue.number) ?? .null, "state": .string(t.state.rawValue),
                 "value": t.value.map(JSONValue.number) ?? .null])
    }

    static func text(_ value: JSONValue) -> String { value.canonicalText }
}

/// The search-space file: {"parameters": [{"name", "type": "float"|"int"|"categorical", ...}]}.
enum SpaceFile {
    static func read(path: String) throws -> SearchSpace {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw InputError(source: path, path: "", problem: .unreadable(error.localizedDescription))
        }
        var root = FieldReader(source: path, value: try JSONParser.parse(data, source: path))
        try root.requireObject()
        let items = try root.required("parameters", "an array of parameters").elements()
        try root.finish(allowed: ["parameters"])
        var parameters: [SearchParameter] = []
        for var item in items {
            let name = try item.required("name", "the parameter's name").string()
            let typeReader = try item.required("type", "float, int or categorical")
            let type = try typeReader.choice(["float", "int", "categorical"], kind: "parameter type")
            let log = try item.optional("log")?.bool() ?? false
            var condition: SearchParameter.Condition?
            if var reader = try item.optional("condition") {
                let parent = try reader.required("parent", "the categorical parameter it depends on").string()
                let values = try reader.required("values", "the parent's values under which it exists").elements().map { try $0.string() }
                try reader.finish(allowed: ["parent", "values"])
                condition = .init(parent: parent, values: values)
            }
            let domain: ParameterDomain
            switch type {
            case "float":
                domain = .float(low: try item.required("low", "a number").number(), high: try item.required("high", "a number").number(), log: log)
            case "int":
                domain = .integer(low: try item.required("low", "an integer").integer(), high: try item.required("high", "an integer").integer(),
                                  step: try item.optional("step")?.integer() ?? 1, log: log)
            default:
                domain = .categorical(try item.required("choices", "an array of strings").elements().map { try $0.string() })
            }
            try item.finish(allowed: ["name", "type", "low", "high", "step", "log", "choices", "condition"])
            parameters.append(SearchParameter(name, domain, when: condition))
        }
        return try SearchSpace(parameters)
    }
}
