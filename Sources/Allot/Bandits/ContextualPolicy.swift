/// A bandit policy that sees a feature vector per arm each round (LinUCB). Same vocabulary as `Policy`,
/// plus the contexts: `contexts` has one row per arm and `dimension` columns.
public protocol ContextualPolicy: Codable, Sendable {
    static var name: String { get }
    var armCount: Int { get }
    /// Length of each arm's feature vector.
    var dimension: Int { get }

    /// The arm to play given this round's contexts.
    mutating func select(contexts: Matrix) throws -> Int
    /// k distinct arms, best first, written into `arms`.
    mutating func select(k: Int, contexts: Matrix, into arms: inout [Int]) throws
    /// Learns from one pull made with feature vector `context`.
    mutating func update(_ observation: Observation, context: [Double]) throws
    /// Adds an arm and returns its index.
    @discardableResult mutating func addArm() -> Int
}
