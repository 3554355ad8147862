import AllotInterchange
/// One prompt's rollouts as a trainer saw them: a reward in [0, 1] and a response length per rollout.
public struct RolloutGroup: Sendable, Equatable, Codable {
    public var prompt: String
    public var rewards: [Double]
    /// Response lengths in tokens (empty when the trainer does not report them).
    public var lengths: [Double]

    public init(prompt: String, rewards: [Double], lengths: [Double] = []) {
        self.prompt = prompt
        self.rewards = rewards
        self.lengths = lengths
    }

    /// Whether GRPO gets a gradient from this group: rewards differ by more than `epsilon` (a group whose
    /// rewards are all equal has zero advantages; compared with an epsilon, not == 0).
    public func hasSignal(epsilon: Double = 1e-6) -> Bool {
        guard let low = rewards.min(), let high = rewards.max() else { return false }
        return high - low > epsilon
    }
}

/// What an RL trainer implements to let Allot drive its rollouts: sample `counts[i]` rollouts of
/// `prompts[i]` with the current policy and report what came back. The trainer then learns from the
/// groups as usual; Allot only decides the counts (`RolloutAllocator`) and remembers per-prompt
/// statistics (`RolloutStatistics`) between steps.
public protocol RolloutSampler {
    mutating func sample(prompts: [String], counts: [Int]) throws -> [RolloutGroup]
}
