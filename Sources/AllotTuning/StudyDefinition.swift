import Allot

/// What a study is: its search space (empty for a study whose objective's suggest calls define it),
/// which direction is better, its scheduler and its sampler, each a registry configuration with every
/// parameter resolved. Stored with the study (format
/// `allot-study-definition`, version 2), so a later release that changes a default never changes it.
public struct StudyDefinition: Sendable, Equatable {
    public static let format = "allot-study-definition"
    public static let version = 2

    public let space: SearchSpace
    public let direction: Study.Direction
    public let scheduler: ComponentConfiguration
    public let sampler: ComponentConfiguration

    /// Validates the scheduler and sampler against their registries (they are built once here).
    public init(space: SearchSpace, direction: Study.Direction = .maximize, scheduler: ComponentConfiguration,
                sampler: ComponentConfiguration) throws {
        self.space = space
        self.direction = direction
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

    public var json: JSONValue {
        .object(["format": .string(Self.format), "version": .number(Double(Self.version)), "space": space.json,
                 "direction": .string(direction.rawValue), "scheduler": scheduler.json, "sampler": sampler.json])
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

    /// Reads a definition, validating every part; `source` and the reader's path locate errors.
    public static func read(_ reader: FieldReader) throws -> StudyDefinition {
        var root = reader
        let formatReader = try root.required("format", "\"\(format)\"")
        guard try formatReader.string() == format else { throw formatReader.invalid("\"\(format)\"") }
        let versionReader = try root.required("version", "the format version")
        guard try versionReader.integer() == version else {
            throw versionReader.invalid("version \(version) (a newer release wrote this study)")
        }
        let space = try SearchSpace.read(try root.required("space", "the search space"), allowEmpty: true)
        let direction = try root.required("direction", "maximize or minimize").choice(["maximize", "minimize"], kind: "direction")
        let schedulerReader = try root.required("scheduler", "the scheduler")
        let scheduler = try upgraded(try ComponentConfiguration.read(schedulerReader, registry: SchedulerRegistry.registry), stored: schedulerReader)
        let sampler = try ComponentConfiguration.read(try root.required("sampler", "the sampler"), registry: SamplerRegistry.registry)
        try root.finish(allowed: ["format", "version", "space", "direction", "scheduler", "sampler"])
        do {
            return try StudyDefinition(space: space, direction: Study.Direction(rawValue: direction)!, scheduler: scheduler, sampler: sampler)
        } catch let error as InputError {
            throw InputError(source: reader.source, path: reader.childPath(SamplerRegistry.registry.names.contains(error.source) ? "sampler" : "scheduler"),
                             problem: .other(error.description))
        }
    }
}
