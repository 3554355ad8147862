/// What came back from spending one unit of budget on an arm.
public struct Observation: Sendable, Equatable, Codable {
    /// The arm that was played (its index, 0-based, in the order arms were created).
    public var arm: Int
    /// The reward seen. Policies for Bernoulli rewards accept any value in [0, 1].
    public var reward: Double
    /// What the pull cost (tokens, seconds, GPU hours); 1 unless the arms have costs.
    public var cost: Double

    public init(arm: Int, reward: Double, cost: Double = 1) {
        self.arm = arm
        self.reward = reward
        self.cost = cost
    }
}
