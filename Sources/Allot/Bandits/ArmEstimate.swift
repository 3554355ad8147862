import Foundation

/// What is known about one arm's mean reward, in the three readings allocation needs: a point estimate
/// (`mean`), an optimistic bound (`upperBound(level:)`), and a draw from the posterior (`sample`).
/// Evidence fades with `decay(by:)` (discounting, for means that drift as training moves on). The
/// index policies (Thompson sampling, discounted UCB) and the knapsack allocators of rollouts
/// (AllotRL's posterior Knapsack RL) and ranks (AllotPEFT's bandit-knapsack) keep their per-arm
/// evidence in these, and the stationary index policies (UCB1, KL-UCB, UCB-V, Bayes-UCB, budgeted UCB,
/// ε-greedy, Gaussian Thompson sampling) keep a `RunningEstimate` per arm in `RewardStatistics`, so a
/// rollout or rank allocator is built from the same parts as a policy.
public protocol ArmEstimate: Sendable, Equatable, Codable {
    /// The (discounted) number of observations behind the estimate.
    var weight: Double { get }
    /// The point estimate of the mean reward.
    var mean: Double { get }
    /// A one-sided bound the mean is below with probability `level` (a credible or confidence bound).
    func upperBound(level: Double) throws -> Double
    /// One draw of the mean from the posterior (Thompson sampling).
    func sample(using random: inout RandomSource) -> Double
    /// Adds one observed reward.
    mutating func record(_ reward: Double)
    /// Multiplies the evidence by `factor` in (0, 1] (1: no forgetting).
    mutating func decay(by factor: Double)
}

/// A Bernoulli (or [0, 1]) mean with a Beta(α0, β0) prior: a reward r adds r to the successes and
/// 1 − r to the failures; the posterior is Beta(α0 + s, β0 + f).
public struct BetaEstimate: ArmEstimate {
    public let priorAlpha: Double
    public let priorBeta: Double
    public private(set) var successes: Double
    public private(set) var failures: Double

    /// The prior must be finite and positive (checked by the owner, which names itself in the error).
    public init(priorAlpha: Double = 1, priorBeta: Double = 1, successes: Double = 0, failures: Double = 0) {
        self.priorAlpha = priorAlpha
        self.priorBeta = priorBeta
        self.successes = successes
        self.failures = failures
    }

    public var weight: Double { successes + failures }
    public var alpha: Double { priorAlpha + successes }
    public var beta: Double { priorBeta + failures }

    public var mean: Double { alpha / (alpha + beta) }

    public func upperBound(level: Double) throws -> Double { try SpecialFunctions.betaUpperQuantile(1 - level, a: alpha, b: beta) }

    /// The central credible interval of mass `level`.
    public func credibleInterval(level: Double) throws -> (lower: Double, upper: Double) {
        let tail = (1 - level) / 2
        return (try SpecialFunctions.betaQuantile(tail, a: alpha, b: beta), try SpecialFunctions.betaUpperQuantile(tail, a: alpha, b: beta))
    }

    public func sample(using random: inout RandomSource) -> Double { random.beta(alpha, beta) }

    public mutating func record(_ reward: Double) {
        successes += reward
        failures += 1 - reward
    }

    /// Adds a batch: `successes` out of `trials` (a group of rollouts).
    public mutating func record(successes: Double, trials: Double) {
        self.successes += successes
        failures += trials - successes
    }

    public mutating func decay(by factor: Double) {
        successes *= factor
        failures *= factor
    }

    private enum CodingKeys: String, CodingKey { case priorAlpha, priorBeta, successes, failures }

    /// Reads a Beta prior (α0, β0), each a finite number > 0, from `container`.
    static func decodePrior<Key: CodingKey>(_ container: KeyedDecodingContainer<Key>, alpha: Key, beta: Key) throws -> (Double, Double) {
        let a = try container.decode(Double.self, forKey: alpha), b = try container.decode(Double.self, forKey: beta)
        try Decoding.require(a > 0 && a.isFinite, container, alpha, "expected a finite number > 0, got \(a)")
        try Decoding.require(b > 0 && b.isFinite, container, beta, "expected a finite number > 0, got \(b)")
        return (a, b)
    }

    /// Validated: a finite positive prior and finite evidence >= 0.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        (priorAlpha, priorBeta) = try Self.decodePrior(container, alpha: .priorAlpha, beta: .priorBeta)
        successes = try container.decode(Double.self, forKey: .successes)
        failures = try container.decode(Double.self, forKey: .failures)
        try Decoding.requireFinite([successes], container, .successes, atLeast: 0)
        try Decoding.requireFinite([failures], container, .failures, atLeast: 0)
    }
}

/// An estimate whose posterior of the mean is Normal(mean, standardError²): its bounds and draws follow.
public protocol NormalMeanEstimate: ArmEstimate {
    /// The standard error of the mean; infinite before any observation.
    var standardError: Double { get }
}

extension NormalMeanEstimate {
    /// +infinity before any observation (an arm never seen is worth trying).
    public func upperBound(level: Double) throws -> Double {
        guard weight > 0 else { return .infinity }
        return mean + (try SpecialFunctions.normalQuantile(level)) * standardError
    }

    public func sample(using random: inout RandomSource) -> Double {
        random.normal(mean: mean, standardDeviation: weight > 0 ? standardError : 0)
    }
}

/// A real-valued mean from discounted sufficient statistics (count, sum, sum of squares): mean, spread,
/// and a Normal posterior N(mean, variance / count) for draws and bounds. Cheap to discount; for long
/// undiscounted runs `RunningEstimate` is the stable one.
public struct GaussianEstimate: NormalMeanEstimate {
    public private(set) var count: Double
    public private(set) var sum: Double
    public private(set) var squares: Double

    public init(count: Double = 0, sum: Double = 0, squares: Double = 0) {
        self.count = count
        self.sum = sum
        self.squares = squares
    }

    public var weight: Double { count }

    /// 0 before any observation.
    public var mean: Double { count > 0 ? sum / count : 0 }

    /// The (divide-by-count) variance of the observations; 0 before any.
    public var variance: Double { count > 0 ? max(0, squares / count - mean * mean) : 0 }

    /// The standard error of the mean, √(variance / count); infinite before any observation.
    public var standardError: Double { count > 0 ? (variance / count).squareRoot() : .infinity }

    public mutating func record(_ reward: Double) {
        count += 1
        sum += reward
        squares += reward * reward
    }

    public mutating func decay(by factor: Double) {
        count *= factor
        sum *= factor
        squares *= factor
    }

    private enum CodingKeys: String, CodingKey { case count, sum, squares }

    /// Validated: finite statistics, the count and the sum of squares >= 0.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        count = try container.decode(Double.self, forKey: .count)
        sum = try container.decode(Double.self, forKey: .sum)
        squares = try container.decode(Double.self, forKey: .squares)
        try Decoding.requireFinite([count], container, .count, atLeast: 0)
        try Decoding.requireFinite([sum], container, .sum)
        try Decoding.requireFinite([squares], container, .squares, atLeast: 0)
    }
}

/// A mean and variance kept by Welford's update (stable over long runs: no sum of squares to cancel),
/// with a Normal posterior N(mean, variance / count) for bounds and draws: what the stationary index
/// policies keep per arm (`RewardStatistics`). Discounting scales the count and the squared deviations
/// (West's weighted update), leaving the mean.
public struct RunningEstimate: NormalMeanEstimate {
    public private(set) var count: Double
    public private(set) var mean: Double
    /// Σ (reward − mean)² over the observations (Welford's M2).
    public private(set) var squaredDeviations: Double

    public init(count: Double = 0, mean: Double = 0, squaredDeviations: Double = 0) {
        self.count = count
        self.mean = mean
        self.squaredDeviations = squaredDeviations
    }

    public var weight: Double { count }

    /// The (divide-by-count) variance of the observations; 0 before two.
    public var variance: Double { count > 1 ? squaredDeviations / count : 0 }

    public var standardError: Double { count > 0 ? (variance / count).squareRoot() : .infinity }

    public mutating func record(_ reward: Double) {
        count += 1
        let delta = reward - mean
        mean += delta / count
        squaredDeviations += delta * (reward - mean)
    }

    public mutating func decay(by factor: Double) {
        count *= factor
        squaredDeviations *= factor
    }

    private enum CodingKeys: String, CodingKey { case count, mean, squaredDeviations }

    /// Validated: finite statistics, the count and the squared deviations >= 0.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        count = try container.decode(Double.self, forKey: .count)
        mean = try container.decode(Double.self, forKey: .mean)
        squaredDeviations = try container.decode(Double.self, forKey: .squaredDeviations)
        try Decoding.requireFinite([count], container, .count, atLeast: 0)
        try Decoding.requireFinite([mean], container, .mean)
        try Decoding.requireFinite([squaredDeviations], container, .squaredDeviations, atLeast: 0)
    }
}

/// The mean of the last `window` rewards (Knapsack RL estimates a prompt's success rate from its last 16),
/// with the Beta posterior that a window of those rewards gives for bounds and draws.
public struct WindowEstimate: ArmEstimate {
    public let window: Int
    public private(set) var rewards: [Double] = []

    public init(window: Int, rewards: [Double] = []) {
        self.window = max(1, window)
        self.rewards = Array(rewards.suffix(self.window))
    }

    public var weight: Double { Double(rewards.count) }

    /// 0 before any reward (`rate` is nil then).
    public var mean: Double { rate ?? 0 }

    /// The mean of the kept rewards, nil before any.
    public var rate: Double? { rewards.isEmpty ? nil : rewards.reduce(0, +) / Double(rewards.count) }

    private var posterior: BetaEstimate { BetaEstimate(successes: rewards.reduce(0, +), failures: Double(rewards.count) - rewards.reduce(0, +)) }

    public func upperBound(level: Double) throws -> Double { try posterior.upperBound(level: level) }

    public func sample(using random: inout RandomSource) -> Double { posterior.sample(using: &random) }

    public mutating func record(_ reward: Double) {
        rewards.append(reward)
        if rewards.count > window { rewards.removeFirst(rewards.count - window) }
    }

    /// Appends several rewards, keeping the last `window`.
    public mutating func record<S: Sequence>(contentsOf batch: S) where S.Element == Double {
        rewards.append(contentsOf: batch)
        if rewards.count > window { rewards.removeFirst(rewards.count - window) }
    }

    /// A window forgets by length, not by weight: decaying does nothing.
    public mutating func decay(by factor: Double) {}
}
