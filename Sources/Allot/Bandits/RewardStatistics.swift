/// Per-arm running statistics for stationary policies: pulls, mean and variance of rewards (Welford's
/// update, stable for long runs), and total cost. Grows when an arm is added.
public struct RewardStatistics: Sendable, Equatable, Codable {
    /// Pulls of each arm.
    public private(set) var pulls: [Int]
    /// Mean reward of each arm (0 before its first pull).
    public private(set) var means: [Double]
    /// Sum of squared deviations from the mean, per arm (Welford's M2).
    public private(set) var squaredDeviations: [Double]
    /// Total cost paid per arm.
    public private(set) var costs: [Double]
    /// Pulls of all arms together.
    public private(set) var totalPulls: Int

    public init(arms: Int) {
        pulls = [Int](repeating: 0, count: arms)
        means = [Double](repeating: 0, count: arms)
        squaredDeviations = [Double](repeating: 0, count: arms)
        costs = [Double](repeating: 0, count: arms)
        totalPulls = 0
    }

    /// Number of arms.
    public var count: Int { pulls.count }

    private enum CodingKeys: String, CodingKey { case pulls, means, squaredDeviations, costs, totalPulls }

    /// Validated: one entry per arm in every array, pulls >= 0 summing to the total, finite means,
    /// deviations and costs >= 0.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        pulls = try container.decode([Int].self, forKey: .pulls)
        try Limits.check(pulls.count, atMost: Limits.maxArms, "the number of arms", source: "", path: "pulls")
        means = try container.decode([Double].self, forKey: .means)
        squaredDeviations = try container.decode([Double].self, forKey: .squaredDeviations)
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
    }

    /// Whether every mean is in [0, 1] (what policies on Bernoulli rewards can have seen).
    public var meansAreRewardsInUnitInterval: Bool { means.allSatisfy { $0 >= 0 && $0 <= 1 } }

    /// Records one pull.
    public mutating func record(_ observation: Observation) {
        let arm = observation.arm
        pulls[arm] += 1
        totalPulls += 1
        let delta = observation.reward - means[arm]
        means[arm] += delta / Double(pulls[arm])
        squaredDeviations[arm] += delta * (observation.reward - means[arm])
        costs[arm] += observation.cost
    }

    /// The (biased, divide-by-n) empirical variance of an arm's rewards; 0 before two pulls.
    public func variance(of arm: Int) -> Double {
        pulls[arm] > 1 ? squaredDeviations[arm] / Double(pulls[arm]) : 0
    }

    /// Mean cost per pull of an arm (0 before its first pull).
    public func meanCost(of arm: Int) -> Double {
        pulls[arm] > 0 ? costs[arm] / Double(pulls[arm]) : 0
    }

    /// Appends an unplayed arm and returns its index.
    public mutating func addArm() -> Int {
        pulls.append(0)
        means.append(0)
        squaredDeviations.append(0)
        costs.append(0)
        return pulls.count - 1
    }
}
