import Foundation
import Testing
import Allot

/// An oblivious alternating sequence: arm t mod 2 pays 1 at round t, arm 2 pays 0.3, arm 3 pays 0.
/// The best fixed arm earns T/2; a policy that stays uniform earns 0.325 T and breaks EXP3's bound, so
/// the bound check can fail. Regret is measured against the best fixed arm in hindsight.
@Suite("Adversarial regret")
struct AdversarialRegretTests {
    static let horizon = 10_000
    static let arms = 4

    static func reward(arm: Int, round t: Int) -> Double {
        switch arm {
        case 0, 1: return t % 2 == arm ? 1 : 0
        case 2: return 0.3
        default: return 0
        }
    }

    static func regret<P: Policy>(_ policy: inout P) throws -> Double {
        var armTotals = [Double](repeating: 0, count: arms)
        var earned = 0.0
        for t in 0..<horizon {
            let arm = try policy.select()
            let reward = Self.reward(arm: arm, round: t)
            earned += reward
            try policy.update(Observation(arm: arm, reward: reward))
            for a in 0..<arms { armTotals[a] += Self.reward(arm: a, round: t) }
        }
        return armTotals.max()! - earned
    }

    @Test("EXP3 stays under 2 sqrt(e − 1) sqrt(T K ln K); EXP3-IX under 2 sqrt(2 T K ln K)")
    func exp3Bound() throws {
        var exp3Total = 0.0
        var ixTotal = 0.0
        let seeds = 20
        for seed in 0..<UInt64(seeds) {
            var exp3 = try EXP3(arms: Self.arms, horizon: Self.horizon, seed: seed)
            exp3Total += try Self.regret(&exp3)
            var ix = try EXP3IX(arms: Self.arms, horizon: Self.horizon, seed: seed)
            ixTotal += try Self.regret(&ix)
        }
        let k = Double(Self.arms)
        let t = Double(Self.horizon)
        let exp3Bound = EXP3.regretBound(arms: Self.arms, horizon: Self.horizon)
        #expect(abs(exp3Bound - 2 * (M_E - 1).squareRoot() * (t * k * log(k)).squareRoot()) < 1e-9)
        print("adversarial regret: exp3 \(exp3Total / Double(seeds)) (bound \(exp3Bound)), exp3-ix \(ixTotal / Double(seeds))")
        #expect(exp3Total / Double(seeds) < exp3Bound)
        #expect(ixTotal / Double(seeds) < 2 * (2 * t * k * log(k)).squareRoot())
    }
}
