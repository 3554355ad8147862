/// Per-arm Beta posteriors for Bernoulli means, shared by the Thompson-sampling policies: one
/// `BetaEstimate` per arm, Beta(α0 + s_i, β0 + f_i), where a reward r in [0, 1] adds r to s_i and 1 − r
/// to f_i. Discounting (for drifting means) multiplies every count by γ. Encoded as the prior and the
/// successes and failures per arm (the format snapshots have always had).
public struct BetaPosteriors: Sendable, Equatable, Codable {
    public let priorAlpha: Double
    public let priorBeta: Double
    /// One estimate per arm.
    public private(set) var arms: [BetaEstimate]

    /// Validates the prior on behalf of `policy`, so the error names that policy.
    init(arms: Int, priorAlpha: Double, priorBeta: Double, policy: String) throws {
        try Check.armCount(arms, policy)
        try Check.positive(priorAlpha, "priorAlpha", policy)
        try Check.positive(priorBeta, "priorBeta", policy)
        self.priorAlpha = priorAlpha
        self.priorBeta = priorBeta
        self.arms = [BetaEstimate](repeating: BetaEstimate(priorAlpha: priorAlpha, priorBeta: priorBeta), count: arms)
    }

    public var count: Int { arms.count }

    /// Successes and failures per arm (prior not included).
    public var successes: [Double] { arms.map(\.successes) }
    public var failures: [Double] { arms.map(\.failures) }

    private enum CodingKeys: String, CodingKey { case priorAlpha, priorBeta, successes, failures }

    /// Validated: a positive prior and finite evidence >= 0, one entry per arm.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        (priorAlpha, priorBeta) = try BetaEstimate.decodePrior(container, alpha: .priorAlpha, beta: .priorBeta)
        let successes = try container.decode([Double].self, forKey: .successes)
        let failures = try container.decode([Double].self, forKey: .failures)
        try Limits.check(successes.count, atMost: Limits.maxArms, "the number of arms", source: "", path: "successes")
        try Decoding.requireCount(failures.count, of: .failures, in: container, is: successes.count, "one per arm")
        try Decoding.requireFinite(successes, container, .successes, atLeast: 0)
        try Decoding.requireFinite(failures, container, .failures, atLeast: 0)
        let (alpha, beta) = (priorAlpha, priorBeta)
        arms = zip(successes, failures).map { BetaEstimate(priorAlpha: alpha, priorBeta: beta, successes: $0, failures: $1) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(priorAlpha, forKey: .priorAlpha)
        try container.encode(priorBeta, forKey: .priorBeta)
        try container.encode(successes, forKey: .successes)
        try container.encode(failures, forKey: .failures)
    }

    /// The posterior mean (α0 + s) / (α0 + β0 + s + f).
    public func mean(of arm: Int) -> Double { arms[arm].mean }

    /// One draw from an arm's posterior.
    func sample(_ arm: Int, using random: inout RandomSource) -> Double { arms[arm].sample(using: &random) }

    mutating func record(arm: Int, reward: Double) { arms[arm].record(reward) }

    /// Multiplies every count by `factor`.
    mutating func decay(by factor: Double) {
        for arm in arms.indices { arms[arm].decay(by: factor) }
    }

    mutating func addArm() -> Int {
        arms.append(BetaEstimate(priorAlpha: priorAlpha, priorBeta: priorBeta))
        return arms.count - 1
    }
}
