import Testing
import Allot

/// The yardstick: on μ = (0.9, 0.8, ..., 0.1, 0.05) with T = 10,000 and 20 seeds, Thompson sampling
/// and KL-UCB stay below 1.2× the Lai–Robbins regret, and the policies order as theory says.
@Suite("Stochastic regret")
struct StochasticRegretTests {
    static let means = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05]
    static let horizon = 10_000

    static func regret<P: Policy>(_ make: (UInt64) throws -> P) throws -> Double {
        try meanRegret(horizon: horizon, means: { _ in means }, make: make)
    }

    @Test("Lai–Robbins constant for a two-arm instance equals Δ / kl(μ2, μ1)")
    func laiRobbinsTwoArms() throws {
        let constant = try LaiRobbins.constant(means: [0.6, 0.4])
        #expect(abs(constant - 0.2 / (try SpecialFunctions.klBernoulli(0.4, 0.6))) < 1e-15)
        #expect(try LaiRobbins.constant(means: [0.5, 0.5]) == 0)
        #expect(try LaiRobbins.constant(means: [1.0, 0.5]) == 0)
        #expect(throws: NumericsError.self) { try LaiRobbins.constant(means: [0.5, 1.5]) }
    }

    @Test("Thompson and KL-UCB < 1.2× Lai–Robbins; Thompson, KL-UCB < UCB1 < ε-greedy(0.1)")
    func orderingAndBound() throws {
        let bound = try LaiRobbins.regret(means: Self.means, horizon: Self.horizon)
        let thompson = try Self.regret { try ThompsonSampling(arms: 10, seed: $0) }
        let klUCB = try Self.regret { _ in try KLUCB(arms: 10) }
        let ucb1 = try Self.regret { _ in try UCB1(arms: 10) }
        let greedy = try Self.regret { try EpsilonGreedy(arms: 10, schedule: .constant(epsilon: 0.1), seed: $0) }
        print("regret / Lai–Robbins: thompson \(thompson / bound), kl-ucb \(klUCB / bound), ucb1 \(ucb1 / bound), ε-greedy \(greedy / bound)")
        #expect(thompson < 1.2 * bound)
        #expect(klUCB < 1.2 * bound)
        #expect(thompson < ucb1 && klUCB < ucb1)
        #expect(ucb1 < greedy)
    }

    @Test("every stochastic policy learns: regret well below uniform play")
    func allPoliciesLearn() throws {
        let uniformRegret = Double(Self.horizon) * (0.9 - Self.means.reduce(0, +) / 10)
        let horizon = 3_000
        let shortUniform = uniformRegret * Double(horizon) / Double(Self.horizon)
        func check<P: Policy>(_ name: String, _ make: (UInt64) throws -> P) throws {
            let regret = try meanRegret(seeds: 5, horizon: horizon, means: { _ in Self.means }, make: make)
            #expect(regret < 0.5 * shortUniform, "\(name): regret \(regret) vs uniform \(shortUniform)")
        }
        try check("ucb-v") { _ in try UCBV(arms: 10) }
        try check("bayes-ucb") { _ in try BayesUCB(arms: 10, horizon: horizon) }
        try check("kl-ucb gaussian") { _ in try KLUCB(arms: 10, family: .gaussian(variance: 0.25)) }
        try check("gaussian-thompson") { try GaussianThompsonSampling(arms: 10, seed: $0) }
        try check("gaussian-thompson known variance") {
            try GaussianThompsonSampling(arms: 10, model: .knownVariance(variance: 0.25, priorMean: 0.5, priorVariance: 1), seed: $0)
        }
        try check("epsilon-greedy decaying") { try EpsilonGreedy(arms: 10, schedule: .decaying(c: 0.1, gap: 0.5), seed: $0) }
        try check("exp3") { try EXP3(arms: 10, horizon: horizon, seed: $0) }
        try check("exp3-ix") { try EXP3IX(arms: 10, horizon: horizon, seed: $0) }
        try check("discounted-ucb") { _ in try DiscountedUCB(arms: 10, discount: 0.999) }
        try check("sliding-window-ucb") { _ in try SlidingWindowUCB(arms: 10, window: 1_000) }
        try check("discounted-thompson") { try DiscountedThompsonSampling(arms: 10, discount: 0.999, seed: $0) }
    }
}
