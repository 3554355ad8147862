/// Thompson sampling for Bernoulli rewards (Thompson 1933; Agrawal, Goyal 2012): keep a Beta(α0 + s_i,
/// β0 + f_i) posterior per arm, draw one sample from each, play the largest. Attains the Lai–Robbins
/// bound. A fractional reward r in [0, 1] counts as r successes and 1 − r failures.
public struct ThompsonSampling: IndexPolicy, Equatable {
    public static let name = "thompson"

    public let priorAlpha: Double
    public let priorBeta: Double
    /// Posterior successes and failures per arm (prior not included).
    public private(set) var successes: [Double]
    public private(set) var failures: [Double]
    /// The generator behind the posterior draws; part of the snapshot.
    public private(set) var random: RandomSource

    public init(arms: Int, priorAlpha: Double = 1, priorBeta: Double = 1, seed: UInt64) throws {
        try Check.armCount(arms, Self.name)
        try Check.positive(priorAlpha, "priorAlpha", Self.name)
        try Check.positive(priorBeta, "priorBeta", Self.name)
        self.priorAlpha = priorAlpha
        self.priorBeta = priorBeta
        successes = [Double](repeating: 0, count: arms)
        failures = [Double](repeating: 0, count: arms)
        random = RandomSource(seed: seed)
    }

    public var armCount: Int { successes.count }

    /// Pulls per arm (each pull adds r + (1 − r) = 1 to successes + failures).
    public var pulls: [Int] { zip(successes, failures).map { Int(($0 + $1).rounded()) } }

    /// The mean of an arm's Beta posterior, (α0 + s) / (α0 + β0 + s + f).
    public func posteriorMean(of arm: Int) -> Double {
        (priorAlpha + successes[arm]) / (priorAlpha + priorBeta + successes[arm] + failures[arm])
    }

    public func beginRound() {}

    public mutating func index(of arm: Int, in _: Void) -> Double {
        random.beta(priorAlpha + successes[arm], priorBeta + failures[arm])
    }

    public mutating func update(_ observation: Observation) throws {
        try Check.observation(observation, arms: armCount, unitReward: true, Self.name)
        successes[observation.arm] += observation.reward
        failures[observation.arm] += 1 - observation.reward
    }

    @discardableResult public mutating func addArm() -> Int {
        successes.append(0)
        failures.append(0)
        return successes.count - 1
    }
}
