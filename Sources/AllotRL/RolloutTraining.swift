import Allot

/// A GRPO training run driven by a rollout allocator: each step draws a batch of prompts, asks the
/// allocator for rollouts per prompt under the step's budget, samples them, records per-prompt statistics
/// and lets the learner update. The loop a real trainer runs, with the learner standing in for the LLM.
public struct RolloutTraining: Sendable {
    public struct Configuration: Codable, Sendable, Equatable {
        public var steps = 40
        /// Prompts per step, drawn without replacement from the population.
        public var batchSize = 64
        /// The uniform baseline's rollouts per prompt; the step budget is batchSize × this × budgetMultiplier.
        public var rolloutsPerPrompt = 8
        /// Scales the step budget (the uniform baseline at 1.5× or 2× the budget, to measure what an adaptive
        /// allocator saves).
        public var budgetMultiplier = 1.0
        public var minimum = 2
        public var maximum = 64
        /// Reward window and posterior discount of the per-prompt statistics.
        public var window = 16
        public var discount = 0.9

        public init() {}

        public var stepBudget: Int { Int((Double(batchSize * rolloutsPerPrompt) * budgetMultiplier).rounded()) }

        public func validate(population: Int) throws {
            func fail(_ field: String, _ expected: String, _ got: Any) throws -> Never {
                throw InputError.parameter("rollout training", field, expected: expected, got: "\(got)")
            }
            if steps < 1 { try fail("steps", "an integer >= 1", steps) }
            if !(1...population).contains(batchSize) { try fail("batchSize", "an integer in 1...\(population) (the population)", batchSize) }
            if rolloutsPerPrompt < 1 { try fail("rolloutsPerPrompt", "an integer >= 1", rolloutsPerPrompt) }
            if !(budgetMultiplier > 0 && budgetMultiplier.isFinite) { try fail("budgetMultiplier", "a finite number > 0", budgetMultiplier) }
            if minimum < 1 { try fail("minimum", "an integer >= 1", minimum) }
            if maximum < max(minimum, 1) { try fail("maximum", "an integer >= minimum", maximum) }
            if stepBudget < batchSize * minimum || stepBudget > batchSize * maximum {
                try fail("rolloutsPerPrompt", "a step budget (\(stepBudget)) within batchSize × [minimum, maximum]", rolloutsPerPrompt)
            }
        }
    }

    /// What one step did.
    public struct Step: Sendable, Equatable, Codable {
        /// Share of this step's groups with a non-zero gradient.
        public var effectiveRatio: Double
        /// Rollouts in those groups.
        public var effectiveRollouts: Double
        /// Population pass rate after the update.
        public var passRate: Double
        public var solved: Int
        public var rollouts: Int
        public var tokens: Double
        /// Most rollouts any prompt got this step.
        public var maxRollouts: Int
    }

    public var configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Runs the training; `seed` drives the batch draws. Token-budget allocators get the rollout budget
    /// times the population's initial expected response length, so every allocator spends the same.
    /// `shouldStop` is polled every step; when it says so the run ends with `Interrupted` (a simulator
    /// stopping on Ctrl-C).
    public func run<Allocator: RolloutAllocator>(_ allocator: inout Allocator, learner: inout GRPOLearner, seed: UInt64,
                                                 shouldStop: () -> Bool = { false }) throws -> [Step] {
        try configuration.validate(population: learner.prompts.count)
        var statistics = try RolloutStatistics(window: configuration.window, discount: configuration.discount)
        var random = RandomSource(seed: seed)
        let ids = learner.ids
        let tokensPerRollout = learner.meanExpectedLength
        var steps: [Step] = []
        var order = Array(ids.indices)
        steps.reserveCapacity(configuration.steps)
        for step in 0..<configuration.steps {
            if shouldStop() { throw Interrupted(saved: step, total: configuration.steps, unit: "steps") }
            // A partial Fisher–Yates shuffle picks the batch.
            for i in 0..<configuration.batchSize {
                order.swapAt(i, i + random.integer(below: order.count - i))
            }
            let batch = order[0..<configuration.batchSize].map { ids[$0] }
            let budget = allocator.budgetsInTokens ? Int((Double(configuration.stepBudget) * tokensPerRollout).rounded()) : configuration.stepBudget
            let request = RolloutRequest(prompts: batch, budget: budget, minimum: configuration.minimum, maximum: configuration.maximum)
            let allocation = try allocator.allocate(request, statistics: statistics)
            let groups = try learner.sample(prompts: batch, counts: allocation.counts)
            for group in groups { try statistics.record(prompt: group.prompt, rewards: group.rewards, lengths: group.lengths) }
            let effective = learner.learn(from: groups)
            let usefulRollouts = groups.filter { $0.hasSignal(epsilon: learner.configuration.epsilon) }.reduce(0) { $0 + $1.rewards.count }
            steps.append(Step(effectiveRatio: Double(effective) / Double(groups.count), effectiveRollouts: Double(usefulRollouts),
                              passRate: learner.passRate,
                              solved: learner.solvedCount, rollouts: allocation.counts.reduce(0, +),
                              tokens: groups.reduce(0) { $0 + $1.lengths.reduce(0, +) }, maxRollouts: allocation.counts.max() ?? 0))
        }
        return steps
    }
}

extension RolloutAllocator {
    /// Whether `RolloutRequest.budget` is in tokens for this allocator (the cost-aware one) or in rollouts.
    public var budgetsInTokens: Bool { self is CostAwareKnapsackAllocator }
}
