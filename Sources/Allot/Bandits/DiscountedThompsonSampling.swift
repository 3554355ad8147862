/// Discounted Thompson sampling (Raj, Kalyani 2017): Beta-Bernoulli Thompson sampling whose success and
/// failure counts all decay by γ at every observation, so the posterior widens again when an arm is
/// left alone and tracks means that drift or jump. Rewards in [0, 1].
public struct DiscountedThompsonSampling: IndexPolicy, Equatable {
    public static let name = "discounted-thompson"

    /// γ in (0, 1): memory of about 1 / (1 − γ) observations.
    public let discount: Double
    public let priorAlpha: Double
    public let priorBeta: Double
    /// Discounted successes and failures per arm (prior not included).
    public private(set) var successes: [Double]
    public private(set) var failures: [Double]
    public private(set) var random: RandomSource

    public init(arms: Int, discount: Double = 0.99, priorAlpha: Double = 1, priorBeta: Double = 1, seed: UInt64) throws {
        try Check.armCount(arms, Self.name)
        try Check.openUnit(discount, "discount", Self.name)
        try Check.positive(priorAlpha, "priorAlpha", Self.name)
        try Check.positive(priorBeta, "priorBeta", Self.name)
        self.discount = discount
        self.priorAlpha = priorAlpha
        self.priorBeta = priorBeta
        successes = [Double](repeating: 0, count: arms)
        failures = [Double](repeating: 0, count: arms)
        random = RandomSource(seed: seed)
    }

    public var armCount: Int { successes.count }

    public func beginRound() {}

    public mutating func index(of arm: Int, in _: Void) -> Double {
        random.beta(priorAlpha + successes[arm], priorBeta + failures[arm])
    }

    public mutating func update(_ observation: Observation) throws {
        try Check.observation(observation, arms: armCount, unitReward: true, Self.name)
        for arm in successes.indices {
            successes[arm] *= discount
            failures[arm] *= discount
        }
        successes[observation.arm] += observation.reward
        failures[observation.arm] += 1 - observation.reward
    }

    @discardableResult public mutating func addArm() -> Int {
        successes.append(0)
        failures.append(0)
        return successes.count - 1
    }
}
