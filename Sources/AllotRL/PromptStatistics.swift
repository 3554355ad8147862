import Allot
import AllotInterchange
/// What Allot remembers about one prompt across GRPO steps: its recent rewards (Knapsack RL estimates the
/// success rate from the last 16: a `WindowEstimate`), a discounted Beta posterior (the policy keeps
/// learning, so old evidence should fade: a `BetaEstimate`), and the mean response length (for token
/// budgets). The estimates are the core's arm estimates, the same parts the bandit policies use; the
/// fields below are how a state file stores them.
public struct PromptStatistics: Codable, Sendable, Equatable {
    /// The most recent rewards, oldest first, at most `RolloutStatistics.window` of them.
    public var recentRewards: [Double] = []
    /// Discounted sums of rewards and of (1 − reward): the Beta posterior's evidence.
    public var successes = 0.0
    public var failures = 0.0
    /// Mean response length in tokens over every rollout seen, and how many rollouts that is.
    public var meanLength: Double?
    public var rollouts = 0

    public init() {}

    private enum CodingKeys: String, CodingKey { case recentRewards, successes, failures, meanLength, rollouts }

    /// Validated: rewards in [0, 1], evidence and lengths finite and >= 0 (the window is checked by the
    /// statistics that hold this prompt).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        recentRewards = try container.decode([Double].self, forKey: .recentRewards)
        for (offset, reward) in recentRewards.enumerated() where !(reward >= 0 && reward <= 1) {
            try Decoding.require(false, container, .recentRewards, "recentRewards[\(offset)]: expected a reward in [0, 1], got \(JSONValue.format(reward))")
        }
        successes = try container.decode(Double.self, forKey: .successes)
        failures = try container.decode(Double.self, forKey: .failures)
        try Decoding.requireFinite([successes], container, .successes, atLeast: 0)
        try Decoding.requireFinite([failures], container, .failures, atLeast: 0)
        meanLength = try container.decodeIfPresent(Double.self, forKey: .meanLength)
        if let meanLength { try Decoding.requireFinite([meanLength], container, .meanLength, atLeast: 0) }
        rollouts = try container.decode(Int.self, forKey: .rollouts)
        try Decoding.require(rollouts >= 0 && rollouts <= Self.maxRollouts, container, .rollouts,
                             "expected an integer in 0...\(Self.maxRollouts), got \(rollouts)")
    }

    /// The most rollouts one prompt's count may reach (2⁵³): far beyond any run, counted exactly when it
    /// weights a mean length as a Double, and small enough that adding a group cannot overflow.
    public static let maxRollouts = 1 << 53

    /// Mean of the recent rewards, or nil before any.
    public var recentSuccessRate: Double? { recentRewards.isEmpty ? nil : recentRewards.reduce(0, +) / Double(recentRewards.count) }

    /// The discounted evidence as a Beta posterior under the prior Beta(`priorAlpha`, `priorBeta`).
    public func posterior(priorAlpha: Double = 1, priorBeta: Double = 1) -> BetaEstimate {
        BetaEstimate(priorAlpha: priorAlpha, priorBeta: priorBeta, successes: successes, failures: failures)
    }

    /// Adds a group's rewards: the window keeps the last `window`, the evidence fades by `discount` first.
    mutating func record(rewards: [Double], window: Int, discount: Double) {
        var recent = WindowEstimate(window: window, rewards: recentRewards)
        recent.record(contentsOf: rewards)
        recentRewards = recent.rewards
        record(successes: rewards.reduce(0, +), trials: Double(rewards.count), discount: discount)
    }

    /// Adds counts to the evidence, which fades by `discount` first.
    mutating func record(successes: Double, trials: Double, discount: Double) {
        var evidence = posterior()
        evidence.decay(by: discount)
        evidence.record(successes: successes, trials: trials)
        self.successes = evidence.successes
        failures = evidence.failures
    }
}

/// Per-prompt statistics for a whole run, saved and restored with the trainer's checkpoint (Codable; the
/// CLI writes it atomically between calls).
public struct RolloutStatistics: Codable, Sendable, Equatable {
    /// Rewards kept per prompt for the point estimate (Knapsack RL's reference uses 16).
    public var window: Int
    /// Factor applied to a prompt's posterior evidence each time new rewards arrive for it.
    public var discount: Double
    public private(set) var prompts: [String: PromptStatistics] = [:]

    /// The most rewards kept per prompt.
    public static let maxWindow = 1_000_000

    public init(window: Int = 16, discount: Double = 0.9) throws {
        guard window >= 1, window <= Self.maxWindow else {
            throw InputError.parameter("rollout statistics", "window", expected: "an integer in 1...\(Self.maxWindow)", got: "\(window)")
        }
        guard discount > 0, discount <= 1 else {
            throw InputError.parameter("rollout statistics", "discount", expected: "a number in (0, 1]", got: "\(discount)")
        }
        self.window = window
        self.discount = discount
    }

    private enum CodingKeys: String, CodingKey { case window, discount, prompts }

    /// Validated: the window and discount as the initialiser demands, no prompt holding more recent
    /// rewards than the window, every prompt's statistics valid.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let window = try container.decode(Int.self, forKey: .window)
        let discount = try container.decode(Double.self, forKey: .discount)
        self = try Decoding.validated(container) { try RolloutStatistics(window: window, discount: discount) }
        prompts = try container.decode([String: PromptStatistics].self, forKey: .prompts)
        for (id, entry) in prompts where entry.recentRewards.count > window {
            try Decoding.require(false, container, .prompts, "prompt \"\(id)\" holds \(entry.recentRewards.count) recent rewards, more than the window (\(window))")
        }
    }

    public subscript(prompt: String) -> PromptStatistics? { prompts[prompt] }

    /// Refuses a group that would take a prompt's rollout count past `PromptStatistics.maxRollouts`.
    static func checkCount(prompt: String, field: String, adding count: Int, to rollouts: Int) throws {
        guard count <= PromptStatistics.maxRollouts - rollouts else {
            throw RolloutError.invalidObservation(prompt: prompt, field: field, expected: "at most \(PromptStatistics.maxRollouts - rollouts) more rollouts for this prompt",
                                                  got: "\(count)")
        }
    }

    /// Records one group of rollouts of `prompt`: rewards in [0, 1] and, optionally, response lengths.
    public mutating func record(prompt: String, rewards: [Double], lengths: [Double] = []) throws {
        if let bad = rewards.firstIndex(where: { !($0 >= 0 && $0 <= 1) }) {
            throw RolloutError.invalidObservation(prompt: prompt, field: "rewards[\(bad)]", expected: "a number in [0, 1]", got: "\(rewards[bad])")
        }
        if let bad = lengths.firstIndex(where: { !($0 >= 0 && $0.isFinite) }) {
            throw RolloutError.invalidObservation(prompt: prompt, field: "lengths[\(bad)]", expected: "a finite number >= 0", got: "\(lengths[bad])")
        }
        var entry = prompts[prompt] ?? PromptStatistics()
        try Self.checkCount(prompt: prompt, field: "rewards", adding: rewards.count, to: entry.rollouts)
        entry.record(rewards: rewards, window: window, discount: discount)
        if !lengths.isEmpty {
            let total = (entry.meanLength ?? 0) * Double(entry.rollouts) + lengths.reduce(0, +)
            entry.rollouts += lengths.count
            entry.meanLength = total / Double(entry.rollouts)
        } else {
            entry.rollouts += rewards.count
        }
        prompts[prompt] = entry
    }

    /// Records counts instead of individual rewards (success and trial counts from a trainer's log), as
    /// if the successes came first: the window keeps its last entries, and nothing larger than the
    /// window is ever materialised, however large the counts.
    public mutating func record(prompt: String, successes: Int, trials: Int, meanLength: Double? = nil) throws {
        guard trials >= 0, successes >= 0, successes <= trials else {
            throw RolloutError.invalidObservation(prompt: prompt, field: "successes", expected: "an integer in 0...trials (\(trials))", got: "\(successes)")
        }
        if let meanLength, !(meanLength >= 0 && meanLength.isFinite) {
            throw RolloutError.invalidObservation(prompt: prompt, field: "meanLength", expected: "a finite number >= 0", got: "\(meanLength)")
        }
        var entry = prompts[prompt] ?? PromptStatistics()
        try Self.checkCount(prompt: prompt, field: "trials", adding: trials, to: entry.rollouts)
        let failures = trials - successes
        let keptFailures = min(failures, window)
        let keptSuccesses = min(successes, window - keptFailures)
        var recent = WindowEstimate(window: window, rewards: entry.recentRewards)
        recent.record(contentsOf: repeatElement(1.0, count: keptSuccesses))
        recent.record(contentsOf: repeatElement(0.0, count: keptFailures))
        entry.recentRewards = recent.rewards
        entry.record(successes: Double(successes), trials: Double(trials), discount: discount)
        if let meanLength, trials > 0 {
            let total = (entry.meanLength ?? 0) * Double(entry.rollouts) + meanLength * Double(trials)
            entry.rollouts += trials
            entry.meanLength = total / Double(entry.rollouts)
        } else {
            entry.rollouts += trials
        }
        prompts[prompt] = entry
    }

    /// Replaces a prompt's history with a known success rate: the point estimate becomes `rate` and the
    /// posterior the one a full window of rewards averaging `rate` gives. Lengths are kept.
    public mutating func set(prompt: String, rate: Double) throws {
        guard rate >= 0, rate <= 1 else {
            throw RolloutError.invalidObservation(prompt: prompt, field: "rate", expected: "a number in [0, 1]", got: "\(rate)")
        }
        var entry = prompts[prompt] ?? PromptStatistics()
        entry.recentRewards = [rate]
        entry.successes = rate * Double(window)
        entry.failures = (1 - rate) * Double(window)
        prompts[prompt] = entry
    }

    /// Sets a prompt's expected response length when none has been measured (a trainer's estimate).
    public mutating func noteLength(prompt: String, meanLength: Double) throws {
        guard meanLength >= 1, meanLength.isFinite else {
            throw RolloutError.invalidObservation(prompt: prompt, field: "meanLength", expected: "a finite number >= 1 (tokens)", got: "\(meanLength)")
        }
        var entry = prompts[prompt] ?? PromptStatistics()
        if entry.meanLength == nil { entry.meanLength = meanLength }
        prompts[prompt] = entry
    }

    /// Mean response length over every prompt seen (the default for prompts without one).
    public var meanLength: Double? {
        let known = prompts.values.compactMap { entry in entry.meanLength.map { ($0, entry.rollouts) } }
        let rollouts = known.reduce(0) { $0 + $1.1 }
        return rollouts > 0 ? known.reduce(0) { $0 + $1.0 * Double($1.1) } / Double(rollouts) : nil
    }
}
