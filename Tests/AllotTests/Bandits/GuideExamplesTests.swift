import Foundation
import Testing
import Allot

/// The examples of docs/bandits.md, one per situation, run and checked: if a guide example stops
/// compiling or stops doing what the guide says, this fails.
@Suite("docs/bandits.md examples")
struct GuideExamplesTests {
    @Test("stationary Bernoulli rewards: Thompson sampling finds the best arm")
    func stationary() throws {
        let passRates = [0.12, 0.35, 0.61, 0.58]          // e.g. per-prompt solve rates
        var policy = try ThompsonSampling(arms: passRates.count, seed: 1)
        var world = RandomSource(seed: 2)
        for _ in 0..<3_000 {
            let arm = try policy.select()
            try policy.update(Observation(arm: arm, reward: world.bernoulli(passRates[arm]) ? 1 : 0))
        }
        #expect(policy.pulls[2] > policy.pulls[0] + policy.pulls[1])
    }

    @Test("drifting rewards: discounted Thompson follows a change")
    func drifting() throws {
        var policy = try DiscountedThompsonSampling(arms: 2, discount: 0.98, seed: 1)
        var world = RandomSource(seed: 2)
        var lateChoices = [0, 0]
        for t in 0..<4_000 {
            let means = t < 2_000 ? [0.8, 0.3] : [0.3, 0.8]   // the best arm swaps halfway
            let arm = try policy.select()
            try policy.update(Observation(arm: arm, reward: world.bernoulli(means[arm]) ? 1 : 0))
            if t >= 3_000 { lateChoices[arm] += 1 }
        }
        #expect(lateChoices[1] > 800)
    }

    @Test("adversarial rewards: EXP3 tuned to the horizon")
    func adversarial() throws {
        let horizon = 5_000
        var policy = try EXP3(arms: 3, horizon: horizon, seed: 1)
        var earned = 0.0
        for t in 0..<horizon {
            let arm = try policy.select()
            let reward: Double = (arm == t % 2) ? 1 : 0     // whoever is "good" alternates each round
            earned += reward
            try policy.update(Observation(arm: arm, reward: reward))
        }
        #expect(Double(horizon) / 2 - earned < EXP3.regretBound(arms: 3, horizon: horizon))
    }

    @Test("contextual rewards: LinUCB with one shared model")
    func contextual() throws {
        var policy = try LinUCB(arms: 4, dimension: 3, alpha: 0.5, sharing: .shared)
        var world = RandomSource(seed: 3)
        let theta = [0.5, -0.2, 0.8]                      // unknown to the policy
        var lateRegret = 0.0
        for t in 0..<1_000 {
            var contexts = Matrix(rows: 4, columns: 3)
            for i in contexts.elements.indices { contexts.elements[i] = world.normal() }
            let values = (0..<4).map { a in (0..<3).reduce(0.0) { $0 + theta[$1] * contexts[a, $1] } }
            let arm = try policy.select(contexts: contexts)
            let x = (0..<3).map { contexts[arm, $0] }
            let observedReward = values[arm] + world.normal(standardDeviation: 0.1)
            try policy.update(Observation(arm: arm, reward: observedReward), context: x)
            if t >= 900 { lateRegret += values.max()! - values[arm] }
        }
        #expect(lateRegret < 5)
    }

    @Test("costly arms: budgeted UCB maximises reward per unit of budget")
    func costly() throws {
        let solveRates = [0.9, 0.5]
        let tokenCosts = [1.0, 0.25]                       // arm 1 is four times cheaper
        var policy = try BudgetedUCB(arms: 2, minimumCost: 0.1)
        var world = RandomSource(seed: 4)
        var budget = 1_000.0
        while true {
            let arm = try policy.select()
            guard budget >= tokenCosts[arm] else { break }
            budget -= tokenCosts[arm]
            try policy.update(Observation(arm: arm, reward: world.bernoulli(solveRates[arm]) ? 1 : 0, cost: tokenCosts[arm]))
        }
        #expect(policy.statistics.pulls[1] > 3 * policy.statistics.pulls[0])
    }

    @Test("batches and new arms: top-k rounds, arms added mid-run, checkpoint and resume")
    func batchesAndCheckpoints() throws {
        var policy = try UCB1(arms: 8)
        var batch: [Int] = []
        for _ in 0..<50 {
            try policy.select(k: 4, into: &batch)          // 4 distinct arms per round, no allocation
            for arm in batch { try policy.update(Observation(arm: arm, reward: Double(arm) / 10)) }
        }
        let newPrompt = policy.addArm()                   // a new arm joins and is tried first
        #expect(try policy.select() == newPrompt)
        let saved = try JSONEncoder().encode(policy)
        var resumed = try JSONDecoder().decode(UCB1.self, from: saved)
        #expect(try resumed.select(k: 4) == policy.select(k: 4))
    }
}
