import AllotInterchange
/// One of the built-in allocators, as a single Codable value (what a checkpoint or the CLI stores).
public enum AnyRankAllocator: RankAllocator {
    case uniform(UniformRankAllocator)
    case adalora(AdaLoRAAllocator)
    case elastic(ElasticRankAllocator)
    case banditKnapsack(BanditKnapsackRankAllocator)

    public static let name = "any"
    public static let names = [UniformRankAllocator.name, AdaLoRAAllocator.name, ElasticRankAllocator.name, BanditKnapsackRankAllocator.name]

    public var allocatorName: String {
        switch self {
        case .uniform: return UniformRankAllocator.name
        case .adalora: return AdaLoRAAllocator.name
        case .elastic: return ElasticRankAllocator.name
        case .banditKnapsack: return BanditKnapsackRankAllocator.name
        }
    }

    /// The concrete allocator (for encoding its own state).
    var base: any RankAllocator {
        switch self {
        case let .uniform(a): return a
        case let .adalora(a): return a
        case let .elastic(a): return a
        case let .banditKnapsack(a): return a
        }
    }

    public var matrices: [AdaptedMatrix] { base.matrices }
    public func budget(at step: Int) -> Int { base.budget(at: step) }
    public var initialPattern: RankPattern { base.initialPattern }
    public var orthogonalityWeight: Float { base.orthogonalityWeight }

    public mutating func observe(_ sensitivities: [TripletSensitivity], step: Int) {
        switch self {
        case var .uniform(a): a.observe(sensitivities, step: step); self = .uniform(a)
        case var .adalora(a): a.observe(sensitivities, step: step); self = .adalora(a)
        case var .elastic(a): a.observe(sensitivities, step: step); self = .elastic(a)
        case var .banditKnapsack(a): a.observe(sensitivities, step: step); self = .banditKnapsack(a)
        }
    }

    public mutating func reallocate(step: Int, current: RankPattern) throws -> RankPattern? {
        switch self {
        case var .uniform(a): defer { self = .uniform(a) }; return try a.reallocate(step: step, current: current)
        case var .adalora(a): defer { self = .adalora(a) }; return try a.reallocate(step: step, current: current)
        case var .elastic(a): defer { self = .elastic(a) }; return try a.reallocate(step: step, current: current)
        case var .banditKnapsack(a): defer { self = .banditKnapsack(a) }; return try a.reallocate(step: step, current: current)
        }
    }
}

extension AnyRankAllocator {
    /// The allocator's registry configuration, every parameter read back from the instance: what a state
    /// file records, and what two allocators are compared by.
    public var configuration: ComponentConfiguration {
        let registry = RankAllocatorRegistry.registry
        var values: [String: JSONValue] = [:]
        switch self {
        case .uniform: break
        case let .adalora(a):
            values = ["initialRank": .number(Double(a.initialRank)), "beta1": .number(Double(a.beta1)), "beta2": .number(Double(a.beta2)),
                      "orthogonalityWeight": .number(Double(a.orthogonalityWeight))]
        case let .elastic(a):
            values = ["pruneFraction": .number(a.pruneFraction), "beta": .number(a.importance.beta)]
        case let .banditKnapsack(a):
            switch a.strategy {
            case let .ucb(exploration): values = ["strategy": "ucb", "exploration": .number(exploration)]
            case .thompson: values = ["strategy": "thompson"]
            }
            values["discount"] = .number(a.discount)
            values["decay"] = .number(a.decay)
            values["beta"] = .number(a.importance.beta)
            if let maxStep = a.maxStep { values["maxStep"] = .number(Double(maxStep)) }
        }
        // Every value comes from a validated instance, so the registry accepts it.
        return (try? registry.configuration(allocatorName, values)) ?? ComponentConfiguration(name: allocatorName, parameters: ResolvedParameters(values))
    }

    /// The reallocation schedule of allocators that move ranks (nil for uniform).
    public var schedule: ReallocationSchedule? {
        switch self {
        case .uniform: return nil
        case let .adalora(a): return a.schedule.steps
        case let .elastic(a): return a.steps
        case let .banditKnapsack(a): return a.steps
        }
    }
}
