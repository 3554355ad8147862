import Allot

/// A seeded Bernoulli bandit for tests: the environment draws from its own stream, derived from the
/// seed, so the policy's random source and the rewards never interfere.
struct BernoulliHarness {
    /// Means per round: `means(t)` may change over time (piecewise-stationary instances).
    let means: (Int) -> [Double]
    var environment: RandomSource

    init(seed: UInt64, means: @escaping (Int) -> [Double]) {
        self.means = means
        environment = RandomSource(seed: SplitMix64.derive(seed: seed, index: 1_000_003))
    }

    init(seed: UInt64, means: [Double]) {
        self.init(seed: seed) { _ in means }
    }

    /// Plays `horizon` rounds from round `start`; returns the pseudo-regret Σ (μ*_t − μ_{a_t}) and the arms chosen.
    mutating func run<P: Policy>(_ policy: inout P, horizon: Int, start: Int = 0) throws -> (regret: Double, choices: [Int]) {
        var regret = 0.0
        var choices: [Int] = []
        choices.reserveCapacity(horizon)
        for t in start..<(start + horizon) {
            let mu = means(t)
            let arm = try policy.select()
            let reward: Double = environment.bernoulli(mu[arm]) ? 1 : 0
            try policy.update(Observation(arm: arm, reward: reward))
            regret += mu.max()! - mu[arm]
            choices.append(arm)
        }
        return (regret, choices)
    }
}

/// Mean pseudo-regret of a policy over `seeds` independent runs.
func meanRegret<P: Policy>(seeds: Int = 20, horizon: Int, means: @escaping (Int) -> [Double], make: (UInt64) throws -> P) throws -> Double {
    var total = 0.0
    for seed in 0..<UInt64(seeds) {
        var policy = try make(seed)
        var harness = BernoulliHarness(seed: seed, means: means)
        total += try harness.run(&policy, horizon: horizon).regret
    }
    return total / Double(seeds)
}
