/// Discounted UCB (Garivier, Moulines 2011): for rewards whose means change over time. Every
/// observation multiplies all statistics by γ before adding the new one, so old evidence fades with
/// an effective memory of about 1 / (1 − γ) pulls. Index: X̄_i(γ) + 2B sqrt(ξ ln n(γ) / N_i(γ)), with
/// N_i(γ) the discounted pull count and n(γ) = Σ_i N_i(γ). The paper's experiments use ξ = 0.6.
public struct DiscountedUCB: IndexPolicy, Equatable {
    public static let name = "discounted-ucb"

    /// γ in (0, 1).
    public let discount: Double
    /// ξ in the width.
    public let exploration: Double
    /// B: an upper bound on |reward|.
    public let rewardBound: Double
    /// Discounted pull counts and reward sums per arm.
    public private(set) var counts: [Double]
    public private(set) var sums: [Double]

    public init(arms: Int, discount: Double = 0.99, exploration: Double = 0.6, rewardBound: Double = 1) throws {
        try Check.armCount(arms, Self.name)
        try Check.openUnit(discount, "discount", Self.name)
        try Check.positive(exploration, "exploration", Self.name)
        try Check.positive(rewardBound, "rewardBound", Self.name)
        self.discount = discount
        self.exploration = exploration
        self.rewardBound = rewardBound
        counts = [Double](repeating: 0, count: arms)
        sums = [Double](repeating: 0, count: arms)
    }

    public var armCount: Int { counts.count }

    /// ξ ln n(γ).
    public func beginRound() -> Double {
        var total = 0.0
        for count in counts { total += count }
        return exploration * (total > 1 ? total.logNatural : 0)
    }

    public func index(of arm: Int, in scaledLog: Double) -> Double {
        let n = counts[arm]
        if n == 0 { return .infinity }
        return sums[arm] / n + 2 * rewardBound * (scaledLog / n).squareRoot()
    }

    public mutating func update(_ observation: Observation) throws {
        try Check.observation(observation, arms: armCount, unitReward: false, Self.name)
        for arm in counts.indices {
            counts[arm] *= discount
            sums[arm] *= discount
        }
        counts[observation.arm] += 1
        sums[observation.arm] += observation.reward
    }

    @discardableResult public mutating func addArm() -> Int {
        counts.append(0)
        sums.append(0)
        return counts.count - 1
    }
}

extension DiscountedUCB {
    private enum CodingKeys: String, CodingKey { case discount, exploration, rewardBound, counts, sums }

    /// Validated: the parameters as the initialiser demands, one finite count (>= 0) and sum per arm.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let discount = try container.decode(Double.self, forKey: .discount), exploration = try container.decode(Double.self, forKey: .exploration)
        let bound = try container.decode(Double.self, forKey: .rewardBound)
        self = try Decoding.validated(container) { try DiscountedUCB(arms: 0, discount: discount, exploration: exploration, rewardBound: bound) }
        counts = try container.decode([Double].self, forKey: .counts)
        sums = try container.decode([Double].self, forKey: .sums)
        try Limits.check(counts.count, atMost: Limits.maxArms, "the number of arms", source: "", path: "counts")
        try Decoding.requireCount(sums.count, of: .sums, in: container, is: counts.count, "one per arm")
        try Decoding.requireFinite(counts, container, .counts, atLeast: 0)
        try Decoding.requireFinite(sums, container, .sums)
    }
}
