import Allot

/// What a rollout allocator needs to be built: the seed of its posterior draws.
public struct RolloutAllocatorContext: Sendable {
    public var seed: UInt64
    public init(seed: UInt64 = 0) { self.seed = seed }
}

/// Every rollout allocator, by the name `allot allocate rollouts --policy`, scenario files, `allot serve`
/// and the Python package use, with its parameters and defaults (stated here and nowhere else).
public enum RolloutAllocatorRegistry {
    public static let registry = Registry<RolloutAllocatorContext, any RolloutAllocator>(noun: "rollout allocator", entries: entries)

    static let planning = ParameterSpec("planning", .choice(PosteriorPlanning.allCases.map(\.rawValue)), default: "thompson",
                                        help: "Rate planned with: a posterior draw, the optimistic rate in the credible interval, or the mean.")

    static func restore<A: RolloutAllocator>(_ type: A.Type) -> @Sendable (JSONValue, String, String) throws -> any RolloutAllocator {
        { state, source, path in try Interchange.decode(A.self, from: state, source: source, path: path) }
    }

    static let entries: [RegistryEntry<RolloutAllocatorContext, any RolloutAllocator>] = [
        RegistryEntry(
            name: UniformAllocator.name, summary: "Every prompt gets budget / N (today's default).", source: "GRPO (Shao et al. 2024)",
            parameters: [], make: { _, _ in UniformAllocator() }, restore: restore(UniformAllocator.self)),
        RegistryEntry(
            name: KnapsackRLAllocator.name,
            summary: "Knapsack RL: last-16 success rates, V(N, p), floors at p = 0 or 1, leftover to p = 0.", source: "Li et al. 2025",
            parameters: [
                ParameterSpec("confidence", .number, default: 0.9, help: "α of the need estimate ln(1 − α) / ln max(p, 1 − p)."),
                ParameterSpec("fallback", .bool, default: true,
                              help: "Give budget the knapsack does not place to p = 0 prompts, then unseen, then p = 1 (the reference's allow_fallback)."),
            ],
            make: { p, _ in try KnapsackRLAllocator(confidence: p.number("confidence")!, fallback: p.bool("fallback")!) },
            restore: restore(KnapsackRLAllocator.self)),
        RegistryEntry(
            name: PosteriorKnapsackAllocator.name,
            summary: "Knapsack on discounted Beta posteriors: Thompson or optimistic rates, so few observations are not trusted.",
            source: "Allot (docs/rollouts.md)",
            parameters: [
                planning,
                ParameterSpec("priorAlpha", .number, default: 1, help: "Beta prior α."),
                ParameterSpec("priorBeta", .number, default: 1, help: "Beta prior β."),
                ParameterSpec("credibleLevel", .number, default: 0.9, help: "Mass of the interval used by optimistic planning."),
            ],
            make: { p, c in
                try PosteriorKnapsackAllocator(planning: PosteriorPlanning(rawValue: p.string("planning")!)!, priorAlpha: p.number("priorAlpha")!,
                                               priorBeta: p.number("priorBeta")!, credibleLevel: p.number("credibleLevel")!, seed: c.seed)
            }, restore: restore(PosteriorKnapsackAllocator.self)),
        RegistryEntry(
            name: CostAwareKnapsackAllocator.name,
            summary: "Posterior knapsack under a token budget: each rollout costs its prompt's expected length.", source: "Allot (docs/rollouts.md)",
            parameters: [planning, ParameterSpec("defaultLength", .number, default: 512, help: "Tokens per rollout before any length is known.")],
            make: { p, c in
                try CostAwareKnapsackAllocator(planning: PosteriorPlanning(rawValue: p.string("planning")!)!, defaultLength: p.number("defaultLength")!, seed: c.seed)
            }, restore: restore(CostAwareKnapsackAllocator.self)),
    ]
}
