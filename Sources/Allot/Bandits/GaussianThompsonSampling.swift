/// Thompson sampling for real-valued (Gaussian) rewards.
///
/// - `.unknownVariance`: a Normal-Gamma prior on (mean, precision) per arm, updated conjugately; each
///   round draws a precision τ ~ Gamma(α_n, 1/β_n), then a mean ~ N(μ_n, 1/(κ_n τ)). Honda and Takemura
///   (2014) show Thompson sampling with unknown variance needs a few forced pulls per arm before its
///   posterior is proper enough to be optimal; `initialPulls` (default 2) does that.
/// - `.knownVariance`: a Normal prior N(μ0, σ0²) and known noise variance σ².
public struct GaussianThompsonSampling: IndexPolicy, Equatable {
    public static let name = "gaussian-thompson"

    /// The reward model and its prior.
    public enum Model: Sendable, Equatable, Codable {
        /// Normal-Gamma(μ0, κ0, α0, β0): prior mean μ0 worth κ0 observations; precision ~ Gamma(α0, rate β0).
        case unknownVariance(priorMean: Double, priorCount: Double, priorShape: Double, priorRate: Double)
        /// Noise variance σ² known; prior N(priorMean, priorVariance) on the mean.
        case knownVariance(variance: Double, priorMean: Double, priorVariance: Double)

        /// A weak default: Normal-Gamma(0, 0.01, 1, 1).
        public static let weakUnknownVariance = Model.unknownVariance(priorMean: 0, priorCount: 0.01, priorShape: 1, priorRate: 1)
    }

    public let model: Model
    /// Pulls each arm gets before its posterior is sampled.
    public let initialPulls: Int
    public private(set) var statistics: RewardStatistics
    public private(set) var random: RandomSource

    public init(arms: Int, model: Model = .weakUnknownVariance, initialPulls: Int = 2, seed: UInt64) throws {
        try Check.armCount(arms, Self.name)
        switch model {
        case let .unknownVariance(priorMean, priorCount, priorShape, priorRate):
            try Check.finite(priorMean, "priorMean", Self.name)
            try Check.positive(priorCount, "priorCount", Self.name)
            try Check.positive(priorShape, "priorShape", Self.name)
            try Check.positive(priorRate, "priorRate", Self.name)
        case let .knownVariance(variance, priorMean, priorVariance):
            try Check.positive(variance, "variance", Self.name)
            try Check.finite(priorMean, "priorMean", Self.name)
            try Check.positive(priorVariance, "priorVariance", Self.name)
        }
        guard initialPulls >= 0 else {
            throw InputError.parameter(Self.name, "initialPulls", expected: "an integer >= 0", got: "\(initialPulls)")
        }
        self.model = model
        self.initialPulls = initialPulls
        statistics = RewardStatistics(arms: arms)
        random = RandomSource(seed: seed)
    }

    public var armCount: Int { statistics.count }

    public func beginRound() {}

    public mutating func index(of arm: Int, in _: Void) -> Double {
        let pulls = statistics.pulls(of: arm)
        if pulls < initialPulls { return .infinity }
        let n = Double(pulls)
        let mean = statistics.mean(of: arm)
        switch model {
        case let .unknownVariance(mu0, kappa0, alpha0, beta0):
            let kappa = kappa0 + n
            let mu = (kappa0 * mu0 + n * mean) / kappa
            let alpha = alpha0 + n / 2
            let beta = beta0 + statistics.arms[arm].squaredDeviations / 2 + kappa0 * n * (mean - mu0) * (mean - mu0) / (2 * kappa)
            // Rewards of magnitude near the limit can overflow the spread: plan on the mean then.
            guard beta.isFinite, beta > 0, mu.isFinite else { return mu.isFinite ? mu : mean }
            let precision = random.gamma(shape: alpha, scale: 1 / beta)
            return random.normal(mean: mu, standardDeviation: (1 / (kappa * precision)).squareRoot())
        case let .knownVariance(variance, mu0, variance0):
            let precision = 1 / variance0 + n / variance
            let mu = (mu0 / variance0 + n * mean / variance) / precision
            return random.normal(mean: mu, standardDeviation: (1 / precision).squareRoot())
        }
    }

    public mutating func update(_ observation: Observation) throws {
        try Check.observation(observation, arms: armCount, unitReward: false, Self.name)
        statistics.record(observation)
    }

    @discardableResult public mutating func addArm() -> Int { statistics.addArm() }
}

extension GaussianThompsonSampling {
    private enum CodingKeys: String, CodingKey { case model, initialPulls, statistics, random }

    /// Validated: the model and initial pulls as the initialiser demands, valid statistics and random source.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let model = try container.decode(Model.self, forKey: .model), pulls = try container.decode(Int.self, forKey: .initialPulls)
        self = try Decoding.validated(container) { try GaussianThompsonSampling(arms: 0, model: model, initialPulls: pulls, seed: 0) }
        statistics = try container.decode(RewardStatistics.self, forKey: .statistics)
        random = try container.decode(RandomSource.self, forKey: .random)
    }
}
