/// Discounted Thompson sampling (Raj, Kalyani 2017): Beta-Bernoulli Thompson sampling whose success and
/// failure counts all decay by γ at every observation, so the posterior widens again when an arm is
/// left alone and tracks means that drift or jump. Rewards in [0, 1].
public struct DiscountedThompsonSampling: IndexPolicy, Equatable {
    public static let name = "discounted-thompson"

    /// γ in (0, 1): memory of about 1 / (1 − γ) observations.
    public let discount: Double
    /// The per-arm posteriors, with discounted counts.
    public private(set) var posteriors: BetaPosteriors
    public private(set) var random: RandomSource

    public init(arms: Int, discount: Double = 0.99, priorAlpha: Double = 1, priorBeta: Double = 1, seed: UInt64) throws {
        try Check.openUnit(discount, "discount", Self.name)
        self.discount = discount
        posteriors = try BetaPosteriors(arms: arms, priorAlpha: priorAlpha, priorBeta: priorBeta, policy: Self.name)
        random = RandomSource(seed: seed)
    }

    public var armCount: Int { posteriors.count }

    public var requiresUnitRewards: Bool { true }

    /// The mean of an arm's (discounted) Beta posterior.
    public func posteriorMean(of arm: Int) -> Double { posteriors.mean(of: arm) }

    public func beginRound() {}

    public mutating func index(of arm: Int, in _: Void) -> Double {
        posteriors.sample(arm, using: &random)
    }

    public mutating func update(_ observation: Observation) throws {
        try Check.observation(observation, arms: armCount, unitReward: requiresUnitRewards, Self.name)
        posteriors.decay(by: discount)
        posteriors.record(arm: observation.arm, reward: observation.reward)
    }

    @discardableResult public mutating func addArm() -> Int { posteriors.addArm() }
}

extension DiscountedThompsonSampling {
    private enum CodingKeys: String, CodingKey { case discount, posteriors, random }

    /// Validated: a discount in (0, 1), valid posteriors and random source.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let discount = try container.decode(Double.self, forKey: .discount)
        self = try Decoding.validated(container) { try DiscountedThompsonSampling(arms: 0, discount: discount, seed: 0) }
        posteriors = try container.decode(BetaPosteriors.self, forKey: .posteriors)
        random = try container.decode(RandomSource.self, forKey: .random)
    }
}
