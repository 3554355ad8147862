import Foundation
import Testing
@testable import Allot

/// EXP3 and EXP3-IX weight a reward by the probability its draw was made with, even when rewards arrive
/// late or in batches (the probabilities have moved on by then), or carry their own logged probability.
@Suite("Draw probabilities for importance weights")
struct DrawLogTests {
    @Test("a delayed reward is weighted by the probability at selection, not the current one")
    func delayedFeedback() throws {
        var policy = try EXP3(arms: 3, gamma: 0.3, seed: 1)
        var draws: [(arm: Int, probability: Double)] = []
        for _ in 0..<6 {
            let arm = try policy.select()
            draws.append((arm, policy.probability(of: arm)))   // nothing changed since the draw
        }
        var expected = [0.0, 0.0, 0.0]
        for (index, draw) in draws.enumerated() {
            let reward = index % 2 == 0 ? 1.0 : 0.5
            try policy.update(Observation(arm: draw.arm, reward: reward))
            expected[draw.arm] += reward / draw.probability
        }
        for arm in 0..<3 { #expect(abs(policy.weights.scores[arm] - expected[arm]) < 1e-9, "arm \(arm)") }
        // The weights did move between the draws and the rewards, so today's probability would have differed.
        #expect(draws.contains { abs(policy.probability(of: $0.arm) - $0.probability) > 1e-3 })
    }

    @Test("EXP3-IX too; an observation's own probability wins; a reward for no recorded draw uses today's")
    func loggedProbabilities() throws {
        var ix = try EXP3IX(arms: 2, learningRate: 0.1, implicitExploration: 0.05, seed: 2)
        let arm = try ix.select()
        let atDraw = ix.probability(of: arm)
        try ix.update(Observation(arm: 1 - arm, reward: 0))        // no draw of that arm: today's probability
        try ix.update(Observation(arm: arm, reward: 0))            // its draw's probability, though the weights moved
        #expect(abs(ix.weights.scores[arm] - (-1 / (atDraw + 0.05))) < 1e-9)
        #expect(ix.draws.outstanding(arm) == 0)

        var exp3 = try EXP3(arms: 2, gamma: 0.5, seed: 3)
        try exp3.update(Observation(arm: 0, reward: 1, probability: 0.25))
        #expect(exp3.weights.scores[0] == 4)
        #expect(throws: PolicyError.self) { try exp3.update(Observation(arm: 0, reward: 1, probability: 0)) }
        #expect(throws: PolicyError.self) { try exp3.update(Observation(arm: 0, reward: 1, probability: .nan)) }
    }

    @Test("outstanding draws survive a snapshot; older snapshots without them load; bad ones are refused")
    func snapshots() throws {
        var policy = try EXP3(arms: 3, gamma: 0.2, seed: 4)
        var arms: [Int] = []
        try policy.select(k: 2, into: &arms)
        let restored = try JSONDecoder().decode(EXP3.self, from: JSONEncoder().encode(policy))
        #expect(restored == policy)
        #expect(arms.allSatisfy { restored.draws.outstanding($0) == 1 })
        var text = String(decoding: try JSONEncoder().encode(policy), as: UTF8.self)
        let old = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        let withoutDraws = try JSONSerialization.data(withJSONObject: old.filter { $0.key != "draws" })
        #expect(try JSONDecoder().decode(EXP3.self, from: withoutDraws).draws.outstanding(arms[0]) == 0)
        text = text.replacingOccurrences(of: "\"pending\":[", with: "\"pending\":[[2],")
        #expect(throws: (any Error).self) { try JSONDecoder().decode(EXP3.self, from: Data(text.utf8)) }
    }

    @Test("a caller that never rewards cannot grow the log past its limit; taking is first in, first out")
    func bounded() {
        var log = DrawLog(arms: 1)
        for index in 0..<(DrawLog.limit + 10) { log.record(0, probability: Double(index % 100 + 1) / 100) }
        #expect(log.outstanding(0) == DrawLog.limit)
        #expect(log.take(0) == Double(10 % 100 + 1) / 100)   // the ten oldest were dropped
        var fifo = DrawLog(arms: 2)
        fifo.record(1, probability: 0.1)
        fifo.record(1, probability: 0.2)
        #expect(fifo.take(1) == 0.1 && fifo.take(1) == 0.2 && fifo.take(1) == nil && fifo.take(0) == nil)
    }
}
