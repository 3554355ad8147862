/// What came back from spending one unit of budget on an arm.
public struct Observation: Sendable, Equatable, Codable {
    /// The arm that was played (its index, 0-based, in the order arms were created).
    public var arm: Int
    /// The reward seen. Policies for Bernoulli rewards accept any value in [0, 1].
    public var reward: Double
    /// What the pull cost (tokens, seconds, GPU hours); 1 unless the arms have costs.
    public var cost: Double
    /// The probability with which the arm was drawn, when the caller logged it (as Vowpal Wabbit logs
    /// it with each action); EXP3 and EXP3-IX weight the reward by it. nil: the policy uses its own log.
    public var probability: Double?

    public init(arm: Int, reward: Double, cost: Double = 1, probability: Double? = nil) {
        self.arm = arm
        self.reward = reward
        self.cost = cost
        self.probability = probability
    }
}
