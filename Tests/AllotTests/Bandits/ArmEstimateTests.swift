import Foundation
import Testing
import AllotInterchange
@testable import Allot
@testable import AllotRL

/// The core's arm estimates: their three readings against closed forms, discounting, the window, the
/// validated Codable form — and that the policies and allocators built on them read the same numbers.
@Suite("Arm estimates")
struct ArmEstimateTests {
    @Test("Beta: posterior mean, credible bounds and draws; discounting fades the evidence")
    func beta() throws {
        var estimate = BetaEstimate(priorAlpha: 1, priorBeta: 1)
        for reward in [1.0, 1, 0, 1] { estimate.record(reward) }
        #expect(estimate.alpha == 4 && estimate.beta == 2 && estimate.weight == 4)
        #expect(abs(estimate.mean - 4.0 / 6) < 1e-15)
        // Beta(4, 2): P(p <= 0.9) = 1 − 0.9^4 (5 − 4·0.9) ... the upper 95 % bound solves F(x) = 0.95.
        let bound = try estimate.upperBound(level: 0.95)
        func cdf(_ x: Double) -> Double { 5 * pow(x, 4) - 4 * pow(x, 5) }   // the Beta(4, 2) CDF
        #expect(abs(cdf(bound) - 0.95) < 1e-9)
        let interval = try estimate.credibleInterval(level: 0.9)
        #expect(abs(cdf(interval.lower) - 0.05) < 1e-9 && abs(cdf(interval.upper) - 0.95) < 1e-9)
        var random = RandomSource(seed: 3)
        let draws = (0..<20_000).map { _ in estimate.sample(using: &random) }
        #expect(abs(draws.reduce(0, +) / 20_000 - estimate.mean) < 0.005)
        estimate.decay(by: 0.5)
        #expect(estimate.successes == 1.5 && estimate.failures == 0.5)
        estimate.record(successes: 2, trials: 3)
        #expect(estimate.successes == 3.5 && estimate.failures == 1.5)
    }

    @Test("Gaussian: mean, variance, standard error and a normal bound from discounted sums")
    func gaussian() throws {
        var estimate = GaussianEstimate()
        let unobserved = try estimate.upperBound(level: 0.9)
        #expect(estimate.standardError == .infinity && unobserved == .infinity)
        for x in [1.0, 3, 5] { estimate.record(x) }
        #expect(estimate.mean == 3 && abs(estimate.variance - 8.0 / 3) < 1e-12)
        #expect(abs(estimate.standardError - (8.0 / 9).squareRoot()) < 1e-12)
        let upper = try estimate.upperBound(level: 0.975)
        #expect(abs(upper - (3 + 1.959_963_984_540_054 * (8.0 / 9).squareRoot())) < 1e-9)
        estimate.decay(by: 0.5)
        #expect(estimate.count == 1.5 && estimate.mean == 3)
        var random = RandomSource(seed: 1)
        let draws = (0..<20_000).map { _ in estimate.sample(using: &random) }
        #expect(abs(draws.reduce(0, +) / 20_000 - 3) < 0.03)
    }

    @Test("running (Welford): mean and variance against the two-pass formulas; discounting weights the observations")
    func running() throws {
        var random = RandomSource(seed: 11)
        let rewards = (0..<1_000).map { _ in 1e6 + random.normal(mean: 0, standardDeviation: 0.01) }
        var estimate = RunningEstimate()
        let unobserved = try estimate.upperBound(level: 0.9)
        #expect(estimate.standardError == .infinity && unobserved == .infinity)
        for reward in rewards { estimate.record(reward) }
        let mean = rewards.reduce(0, +) / 1_000
        let variance = rewards.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 1_000
        // Rewards near 10⁶ with spread 10⁻²: sums of squares would cancel to noise; Welford keeps 8 digits.
        #expect(abs(estimate.mean - mean) < 1e-9 && abs(estimate.variance / variance - 1) < 1e-6)
        // Discounted: after decay(by: f) and one more reward, the estimate is the weighted mean / variance.
        var weighted = RunningEstimate()
        for x in [1.0, 3, 5] { weighted.record(x) }
        weighted.decay(by: 0.5)
        weighted.record(9)
        let weights = [0.5, 0.5, 0.5, 1.0], values = [1.0, 3, 5, 9]
        let total = weights.reduce(0, +)
        let weightedMean = zip(weights, values).map { $0 * $1 }.reduce(0, +) / total
        let weightedVariance = zip(weights, values).map { $0 * ($1 - weightedMean) * ($1 - weightedMean) }.reduce(0, +) / total
        #expect(weighted.count == total && abs(weighted.mean - weightedMean) < 1e-12 && abs(weighted.variance - weightedVariance) < 1e-12)
        let decoded = try JSONDecoder().decode(RunningEstimate.self, from: JSONEncoder().encode(weighted))
        #expect(decoded == weighted)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(RunningEstimate.self, from: Data(#"{"count": 1, "mean": 0, "squaredDeviations": -1}"#.utf8)) }
    }

    @Test("RewardStatistics keeps a RunningEstimate per arm and the stored format of earlier versions")
    func rewardStatisticsFormat() throws {
        // A UCB1 snapshot as earlier versions wrote it (parallel arrays): it opens, and reads the same numbers.
        let old = #"{"exploration": 2, "statistics": {"pulls": [2, 1], "means": [0.5, 1], "squaredDeviations": [0.5, 0], "costs": [2, 1], "totalPulls": 3}}"#
        var restored = try JSONDecoder().decode(UCB1.self, from: Data(old.utf8))
        var replayed = try UCB1(arms: 2)
        for (arm, reward) in [(0, 1.0), (0, 0), (1, 1)] { try replayed.update(Observation(arm: arm, reward: reward, cost: 1)) }
        #expect(restored == replayed)
        #expect(restored.statistics.arms[0] == RunningEstimate(count: 2, mean: 0.5, squaredDeviations: 0.5))
        let written = try JSONSerialization.jsonObject(with: JSONEncoder().encode(restored.statistics)) as? [String: Any]
        #expect(Set((written ?? [:]).keys) == ["pulls", "means", "squaredDeviations", "costs", "totalPulls"])
        for _ in 0..<5 {
            let arm = try restored.select(), same = try replayed.select()
            #expect(arm == same)
            try restored.update(Observation(arm: arm, reward: 0.25))
            try replayed.update(Observation(arm: same, reward: 0.25))
        }
    }

    @Test("window: the mean of the last k rewards; decaying does nothing")
    func window() throws {
        var estimate = WindowEstimate(window: 3)
        #expect(estimate.rate == nil)
        estimate.record(contentsOf: [1, 1, 0, 0])
        #expect(estimate.rewards == [1, 0, 0] && abs(estimate.mean - 1.0 / 3) < 1e-15)
        estimate.decay(by: 0.1)
        #expect(estimate.weight == 3)
        let bound = try estimate.upperBound(level: 0.9)
        #expect(bound > estimate.mean)
    }

    @Test("the docs/bandits.md example")
    func guideExample() throws {
        var estimate = BetaEstimate(priorAlpha: 1, priorBeta: 1)
        for reward in [1.0, 0, 1, 1] { estimate.record(reward) }
        estimate.decay(by: 0.9)                                   // the learner moved on: older evidence counts less
        let optimistic = try estimate.upperBound(level: 0.95)     // plan with the 95 % upper credible bound
        var random = RandomSource(seed: 7)
        let draw = estimate.sample(using: &random)                // or with a posterior draw (Thompson)
        #expect(optimistic > estimate.mean && draw > 0 && draw < 1)
    }

    @Test("Codable round trips; bad evidence is refused naming the field")
    func codable() throws {
        var beta = BetaEstimate(priorAlpha: 2, priorBeta: 3)
        beta.record(0.25)
        let decodedBeta = try JSONDecoder().decode(BetaEstimate.self, from: JSONEncoder().encode(beta))
        #expect(decodedBeta == beta)
        var gaussian = GaussianEstimate()
        gaussian.record(-2)
        let decodedGaussian = try JSONDecoder().decode(GaussianEstimate.self, from: JSONEncoder().encode(gaussian))
        #expect(decodedGaussian == gaussian)
        for (bad, field) in [(#"{"priorAlpha": 0, "priorBeta": 1, "successes": 0, "failures": 0}"#, "priorAlpha"),
                             (#"{"priorAlpha": 1, "priorBeta": 1, "successes": -1, "failures": 0}"#, "successes")] {
            #expect(throws: (any Error).self) { try JSONDecoder().decode(BetaEstimate.self, from: Data(bad.utf8)) }
            do { _ = try JSONDecoder().decode(BetaEstimate.self, from: Data(bad.utf8)) } catch { #expect("\(error)".contains(field)) }
        }
        #expect(throws: (any Error).self) { try JSONDecoder().decode(GaussianEstimate.self, from: Data(#"{"count": -1, "sum": 0, "squares": 0}"#.utf8)) }
    }

    @Test("Thompson sampling's posteriors and Knapsack RL's prompt statistics are these estimates")
    func sharedParts() throws {
        var policy = try ThompsonSampling(arms: 2, priorAlpha: 1, priorBeta: 1, seed: 1)
        try policy.update(Observation(arm: 1, reward: 1))
        try policy.update(Observation(arm: 1, reward: 0.5))
        #expect(policy.posteriors.arms[1] == BetaEstimate(priorAlpha: 1, priorBeta: 1, successes: 1.5, failures: 0.5))
        #expect(policy.posteriorMean(of: 1) == policy.posteriors.arms[1].mean)

        var statistics = try RolloutStatistics(window: 4, discount: 0.5)
        try statistics.record(prompt: "p", rewards: [1, 0, 1])
        try statistics.record(prompt: "p", rewards: [1, 1])
        let entry = try #require(statistics["p"])
        #expect(entry.posterior() == BetaEstimate(successes: 2 * 0.5 + 2, failures: 1 * 0.5 + 0))
        #expect(entry.recentRewards == [0, 1, 1, 1] && entry.recentSuccessRate == 0.75)
        var posterior = try PosteriorEstimator(planning: .mean, priorAlpha: 2, priorBeta: 2, seed: 0)
        let rates = try posterior.rates(for: ["p"], statistics: statistics, rollouts: 8)
        #expect(rates == [entry.posterior(priorAlpha: 2, priorBeta: 2).mean])
    }
}
