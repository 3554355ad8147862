import Foundation

/// EXP3 (Auer, Cesa-Bianchi, Freund, Schapire 2002): exponential weights on importance-weighted reward
/// estimates, for rewards chosen by an adversary. p_i = (1 − γ) w_i / Σ w + γ / K, and a pull of arm i
/// with reward x adds x / p_i to its estimate, w_i = exp(γ Ŝ_i / K). With γ tuned to a horizon T the
/// expected regret is at most 2 sqrt(e − 1) sqrt(T K ln K). Rewards in [0, 1].
///
/// For k > 1 arms are drawn without replacement and each is credited with its single-draw probability,
/// an approximation (Exp3.M, Uchiya et al. 2010, is the exact multiple-play version).
public struct EXP3: Policy, Equatable {
    public static let name = "exp3"

    /// γ: the share of uniform exploration, in (0, 1].
    public let gamma: Double
    public private(set) var weights: ExponentialWeights
    public private(set) var random: RandomSource
    /// The probability of every draw not yet rewarded (the importance weight uses it, not today's).
    public private(set) var draws: DrawLog

    public init(arms: Int, gamma: Double, seed: UInt64) throws {
        try Check.armCount(arms, Self.name)
        guard gamma > 0, gamma <= 1 else {
            throw InputError.parameter(Self.name, "gamma", expected: "a number in (0, 1]", got: "\(gamma)")
        }
        self.gamma = gamma
        weights = ExponentialWeights(arms: arms)
        random = RandomSource(seed: seed)
        draws = DrawLog(arms: arms)
    }

    /// γ = min(1, sqrt(K ln K / ((e − 1) T))), the tuning of Auer et al.'s Corollary 3.2 for horizon T.
    public init(arms: Int, horizon: Int, seed: UInt64) throws {
        try Check.positiveCount(horizon, "horizon", Self.name)
        try self.init(arms: arms, gamma: Self.gamma(arms: arms, horizon: horizon), seed: seed)
    }

    /// The γ Auer et al. prescribe for K arms and horizon T.
    public static func gamma(arms: Int, horizon: Int) -> Double {
        let k = Double(max(arms, 2))
        return min(1, (k * log(k) / ((M_E - 1) * Double(horizon))).squareRoot())
    }

    /// Auer et al.'s regret bound 2 sqrt(e − 1) sqrt(T K ln K) for the tuned γ.
    public static func regretBound(arms: Int, horizon: Int) -> Double {
        let k = Double(arms)
        return 2 * (M_E - 1).squareRoot() * (Double(horizon) * k * log(k)).squareRoot()
    }

    public var armCount: Int { weights.count }

    public var requiresUnitRewards: Bool { true }

    var rate: Double { gamma / Double(max(armCount, 1)) }

    /// The probability with which arm `arm` is drawn this round.
    public func probability(of arm: Int) -> Double {
        weights.probability(of: arm, rate: rate, mixing: gamma)
    }

    public mutating func select() throws -> Int {
        try Check.selectionSize(1, arms: armCount, Self.name)
        let (arm, p) = weights.sampleOne(rate: rate, mixing: gamma, random: &random)
        draws.record(arm, probability: p)
        return arm
    }

    public mutating func select(k: Int, into arms: inout [Int]) throws {
        try Check.selectionSize(k, arms: armCount, Self.name)
        weights.sample(k: k, rate: rate, mixing: gamma, random: &random, into: &arms)
        for arm in arms { draws.record(arm, probability: probability(of: arm)) }
    }

    public mutating func update(_ observation: Observation) throws {
        try Check.observation(observation, arms: armCount, unitReward: requiresUnitRewards, Self.name)
        // The probability the arm was drawn with: the observation's own, else the oldest outstanding
        // draw's, else (a reward for a draw this policy did not make) today's. The outstanding draw is
        // answered either way.
        let logged = draws.take(observation.arm)
        let p = observation.probability ?? logged ?? probability(of: observation.arm)
        weights.add(observation.reward / p, to: observation.arm)
    }

    @discardableResult public mutating func addArm() -> Int {
        draws.addArm()
        return weights.addArm()
    }
}

extension EXP3 {
    private enum CodingKeys: String, CodingKey { case gamma, weights, random, draws }

    /// Validated: γ in (0, 1], finite weights, a valid random source.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let gamma = try container.decode(Double.self, forKey: .gamma)
        self = try Decoding.validated(container) { try EXP3(arms: 0, gamma: gamma, seed: 0) }
        weights = try container.decode(ExponentialWeights.self, forKey: .weights)
        random = try container.decode(RandomSource.self, forKey: .random)
        // Snapshots from before the draw log have none outstanding.
        draws = try container.decodeIfPresent(DrawLog.self, forKey: .draws) ?? DrawLog(arms: weights.count)
        guard draws.count == weights.count else {
            throw DecodingError.dataCorruptedError(forKey: .draws, in: container, debugDescription: "one list of draws per arm (\(weights.count)), got \(draws.count)")
        }
    }
}
