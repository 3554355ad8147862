import Allot

/// What a study is: its search space (empty for a study whose objective's suggest calls define it),
/// which direction is better for each of its objectives, its scheduler and its sampler, each a registry
/// configuration with every parameter resolved. Stored with the study (format
/// `allot-study-definition`, version 2 with one objective, 3 with several), so a later release that
/// changes a default never changes it.
public struct StudyDefinition: Sendable, Equatable {
    public static let format = "allot-study-definition"
    public static let version = 3
    /// The most objectives a study may have.
    public static let maxObjectives = 8
    /// What a study with several objectives can run with: each trial trained once to the full resource
    /// (a scheduler that stops trials early would have to rank them by one value), proposed by a sampler
    /// that needs no single value to model (random, Sobol) or that splits by Pareto rank (TPE).
    public static let multiObjectiveSchedulers = ["random"]
    public static let multiObjectiveSamplers = ["random", "sobol", "tpe"]

    public let space: SearchSpace
    /// Which way is better for each objective, in the order the values are told.
    public let directions: [Study.Direction]
    public let scheduler: ComponentConfiguration
    public let sampler: ComponentConfiguration

    /// The direction of the first objective (the only one of a single-objective study).
    public var direction: Study.Direction { directions[0] }
    public var isMultiObjective: Bool { directions.count > 1 }

    /// Validates the scheduler and sampler against their registries (they are built once here).
    public init(space: SearchSpace, direction: Study.Direction = .maximize, scheduler: ComponentConfiguration,
                sampler: ComponentConfiguration) throws {
        try self.init(space: space, directions: [direction], scheduler: scheduler, sampler: sampler)
    }

    /// A study with one value per objective, `directions[i]` saying which way objective i is better.
    public init(space: SearchSpace, directions: [Study.Direction], scheduler: ComponentConfiguration,
                sampler: ComponentConfiguration) throws {
        guard (1...Self.maxObjectives).contains(directions.count) else {
            throw InputError(source: "study", path: "directions", problem: .other(
                "a study has 1 to \(Self.maxObjectives) objectives, got \(directions.count)"))
        }
        if directions.count > 1 {
            guard Self.multiObjectiveSchedulers.contains(scheduler.name) else {
                throw InputError(source: "scheduler", path: "name", problem: .other(
                    "scheduler \(scheduler.name) ranks trials by one value to stop or promote them; a study with \(directions.count) objectives trains each trial to the full resource with scheduler random"))
            }
            guard Self.multiObjectiveSamplers.contains(sampler.name) else {
                throw InputError(source: "sampler", path: "name", problem: .other(
                    "sampler \(sampler.name) models one value; a study with \(directions.count) objectives samples with \(Self.multiObjectiveSamplers.joined(separator: ", ")) (TPE splits its trials by Pareto rank)"))
            }
        }
        self.space = space
        self.directions = directions
        // Defaults that follow from other parameters (successive halving's first rung, BOHB's startup) are written in, so
        // the stored definition says everything the scheduler was built from.
        self.scheduler = ComponentConfiguration(name: scheduler.name,
                                                parameters: try SchedulerRegistry.registry.entry(scheduler.name, source: "scheduler", path: "name").derived(scheduler.parameters, ()))
        self.sampler = ComponentConfiguration(name: sampler.name,
                                              parameters: try SamplerRegistry.registry.entry(sampler.name, source: "sampler", path: "name")
                                                  .derived(sampler.parameters, SamplerRegistry.Context(space: space)))
        _ = try makeScheduler()
        if space.dimension == 0 {
            // Define-by-run: the sampler draws each parameter a trial suggests on its own.
            guard (try? makeSampler())?.independentSampler(salt: 0) != nil else {
                throw InputError(source: "sampler", path: "name", problem: .other(
                    "sampler \(sampler.name) needs the search space when the study is created; a study whose objective defines its parameters (no parameters given) samples with random or tpe"))
            }
        }
        _ = try makeSampler()
    }

    func makeScheduler() throws -> any Scheduler { try SchedulerRegistry.registry.build(scheduler, ()) }

    func makeSampler() throws -> any Sampler { try SamplerRegistry.registry.build(sampler, SamplerRegistry.Context(space: space)) }

    /// Version 2 (readable by releases before several objectives) for one objective, 3 with `directions`.
    public var json: JSONValue {
        let objectives: (key: String, value: JSONValue) = isMultiObjective
            ? ("directions", .array(directions.map { .string($0.rawValue) })) : ("direction", .string(direction.rawValue))
        return .object(JSONObject([("format", .string(Self.format)), ("version", .number(Double(isMultiObjective ? 3 : 2))), ("space", space.json),
                                   objectives, ("scheduler", scheduler.json), ("sampler", sampler.json)]))
    }

    /// A stored scheduler configuration as the release that wrote it ran it. Cost-aware halving without
    /// `finalEvaluations` was written before it re-evaluated finalists: it keeps 1 (none), so a study
    /// finished then does not hand out re-evaluations after an upgrade.
    static func upgraded(_ scheduler: ComponentConfiguration, stored: FieldReader) throws -> ComponentConfiguration {
        guard scheduler.name == "cost-aware-halving" else { return scheduler }
        var stored = stored
        var parameters = try stored.optional("parameters")
        guard try parameters?.optional("finalEvaluations") == nil else { return scheduler }
        var values = scheduler.parameters.values
        values["finalEvaluations"] = .number(1)
        return ComponentConfiguration(name: scheduler.name, parameters: ResolvedParameters(values))
    }

    /// A direction as stored: "maximize" or "minimize".
    public static func readDirection(_ reader: FieldReader) throws -> Study.Direction {
        Study.Direction(rawValue: try reader.choice(["maximize", "minimize"], kind: "direction"))!
    }

    /// Reads a definition, validating every part; `source` and the reader's path locate errors.
    public static func read(_ reader: FieldReader) throws -> StudyDefinition {
        var root = reader
        let formatReader = try root.required("format", "\"\(format)\"")
        guard try formatReader.string() == format else { throw formatReader.invalid("\"\(format)\"") }
        let versionReader = try root.required("version", "the format version")
        let stored = try versionReader.integer()
        guard stored == 2 || stored == 3 else {
            throw versionReader.invalid("version 2 or 3\(stored > version ? " (a newer release wrote this study)" : "")")
        }
        let space = try SearchSpace.read(try root.required("space", "the search space"), allowEmpty: true)
        let directions: [Study.Direction]
        if stored == 2 {
            directions = [try readDirection(try root.required("direction", "maximize or minimize"))]
        } else {
            let list = try root.required("directions", "the objectives' directions").elements()
            guard (2...maxObjectives).contains(list.count) else {
                throw InputError(source: reader.source, path: reader.childPath("directions"), problem: .other(
                    "version 3 holds 2 to \(maxObjectives) directions, got \(list.count)"))
            }
            directions = try list.map(readDirection)
        }
        let schedulerReader = try root.required("scheduler", "the scheduler")
        let scheduler = try upgraded(try ComponentConfiguration.read(schedulerReader, registry: SchedulerRegistry.registry), stored: schedulerReader)
        let sampler = try ComponentConfiguration.read(try root.required("sampler", "the sampler"), registry: SamplerRegistry.registry)
        try root.finish(allowed: ["format", "version", "space", stored == 2 ? "direction" : "directions", "scheduler", "sampler"])
        do {
            return try StudyDefinition(space: space, directions: directions, scheduler: scheduler, sampler: sampler)
        } catch let error as InputError {
            throw InputError(source: reader.source, path: reader.childPath(SamplerRegistry.registry.names.contains(error.source) ? "sampler" : "scheduler"),
                             problem: .other(error.description))
        }
    }
}
