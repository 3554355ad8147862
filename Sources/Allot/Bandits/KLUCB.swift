/// KL-UCB (Garivier, Cappé 2011): the index is the largest mean q still plausible after n_i pulls,
/// max { q : n_i · kl(m_i, q) <= ln t + c ln ln t }. With the Bernoulli KL it attains the Lai–Robbins
/// bound for Bernoulli arms; with the Gaussian KL it is m_i + sqrt(2σ² (ln t + c ln ln t) / n_i).
/// c = 0 is what the paper recommends in practice (c = 3 for its proof).
public struct KLUCB: IndexPolicy, Equatable {
    public static let name = "kl-ucb"

    /// Which divergence measures plausibility.
    public enum Family: Sendable, Equatable, Codable {
        /// Rewards in [0, 1]; Bernoulli KL.
        case bernoulli
        /// Gaussian rewards with known variance σ².
        case gaussian(variance: Double)
    }

    public let family: Family
    /// c in ln t + c ln ln t.
    public let logLogFactor: Double
    public private(set) var statistics: RewardStatistics

    public init(arms: Int, family: Family = .bernoulli, logLogFactor: Double = 0) throws {
        try Check.armCount(arms, Self.name)
        try Check.nonNegative(logLogFactor, "logLogFactor", Self.name)
        if case let .gaussian(variance) = family { try Check.positive(variance, "variance", Self.name) }
        self.family = family
        self.logLogFactor = logLogFactor
        statistics = RewardStatistics(arms: arms)
    }

    public var armCount: Int { statistics.count }

    public var requiresUnitRewards: Bool { family == .bernoulli }

    /// The exploration level ln t + c ln ln t.
    public func beginRound() -> Double {
        let logT = logRound(statistics.totalPulls)
        return logT + (logT > 1 ? logLogFactor * logT.logNatural : 0)
    }

    public func index(of arm: Int, in level: Double) -> Double {
        let n = statistics.pulls(of: arm)
        if n == 0 { return .infinity }
        let mean = statistics.mean(of: arm)
        switch family {
        case .bernoulli:
            return SpecialFunctions.klBernoulliUpperBound(mean: mean, level: level / Double(n))
        case let .gaussian(variance):
            return mean + (2 * variance * level / Double(n)).squareRoot()
        }
    }

    public mutating func update(_ observation: Observation) throws {
        try Check.observation(observation, arms: armCount, unitReward: requiresUnitRewards, Self.name)
        statistics.record(observation)
    }

    @discardableResult public mutating func addArm() -> Int { statistics.addArm() }
}

extension KLUCB {
    private enum CodingKeys: String, CodingKey { case family, logLogFactor, statistics }

    /// Validated: the parameters as the initialiser demands, valid statistics.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let family = try container.decode(Family.self, forKey: .family), factor = try container.decode(Double.self, forKey: .logLogFactor)
        self = try Decoding.validated(container) { try KLUCB(arms: 0, family: family, logLogFactor: factor) }
        statistics = try container.decode(RewardStatistics.self, forKey: .statistics)
        if family == .bernoulli {
            try Decoding.require(statistics.meansAreRewardsInUnitInterval, container, .statistics, "expected mean rewards in [0, 1] (the Bernoulli family's are)")
        }
    }
}
