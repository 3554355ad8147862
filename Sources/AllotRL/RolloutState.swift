import Allot

/// Everything a rollout allocator keeps between GRPO steps — its configuration, its own state (the
/// posterior allocators' random source) and the per-prompt statistics — as one versioned document, so
/// `allot allocate rollouts --state`, `allot serve` and a trainer checkpoint all save the same thing.
///
/// Format `allot-rollout-state`, version 2: `{"format", "version", "policy": {"name", "parameters"},
/// "allocator": <its state>, "statistics": {...}}`. Version 1 files (`"format": "allot-rollout-state/1"`,
/// written before the policy was recorded) are read too, with the policy the caller names.
public struct RolloutState: Sendable {
    public static let format = "allot-rollout-state"
    public static let version = 2

    public let configuration: ComponentConfiguration
    public private(set) var allocator: any RolloutAllocator
    public private(set) var statistics: RolloutStatistics

    /// A fresh state: the allocator built from `configuration` (validated by the registry) with `seed`.
    public init(configuration: ComponentConfiguration, window: Int = 16, discount: Double = 0.9, seed: UInt64 = 0) throws {
        self.configuration = configuration
        allocator = try RolloutAllocatorRegistry.registry.build(configuration, RolloutAllocatorContext(seed: seed))
        statistics = try RolloutStatistics(window: window, discount: discount)
    }

    init(configuration: ComponentConfiguration, allocator: any RolloutAllocator, statistics: RolloutStatistics) {
        self.configuration = configuration
        self.allocator = allocator
        self.statistics = statistics
    }

    /// Records the observations of one request (all or nothing: a bad one leaves the state unchanged).
    public mutating func record(_ observations: [PromptObservation]) throws {
        var updated = statistics
        for observation in observations { try observation.record(into: &updated) }
        statistics = updated
    }

    /// Rollouts for `prompts`; the allocator's random state advances only if it succeeds.
    public mutating func allocate(prompts: [String], budget: Int, minimum: Int, maximum: Int) throws -> RolloutAllocation {
        var working = allocator
        let allocation = try working.allocate(RolloutRequest(prompts: prompts, budget: budget, minimum: minimum, maximum: maximum), statistics: statistics)
        allocator = working
        return allocation
    }

    /// Tokens one rollout of each prompt is expected to cost (1 each unless the allocator counts tokens).
    public func costs(for prompts: [String]) -> [Int] {
        (allocator as? CostAwareKnapsackAllocator)?.costs(for: prompts, statistics: statistics) ?? [Int](repeating: 1, count: prompts.count)
    }

    /// Whether the budget is in tokens.
    public var countsTokens: Bool { allocator is CostAwareKnapsackAllocator }

    /// The answer to an allocation call, as `allot allocate rollouts` prints it and `allot serve` returns it:
    /// `{"allocation": {id: n}, "estimates", "expectedEffectiveGroups", "value", "leftover", "spent",
    /// "budgetUnit", "solver", "policy", "budget"}`.
    public func answer(prompts ids: [String], allocation: RolloutAllocation, budget: Int) -> JSONValue {
        var spent = 0
        for (count, cost) in zip(allocation.counts, costs(for: ids)) { spent += count * cost }
        return .object([
            "allocation": .object(JSONObject(zip(ids, allocation.counts).map { (key: $0, value: .number(Double($1))) })),
            "policy": .string(configuration.name),
            "budget": .number(Double(budget)),
            "budgetUnit": .string(countsTokens ? "tokens" : "rollouts"),
            "spent": .number(Double(spent)),
            "estimates": .object(JSONObject(zip(ids, allocation.estimates).map { (key: $0, value: $1.map(JSONValue.number) ?? .null) })),
            "expectedEffectiveGroups": .number(allocation.expectedEffectiveGroups),
            "value": .number(allocation.value),
            "leftover": .number(Double(allocation.leftover)),
            "solver": .string(allocation.solver),
        ])
    }

    /// The document to save; a non-finite value anywhere is an error, before anything is written.
    public func encoded() throws -> JSONValue {
        .object([
            "format": .string(Self.format), "version": .number(Double(Self.version)),
            "policy": configuration.json, "allocator": try Interchange.encode(allocator), "statistics": try Interchange.encode(statistics),
        ])
    }

    /// Reads a saved state. `configuration` is the policy the caller asks for: required for version 1
    /// files (which do not record theirs); for version 2 it must match the file's (else an error saying so).
    public static func decode(_ value: JSONValue, source: String, expecting configuration: ComponentConfiguration?) throws -> RolloutState {
        var root = FieldReader(source: source, value: value)
        let formatReader = try root.required("format", "\"\(format)\"")
        let tag = try formatReader.string()
        if tag == "\(format)/1" {
            return try decodeVersion1(&root, source: source, configuration: configuration)
        }
        guard tag == format else {
            throw formatReader.error(.invalid(expected: "\"\(format)\" (a state file written by `allot allocate rollouts --state`)", got: formatReader.value.shortDescription))
        }
        let versionReader = try root.required("version", "the format version")
        let version = try versionReader.integer()
        guard version == Self.version else {
            throw versionReader.error(.invalid(expected: "version \(Self.version) (this release reads 1 and 2; a newer release wrote this file)", got: "\(version)"))
        }
        let saved = try ComponentConfiguration.read(try root.required("policy", "the allocator's configuration"), registry: RolloutAllocatorRegistry.registry)
        if let configuration, configuration != saved {
            throw InputError(source: source, path: "policy", problem: .invalid(
                expected: "the allocator this state belongs to: \(describe(saved)); pass the same --policy and parameters, or use another --state file",
                got: "a request for \(describe(configuration))"))
        }
        let allocatorReader = try root.required("allocator", "the allocator's state")
        let entry = try RolloutAllocatorRegistry.registry.entry(saved.name)
        let allocator = try entry.restore(allocatorReader.value, source: source, path: "allocator")
        try checkParameters(allocator, match: saved, source: source)
        let statisticsReader = try root.required("statistics", "the per-prompt statistics")
        let statistics = try Interchange.decode(RolloutStatistics.self, from: statisticsReader.value, source: source, path: "statistics")
        try root.finish(allowed: ["format", "version", "policy", "allocator", "statistics"])
        return RolloutState(configuration: saved, allocator: allocator, statistics: statistics)
    }

    private static func decodeVersion1(_ root: inout FieldReader, source: String, configuration: ComponentConfiguration?) throws -> RolloutState {
        guard let configuration else {
            throw InputError(source: source, path: "format", problem: .other("a version 1 state does not record its allocator; name it (--policy)"))
        }
        let statistics = try Interchange.decode(RolloutStatistics.self, from: try root.required("statistics", "the per-prompt statistics").value,
                                                source: source, path: "statistics")
        var state = try RolloutState(configuration: configuration, window: statistics.window, discount: statistics.discount)
        state.statistics = statistics
        let key = configuration.name == PosteriorKnapsackAllocator.name ? "posterior" : configuration.name == CostAwareKnapsackAllocator.name ? "cost" : nil
        for name in ["posterior", "cost"] {
            guard let reader = try root.optional(name), name == key else { continue }
            let restored = try RolloutAllocatorRegistry.registry.entry(configuration.name).restore(reader.value, source: source, path: name)
            try checkParameters(restored, match: configuration, source: source)
            state.allocator = restored
        }
        try root.finish(allowed: ["format", "statistics", "posterior", "cost"])
        return state
    }

    /// The parameters inside a saved allocator must be the ones its configuration records.
    private static func checkParameters(_ allocator: any RolloutAllocator, match configuration: ComponentConfiguration, source: String) throws {
        let rebuilt = try RolloutAllocatorRegistry.registry.build(configuration, RolloutAllocatorContext(seed: 0))
        guard allocator.parametersMatch(rebuilt) else {
            throw InputError(source: source, path: "allocator", problem: .other("the saved allocator's parameters differ from its recorded configuration \(describe(configuration)); the file was edited or is damaged"))
        }
    }

    static func describe(_ configuration: ComponentConfiguration) -> String {
        let parameters = configuration.parameters.summary
        return parameters.isEmpty ? configuration.name : "\(configuration.name) (\(parameters))"
    }
}

extension RolloutAllocator {
    /// Whether two allocators have the same parameters (random state aside).
    func parametersMatch(_ other: any RolloutAllocator) -> Bool {
        switch (self, other) {
        case (is UniformAllocator, is UniformAllocator): return true
        case let (a as KnapsackRLAllocator, b as KnapsackRLAllocator): return a == b
        case let (a as PosteriorKnapsackAllocator, b as PosteriorKnapsackAllocator): return a.estimator.sameSettings(as: b.estimator)
        case let (a as CostAwareKnapsackAllocator, b as CostAwareKnapsackAllocator):
            return a.defaultLength == b.defaultLength && a.estimator.sameSettings(as: b.estimator)
        default: return false
        }
    }
}

extension PosteriorEstimator {
    func sameSettings(as other: PosteriorEstimator) -> Bool {
        planning == other.planning && priorAlpha == other.priorAlpha && priorBeta == other.priorBeta && credibleLevel == other.credibleLevel
    }
}
