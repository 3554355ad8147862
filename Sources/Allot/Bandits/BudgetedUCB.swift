/// Budgeted (cost-aware) UCB: when pulls cost different amounts (tokens, GPU seconds) and a total budget
/// is fixed, the arm to play is the one with the best reward per unit cost. The index is optimistic in
/// both: an upper confidence bound on the mean reward over a lower confidence bound on the mean cost,
/// (m_i + ε_i) / max(c̄_i − ε_i, λ), ε_i = sqrt(c ln t / n_i), where λ > 0 is a known lower bound on
/// any arm's expected cost (Tran-Thanh et al. 2012; Xia et al. 2016 for the budgeted multiple-play
/// setting with top-k rounds). Rewards and costs are expected in [0, 1] (scale them).
public struct BudgetedUCB: IndexPolicy, Equatable {
    public static let name = "budgeted-ucb"

    /// c in ε_i = sqrt(c ln t / n_i).
    public let exploration: Double
    /// λ: the smallest expected cost any arm can have; caps how cheap optimism may make an arm look.
    public let minimumCost: Double
    public private(set) var statistics: RewardStatistics

    public init(arms: Int, exploration: Double = 2, minimumCost: Double = 0.05) throws {
        try Check.armCount(arms, Self.name)
        try Check.nonNegative(exploration, "exploration", Self.name)
        try Check.positive(minimumCost, "minimumCost", Self.name)
        self.exploration = exploration
        self.minimumCost = minimumCost
        statistics = RewardStatistics(arms: arms)
    }

    public var armCount: Int { statistics.count }

    /// Total cost paid so far.
    public var spent: Double { statistics.costs.reduce(0, +) }

    public func beginRound() -> Double { exploration * logRound(statistics.totalPulls) }

    public func index(of arm: Int, in scaledLogT: Double) -> Double {
        let n = statistics.pulls(of: arm)
        if n == 0 { return .infinity }
        let width = (scaledLogT / Double(n)).squareRoot()
        let optimisticReward = statistics.mean(of: arm) + width
        let optimisticCost = max(statistics.meanCost(of: arm) - width, minimumCost)
        return optimisticReward / optimisticCost
    }

    public mutating func update(_ observation: Observation) throws {
        try Check.observation(observation, arms: armCount, unitReward: false, Self.name)
        statistics.record(observation)
    }

    @discardableResult public mutating func addArm() -> Int { statistics.addArm() }
}

extension BudgetedUCB {
    private enum CodingKeys: String, CodingKey { case exploration, minimumCost, statistics }

    /// Validated: the parameters as the initialiser demands, valid statistics.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let exploration = try container.decode(Double.self, forKey: .exploration), minimum = try container.decode(Double.self, forKey: .minimumCost)
        self = try Decoding.validated(container) { try BudgetedUCB(arms: 0, exploration: exploration, minimumCost: minimum) }
        statistics = try container.decode(RewardStatistics.self, forKey: .statistics)
    }
}
