/// One component a family can build (a policy, an allocator, a scheduler): its name, what it is,
/// the paper it follows, its parameters with their defaults, and how to build it in a context (the
/// number of arms, the matrices, ...). `derive` fills parameters whose default depends on the
/// context (EXP3's γ from the horizon), so a report can state the value used.
public struct RegistryEntry<Context, Product>: Sendable {
    public let name: String
    public let summary: String
    public let source: String
    public let parameters: [ParameterSpec]
    let derive: @Sendable (inout ResolvedParameters, Context) -> Void
    let make: @Sendable (ResolvedParameters, Context) throws -> Product
    let restoreState: (@Sendable (JSONValue, String, String) throws -> Product)?

    /// `restore` decodes a saved state of this component (its Codable form, validated) for snapshots.
    public init(name: String, summary: String, source: String, parameters: [ParameterSpec],
                derive: @escaping @Sendable (inout ResolvedParameters, Context) -> Void = { _, _ in },
                make: @escaping @Sendable (ResolvedParameters, Context) throws -> Product,
                restore: (@Sendable (JSONValue, String, String) throws -> Product)? = nil) {
        self.name = name
        self.summary = summary
        self.source = source
        self.parameters = parameters
        self.derive = derive
        self.make = make
        restoreState = restore
    }

    /// The component from its saved state (`source` and `path` locate the state in errors).
    public func restore(_ state: JSONValue, source: String, path: String) throws -> Product {
        guard let restoreState else {
            throw InputError(source: source, path: path, problem: .other("\(name) has no saved-state format"))
        }
        return try restoreState(state, source, path)
    }

    /// The parameters with the context-derived ones filled in.
    public func derived(_ parameters: ResolvedParameters, _ context: Context) -> ResolvedParameters {
        var copy = parameters
        derive(&copy, context)
        return copy
    }

    /// Builds the component; a parameter out of range is an `InputError` naming it.
    public func build(_ parameters: ResolvedParameters, _ context: Context) throws -> Product {
        try make(derived(parameters, context), context)
    }
}

/// Every component of one family, by name: the single place that says which names exist, what their
/// parameters are and what they default to. The simulator, the CLI, `allot serve` and the tuners all
/// build from it, so a default can never differ between them.
public struct Registry<Context, Product>: Sendable {
    /// What one entry is called in messages ("bandit policy", "rollout allocator").
    public let noun: String
    public let entries: [RegistryEntry<Context, Product>]

    public init(noun: String, entries: [RegistryEntry<Context, Product>]) {
        self.noun = noun
        self.entries = entries
    }

    public var names: [String] { entries.map(\.name) }

    /// The entry called `name`, or an `InputError` listing the valid names and the closest one.
    public func entry(_ name: String, source: String = "", path: String = "") throws -> RegistryEntry<Context, Product> {
        guard let entry = entries.first(where: { $0.name == name }) else {
            throw InputError(source: source.isEmpty ? noun : source, path: path, problem: .unknownName(kind: noun, got: name, valid: names))
        }
        return entry
    }

    /// A validated configuration: the entry's name and its parameters read from `parameters` (an object
    /// of name → value, or nil for all defaults), type-checked with defaults filled in.
    public func configuration(_ name: String, parameters: FieldReader?, source: String = "", path: String = "") throws -> ComponentConfiguration {
        let entry = try entry(name, source: source, path: path)
        return ComponentConfiguration(name: name, parameters: try ResolvedParameters.read(parameters, specs: entry.parameters, owner: name))
    }

    /// A validated configuration from values given in code (`["exploration": 1]`).
    public func configuration(_ name: String, _ values: [String: JSONValue] = [:]) throws -> ComponentConfiguration {
        let reader = FieldReader(source: name, value: .object(JSONObject(values.map { (key: $0.key, value: $0.value) })))
        return try configuration(name, parameters: values.isEmpty ? nil : reader, source: name)
    }

    /// Builds what `configuration` names in `context`.
    public func build(_ configuration: ComponentConfiguration, _ context: Context) throws -> Product {
        try entry(configuration.name).build(configuration.parameters, context)
    }
}

/// A component chosen by name with every parameter's value: what a scenario, a state file or a study
/// records, so the run it describes is pinned even if a later release changes a default.
public struct ComponentConfiguration: Sendable, Equatable, Codable {
    public let name: String
    public let parameters: ResolvedParameters

    public init(name: String, parameters: ResolvedParameters) {
        self.name = name
        self.parameters = parameters
    }

    /// Reads {"name": ..., "parameters": {...}} against `registry`.
    public static func read<C, P>(_ reader: FieldReader, registry: Registry<C, P>) throws -> ComponentConfiguration {
        var reader = reader
        let nameReader = try reader.required("name", "the \(registry.noun)'s name")
        let name = try nameReader.string()
        let parameters = try reader.optional("parameters")
        try reader.finish(allowed: ["name", "parameters"])
        _ = try registry.entry(name, source: nameReader.source, path: nameReader.path)
        return try registry.configuration(name, parameters: parameters, source: reader.source, path: reader.path)
    }

    /// {"name": ..., "parameters": {...}}.
    public var json: JSONValue { .object(["name": .string(name), "parameters": parameters.json]) }
}
