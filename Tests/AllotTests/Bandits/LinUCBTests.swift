import Foundation
import Testing
import Allot

/// A linear contextual instance: d = 5, 10 arms with fresh Gaussian features each round, reward θ*·x + noise.
@Suite("LinUCB")
struct LinUCBTests {
    static let dimension = 5
    static let arms = 10
    static let horizon = 2_000

    /// Per-round regret of a contextual policy (or of a context-free one, through `pick`).
    static func run(seed: UInt64, pick: (Matrix) throws -> Int, learn: (Int, Double, [Double]) throws -> Void) rethrows -> [Double] {
        var random = RandomSource(seed: seed)
        var theta = (0..<dimension).map { _ in random.normal() }
        let norm = theta.reduce(0) { $0 + $1 * $1 }.squareRoot()
        theta = theta.map { $0 / norm }
        var regrets: [Double] = []
        var contexts = Matrix(rows: arms, columns: dimension)
        for _ in 0..<horizon {
            for i in contexts.elements.indices { contexts.elements[i] = random.normal() / Double(dimension).squareRoot() }
            let values = (0..<arms).map { a in (0..<dimension).reduce(0.0) { $0 + theta[$1] * contexts[a, $1] } }
            let arm = try pick(contexts)
            let x = (0..<dimension).map { contexts[arm, $0] }
            try learn(arm, values[arm] + random.normal(standardDeviation: 0.1), x)
            regrets.append(values.max()! - values[arm])
        }
        return regrets
    }

    @Test("shared LinUCB has sublinear regret and beats context-free UCB1")
    func sublinearAndBeatsUCB1() throws {
        var firstHalf = 0.0
        var secondHalf = 0.0
        var ucbTotal = 0.0
        for seed in 0..<UInt64(20) {
            var policy = try LinUCB(arms: Self.arms, dimension: Self.dimension, alpha: 1, sharing: .shared)
            let regrets = try Self.run(seed: seed, pick: { try policy.select(contexts: $0) },
                                       learn: { try policy.update(Observation(arm: $0, reward: $1), context: $2) })
            firstHalf += regrets[..<(Self.horizon / 2)].reduce(0, +)
            secondHalf += regrets[(Self.horizon / 2)...].reduce(0, +)
            var ucb = try UCB1(arms: Self.arms)
            ucbTotal += try Self.run(seed: seed, pick: { _ in try ucb.select() },
                                     learn: { arm, reward, _ in try ucb.update(Observation(arm: arm, reward: reward)) }).reduce(0, +)
        }
        print("LinUCB regret: first half \(firstHalf / 20), second half \(secondHalf / 20); UCB1 total \(ucbTotal / 20)")
        #expect(secondHalf < 0.6 * firstHalf)
        #expect(firstHalf + secondHalf < 0.2 * ucbTotal)
    }

    @Test("disjoint LinUCB learns one model per arm, survives a snapshot and accepts new arms")
    func disjointSnapshotAndNewArms() throws {
        var policy = try LinUCB(arms: Self.arms, dimension: Self.dimension, alpha: 0.5, sharing: .disjoint)
        let regrets = try Self.run(seed: 4, pick: { try policy.select(contexts: $0) },
                                   learn: { try policy.update(Observation(arm: $0, reward: $1), context: $2) })
        #expect(regrets[1_000...].reduce(0, +) < 0.6 * regrets[..<1_000].reduce(0, +))
        var restored = try JSONDecoder().decode(LinUCB.self, from: JSONEncoder().encode(policy))
        #expect(restored == policy)
        var random = RandomSource(seed: 8)
        var contexts = Matrix(rows: Self.arms, columns: Self.dimension)
        for i in contexts.elements.indices { contexts.elements[i] = random.normal() }
        var top: [Int] = []
        var restoredTop: [Int] = []
        try policy.select(k: 3, contexts: contexts, into: &top)
        try restored.select(k: 3, contexts: contexts, into: &restoredTop)
        #expect(top == restoredTop && Set(top).count == 3)

        #expect(policy.addArm() == Self.arms)
        var wider = Matrix(rows: Self.arms + 1, columns: Self.dimension)
        for i in wider.elements.indices { wider.elements[i] = random.normal() }
        _ = try policy.select(contexts: wider)
    }
}
