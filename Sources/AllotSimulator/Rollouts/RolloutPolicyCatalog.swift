import Allot
import AllotRL

/// One rollout allocator a scenario (or `allot allocate rollouts --policy`) can name.
public struct RolloutPolicyEntry: Sendable {
    public var name: String
    public var summary: String
    public var parameters: [ParameterSpec]
    var make: @Sendable (ResolvedParameters, UInt64) throws -> any RolloutAllocator

    /// Builds the allocator; `seed` feeds the posterior draws.
    public func makeAllocator(_ parameters: ResolvedParameters, seed: UInt64) throws -> any RolloutAllocator {
        try make(parameters, seed)
    }
}

/// The rollout allocators, by name.
public enum RolloutPolicyCatalog {
    public static var names: [String] { entries.map(\.name) }

    public static func entry(named name: String) -> RolloutPolicyEntry? { entries.first { $0.name == name } }

    static let planning = ParameterSpec("planning", .choice(PosteriorPlanning.allCases.map(\.rawValue)), default: "thompson",
                                        help: "Rate planned with: a posterior draw, the optimistic rate in the credible interval, or the mean.")

    public static let entries: [RolloutPolicyEntry] = [
        RolloutPolicyEntry(
            name: UniformAllocator.name, summary: "Every prompt gets budget / N (today's default).",
            parameters: [ParameterSpec("budgetMultiplier", .number, default: 1, help: "Scales the step budget (simulator only: what uniform needs to match).")],
            make: { _, _ in UniformAllocator() }),
        RolloutPolicyEntry(
            name: KnapsackRLAllocator.name, summary: "Knapsack RL (Li et al. 2025): last-16 success rates, V(N, p), floors at p = 0 or 1, leftover to p = 0.",
            parameters: [ParameterSpec("confidence", .number, default: 0.9, help: "α of the need estimate ln(1 − α) / ln max(p, 1 − p).")],
            make: { p, _ in try KnapsackRLAllocator(confidence: p.number("confidence")!) }),
        RolloutPolicyEntry(
            name: PosteriorKnapsackAllocator.name, summary: "Knapsack on discounted Beta posteriors: Thompson or optimistic rates, so few observations are not trusted.",
            parameters: [
                planning,
                ParameterSpec("priorAlpha", .number, default: 1, help: "Beta prior α."),
                ParameterSpec("priorBeta", .number, default: 1, help: "Beta prior β."),
                ParameterSpec("credibleLevel", .number, default: 0.9, help: "Mass of the interval used by optimistic planning."),
            ],
            make: { p, seed in
                try PosteriorKnapsackAllocator(planning: PosteriorPlanning(rawValue: p.string("planning")!)!, priorAlpha: p.number("priorAlpha")!,
                                               priorBeta: p.number("priorBeta")!, credibleLevel: p.number("credibleLevel")!, seed: seed)
            }),
        RolloutPolicyEntry(
            name: CostAwareKnapsackAllocator.name, summary: "Posterior knapsack under a token budget: each rollout costs its prompt's expected length.",
            parameters: [planning, ParameterSpec("defaultLength", .number, default: 512, help: "Tokens per rollout before any length is known.")],
            make: { p, seed in
                try CostAwareKnapsackAllocator(planning: PosteriorPlanning(rawValue: p.string("planning")!)!, defaultLength: p.number("defaultLength")!, seed: seed)
            }),
    ]
}
