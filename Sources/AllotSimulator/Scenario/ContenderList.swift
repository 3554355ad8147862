import Allot
/// Reads a scenario's `policies` list for an experiment kind whose contenders come from a catalog of
/// names with parameter specs (tuners, rank allocators): unknown names, parameter errors, duplicate
/// labels and an empty list are reported the same way everywhere, and each contender gets its
/// fingerprint and seed salt from its name and resolved parameters.
public struct ContenderList<Recipe> {
    /// What `make` built for each contender, with the salt its seeds are derived with.
    public var recipes: [(recipe: Recipe, salt: UInt64)] = []
    public var contenders: [ExperimentRecord.Contender] = []

    /// `noun` names a contender in errors ("tuner", "rank allocator"); `make` validates and builds one,
    /// `label` names it when the entry gives no label.
    public init(_ draft: ScenarioDraft, kind: String, noun: String, example: String, catalog: [String: [ParameterSpec]],
                label: (ContenderSpec, ResolvedParameters) -> String = { spec, _ in spec.name },
                make: (ContenderSpec, ResolvedParameters) throws -> Recipe) throws {
        var labels = ContenderLabels()
        let base = draft.context.fingerprintBase(kind: kind, environment: draft.environment.value)
        for reader in draft.policies {
            let spec = try ContenderSpec(reader, example: example)
            guard let specs = catalog[spec.name] else {
                throw spec.nameReader.error(.unknownName(kind: noun, got: spec.name, valid: catalog.keys.sorted()))
            }
            let values = try ResolvedParameters.read(spec.parameters, specs: specs, owner: spec.name)
            let recipe = try make(spec, values)
            let name = spec.label ?? label(spec, values)
            try labels.claim(name, for: spec)
            let identity = ContenderSpec.identity(name: spec.name, parameters: values)
            recipes.append((recipe, Fingerprint.fnv1a(identity)))
            contenders.append(.init(label: name, policy: spec.name, parameters: values, fingerprint: Fingerprint.hex("\(base)|\(identity)")))
        }
        guard !contenders.isEmpty else {
            throw InputError(source: draft.context.file, path: "policies", problem: .invalid(expected: "a non-empty array of \(noun)s", got: "an empty array"))
        }
    }
}
