/// UCB1 (Auer, Cesa-Bianchi, Fischer 2002): play the arm with the highest m_i + sqrt(c ln t / n_i),
/// where t counts all pulls so far. c = 2 is the paper's constant; smaller explores less.
/// Each arm is played once before any index is compared.
public struct UCB1: IndexPolicy, Equatable {
    public static let name = "ucb1"

    /// The exploration constant c in sqrt(c ln t / n_i).
    public let exploration: Double
    /// Pulls, means and costs per arm.
    public private(set) var statistics: RewardStatistics

    public init(arms: Int, exploration: Double = 2) throws {
        try Check.armCount(arms, Self.name)
        try Check.nonNegative(exploration, "exploration", Self.name)
        self.exploration = exploration
        statistics = RewardStatistics(arms: arms)
    }

    public var armCount: Int { statistics.count }

    public func beginRound() -> Double { exploration * logRound(statistics.totalPulls) }

    public func index(of arm: Int, in scaledLogT: Double) -> Double {
        let n = statistics.pulls(of: arm)
        if n == 0 { return .infinity }
        return statistics.mean(of: arm) + (scaledLogT / Double(n)).squareRoot()
    }

    public mutating func update(_ observation: Observation) throws {
        try Check.observation(observation, arms: armCount, unitReward: false, Self.name)
        statistics.record(observation)
    }

    @discardableResult public mutating func addArm() -> Int { statistics.addArm() }
}

extension UCB1 {
    private enum CodingKeys: String, CodingKey { case exploration, statistics }

    /// Validated: the parameter as the initialiser demands, valid statistics.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let exploration = try container.decode(Double.self, forKey: .exploration)
        self = try Decoding.validated(container) { try UCB1(arms: 0, exploration: exploration) }
        statistics = try container.decode(RewardStatistics.self, forKey: .statistics)
    }
}
