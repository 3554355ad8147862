import CGSL
import Foundation

/// Bayes-UCB (Kaufmann, Cappé, Garivier 2012): the index is the 1 − 1/(t (ln T)^c) quantile of the arm's
/// Beta posterior, with t the round about to be played and T the horizon (the current round when no
/// horizon is given). c = 0 is the paper's recommendation in practice (c >= 5 in its proof).
/// Rewards in [0, 1]; a fractional reward r counts as r successes and 1 − r failures.
public struct BayesUCB: IndexPolicy, Equatable {
    public static let name = "bayes-ucb"

    /// Beta prior shapes (1, 1 is uniform).
    public let priorAlpha: Double
    public let priorBeta: Double
    /// T in (ln T)^c, if known.
    public let horizon: Int?
    /// c in (ln T)^c.
    public let horizonExponent: Double
    public private(set) var statistics: RewardStatistics

    public init(arms: Int, priorAlpha: Double = 1, priorBeta: Double = 1, horizon: Int? = nil, horizonExponent: Double = 0) throws {
        try Check.armCount(arms, Self.name)
        try Check.positive(priorAlpha, "priorAlpha", Self.name)
        try Check.positive(priorBeta, "priorBeta", Self.name)
        if let horizon { try Check.positiveCount(horizon, "horizon", Self.name) }
        try Check.nonNegative(horizonExponent, "horizonExponent", Self.name)
        self.priorAlpha = priorAlpha
        self.priorBeta = priorBeta
        self.horizon = horizon
        self.horizonExponent = horizonExponent
        statistics = RewardStatistics(arms: arms)
        GSLErrorHandling.ensureDisabled()
    }

    public var armCount: Int { statistics.count }

    public var requiresUnitRewards: Bool { true }

    /// The upper tail probability 1/(t (ln T)^c).
    public func beginRound() -> Double {
        let t = Double(statistics.totalPulls + 1)
        let logHorizon = Double(max(horizon ?? statistics.totalPulls + 1, 3)).logNatural
        return min(1, 1 / (t * pow(logHorizon, horizonExponent)))
    }

    public func index(of arm: Int, in tail: Double) -> Double {
        let successes = statistics.mean(of: arm) * Double(statistics.pulls(of: arm))
        let a = priorAlpha + successes
        let b = priorBeta + Double(statistics.pulls(of: arm)) - successes
        guard a > 0, b > 0 else { return a / (a + b) }
        if let approximate = SpecialFunctions.largeShapeBetaInverse(tail, a: a, b: b, upper: true) { return approximate }
        let quantile = gsl_cdf_beta_Qinv(tail, a, b)
        return quantile.isFinite ? quantile : a / (a + b)  // GSL gives NaN only in extreme tails; fall back to the mean
    }

    public mutating func update(_ observation: Observation) throws {
        try Check.observation(observation, arms: armCount, unitReward: requiresUnitRewards, Self.name)
        statistics.record(observation)
    }

    @discardableResult public mutating func addArm() -> Int { statistics.addArm() }
}

extension BayesUCB {
    private enum CodingKeys: String, CodingKey { case priorAlpha, priorBeta, horizon, horizonExponent, statistics }

    /// Validated: the parameters as the initialiser demands, valid statistics.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let alpha = try container.decode(Double.self, forKey: .priorAlpha), beta = try container.decode(Double.self, forKey: .priorBeta)
        let horizon = try container.decodeIfPresent(Int.self, forKey: .horizon), exponent = try container.decode(Double.self, forKey: .horizonExponent)
        self = try Decoding.validated(container) { try BayesUCB(arms: 0, priorAlpha: alpha, priorBeta: beta, horizon: horizon, horizonExponent: exponent) }
        statistics = try container.decode(RewardStatistics.self, forKey: .statistics)
        try Decoding.require(statistics.meansAreRewardsInUnitInterval, container, .statistics, "expected mean rewards in [0, 1] (Bayes-UCB's rewards are)")
    }
}
