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

    private var base: any RankAllocator {
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
