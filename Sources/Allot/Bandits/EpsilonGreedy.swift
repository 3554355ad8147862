/// ε-greedy: with probability ε_t play a uniformly random arm, otherwise the arm with the best mean
/// (untried arms first). The baseline every adaptive policy must beat.
/// Decaying schedule: ε_t = min(1, c K / (d² t)) (Auer, Cesa-Bianchi, Fischer 2002, "ε_n-greedy"),
/// where d lower-bounds the gap between the best and second-best means.
public struct EpsilonGreedy: Policy, Equatable {
    public static let name = "epsilon-greedy"

    /// How the exploration probability evolves.
    public enum Schedule: Sendable, Equatable, Codable {
        case constant(epsilon: Double)
        case decaying(c: Double, gap: Double)
    }

    public let schedule: Schedule
    public private(set) var statistics: RewardStatistics
    public private(set) var random: RandomSource

    public init(arms: Int, schedule: Schedule = .constant(epsilon: 0.1), seed: UInt64) throws {
        try Check.armCount(arms, Self.name)
        switch schedule {
        case let .constant(epsilon):
            try Check.probability(epsilon, "epsilon", Self.name)
        case let .decaying(c, gap):
            try Check.positive(c, "c", Self.name)
            guard gap > 0, gap <= 1 else {
                throw InputError.parameter(Self.name, "gap", expected: "a number in (0, 1]", got: "\(gap)")
            }
        }
        self.schedule = schedule
        statistics = RewardStatistics(arms: arms)
        random = RandomSource(seed: seed)
    }

    public var armCount: Int { statistics.count }

    /// ε for the round about to be played.
    public var currentEpsilon: Double {
        switch schedule {
        case let .constant(epsilon):
            return epsilon
        case let .decaying(c, gap):
            return min(1, c * Double(armCount) / (gap * gap * Double(statistics.totalPulls + 1)))
        }
    }

    func greedyScore(_ arm: Int) -> Double {
        statistics.pulls(of: arm) == 0 ? .infinity : statistics.mean(of: arm)
    }

    public mutating func select() throws -> Int {
        try Check.selectionSize(1, arms: armCount, Self.name)
        if random.uniform() < currentEpsilon { return random.integer(below: armCount) }
        return ArmRanking.best(count: armCount) { greedyScore($0) }
    }

    /// Each of the k slots explores with probability ε: the greedy slots take the best means, the
    /// exploring slots uniformly random arms among those not yet chosen.
    public mutating func select(k: Int, into arms: inout [Int]) throws {
        try Check.selectionSize(k, arms: armCount, Self.name)
        let exploring = random.binomial(trials: k, probability: currentEpsilon)
        if k - exploring > 0 {
            ArmRanking.top(k: k - exploring, count: armCount, into: &arms) { greedyScore($0) }
        } else {
            arms.removeAll(keepingCapacity: true)
        }
        while arms.count < k {
            let candidate = random.integer(below: armCount)
            if !arms.contains(candidate) { arms.append(candidate) }
        }
    }

    public mutating func update(_ observation: Observation) throws {
        try Check.observation(observation, arms: armCount, unitReward: false, Self.name)
        statistics.record(observation)
    }

    @discardableResult public mutating func addArm() -> Int { statistics.addArm() }
}

extension EpsilonGreedy {
    private enum CodingKeys: String, CodingKey { case schedule, statistics, random }

    /// Validated: the schedule as the initialiser demands, valid statistics and random source.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let schedule = try container.decode(Schedule.self, forKey: .schedule)
        self = try Decoding.validated(container) { try EpsilonGreedy(arms: 0, schedule: schedule, seed: 0) }
        statistics = try container.decode(RewardStatistics.self, forKey: .statistics)
        random = try container.decode(RandomSource.self, forKey: .random)
    }
}
