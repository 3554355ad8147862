import Allot
import Benchmark

/// select + update per decision for the stationary policies at K = 10 and K = 1,000. Each benchmark
/// iteration is one decision; the environment is a fixed reward table indexed by a counter, so the
/// figures measure the policy alone. Mallocs are counted per decision and must be zero.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.throughput, .wallClock, .mallocCountTotal],
        timeUnits: .nanoseconds,
        scalingFactor: .kilo,
        maxDuration: .seconds(2),
        maxIterations: 1_000_000
    )

    /// Rewards that look Bernoulli with means spread over (0, 1), precomputed so that drawing them costs nothing.
    func rewardTable(arms: Int) -> [Double] {
        var random = RandomSource(seed: 99)
        return (0..<(arms * 64)).map { index in random.bernoulli(Double(index % arms + 1) / Double(arms + 1)) ? 1 : 0 }
    }

    func register<P: Policy>(_ name: String, arms: Int, _ make: @escaping @Sendable () throws -> P) {
        Benchmark("\(name) K=\(arms)") { benchmark in
            var policy = try make()
            let rewards = rewardTable(arms: arms)
            // Warm up: every arm played once, so the measured decisions are steady-state ones.
            for arm in 0..<arms { try policy.update(Observation(arm: arm, reward: rewards[arm])) }
            var cursor = 0
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                let arm = try policy.select()
                cursor = cursor &+ 1
                try policy.update(Observation(arm: arm, reward: rewards[(cursor & 63) * arms + arm]))
            }
            benchmark.stopMeasurement()
            blackHole(policy)
        }
    }

    for arms in [10, 1_000] {
        register("ucb1", arms: arms) { try UCB1(arms: arms) }
        register("kl-ucb", arms: arms) { try KLUCB(arms: arms) }
        register("thompson", arms: arms) { try ThompsonSampling(arms: arms, seed: 1) }
    }
    register("ucb-v", arms: 10) { try UCBV(arms: 10) }
    register("epsilon-greedy", arms: 10) { try EpsilonGreedy(arms: 10, seed: 1) }
    register("exp3", arms: 10) { try EXP3(arms: 10, gamma: 0.05, seed: 1) }
    register("sliding-window-ucb", arms: 10) { try SlidingWindowUCB(arms: 10, window: 1_000) }
    register("discounted-thompson", arms: 10) { try DiscountedThompsonSampling(arms: 10, seed: 1) }
}
