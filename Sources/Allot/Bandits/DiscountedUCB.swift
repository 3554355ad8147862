/// Discounted UCB (Garivier, Moulines 2011): for rewards whose means change over time. Every
/// observation multiplies all statistics by γ before adding the new one, so old evidence fades with
/// an effective memory of about 1 / (1 − γ) pulls. Index: X̄_i(γ) + 2B sqrt(ξ ln n(γ) / N_i(γ)), with
/// N_i(γ) the discounted pull count and n(γ) = Σ_i N_i(γ). The paper's experiments use ξ = 0.6.
/// Each arm's discounted evidence is a `GaussianEstimate`, the part the allocators use too.
public struct DiscountedUCB: IndexPolicy, Equatable {
    public static let name = "discounted-ucb"

    /// γ in (0, 1).
    public let discount: Double
    /// ξ in the width.
    public let exploration: Double
    /// B: an upper bound on |reward|.
    public let rewardBound: Double
    /// Each arm's discounted observations.
    public private(set) var arms: [GaussianEstimate]

    /// Discounted pull counts and reward sums per arm.
    public var counts: [Double] { arms.map(\.count) }
    public var sums: [Double] { arms.map(\.sum) }

    public init(arms: Int, discount: Double = 0.99, exploration: Double = 0.6, rewardBound: Double = 1) throws {
        try Check.armCount(arms, Self.name)
        try Check.openUnit(discount, "discount", Self.name)
        try Check.positive(exploration, "exploration", Self.name)
        try Check.positive(rewardBound, "rewardBound", Self.name)
        self.discount = discount
        self.exploration = exploration
        self.rewardBound = rewardBound
        self.arms = [GaussianEstimate](repeating: GaussianEstimate(), count: arms)
    }

    public var armCount: Int { arms.count }

    /// ξ ln n(γ).
    public func beginRound() -> Double {
        var total = 0.0
        for arm in arms { total += arm.count }
        return exploration * (total > 1 ? total.logNatural : 0)
    }

    public func index(of arm: Int, in scaledLog: Double) -> Double {
        let n = arms[arm].count
        if n == 0 { return .infinity }
        return arms[arm].sum / n + 2 * rewardBound * (scaledLog / n).squareRoot()
    }

    public mutating func update(_ observation: Observation) throws {
        try Check.observation(observation, arms: armCount, unitReward: false, Self.name)
        for arm in arms.indices { arms[arm].decay(by: discount) }
        arms[observation.arm].record(observation.reward)
    }

    @discardableResult public mutating func addArm() -> Int {
        arms.append(GaussianEstimate())
        return arms.count - 1
    }

    /// The parameters and each arm's count and sum (the index does not read the sum of squares, and the
    /// snapshot format has never stored it).
    public static func == (a: DiscountedUCB, b: DiscountedUCB) -> Bool {
        a.discount == b.discount && a.exploration == b.exploration && a.rewardBound == b.rewardBound
            && a.arms.count == b.arms.count && zip(a.arms, b.arms).allSatisfy { $0.count == $1.count && $0.sum == $1.sum }
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
        let counts = try container.decode([Double].self, forKey: .counts)
        let sums = try container.decode([Double].self, forKey: .sums)
        try Limits.check(counts.count, atMost: Limits.maxArms, "the number of arms", source: "", path: "counts")
        try Decoding.requireCount(sums.count, of: .sums, in: container, is: counts.count, "one per arm")
        try Decoding.requireFinite(counts, container, .counts, atLeast: 0)
        try Decoding.requireFinite(sums, container, .sums)
        arms = zip(counts, sums).map { GaussianEstimate(count: $0, sum: $1) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(discount, forKey: .discount)
        try container.encode(exploration, forKey: .exploration)
        try container.encode(rewardBound, forKey: .rewardBound)
        try container.encode(counts, forKey: .counts)
        try container.encode(sums, forKey: .sums)
    }
}
