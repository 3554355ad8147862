import Allot
import AllotPEFT
import ArgumentParser
import Foundation

/// `allot allocate ranks`: rank allocation for a trainer in another language (PEFT), the allocator's state
/// kept in a file between calls. Format in docs/ranks.md and docs/formats.md.
struct AllocateRanksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ranks",
        abstract: "LoRA ranks per matrix under a parameter budget, from per-component sensitivities (JSON in and out).",
        discussion: """
        First call (no state file yet): {"matrices": [{"name", "input", "output", "maxRank"}, ...]} creates the \
        allocator and prints the initial pattern. Every later call: {"step": t, "sensitivities": {name: [s_0, ..., \
        s_{maxRank-1}], ...}} with s_k = |λ_k ∂λ_k| + mean |P_jk ∂P_jk| + mean |Q_kj ∂Q_kj| (0 for inactive slots), \
        at any steps: every reallocation point passed since the previous call is performed. Prints {"step", \
        "reallocated", "points", "next", "active": {name: [slots]}, "ranks": {name: r}, "parameters", "budget"}; parameters \
        never exceed budget. The state file is replaced atomically, only when the call succeeds. Options left out \
        take the registry's defaults for a new state and the state's values after; a different value is \
        refused. Exit codes: 0, 2 bad input, 1 runtime failure.
        """
    )

    @Option(help: "The JSON file that keeps the allocator between calls.")
    var state: String
    @Option(help: "Read the request from this file instead of stdin.")
    var input: String?
    @Option(help: "uniform, adalora, elastic or bandit-knapsack (default for a new state: bandit-knapsack).")
    var allocator: String?
    @Option(name: .customLong("average-rank"), help: "The parameter budget as an average rank (default for a new state: 4).")
    var averageRank: Int?
    @Option(name: .customLong("total-steps"), help: "T: training steps (needed for a new state).")
    var totalSteps: Int?
    @Option(name: .customLong("warmup-steps"), help: "t_i: steps before the first reallocation (default T/10).")
    var warmupSteps: Int?
    @Option(name: .customLong("final-steps"), help: "t_f: the last steps, with the pattern fixed (a duration; default T/5).")
    var finalSteps: Int?
    @Option(help: "ΔT: steps between reallocations (default 100).")
    var interval: Int?
    @Option(help: "Seed of the Thompson draws (new state only).")
    var seed: UInt64?
    @Option(help: "Bandit-knapsack strategy: ucb or thompson.")
    var strategy: String?

    func run() throws {
        var root = try InputFile.readJSON(input)
        try root.requireObject()
        let matricesReader = try root.optional("matrices")
        let stepReader = try root.optional("step")
        let sensitivitiesReader = try root.optional("sensitivities")
        try root.finish(allowed: ["matrices", "step", "sensitivities"])
        var session: RankState
        var points: [Int] = []
        var step: Int?
        if FileManager.default.fileExists(atPath: state) {
            if let matricesReader {
                throw matricesReader.error(.other("the state file \(state) already exists and holds \(try loadState().matrices.count) matrices; send {\"step\", \"sensitivities\"}, or remove the file (or use another --state) to start over"))
            }
            session = try loadState()
            try checkOptions(against: session)
            guard let stepReader else { throw InputError(source: root.source, path: "step", problem: .missing(expected: "the training step just finished (0-based)")) }
            guard let sensitivitiesReader else {
                throw InputError(source: root.source, path: "sensitivities", problem: .missing(expected: "an object: matrix name → one sensitivity per slot"))
            }
            let current = try stepReader.integer(in: 0...Limits.maxSteps, "the training step")
            step = current
            points = try session.step(current, sensitivities: try RankRequestReader.readSensitivities(sensitivitiesReader, matrices: session.matrices))
        } else {
            guard let matricesReader else {
                throw InputError(source: root.source, path: "matrices", problem: .missing(expected: "an array of {\"name\", \"input\", \"output\", \"maxRank\"} (the first call: \(state) does not exist yet)"))
            }
            if let stepReader { throw stepReader.error(.other("the first call describes the matrices only; send steps once \(state) exists")) }
            if let sensitivitiesReader { throw sensitivitiesReader.error(.other("the first call describes the matrices only; send sensitivities once \(state) exists")) }
            session = try makeState(matrices: try RankRequestReader.readMatrices(matricesReader))
        }
        let response = RankRequestReader.answer(session, step: step, points: points)
        // Everything that can fail happens before the state is replaced.
        let text = try JSONWriter.text(response)
        try AtomicFile.write(try JSONWriter.text(session.encoded()) + "\n", to: state)
        print(text)
    }

    func loadState() throws -> RankState {
        let (data, source) = try InputFile.read(state)
        return try RankState.decode(try JSONParser.parse(data, source: source), source: source)
    }

    func makeState(matrices: [AdaptedMatrix]) throws -> RankState {
        guard let totalSteps else { throw ValidationError("--total-steps is needed when the state file does not exist yet.") }
        let schedule = try ReallocationSchedule(totalSteps: totalSteps, warmupSteps: warmupSteps ?? totalSteps / 10,
                                                finalSteps: finalSteps ?? totalSteps / 5, interval: interval ?? 100)
        let name = allocator ?? BanditKnapsackRankAllocator.name
        let registry = RankAllocatorRegistry.registry
        let entry = try registry.entry(name, source: "--allocator")
        var values: [String: JSONValue] = [:]
        if let strategy {
            guard entry.parameters.contains(where: { $0.name == "strategy" }) else { throw ValidationError("--strategy applies to bandit-knapsack only.") }
            values["strategy"] = .string(strategy)
        }
        let configuration = try registry.configuration(name, values)
        return try RankState(matrices: matrices, configuration: configuration, averageRank: averageRank ?? 4, schedule: schedule, seed: seed ?? 0)
    }

    /// Options given with an existing state must be the state's: a different allocator or budget would
    /// silently be something else than the user asked for.
    func checkOptions(against saved: RankState) throws {
        func refuse(_ option: String, _ given: String, _ held: String) -> InputError {
            InputError(source: state, path: "", problem: .other("holds \(held), but \(option) gives \(given); the options only apply to a new state (remove the file or use another --state to change them)"))
        }
        if let allocator, allocator != saved.configuration.name { throw refuse("--allocator", allocator, "the state of \(saved.configuration.name)") }
        if let averageRank, averageRank != saved.averageRank { throw refuse("--average-rank", "\(averageRank)", "average rank \(saved.averageRank)") }
        if let totalSteps, totalSteps != saved.schedule.totalSteps { throw refuse("--total-steps", "\(totalSteps)", "T = \(saved.schedule.totalSteps)") }
        if let warmupSteps, warmupSteps != saved.schedule.warmupSteps { throw refuse("--warmup-steps", "\(warmupSteps)", "t_i = \(saved.schedule.warmupSteps)") }
        if let finalSteps, finalSteps != saved.schedule.finalSteps { throw refuse("--final-steps", "\(finalSteps)", "t_f = \(saved.schedule.finalSteps)") }
        if let interval, interval != saved.schedule.interval { throw refuse("--interval", "\(interval)", "ΔT = \(saved.schedule.interval)") }
        if let strategy, saved.configuration.parameters.string("strategy") != strategy {
            throw refuse("--strategy", strategy, "strategy \(saved.configuration.parameters.string("strategy") ?? "none")")
        }
        if seed != nil { throw refuse("--seed", "\(seed!)", "its own random state") }
    }
}
