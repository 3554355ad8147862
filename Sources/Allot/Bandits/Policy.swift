/// A bandit policy: decides which arm(s) receive the next unit(s) of budget and learns from what came back.
///
/// Policies are value types whose whole state, random source included, is `Codable`: encode one to
/// checkpoint a run, decode it to continue bit-for-bit. Statistics change only in `update`, so feedback
/// may arrive late or in batches; `select` reads them (and draws from the random source if it samples).
/// The importance-weighted policies (EXP3, EXP3-IX) record each draw's probability at `select` and
/// weight its reward by that (`DrawLog`), so late rewards stay unbiased too.
public protocol Policy: Codable, Sendable {
    /// The policy's name as used in scenario files and on the command line ("ucb1", "thompson", ...).
    static var name: String { get }

    /// Number of arms, including arms added while running.
    var armCount: Int { get }

    /// The arm to play next (k = 1). Throws if there are no arms.
    mutating func select() throws -> Int

    /// k distinct arms for one round, best first, written into `arms` (its storage is reused, so a caller
    /// that keeps the array allocates nothing per round).
    mutating func select(k: Int, into arms: inout [Int]) throws

    /// Learns from one pull.
    mutating func update(_ observation: Observation) throws

    /// Adds an arm (a new prompt, a new configuration) and returns its index.
    @discardableResult mutating func addArm() -> Int

    /// Whether `update` accepts only rewards in [0, 1] (Beta posteriors, exponential weights).
    var requiresUnitRewards: Bool { get }
}

extension Policy {
    public var requiresUnitRewards: Bool { false }

    /// k distinct arms for one round, best first.
    public mutating func select(k: Int) throws -> [Int] {
        var arms: [Int] = []
        arms.reserveCapacity(k)
        try select(k: k, into: &arms)
        return arms
    }

    /// Learns from a batch of pulls, in order.
    public mutating func update<Observations: Sequence>(_ observations: Observations) throws where Observations.Element == Observation {
        for observation in observations { try update(observation) }
    }
}
