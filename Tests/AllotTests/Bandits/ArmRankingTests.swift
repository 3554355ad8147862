import Testing
import AllotInterchange
@testable import Allot

@Suite("Arm ranking and added arms")
struct ArmRankingTests {
    @Test("top-k equals a stable sort on random scores with ties", arguments: [1, 2, 3, 7, 20])
    func topKMatchesSort(k: Int) {
        var random = RandomSource(seed: UInt64(k))
        for _ in 0..<200 {
            let count = k + random.integer(below: 30)
            // Few distinct values, so ties are common; a few infinities like unplayed arms.
            let scores = (0..<count).map { _ in random.uniform() < 0.1 ? Double.infinity : Double(random.integer(below: 5)) }
            var arms: [Int] = []
            ArmRanking.top(k: k, count: count, into: &arms) { scores[$0] }
            let expected = Array(scores.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }.prefix(k))
            #expect(arms == expected)
        }
    }

    @Test("an added arm is tried next by index policies and takes part afterwards")
    func addedArmIsTried() throws {
        var policy = try UCB1(arms: 3)
        for t in 0..<30 {
            let arm = try policy.select()
            try policy.update(Observation(arm: arm, reward: t % 2 == 0 ? 1 : 0))
        }
        let newArm = policy.addArm()
        #expect(newArm == 3)
        #expect(try policy.select() == 3)

        var thompson = try ThompsonSampling(arms: 2, seed: 4)
        thompson.addArm()
        #expect(try thompson.select(k: 3).sorted() == [0, 1, 2])
        try thompson.update(Observation(arm: 2, reward: 1))

        var window = try SlidingWindowUCB(arms: 1, window: 5)
        window.addArm()
        try window.update(Observation(arm: 1, reward: 1))
        #expect(window.counts == [0, 1])
    }

    @Test("an arm added to EXP3 enters with an average weight")
    func exp3AddedArm() throws {
        var policy = try EXP3(arms: 3, gamma: 0.1, seed: 2)
        for _ in 0..<200 {
            let arm = try policy.select()
            try policy.update(Observation(arm: arm, reward: arm == 0 ? 1 : 0))
        }
        policy.addArm()
        let probabilities = (0..<4).map { policy.probability(of: $0) }
        #expect(abs(probabilities.reduce(0, +) - 1) < 1e-12)
        #expect(probabilities[3] > probabilities[1] && probabilities[3] < probabilities[0])
    }
}
