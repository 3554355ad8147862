import Testing
import Allot

/// Bad parameters and bad observations are rejected with an error that names the field.
@Suite("Policy validation")
struct PolicyValidationTests {
    @Test("bad constructor parameters name the field")
    func badParameters() {
        #expect(throws: InputError.parameter("sliding-window-ucb", "window", expected: "an integer >= 1", got: "-5")) {
            try SlidingWindowUCB(arms: 3, window: -5)
        }
        #expect(throws: InputError.parameter("thompson", "priorAlpha", expected: "a finite number > 0", got: "0.0")) {
            try ThompsonSampling(arms: 3, priorAlpha: 0, seed: 1)
        }
        #expect(throws: InputError.parameter("discounted-thompson", "discount", expected: "a number strictly between 0 and 1", got: "1.0")) {
            try DiscountedThompsonSampling(arms: 3, discount: 1, seed: 1)
        }
        #expect(throws: InputError.parameter("exp3", "gamma", expected: "a number in (0, 1]", got: "1.5")) {
            try EXP3(arms: 3, gamma: 1.5, seed: 1)
        }
        #expect(throws: InputError.parameter("epsilon-greedy", "epsilon", expected: "a probability in [0, 1]", got: "nan")) {
            try EpsilonGreedy(arms: 3, schedule: .constant(epsilon: .nan), seed: 1)
        }
        #expect(throws: InputError.self) { try UCB1(arms: -1) }
        #expect(throws: InputError.self) { try KLUCB(arms: 3, family: .gaussian(variance: -1)) }
        #expect(throws: InputError.self) { try BayesUCB(arms: 3, horizon: 0) }
        #expect(throws: InputError.self) { try GaussianThompsonSampling(arms: 3, model: .unknownVariance(priorMean: 0, priorCount: 0, priorShape: 1, priorRate: 1), seed: 1) }
        #expect(throws: InputError.self) { try DiscountedUCB(arms: 3, discount: 0) }
        #expect(throws: InputError.self) { try EXP3IX(arms: 3, learningRate: -1, implicitExploration: 0, seed: 1) }
        #expect(throws: InputError.self) { try BudgetedUCB(arms: 3, minimumCost: 0) }
        #expect(throws: InputError.self) { try LinUCB(arms: 3, dimension: 0) }
        #expect(throws: InputError.self) { try LinUCB(arms: 3, dimension: 2, regularization: 0) }
    }

    @Test("k larger than the number of arms is rejected")
    func tooManyArms() throws {
        var policy = try UCB1(arms: 3)
        #expect(throws: PolicyError.invalidSelectionSize(policy: "ucb1", k: 4, arms: 3)) { try policy.select(k: 4) }
        #expect(throws: PolicyError.invalidSelectionSize(policy: "ucb1", k: 0, arms: 3)) { try policy.select(k: 0) }
        var empty = try ThompsonSampling(arms: 0, seed: 1)
        #expect(throws: PolicyError.invalidSelectionSize(policy: "thompson", k: 1, arms: 0)) { try empty.select() }
        var exp3 = try EXP3(arms: 2, gamma: 0.1, seed: 1)
        #expect(throws: PolicyError.self) { try exp3.select(k: 3) }
    }

    @Test("NaN rewards, out-of-range rewards, unknown arms and negative costs are rejected")
    func badObservations() throws {
        var ucb = try UCB1(arms: 3)
        #expect(throws: PolicyError.invalidObservation(policy: "ucb1", field: "reward", expected: "a finite number within ±1e100", got: "nan")) {
            try ucb.update(Observation(arm: 0, reward: .nan))
        }
        #expect(throws: PolicyError.self) { try ucb.update(Observation(arm: 0, reward: 1e200)) }   // its square would overflow
        #expect(throws: PolicyError.invalidObservation(policy: "ucb1", field: "arm", expected: "an arm index in 0..<3", got: "3")) {
            try ucb.update(Observation(arm: 3, reward: 1))
        }
        #expect(throws: PolicyError.invalidObservation(policy: "ucb1", field: "cost", expected: "a finite number in [0, 1e100]", got: "-1.0")) {
            try ucb.update(Observation(arm: 0, reward: 1, cost: -1))
        }
        var thompson = try ThompsonSampling(arms: 3, seed: 1)
        #expect(throws: PolicyError.invalidObservation(policy: "thompson", field: "reward", expected: "a number in [0, 1]", got: "1.5")) {
            try thompson.update(Observation(arm: 0, reward: 1.5))
        }
        // A rejected observation leaves the state untouched.
        #expect(ucb.statistics.totalPulls == 0)
        var linucb = try LinUCB(arms: 2, dimension: 2)
        #expect(throws: PolicyError.self) { try linucb.update(Observation(arm: 0, reward: 1), context: [1]) }
        #expect(throws: PolicyError.self) { try linucb.update(Observation(arm: 0, reward: 1), context: [1, .infinity]) }
        #expect(throws: PolicyError.self) { try linucb.select(contexts: Matrix(rows: 3, columns: 2)) }
    }

    @Test("error messages read as sentences")
    func messages() {
        let error = InputError.parameter("sliding-window-ucb", "window", expected: "an integer >= 1", got: "-5")
        #expect(error.description == "sliding-window-ucb: window: expected an integer >= 1, got -5.")
    }
}
