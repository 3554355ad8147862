/// Per-arm running statistics for stationary policies: each arm's `RunningEstimate` (pulls, mean and
/// variance by Welford's update), its total cost, and the pulls of all arms together. Grows when an arm
/// is added. Stored as the arrays earlier versions wrote (`pulls`, `means`, `squaredDeviations`, `costs`,
/// `totalPulls`), so saved policies keep opening.
public struct RewardStatistics: Sendable, Equatable, Codable {
    /// What is known about each arm's mean reward.
    public private(set) var arms: [RunningEstimate]
    /// Total cost paid per arm.
    public private(set) var costs: [Double]
    /// Pulls of all arms together.
    public private(set) var totalPulls: Int

    public init(arms: Int) {
        self.arms = [RunningEstimate](repeating: RunningEstimate(), count: arms)
        costs = [Double](repeating: 0, count: arms)
        totalPulls = 0
    }

    /// Number of arms.
    public var count: Int { arms.count }

    /// Pulls of an arm (the estimates here are never discounted, so their counts are whole).
    public func pulls(of arm: Int) -> Int { Int(arms[arm].count) }

    /// Mean reward of an arm (0 before its first pull).
    public func mean(of arm: Int) -> Double { arms[arm].mean }

    /// Pulls of every arm (a new array: for reports, not per decision).
    public var pulls: [Int] { arms.map { Int($0.count) } }

    /// Mean reward of every arm (a new array: for reports, not per decision).
    public var means: [Double] { arms.map(\.mean) }

    private enum CodingKeys: String, CodingKey { case pulls, means, squaredDeviations, costs, totalPulls }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(pulls, forKey: .pulls)
        try container.encode(means, forKey: .means)
        try container.encode(arms.map(\.squaredDeviations), forKey: .squaredDeviations)
        try container.encode(costs, forKey: .costs)
        try container.encode(totalPulls, forKey: .totalPulls)
    }

    /// Validated: one entry per arm in every array, pulls >= 0 summing to the total, finite means,
    /// deviations and costs >= 0.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let pulls = try container.decode([Int].self, forKey: .pulls)
        try Limits.check(pulls.count, atMost: Limits.maxArms, "the number of arms", source: "", path: "pulls")
        let means = try container.decode([Double].self, forKey: .means)
        let squaredDeviations = try container.decode([Double].self, forKey: .squaredDeviations)
        costs = try container.decode([Double].self, forKey: .costs)
        totalPulls = try container.decode(Int.self, forKey: .totalPulls)
        for (key, array) in [(CodingKeys.means, means), (.squaredDeviations, squaredDeviations), (.costs, costs)] {
            try Decoding.requireCount(array.count, of: key, in: container, is: pulls.count, "one per arm")
        }
        try Decoding.requireFinite(means, container, .means)
        try Decoding.requireFinite(squaredDeviations, container, .squaredDeviations, atLeast: 0)
        try Decoding.requireFinite(costs, container, .costs, atLeast: 0)
        var sum = 0
        for pull in pulls {
            try Decoding.require(pull >= 0, container, .pulls, "expected pulls >= 0, got \(pull)")
            sum = sum.addingReportingOverflow(pull).partialValue
        }
        try Decoding.require(sum == totalPulls, container, .totalPulls, "expected the sum of the pulls (\(sum)), got \(totalPulls)")
        arms = pulls.indices.map { RunningEstimate(count: Double(pulls[$0]), mean: means[$0], squaredDeviations: squaredDeviations[$0]) }
    }

    /// Whether every mean is in [0, 1] (what policies on Bernoulli rewards can have seen).
    public var meansAreRewardsInUnitInterval: Bool { arms.allSatisfy { $0.mean >= 0 && $0.mean <= 1 } }

    /// Records one pull.
    public mutating func record(_ observation: Observation) {
        arms[observation.arm].record(observation.reward)
        totalPulls += 1
        costs[observation.arm] += observation.cost
    }

    /// The (biased, divide-by-n) empirical variance of an arm's rewards; 0 before two pulls.
    public func variance(of arm: Int) -> Double { arms[arm].variance }

    /// Mean cost per pull of an arm (0 before its first pull).
    public func meanCost(of arm: Int) -> Double {
        arms[arm].count > 0 ? costs[arm] / arms[arm].count : 0
    }

    /// Appends an unplayed arm and returns its index.
    public mutating func addArm() -> Int {
        arms.append(RunningEstimate())
        costs.append(0)
        return arms.count - 1
    }
}
