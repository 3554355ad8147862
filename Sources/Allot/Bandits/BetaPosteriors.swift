/// Per-arm Beta posteriors for Bernoulli means, shared by the Thompson-sampling policies: Beta(α0 + s_i,
/// β0 + f_i), where a reward r in [0, 1] adds r to s_i and 1 − r to f_i. Discounting (for drifting
/// means) multiplies every count by γ.
public struct BetaPosteriors: Sendable, Equatable, Codable {
    public let priorAlpha: Double
    public let priorBeta: Double
    /// Successes and failures per arm (prior not included).
    public private(set) var successes: [Double]
    public private(set) var failures: [Double]

    /// Validates the prior on behalf of `policy`, so the error names that policy.
    init(arms: Int, priorAlpha: Double, priorBeta: Double, policy: String) throws {
        try Check.armCount(arms, policy)
        try Check.positive(priorAlpha, "priorAlpha", policy)
        try Check.positive(priorBeta, "priorBeta", policy)
        self.priorAlpha = priorAlpha
        self.priorBeta = priorBeta
        successes = [Double](repeating: 0, count: arms)
        failures = [Double](repeating: 0, count: arms)
    }

    public var count: Int { successes.count }

    private enum CodingKeys: String, CodingKey { case priorAlpha, priorBeta, successes, failures }

    /// Validated: a positive prior and finite evidence >= 0, one entry per arm.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        priorAlpha = try container.decode(Double.self, forKey: .priorAlpha)
        priorBeta = try container.decode(Double.self, forKey: .priorBeta)
        try Decoding.require(priorAlpha > 0 && priorAlpha.isFinite, container, .priorAlpha, "expected a finite number > 0, got \(priorAlpha)")
        try Decoding.require(priorBeta > 0 && priorBeta.isFinite, container, .priorBeta, "expected a finite number > 0, got \(priorBeta)")
        successes = try container.decode([Double].self, forKey: .successes)
        failures = try container.decode([Double].self, forKey: .failures)
        try Limits.check(successes.count, atMost: Limits.maxArms, "the number of arms", source: "", path: "successes")
        try Decoding.requireCount(failures.count, of: .failures, in: container, is: successes.count, "one per arm")
        try Decoding.requireFinite(successes, container, .successes, atLeast: 0)
        try Decoding.requireFinite(failures, container, .failures, atLeast: 0)
    }

    /// The posterior mean (α0 + s) / (α0 + β0 + s + f).
    public func mean(of arm: Int) -> Double {
        (priorAlpha + successes[arm]) / (priorAlpha + priorBeta + successes[arm] + failures[arm])
    }

    /// One draw from an arm's posterior.
    func sample(_ arm: Int, using random: inout RandomSource) -> Double {
        random.beta(priorAlpha + successes[arm], priorBeta + failures[arm])
    }

    mutating func record(arm: Int, reward: Double) {
        successes[arm] += reward
        failures[arm] += 1 - reward
    }

    /// Multiplies every count by `factor`.
    mutating func decay(by factor: Double) {
        for arm in successes.indices {
            successes[arm] *= factor
            failures[arm] *= factor
        }
    }

    mutating func addArm() -> Int {
        successes.append(0)
        failures.append(0)
        return successes.count - 1
    }
}
