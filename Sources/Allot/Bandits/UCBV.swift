/// UCB-V (Audibert, Munos, Szepesvári 2009): UCB with an empirical-Bernstein width,
/// m_i + sqrt(2 V_i ζ ln t / n_i) + 3 b ζ ln t / n_i, where V_i is the empirical variance and b the
/// reward range. Low-variance arms are pinned down faster than UCB1 allows. ζ = 1 is the reference.
public struct UCBV: IndexPolicy, Equatable {
    public static let name = "ucb-v"

    /// b: the width of the reward range (1 for rewards in [0, 1]).
    public let rewardRange: Double
    /// ζ: multiplies ln t in both terms (the paper's exploration function is ζ ln t).
    public let exploration: Double
    public private(set) var statistics: RewardStatistics

    public init(arms: Int, rewardRange: Double = 1, exploration: Double = 1) throws {
        try Check.armCount(arms, Self.name)
        try Check.positive(rewardRange, "rewardRange", Self.name)
        try Check.positive(exploration, "exploration", Self.name)
        self.rewardRange = rewardRange
        self.exploration = exploration
        statistics = RewardStatistics(arms: arms)
    }

    public var armCount: Int { statistics.count }

    public func beginRound() -> Double { exploration * logRound(statistics.totalPulls) }

    public func index(of arm: Int, in explorationTerm: Double) -> Double {
        let n = statistics.pulls(of: arm)
        if n == 0 { return .infinity }
        let count = Double(n)
        let variance = statistics.variance(of: arm)
        return statistics.mean(of: arm) + (2 * variance * explorationTerm / count).squareRoot()
            + 3 * rewardRange * explorationTerm / count
    }

    public mutating func update(_ observation: Observation) throws {
        try Check.observation(observation, arms: armCount, unitReward: false, Self.name)
        statistics.record(observation)
    }

    @discardableResult public mutating func addArm() -> Int { statistics.addArm() }
}

extension UCBV {
    private enum CodingKeys: String, CodingKey { case rewardRange, exploration, statistics }

    /// Validated: the parameters as the initialiser demands, valid statistics.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let range = try container.decode(Double.self, forKey: .rewardRange), exploration = try container.decode(Double.self, forKey: .exploration)
        self = try Decoding.validated(container) { try UCBV(arms: 0, rewardRange: range, exploration: exploration) }
        statistics = try container.decode(RewardStatistics.self, forKey: .statistics)
    }
}
