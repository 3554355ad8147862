import Allot
import AllotRL
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
        Reads {"prompts": [{"id": ..., "rewards": [...]} | {"id": ..., "successes": s, "trials": n} | {"id": ..., \
        "rate": p}, ...]} \
        (optional "lengths" or "meanLength" per prompt; optional "observed": [...], prompts outside this batch \
        whose rewards are recorded but get no rollouts) and writes {"allocation": {id: n}, ...}. With \
        --state, the allocator, its random state and the per-prompt statistics persist between calls \
        (format allot-rollout-state, docs/formats.md), the input then holding only the rewards observed \
        since the last call; the file is replaced atomically, and only when the call succeeds. With \
        --policy cost, --budget is in tokens. Options left out take the registry's defaults (`allot \
        policies`) or, with an existing state, the state's values; a different value is refused. Exit \
        codes: 0, 2 bad input or infeasible budget, 1 runtime failure.
        """
    )

    @Option(help: "Total rollouts this step (tokens with --policy cost).")
    var budget: Int

    @Option(name: .customLong("min"), help: "Rollouts per prompt, at least.")
    var minimum = 2

    @Option(name: .customLong("max"), help: "Rollouts per prompt, at most.")
    var maximum = 128

    @Option(help: "uniform, knapsack-rl, posterior or cost (default: the state's, else knapsack-rl).")
    var policy: String?

    @Option(help: "A JSON file that keeps the allocator and statistics between calls (created if missing).")
    var state: String?

    @Option(help: "Read the request from this file instead of stdin.")
    var input: String?

    @Option(help: "Seed of the posterior draws (new state only).")
    var seed: UInt64 = 0

    @Option(help: "Posterior planning: thompson, optimistic or mean (posterior, cost).")
    var planning: String?

    @Option(help: "Knapsack RL's α in the need estimate (knapsack-rl).")
    var confidence: Double?

    @Flag(name: .customLong("no-fallback"), help: "Knapsack RL: give the whole budget to the knapsack (the reference's allow_fallback=False).")
    var noFallback = false

    @Option(help: "Rewards kept per prompt for the point estimate (default 16).")
    var window: Int?

    @Option(help: "Posterior discount per observation (default 0.9).")
    var discount: Double?

    @Option(name: .customLong("default-length"), help: "Tokens per rollout before any length is known (cost).")
    var defaultLength: Double?

    /// The parameters given on the command line, by registry name.
    func givenParameters() -> [String: JSONValue] {
        var values: [String: JSONValue] = [:]
        if let planning { values["planning"] = .string(planning) }
        if let confidence { values["confidence"] = .number(confidence) }
        if noFallback { values["fallback"] = .bool(false) }
        if let defaultLength { values["defaultLength"] = .number(defaultLength) }
        return values
    }

    /// The configuration the options name for `name`: given parameters over the registry's defaults.
    func configuration(named name: String) throws -> ComponentConfiguration {
        let registry = RolloutAllocatorRegistry.registry
        let entry = try registry.entry(name, source: "--policy")
        let known = Set(entry.parameters.map(\.name))
        let given = givenParameters()
        if let stray = given.keys.sorted().first(where: { !known.contains($0) }) {
            let option = ["planning": "--planning", "confidence": "--confidence", "fallback": "--no-fallback", "defaultLength": "--default-length"][stray]!
            throw InputError(source: option, path: "", problem: .other("does not apply to \(name); it is a parameter of \(registry.entries.filter { $0.parameters.contains { $0.name == stray } }.map(\.name).joined(separator: ", "))"))
        }
        return try registry.configuration(name, given)
    }

    func run() throws {
        let request = try RolloutRequestReader.read(try InputFile.readJSON(input))
        var session = try loadState()
        try session.record(request.evidence)
        let ids = request.prompts.map(\.id)
        let allocation = try session.allocate(prompts: ids, budget: budget, minimum: minimum, maximum: maximum)
        let output = session.answer(prompts: ids, allocation: allocation, budget: budget)
        // Everything that can fail happens before the state is replaced.
        let text = try JSONWriter.text(output, pretty: true)
        if let state { try AtomicFile.write(try JSONWriter.text(session.encoded()) + "\n", to: state) }
        print(text)
    }

    /// The saved state (checked against the options), or a new one.
    func loadState() throws -> RolloutState {
        let window = self.window ?? 16, discount = self.discount ?? 0.9
        guard let state, FileManager.default.fileExists(atPath: state) else {
            return try RolloutState(configuration: configuration(named: policy ?? KnapsackRLAllocator.name), window: window, discount: discount, seed: seed)
        }
        let (data, source) = try InputFile.read(state)
        let value = try JSONParser.parse(data, source: source)
        // A version 1 file does not record its allocator: the options (or the old default) name it.
        let isVersion1 = value.value(for: "format") == .string("\(RolloutState.format)/1")
        let saved = try RolloutState.decode(value, source: source, expecting: isVersion1 ? try configuration(named: policy ?? KnapsackRLAllocator.name) : nil)
        if let policy, policy != saved.configuration.name {
            throw InputError(source: "--policy", path: "", problem: .other("is \"\(policy)\", but \(state) holds the state of \(saved.configuration.name); use another --state file for another allocator"))
        }
        for (name, value) in givenParameters() where saved.configuration.parameters.values[name] != value {
            throw InputError(source: state, path: "policy.parameters.\(name)", problem: .other(
                "the state was made with \(name) = \(saved.configuration.parameters.values[name]?.canonicalText ?? "its default"), the options give \(value.canonicalText); use another --state file to change it"))
        }
        if let given = self.window, given != saved.statistics.window {
            throw InputError(source: state, path: "statistics.window", problem: .other("the state keeps \(saved.statistics.window) rewards per prompt, --window gives \(given)"))
        }
        if let given = self.discount, given != saved.statistics.discount {
            throw InputError(source: state, path: "statistics.discount", problem: .other("the state discounts by \(JSONValue.format(saved.statistics.discount)), --discount gives \(JSONValue.format(given))"))
        }
        return saved
    }
}
