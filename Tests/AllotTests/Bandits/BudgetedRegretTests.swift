import Testing
import Allot

/// Arms with different costs under a fixed total budget: what counts is reward per unit cost. The
/// cost-aware policy must collect clearly more reward than UCB1, which chases the highest mean.
@Suite("Budgeted bandits")
struct BudgetedRegretTests {
    // Arm 0 has the best mean but is expensive; arm 2 has the best reward per unit cost (0.5 / 0.2 = 2.5).
    static let means = [0.9, 0.6, 0.5, 0.3]
    static let costs = [1.0, 0.5, 0.2, 0.2]
    static let budget = 2_000.0

    static func collected<P: Policy>(_ policy: inout P, seed: UInt64) throws -> Double {
        var environment = RandomSource(seed: SplitMix64.derive(seed: seed, index: 7))
        var spent = 0.0
        var reward = 0.0
        while true {
            let arm = try policy.select()
            if spent + Self.costs[arm] > Self.budget { break }
            let r: Double = environment.bernoulli(Self.means[arm]) ? 1 : 0
            spent += Self.costs[arm]
            reward += r
            try policy.update(Observation(arm: arm, reward: r, cost: Self.costs[arm]))
        }
        return reward
    }

    @Test("budgeted UCB earns more per budget than UCB1 and approaches the best ratio")
    func rewardPerBudget() throws {
        var budgeted = 0.0
        var plain = 0.0
        for seed in 0..<UInt64(20) {
            var policy = try BudgetedUCB(arms: 4, minimumCost: 0.1)
            budgeted += try Self.collected(&policy, seed: seed)
            var ucb1 = try UCB1(arms: 4)
            plain += try Self.collected(&ucb1, seed: seed)
        }
        let best = Self.budget * 2.5  // always playing arm 2
        print("budgeted: \(budgeted / 20), ucb1: \(plain / 20), optimum: \(best)")
        #expect(budgeted > 1.5 * plain)
        #expect(budgeted / 20 > 0.8 * best)
    }
}
