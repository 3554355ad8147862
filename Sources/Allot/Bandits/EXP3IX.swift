import Foundation

/// EXP3-IX (Neu 2015, "Explore no more"): exponential weights on loss estimates with implicit
/// exploration, p_i ∝ exp(−η L̂_i) and L̂_i += ℓ / (p_i + γ) for the arm pulled, ℓ = 1 − reward.
/// The γ in the denominator biases estimates slightly optimistically, which keeps their variance
/// bounded and gives high-probability regret bounds. Defaults for horizon T: η = sqrt(2 ln K / (K T)),
/// γ = η / 2. Rewards in [0, 1].
public struct EXP3IX: Policy, Equatable {
    public static let name = "exp3-ix"

    /// η: the learning rate.
    public let learningRate: Double
    /// γ: implicit exploration added to the probability in the loss estimate.
    public let implicitExploration: Double
    /// Scores are negated cumulative loss estimates.
    public private(set) var weights: ExponentialWeights
    public private(set) var random: RandomSource
    /// The probability of every draw not yet rewarded (the importance weight uses it, not today's).
    public private(set) var draws: DrawLog

    public init(arms: Int, learningRate: Double, implicitExploration: Double, seed: UInt64) throws {
        try Check.armCount(arms, Self.name)
        try Check.positive(learningRate, "learningRate", Self.name)
        try Check.nonNegative(implicitExploration, "implicitExploration", Self.name)
        self.learningRate = learningRate
        self.implicitExploration = implicitExploration
        weights = ExponentialWeights(arms: arms)
        random = RandomSource(seed: seed)
        draws = DrawLog(arms: arms)
    }

    /// Neu's tuning for horizon T: η = sqrt(2 ln K / (K T)), γ = η / 2.
    public init(arms: Int, horizon: Int, seed: UInt64) throws {
        try Check.positiveCount(horizon, "horizon", Self.name)
        let k = Double(max(arms, 2))
        let eta = (2 * log(k) / (k * Double(horizon))).squareRoot()
        try self.init(arms: arms, learningRate: eta, implicitExploration: eta / 2, seed: seed)
    }

    public var armCount: Int { weights.count }

    public var requiresUnitRewards: Bool { true }

    /// The probability with which arm `arm` is drawn this round.
    public func probability(of arm: Int) -> Double {
        weights.probability(of: arm, rate: learningRate, mixing: 0)
    }

    public mutating func select() throws -> Int {
        try Check.selectionSize(1, arms: armCount, Self.name)
        let (arm, p) = weights.sampleOne(rate: learningRate, mixing: 0, random: &random)
        draws.record(arm, probability: p)
        return arm
    }

    public mutating func select(k: Int, into arms: inout [Int]) throws {
        try Check.selectionSize(k, arms: armCount, Self.name)
        weights.sample(k: k, rate: learningRate, mixing: 0, random: &random, into: &arms)
        for arm in arms { draws.record(arm, probability: probability(of: arm)) }
    }

    public mutating func update(_ observation: Observation) throws {
        try Check.observation(observation, arms: armCount, unitReward: requiresUnitRewards, Self.name)
        // The probability the arm was drawn with: the observation's own, else the oldest outstanding
        // draw's, else (a reward for a draw this policy did not make) today's. The outstanding draw is
        // answered either way.
        let logged = draws.take(observation.arm)
        let p = observation.probability ?? logged ?? probability(of: observation.arm)
        let loss = 1 - observation.reward
        weights.add(-loss / (p + implicitExploration), to: observation.arm)
    }

    @discardableResult public mutating func addArm() -> Int {
        draws.addArm()
        return weights.addArm()
    }
}

extension EXP3IX {
    private enum CodingKeys: String, CodingKey { case learningRate, implicitExploration, weights, random, draws }

    /// Validated: the rates as the initialiser demands, finite weights, a valid random source.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let rate = try container.decode(Double.self, forKey: .learningRate), gamma = try container.decode(Double.self, forKey: .implicitExploration)
        self = try Decoding.validated(container) { try EXP3IX(arms: 0, learningRate: rate, implicitExploration: gamma, seed: 0) }
        weights = try container.decode(ExponentialWeights.self, forKey: .weights)
        random = try container.decode(RandomSource.self, forKey: .random)
        // Snapshots from before the draw log have none outstanding.
        draws = try container.decodeIfPresent(DrawLog.self, forKey: .draws) ?? DrawLog(arms: weights.count)
        guard draws.count == weights.count else {
            throw DecodingError.dataCorruptedError(forKey: .draws, in: container, debugDescription: "one list of draws per arm (\(weights.count)), got \(draws.count)")
        }
    }
}
