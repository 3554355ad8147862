/// Thompson sampling for Bernoulli rewards (Thompson 1933; Agrawal, Goyal 2012): keep a Beta(α0 + s_i,
/// β0 + f_i) posterior per arm, draw one sample from each, play the largest. Attains the Lai–Robbins
/// bound. A fractional reward r in [0, 1] counts as r successes and 1 − r failures.
public struct ThompsonSampling: IndexPolicy, Equatable {
    public static let name = "thompson"

    /// The per-arm posteriors.
    public private(set) var posteriors: BetaPosteriors
    /// The generator behind the posterior draws; part of the snapshot.
    public private(set) var random: RandomSource

    public init(arms: Int, priorAlpha: Double = 1, priorBeta: Double = 1, seed: UInt64) throws {
        posteriors = try BetaPosteriors(arms: arms, priorAlpha: priorAlpha, priorBeta: priorBeta, policy: Self.name)
        random = RandomSource(seed: seed)
    }

    public var armCount: Int { posteriors.count }

    public var requiresUnitRewards: Bool { true }

    /// Pulls per arm (each pull adds r + (1 − r) = 1 to successes + failures).
    public var pulls: [Int] { zip(posteriors.successes, posteriors.failures).map { Int(($0 + $1).rounded()) } }

    /// The mean of an arm's Beta posterior.
    public func posteriorMean(of arm: Int) -> Double { posteriors.mean(of: arm) }

    public func beginRound() {}

    public mutating func index(of arm: Int, in _: Void) -> Double {
        posteriors.sample(arm, using: &random)
    }

    public mutating func update(_ observation: Observation) throws {
        try Check.observation(observation, arms: armCount, unitReward: requiresUnitRewards, Self.name)
        posteriors.record(arm: observation.arm, reward: observation.reward)
    }

    @discardableResult public mutating func addArm() -> Int { posteriors.addArm() }
}

extension ThompsonSampling {
    private enum CodingKeys: String, CodingKey { case posteriors, random }

    /// Validated: valid posteriors and random source.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        posteriors = try container.decode(BetaPosteriors.self, forKey: .posteriors)
        random = try container.decode(RandomSource.self, forKey: .random)
    }
}
