import Allot

/// What rewards an environment hands out; policies that assume [0, 1] (Beta posteriors, EXP3) are refused
/// at load time for environments with real-valued rewards, instead of failing mid-run.
public enum RewardRange: String, Sendable, Codable {
    case unitInterval = "[0, 1]"
    case real = "real numbers"
}

/// One replication's world for a bandit policy: it draws the round's randomness, pays out pulls and knows
/// each arm's expected reward, so pseudo-regret is exact rather than estimated from noisy rewards.
/// Implementations own their random source; nothing here allocates per round.
public protocol BanditEnvironment: Sendable {
    var armCount: Int { get }
    /// Starts round `round` (0-based): draw the round's noise, move non-stationary means, draw contexts.
    mutating func beginRound(_ round: Int)
    /// This round's feature vectors, one row per arm (contextual environments only).
    var contexts: Matrix? { get }
    /// Pays out a pull of `arm` in the current round.
    mutating func pull(_ arm: Int) -> Observation
    /// What a pull of `arm` costs this round (1 unless the environment charges costs); a budgeted run
    /// stops when the chosen arm no longer fits, so the budget is never exceeded.
    func cost(of arm: Int) -> Double
    /// Pseudo-regret of pulling `arm` this round: the best expected reward minus `arm`'s (for adversarial
    /// sequences, the change in regret against the best fixed arm so far, which can be negative).
    func regret(of arm: Int) -> Double
    /// Whether `arm` has the best expected reward this round.
    func isOptimal(_ arm: Int) -> Bool
    /// The arm a good policy should have settled on by the end, if the notion makes sense (nil when the
    /// best arm keeps changing). Read after the last round.
    var bestArm: Int? { get }
}

extension BanditEnvironment {
    public var contexts: Matrix? { nil }
    public func cost(of arm: Int) -> Double { 1 }
}

/// A validated environment description: everything known before any replication starts, and a factory for
/// one replication's environment.
public protocol PreparedBanditEnvironment: Sendable {
    var armCount: Int { get }
    /// Human-readable arm names (learner names for recorded curves, "arm 0" ... otherwise).
    var armLabels: [String] { get }
    /// Expected reward of each arm where fixed (stationary environments), for the report's arm table.
    var armMeans: [Double]? { get }
    var rewardRange: RewardRange { get }
    /// Feature dimension for contextual environments, nil otherwise.
    var contextDimension: Int? { get }
    /// C in the Lai–Robbins bound C ln T, when the environment is a stationary one where it is defined.
    var laiRobbinsConstant: Double? { get }
    /// Whether "the best arm" is defined at the end of a run (false when it keeps changing).
    var definesBestArm: Bool { get }
    /// One sentence describing the instance for the report.
    var summary: String { get }
    /// The environment for one replication, all its randomness from `seed`.
    func makeEnvironment(seed: UInt64) -> any BanditEnvironment
}

extension PreparedBanditEnvironment {
    public var contextDimension: Int? { nil }
    public var laiRobbinsConstant: Double? { nil }
    public var armMeans: [Double]? { nil }
    public var definesBestArm: Bool { armMeans != nil }
    public var armLabels: [String] { (0..<armCount).map { "arm \($0)" } }
}

/// An environment kind whose worlds are bandits: policies from the policy catalog play them one pull per
/// round. Conforming kinds get `EnvironmentKind.makeExperiment` for free.
public protocol BanditEnvironmentKind: EnvironmentKind {
    /// Reads the scenario's `environment` object (its `kind` already read) and validates it.
    func prepare(_ environment: inout FieldReader, context: ScenarioContext) throws -> any PreparedBanditEnvironment
}

extension BanditEnvironmentKind {
    public func makeExperiment(_ draft: inout ScenarioDraft) throws -> any Experiment {
        let prepared = try prepare(&draft.environment, context: draft.context)
        try draft.environment.finish(allowed: ["kind"] + parameters.map(\.name))
        return try BanditExperiment(environment: prepared, kind: name, draft: draft)
    }
}
