import Allot

/// What a trainer reports about one prompt of a GRPO batch: the rewards of its last group (with
/// response lengths), or success and trial counts, or nothing yet; and optionally its expected length.
public struct PromptObservation: Sendable, Equatable {
    public enum Evidence: Sendable, Equatable {
        case none
        case rewards([Double], lengths: [Double])
        case counts(successes: Int, trials: Int)
        /// A success rate the trainer knows (an offline evaluation, its own estimator): it replaces the
        /// prompt's history, as if its last `window` rewards had averaged `rate`.
        case rate(Double)
    }

    public var id: String
    public var evidence: Evidence
    public var meanLength: Double?

    public init(id: String, evidence: Evidence = .none, meanLength: Double? = nil) {
        self.id = id
        self.evidence = evidence
        self.meanLength = meanLength
    }

    func record(into statistics: inout RolloutStatistics) throws {
        switch evidence {
        case .none: break
        case let .rewards(rewards, lengths):
            try statistics.record(prompt: id, rewards: rewards, lengths: lengths.isEmpty ? meanLength.map { [Double](repeating: $0, count: rewards.count) } ?? [] : lengths)
        case let .counts(successes, trials):
            try statistics.record(prompt: id, successes: successes, trials: trials, meanLength: meanLength)
        case let .rate(rate):
            try statistics.set(prompt: id, rate: rate)
        }
        if let meanLength { try statistics.noteLength(prompt: id, meanLength: meanLength) }
    }
}

/// Reads the rollout request JSON of `allot allocate rollouts` and `allot serve`:
/// `{"prompts": [{"id": "a", "rewards": [1, 0]}, {"id": 7, "successes": 3, "trials": 8, "meanLength": 300},
/// {"id": "b", "rate": 0.25}, {"id": "new"}], "observed": [{"id": "c", "rewards": [0, 0, 1]}]}`.
/// `prompts` are this step's batch; `observed` are prompts of earlier steps whose rewards arrive now and
/// are only recorded: with a shuffled data loader the rewards a step produces belong to prompts the next
/// step does not ask about, and they must not be dropped. Every error names the prompt's place in the request.
public enum RolloutRequestReader {
    /// The members a prompt entry may have.
    public static let promptFields = ["id", "rewards", "lengths", "successes", "trials", "rate", "meanLength"]

    /// A request: the batch to allocate and the evidence about other prompts to record first.
    public struct Request: Sendable, Equatable {
        public var prompts: [PromptObservation]
        public var observed: [PromptObservation]

        /// Everything to record, the earlier prompts' evidence first (a batch prompt in both gets both, in that order).
        public var evidence: [PromptObservation] { observed + prompts }
    }

    /// The batch of `{"prompts": [...]}`, in the trainer's order, and the optional `"observed"` prompts.
    public static func read(_ root: FieldReader) throws -> Request {
        var root = root
        let prompts = try root.required("prompts", "an array of {\"id\": ..., \"rewards\": [...]} objects")
        let observed = try root.optional("observed")
        try root.finish(allowed: ["prompts", "observed"])
        return try request(prompts: prompts, observed: observed)
    }

    /// The request of a `prompts` array and an optional `observed` array of prompt entries.
    public static func request(prompts: FieldReader, observed: FieldReader?) throws -> Request {
        Request(prompts: try readPrompts(prompts), observed: try observed.map(readPrompts) ?? [])
    }

    /// The observations of an array of prompt entries.
    public static func readPrompts(_ reader: FieldReader) throws -> [PromptObservation] {
        let items = try reader.elements("an array of {\"id\": ..., \"rewards\": [...]} objects", maxCount: Limits.maxPrompts)
        var observations: [PromptObservation] = []
        observations.reserveCapacity(items.count)
        for item in items { observations.append(try readPrompt(item)) }
        return observations
    }

    static func readPrompt(_ item: FieldReader) throws -> PromptObservation {
        var prompt = item
        try prompt.requireObject()
        let idReader = try prompt.required("id", "the prompt's id (a string or an integer)")
        let id: String
        switch idReader.value {
        case .string: id = try idReader.name("the prompt's id")
        case .number: id = String(try idReader.integer("an integer or a string"))
        default: throw idReader.invalid("a string or an integer")
        }
        let rewardsReader = try prompt.optional("rewards")
        let rewards = try rewardsReader?.numbers("a reward in [0, 1]") { $0 >= 0 && $0 <= 1 }
        let lengths = try prompt.optional("lengths")?.numbers("a length in 0...\(Limits.maxRolloutTokens) (tokens)") { $0 >= 0 && $0 <= Double(Limits.maxRolloutTokens) }
        let successes = try prompt.optional("successes")
        let trials = try prompt.optional("trials")
        let rate = try prompt.optional("rate")?.number("a success rate in [0, 1]") { $0 >= 0 && $0 <= 1 }
        let meanLength = try prompt.optional("meanLength")?.number("a length in 1...\(Limits.maxRolloutTokens) (tokens)") { $0 >= 1 && $0 <= Double(Limits.maxRolloutTokens) }
        try prompt.finish(allowed: promptFields)
        if let lengths, let rewards, lengths.count != rewards.count {
            throw InputError(source: item.source, path: "\(item.path).lengths", problem: .invalid(expected: "one length per reward (\(rewards.count))", got: "\(lengths.count)"))
        }
        if lengths != nil, rewards == nil {
            throw InputError(source: item.source, path: "\(item.path).lengths", problem: .invalid(expected: "lengths next to \"rewards\" (one per reward)", got: "lengths without rewards"))
        }
        var observation = PromptObservation(id: id, meanLength: meanLength)
        if let rate {
            if rewards != nil || successes != nil || trials != nil {
                throw InputError(source: item.source, path: "\(item.path).rate", problem: .invalid(expected: "a rate alone, without \"rewards\" or \"successes\" and \"trials\"", got: "both"))
            }
            observation.evidence = .rate(rate)
        } else if let rewards {
            if successes != nil || trials != nil {
                throw InputError(source: item.source, path: "\(item.path).successes", problem: .invalid(expected: "either \"rewards\" or \"successes\" and \"trials\", not both", got: "both"))
            }
            observation.evidence = .rewards(rewards, lengths: lengths ?? [])
        } else if successes != nil || trials != nil {
            guard let trials else { throw InputError(source: item.source, path: "\(item.path).trials", problem: .missing(expected: "the number of trials next to \"successes\"")) }
            let n = try trials.integer("an integer >= 0") { $0 >= 0 }
            let s = try successes.map { try $0.integer("an integer in 0...\(n)") { $0 >= 0 && $0 <= n } } ?? 0
            observation.evidence = .counts(successes: s, trials: n)
        }
        return observation
    }
}
