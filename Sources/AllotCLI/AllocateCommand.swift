import Allot
import AllotRL
import AllotSimulator
import ArgumentParser
import Foundation

/// `allot allocate`: allocation decisions for trainers in other languages, JSON in and out.
struct AllocateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "allocate",
        abstract: "Decide budgets for a training step (JSON on stdin, JSON on stdout).",
        subcommands: [AllocateRolloutsCommand.self, AllocateRanksCommand.self]
    )
}

/// `allot allocate rollouts`: rollouts per prompt for one GRPO step. Format in docs/rollouts.md.
struct AllocateRolloutsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollouts",
        abstract: "Rollouts per prompt for one GRPO step under a fixed total.",
        discussion: """
        Reads {"prompts": [{"id": ..., "rewards": [...]} | {"id": ..., "successes": s, "trials": n}, ...]} \
        (optional "lengths" or "meanLength" per prompt) and writes {"allocation": {id: n}, ...}. With \
        --state, per-prompt statistics (and the posterior allocators' random state) persist between calls, \
        the input then holding only the rewards observed since the last call; the file is replaced \
        atomically. With --policy cost, --budget is in tokens. Exit codes: 0, 2 bad input or infeasible budget.
        """
    )

    @Option(help: "Total rollouts this step (tokens with --policy cost).")
    var budget: Int

    @Option(name: .customLong("min"), help: "Rollouts per prompt, at least.")
    var minimum = 2

    @Option(name: .customLong("max"), help: "Rollouts per prompt, at most.")
    var maximum = 128

    @Option(help: "uniform, knapsack-rl, posterior or cost.")
    var policy = KnapsackRLAllocator.name

    @Option(help: "A JSON file that keeps statistics between calls (created if missing).")
    var state: String?

    @Option(help: "Read the request from this file instead of stdin.")
    var input: String?

    @Option(help: "Seed of the posterior draws (used when the state has none yet).")
    var seed: UInt64 = 0

    @Option(help: "Posterior planning: thompson, optimistic or mean.")
    var planning = PosteriorPlanning.thompson.rawValue

    @Option(help: "Knapsack RL's α in the need estimate.")
    var confidence = 0.9

    @Option(help: "Rewards kept per prompt for the point estimate (new state only).")
    var window = 16

    @Option(help: "Posterior discount per observation (new state only).")
    var discount = 0.9

    @Option(help: "Tokens per rollout before any length is known (--policy cost).")
    var defaultLength = 512.0

    func validate() throws {
        guard RolloutPolicyCatalog.names.contains(policy) else {
            throw ValidationError("--policy must be one of \(RolloutPolicyCatalog.names.joined(separator: ", ")), got \"\(policy)\".")
        }
        guard PosteriorPlanning(rawValue: planning) != nil else {
            throw ValidationError("--planning must be one of \(PosteriorPlanning.allCases.map(\.rawValue).joined(separator: ", ")), got \"\(planning)\".")
        }
    }

    /// What --state holds.
    struct SavedState: Codable {
        static let format = "allot-rollout-state/1"
        var format: String
        var statistics: RolloutStatistics
        var posterior: PosteriorKnapsackAllocator?
        var cost: CostAwareKnapsackAllocator?
    }

    /// The JSON written to stdout.
    struct Output: Encodable {
        var allocation: [String: Int]
        var policy: String
        var budget: Int
        var budgetUnit: String
        var spent: Int
        var estimates: [String: Double?]
        var expectedEffectiveGroups: Double
        var value: Double
        var leftover: Int
        var solver: String
    }

    func run() throws {
        let source = input ?? "stdin"
        let data: Data
        if let input {
            do { data = try Data(contentsOf: URL(fileURLWithPath: input)) } catch {
                throw InputError(source: input, path: "", problem: .unreadable(error.localizedDescription))
            }
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        var saved = try loadState()
        let batch = try Self.readRequest(data, source: source, into: &saved.statistics)

        let request = RolloutRequest(prompts: batch, budget: budget, minimum: minimum, maximum: maximum)
        let plan = PosteriorPlanning(rawValue: planning)!
        let allocation: RolloutAllocation
        switch policy {
        case UniformAllocator.name:
            var allocator = UniformAllocator()
            allocation = try allocator.allocate(request, statistics: saved.statistics)
        case PosteriorKnapsackAllocator.name:
            var allocator = try saved.posterior ?? PosteriorKnapsackAllocator(planning: plan, seed: seed)
            allocator.estimator.planning = plan
            allocation = try allocator.allocate(request, statistics: saved.statistics)
            saved.posterior = allocator
        case CostAwareKnapsackAllocator.name:
            var allocator = try saved.cost ?? CostAwareKnapsackAllocator(planning: plan, defaultLength: defaultLength, seed: seed)
            allocator.estimator.planning = plan
            allocation = try allocator.allocate(request, statistics: saved.statistics)
            saved.cost = allocator
        default:
            var allocator = try KnapsackRLAllocator(confidence: confidence)
            allocation = try allocator.allocate(request, statistics: saved.statistics)
        }
        if let state {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            do { try encoder.encode(saved).write(to: URL(fileURLWithPath: state), options: .atomic) } catch {
                throw SimulationError.io(path: state, message: "cannot write the state: \(error.localizedDescription)")
            }
        }
        let costs = policy == CostAwareKnapsackAllocator.name
            ? (saved.cost?.costs(for: batch, statistics: saved.statistics) ?? []) : [Int](repeating: 1, count: batch.count)
        let output = Output(
            allocation: Dictionary(uniqueKeysWithValues: zip(batch, allocation.counts)), policy: policy, budget: budget,
            budgetUnit: policy == CostAwareKnapsackAllocator.name ? "tokens" : "rollouts",
            spent: zip(allocation.counts, costs).reduce(0) { $0 + $1.0 * $1.1 },
            estimates: Dictionary(uniqueKeysWithValues: zip(batch, allocation.estimates)),
            expectedEffectiveGroups: allocation.expectedEffectiveGroups, value: allocation.value,
            leftover: allocation.leftover, solver: allocation.solver)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        print(String(decoding: try encoder.encode(output), as: UTF8.self))
    }

    func loadState() throws -> SavedState {
        let fresh = { SavedState(format: SavedState.format, statistics: try RolloutStatistics(window: window, discount: discount)) }
        guard let state, FileManager.default.fileExists(atPath: state) else { return try fresh() }
        do {
            let saved = try JSONDecoder().decode(SavedState.self, from: Data(contentsOf: URL(fileURLWithPath: state)))
            guard saved.format == SavedState.format else {
                throw InputError(source: state, path: "format", problem: .invalid(expected: "\"\(SavedState.format)\"", got: "\"\(saved.format)\""))
            }
            return saved
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(source: state, path: "", problem: .invalid(expected: "a state file written by `allot allocate rollouts --state`", got: "\(error)"))
        }
    }

    /// Reads the prompts, records their observations into `statistics`, and returns the batch's ids in order.
    static func readRequest(_ data: Data, source: String, into statistics: inout RolloutStatistics) throws -> [String] {
        var root = FieldReader(source: source, value: try JSONParser.parse(data, source: source))
        try root.requireObject()
        let prompts = try root.required("prompts", "an array of {\"id\": ..., \"rewards\": [...]} objects").elements()
        try root.finish(allowed: ["prompts"])
        var ids: [String] = []
        for var prompt in prompts {
            let idReader = try prompt.required("id", "the prompt's id (a string or an integer)")
            let id: String
            switch idReader.value {
            case let .string(text): id = text
            case .number: id = String(try idReader.integer("an integer or a string"))
            default: throw idReader.invalid("a string or an integer")
            }
            let rewards = try prompt.optional("rewards")?.numbers("rewards in [0, 1]") { $0 >= 0 && $0 <= 1 }
            let lengths = try prompt.optional("lengths")?.numbers("lengths >= 0 (tokens)") { $0 >= 0 }
            let successes = try prompt.optional("successes")
            let trials = try prompt.optional("trials")
            let meanLength = try prompt.optional("meanLength")?.number("a length >= 1 (tokens)") { $0 >= 1 }
            try prompt.finish(allowed: ["id", "rewards", "lengths", "successes", "trials", "meanLength"])
            if let lengths, let rewards, lengths.count != rewards.count {
                throw InputError(source: source, path: "\(prompt.path).lengths", problem: .invalid(expected: "one length per reward (\(rewards.count))", got: "\(lengths.count)"))
            }
            if let rewards {
                if successes != nil || trials != nil {
                    throw InputError(source: source, path: "\(prompt.path).successes", problem: .invalid(expected: "either \"rewards\" or \"successes\" and \"trials\", not both", got: "both"))
                }
                try statistics.record(prompt: id, rewards: rewards, lengths: lengths ?? meanLength.map { [Double](repeating: $0, count: rewards.count) } ?? [])
            } else if successes != nil || trials != nil {
                guard let trials else { throw InputError(source: source, path: "\(prompt.path).trials", problem: .missing(expected: "the number of trials next to \"successes\"")) }
                let n = try trials.integer("an integer >= 0") { $0 >= 0 }
                let s = try successes.map { try $0.integer("an integer in 0...\(n)") { $0 >= 0 && $0 <= n } } ?? 0
                try statistics.record(prompt: id, successes: s, trials: n, meanLength: meanLength)
            }
            if let meanLength { try statistics.noteLength(prompt: id, meanLength: meanLength) }
            ids.append(id)
        }
        return ids
    }
}
