import Allot
import Foundation

/// A real GRPO learner on a population of prompts, used as the reference `RolloutSampler`. Each prompt has
/// a tabular softmax policy over candidate answers, one of them correct; sampling draws answers from the
/// policy and GRPO updates it from group-normalised advantages. Pass rates change because the policy
/// learns, so an allocator that wastes rollouts on zero-gradient groups visibly learns less.
///
/// Difficulty comes from a seeded easy/hard mixture: easy prompts have few candidates and start with a
/// high pass rate, hard ones many candidates and a low one. Answers have lengths (tokens), longer for
/// hard prompts, so token budgets matter.
public struct GRPOLearner: RolloutSampler, Codable, Sendable, Equatable {
    /// How the population is drawn and how fast it learns.
    public struct Configuration: Codable, Sendable, Equatable {
        public var prompts = 256
        /// Share of easy prompts.
        public var easyShare = 0.5
        /// Initial pass rates: easy prompts uniform in this range, hard ones in the other.
        public var easyPassRate = 0.5...0.98
        public var hardPassRate = 0.002...0.12
        /// Candidate answers per prompt.
        public var easyCandidates = 2...6
        public var hardCandidates = 16...64
        /// Median answer length in tokens for easy and hard prompts.
        public var easyLength = 200.0
        public var hardLength = 600.0
        /// GRPO step size on the logits.
        public var learningRate = 0.5
        /// Groups whose reward spread is at most this have zero advantages.
        public var epsilon = 1e-6
        /// How per-rollout losses are averaged (see `LossAggregation`).
        public var aggregation = LossAggregation.batchMean

        public init() {}

        /// Checks every field, naming the first bad one.
        public func validate() throws {
            func fail(_ field: String, _ expected: String, _ got: Any) throws -> Never {
                throw InputError.parameter("grpo learner", field, expected: expected, got: "\(got)")
            }
            if prompts < 1 { try fail("prompts", "an integer >= 1", prompts) }
            if !(0...1).contains(easyShare) { try fail("easyShare", "a number in [0, 1]", easyShare) }
            for (name, range) in [("easyPassRate", easyPassRate), ("hardPassRate", hardPassRate)] where !(range.lowerBound > 0 && range.upperBound < 1) {
                try fail(name, "a range inside (0, 1)", range)
            }
            for (name, range) in [("easyCandidates", easyCandidates), ("hardCandidates", hardCandidates)] where range.lowerBound < 2 {
                try fail(name, "a range of integers >= 2", range)
            }
            if !(easyLength >= 1 && hardLength >= 1) { try fail("easyLength", "lengths >= 1 token", "\(easyLength), \(hardLength)") }
            if !(learningRate > 0 && learningRate.isFinite) { try fail("learningRate", "a finite number > 0", learningRate) }
            if !(epsilon >= 0) { try fail("epsilon", "a number >= 0", epsilon) }
        }
    }

    /// How the GRPO loss averages over rollouts. verl's default ("token-mean") and TRL's average over every
    /// response of the batch, so a prompt with more rollouts moves the policy more; the original GRPO paper
    /// averages within each group first, so every non-degenerate group moves it equally.
    public enum LossAggregation: String, Codable, Sendable {
        case batchMean = "batch-mean"
        case groupMean = "group-mean"
    }

    /// One prompt's policy.
    public struct Prompt: Codable, Sendable, Equatable {
        public var id: String
        public var logits: [Double]
        public var correct: Int
        /// Response length of each candidate answer, in tokens.
        public var lengths: [Double]
        public var isHard: Bool

        /// π(correct): the prompt's exact pass rate under the current policy.
        public var passRate: Double { GRPOLearner.softmax(logits)[correct] }
        /// Greedy decoding answers correctly.
        public var isSolved: Bool { logits.indices.max { logits[$0] < logits[$1] } == correct }
        /// Expected response length under the current policy.
        public var expectedLength: Double { zip(GRPOLearner.softmax(logits), lengths).reduce(0) { $0 + $1.0 * $1.1 } }
    }

    public let configuration: Configuration
    public private(set) var prompts: [Prompt]
    private var index: [String: Int]
    private var random: RandomSource
    /// Answers drawn by the last `sample`, consumed by `learn`.
    private var pending: [String: [Int]] = [:]

    public init(configuration: Configuration = Configuration(), seed: UInt64) throws {
        try configuration.validate()
        self.configuration = configuration
        var random = RandomSource(seed: seed)
        var prompts: [Prompt] = []
        for number in 0..<configuration.prompts {
            let hard = random.uniform() >= configuration.easyShare
            let candidates = hard ? configuration.hardCandidates : configuration.easyCandidates
            let k = candidates.lowerBound + random.integer(below: candidates.count)
            let rates = hard ? configuration.hardPassRate : configuration.easyPassRate
            let target = random.uniform(from: rates.lowerBound, to: rates.upperBound)
            var logits = (0..<k).map { _ in random.normal(mean: 0, standardDeviation: 0.5) }
            let correct = random.integer(below: k)
            // Set the correct answer's logit so that π(correct) = target exactly.
            let others = logits.indices.filter { $0 != correct }.reduce(0) { $0 + exp(logits[$1]) }
            logits[correct] = log(target / (1 - target) * others)
            let median = hard ? configuration.hardLength : configuration.easyLength
            let lengths = (0..<k).map { answer in
                (median * exp(random.normal(mean: 0, standardDeviation: 0.3)) * (answer == correct ? 1.5 : 1)).rounded()
            }
            prompts.append(Prompt(id: "prompt-\(number)", logits: logits, correct: correct, lengths: lengths, isHard: hard))
        }
        self.prompts = prompts
        index = Dictionary(uniqueKeysWithValues: prompts.enumerated().map { ($0.element.id, $0.offset) })
        self.random = random
    }

    public var ids: [String] { prompts.map(\.id) }

    /// Mean pass rate over the population.
    public var passRate: Double { prompts.reduce(0) { $0 + $1.passRate } / Double(prompts.count) }

    /// Prompts solved by greedy decoding.
    public var solvedCount: Int { prompts.filter(\.isSolved).count }

    /// Expected response length over the population under the current policies.
    public var meanExpectedLength: Double { prompts.reduce(0) { $0 + $1.expectedLength } / Double(prompts.count) }

    public func prompt(_ id: String) -> Prompt? { index[id].map { prompts[$0] } }

    static func softmax(_ logits: [Double]) -> [Double] {
        let top = logits.max() ?? 0
        let weights = logits.map { exp($0 - top) }
        let total = weights.reduce(0, +)
        return weights.map { $0 / total }
    }

    /// Draws `counts[i]` answers for `prompts[i]` from the current policies.
    public mutating func sample(prompts ids: [String], counts: [Int]) throws -> [RolloutGroup] {
        guard ids.count == counts.count else {
            throw InputError.parameter("request", "counts", expected: "one count per prompt (\(ids.count))", got: "\(counts.count)")
        }
        pending = [:]
        var groups: [RolloutGroup] = []
        for (id, count) in zip(ids, counts) {
            guard let position = index[id] else {
                throw InputError.parameter("request", "prompts", expected: "ids of this learner's prompts", got: "\"\(id)\"")
            }
            guard count >= 0 else { throw InputError.parameter("request", "counts", expected: "integers >= 0", got: "\(count)") }
            let prompt = prompts[position]
            let probabilities = Self.softmax(prompt.logits)
            let answers = (0..<count).map { _ in random.categorical(weights: probabilities) }
            pending[id] = answers
            groups.append(RolloutGroup(prompt: id, rewards: answers.map { $0 == prompt.correct ? 1 : 0 },
                                       lengths: answers.map { prompt.lengths[$0] }))
        }
        return groups
    }

    /// The GRPO update for the groups of the last `sample`: advantages A_j = (r_j − mean) / (std + ε)
    /// within each group, and logits += η · (1/m) Σ_j A_j (e_{a_j} − π), where m is the group's size
    /// (group-mean) or the batch's mean group size (batch-mean: the batch loss is a mean over all rollouts,
    /// scaled so η means the same for a uniform batch). On-policy with one step per batch the PPO ratio is
    /// 1, so clipping never binds; groups whose rewards are all equal (spread <= ε) contribute nothing.
    /// Returns the number of groups that did.
    @discardableResult
    public mutating func learn(from groups: [RolloutGroup]) -> Int {
        var effective = 0
        let batchMean = Double(groups.reduce(0) { $0 + $1.rewards.count }) / Double(max(groups.count, 1))
        for group in groups {
            guard let answers = pending[group.prompt], answers.count == group.rewards.count, group.hasSignal(epsilon: configuration.epsilon),
                  let position = index[group.prompt] else { continue }
            effective += 1
            let n = Double(group.rewards.count)
            let mean = group.rewards.reduce(0, +) / n
            let deviation = (group.rewards.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n).squareRoot()
            let probabilities = Self.softmax(prompts[position].logits)
            var gradient = [Double](repeating: 0, count: probabilities.count)
            for (answer, reward) in zip(answers, group.rewards) {
                let advantage = (reward - mean) / (deviation + configuration.epsilon)
                for k in gradient.indices { gradient[k] -= advantage * probabilities[k] }
                gradient[answer] += advantage
            }
            let normaliser = configuration.aggregation == .groupMean ? n : batchMean
            for k in gradient.indices { prompts[position].logits[k] += configuration.learningRate * gradient[k] / normaliser }
        }
        pending = [:]
        return effective
    }
}
