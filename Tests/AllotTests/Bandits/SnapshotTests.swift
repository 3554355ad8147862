import Foundation
import Testing
import Allot

/// Every policy's state, random source included, is a Codable snapshot: encode mid-run, decode, continue,
/// and the choices are exactly those of the uninterrupted run. The same seed gives the same run.
@Suite("Snapshots and reproducibility")
struct SnapshotTests {
    /// Plays `rounds` rounds, alternating single picks and top-2 rounds, so both selection paths are covered.
    static func play<P: Policy>(_ policy: inout P, rounds: Int, start: Int, seed: UInt64) throws -> [Int] {
        var environment = RandomSource(seed: SplitMix64.derive(seed: seed, index: UInt64(start)))
        let means = [0.2, 0.5, 0.7, 0.4, 0.6]
        var choices: [Int] = []
        var batch: [Int] = []
        for t in 0..<rounds {
            if t % 3 == 2 {
                try policy.select(k: 2, into: &batch)
            } else {
                batch = [try policy.select()]
            }
            for arm in batch {
                let reward: Double = environment.bernoulli(means[arm]) ? 1 : 0
                try policy.update(Observation(arm: arm, reward: reward, cost: 0.5 + 0.1 * Double(arm)))
            }
            choices += batch
        }
        return choices
    }

    static func checkRoundTrip<P: Policy & Equatable>(_ make: () throws -> P) throws {
        var original = try make()
        _ = try play(&original, rounds: 300, start: 0, seed: 1)
        let data = try JSONEncoder().encode(original)
        var restored = try JSONDecoder().decode(P.self, from: data)
        #expect(restored == original, "\(P.name): decoded state differs")
        let continued = try play(&original, rounds: 300, start: 300, seed: 1)
        let resumed = try play(&restored, rounds: 300, start: 300, seed: 1)
        #expect(continued == resumed, "\(P.name): resumed run diverged")
        let canonical = JSONEncoder()
        canonical.outputFormatting = .sortedKeys
        #expect(try canonical.encode(original) == canonical.encode(restored), "\(P.name): final states differ")

        var first = try make()
        var second = try make()
        #expect(try play(&first, rounds: 200, start: 0, seed: 9) == play(&second, rounds: 200, start: 0, seed: 9), "\(P.name): same seed, different run")
    }

    @Test("snapshot mid-run, restore, continue: identical choices, for every policy")
    func everyPolicyRoundTrips() throws {
        try Self.checkRoundTrip { try UCB1(arms: 5) }
        try Self.checkRoundTrip { try UCBV(arms: 5) }
        try Self.checkRoundTrip { try KLUCB(arms: 5) }
        try Self.checkRoundTrip { try KLUCB(arms: 5, family: .gaussian(variance: 0.25), logLogFactor: 3) }
        try Self.checkRoundTrip { try BayesUCB(arms: 5, horizon: 1_000, horizonExponent: 1) }
        try Self.checkRoundTrip { try ThompsonSampling(arms: 5, seed: 3) }
        try Self.checkRoundTrip { try GaussianThompsonSampling(arms: 5, seed: 3) }
        try Self.checkRoundTrip {
            try GaussianThompsonSampling(arms: 5, model: .knownVariance(variance: 0.25, priorMean: 0, priorVariance: 1), seed: 3)
        }
        try Self.checkRoundTrip { try EpsilonGreedy(arms: 5, seed: 3) }
        try Self.checkRoundTrip { try EpsilonGreedy(arms: 5, schedule: .decaying(c: 1, gap: 0.2), seed: 3) }
        try Self.checkRoundTrip { try EXP3(arms: 5, gamma: 0.1, seed: 3) }
        try Self.checkRoundTrip { try EXP3IX(arms: 5, horizon: 600, seed: 3) }
        try Self.checkRoundTrip { try DiscountedUCB(arms: 5) }
        try Self.checkRoundTrip { try SlidingWindowUCB(arms: 5, window: 50) }
        try Self.checkRoundTrip { try DiscountedThompsonSampling(arms: 5, seed: 3) }
        try Self.checkRoundTrip { try BudgetedUCB(arms: 5) }
    }

    @Test("different seeds give different runs")
    func seedsMatter() throws {
        var a = try ThompsonSampling(arms: 5, seed: 1)
        var b = try ThompsonSampling(arms: 5, seed: 2)
        #expect(try Self.play(&a, rounds: 200, start: 0, seed: 9) != Self.play(&b, rounds: 200, start: 0, seed: 9))
    }
}
