import Allot

/// What a rank allocator needs to be built: the adapted matrices, the parameter budget as an average
/// rank, when ranks may move, and the seed of its draws.
public struct RankAllocatorContext: Sendable {
    public var matrices: [AdaptedMatrix]
    public var averageRank: Int
    public var schedule: ReallocationSchedule
    public var seed: UInt64

    public init(matrices: [AdaptedMatrix], averageRank: Int, schedule: ReallocationSchedule, seed: UInt64 = 0) {
        self.matrices = matrices
        self.averageRank = averageRank
        self.schedule = schedule
        self.seed = seed
    }
}

/// Every rank allocator, by the name `allot allocate ranks`, `allot finetune`, scenario files, `allot serve`
/// and the Python package use, with its parameters and defaults (stated here and nowhere else).
public enum RankAllocatorRegistry {
    public static let registry = Registry<RankAllocatorContext, AnyRankAllocator>(noun: "rank allocator", entries: entries)

    static func beta(_ help: String = "EMA factor of each component's importance.") -> ParameterSpec {
        ParameterSpec("beta", .number, default: 0.85, help: help)
    }

    static let entries: [RegistryEntry<RankAllocatorContext, AnyRankAllocator>] = [
        RegistryEntry(
            name: UniformRankAllocator.name, summary: "Every matrix keeps the same rank for the whole run (plain LoRA).", source: "Hu et al. 2021",
            parameters: [], make: { _, c in .uniform(try UniformRankAllocator(matrices: c.matrices, averageRank: c.averageRank)) },
            restore: { state, source, path in .uniform(try Interchange.decode(UniformRankAllocator.self, from: state, source: source, path: path)) }),
        RegistryEntry(
            name: AdaLoRAAllocator.name,
            summary: "AdaLoRA: start wide, prune the lowest-scoring triplets down a cubic parameter budget.", source: "Zhang et al., ICLR 2023",
            parameters: [
                ParameterSpec("initialRank", .integer, note: "1.5 × averageRank, at most the smallest maxRank", range: 1...4_096, help: "init_r: rank per matrix before pruning."),
                ParameterSpec("beta1", .number, default: 0.85, help: "EMA factor of the sensitivity."),
                ParameterSpec("beta2", .number, default: 0.85, help: "EMA factor of the uncertainty."),
                ParameterSpec("orthogonalityWeight", .number, default: 0.5, help: "Weight of ‖PᵀP − I‖² + ‖QQᵀ − I‖² (applied by the trainer)."),
            ],
            make: { p, c in
                .adalora(try AdaLoRAAllocator(matrices: c.matrices, targetAverageRank: Double(c.averageRank), initialRank: p.integer("initialRank"),
                                              steps: c.schedule, beta1: Float(p.number("beta1")!), beta2: Float(p.number("beta2")!),
                                              orthogonalityWeight: Float(p.number("orthogonalityWeight")!)))
            },
            restore: { state, source, path in .adalora(try Interchange.decode(AdaLoRAAllocator.self, from: state, source: source, path: path)) }),
        RegistryEntry(
            name: ElasticRankAllocator.name,
            summary: "Elastic ranks: prune the weakest components globally, grow the matrices with the most importance per parameter.",
            source: "ElaLoRA 2025",
            parameters: [ParameterSpec("pruneFraction", .number, default: 0.1, help: "Share of components pruned per reallocation."), beta()],
            make: { p, c in
                .elastic(try ElasticRankAllocator(matrices: c.matrices, averageRank: c.averageRank, steps: c.schedule,
                                                  pruneFraction: p.number("pruneFraction")!, beta: p.number("beta")!))
            },
            restore: { state, source, path in .elastic(try Interchange.decode(ElasticRankAllocator.self, from: state, source: source, path: path)) }),
        RegistryEntry(
            name: BanditKnapsackRankAllocator.name,
            summary: "Bandit-knapsack: each matrix an arm valued by its learned spectrum (UCB or Thompson), ranks by the exact knapsack.",
            source: "Allot (docs/ranks.md)",
            parameters: [
                ParameterSpec("strategy", .choice(["ucb", "thompson"]), default: "ucb", help: "Optimistic or sampled importance."),
                ParameterSpec("exploration", .number, default: 1, help: "UCB's c."),
                ParameterSpec("discount", .number, default: 0.99, help: "Per-observation discount of the arm statistics."),
                ParameterSpec("decay", .number, default: 0.8, help: "Value of each further rank unit relative to the previous."),
                beta(),
                ParameterSpec("maxStep", .integer, note: "unlimited", range: 1...4_096, help: "The most a matrix's rank may change at one reallocation (a trust region)."),
            ],
            make: { p, c in
                let strategy: BanditKnapsackRankAllocator.Strategy = p.string("strategy") == "thompson" ? .thompson : .ucb(exploration: p.number("exploration")!)
                return .banditKnapsack(try BanditKnapsackRankAllocator(
                    matrices: c.matrices, averageRank: c.averageRank, steps: c.schedule, strategy: strategy, discount: p.number("discount")!,
                    decay: p.number("decay")!, beta: p.number("beta")!, maxStep: p.integer("maxStep"), seed: c.seed))
            },
            restore: { state, source, path in .banditKnapsack(try Interchange.decode(BanditKnapsackRankAllocator.self, from: state, source: source, path: path)) }),
    ]
}
