import Allot
import AllotPEFT
import AllotSimulator
import ArgumentParser
import Foundation

/// `allot allocate ranks`: rank allocation for a trainer in another language (PEFT), one call per
/// training step, the allocator's state kept in a file between calls. Format in docs/ranks.md.
struct AllocateRanksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ranks",
        abstract: "LoRA ranks per matrix under a parameter budget, from per-component sensitivities (JSON in and out).",
        discussion: """
        First call (no state file yet): {"matrices": [{"name", "input", "output", "maxRank"}, ...]} creates the \
        allocator and prints the initial pattern. Every later call: {"step": t, "sensitivities": {name: [s_0, ..., \
        s_{maxRank-1}], ...}} with s_k = |λ_k ∂λ_k| + mean |P_jk ∂P_jk| + mean |Q_kj ∂Q_kj| (0 for inactive slots). \
        Prints {"step", "reallocated", "active": {name: [slots]}, "ranks": {name: r}, "parameters", "budget"}. The \
        state file is replaced atomically. Exit codes: 0, 2 bad input.
        """
    )

    @Option(help: "The JSON file that keeps the allocator between calls.")
    var state: String
    @Option(help: "Read the request from this file instead of stdin.")
    var input: String?
    @Option(help: "uniform, adalora, elastic or bandit-knapsack (new state only).")
    var allocator = BanditKnapsackRankAllocator.name
    @Option(name: .customLong("average-rank"), help: "The parameter budget as an average rank (new state only).")
    var averageRank = 4
    @Option(name: .customLong("total-steps"), help: "T: training steps (new state only).")
    var totalSteps: Int?
    @Option(name: .customLong("warmup-steps"), help: "t_i: steps before the first reallocation (new state only).")
    var warmupSteps: Int?
    @Option(name: .customLong("final-steps"), help: "t_f: the last steps, with the pattern fixed (a duration; new state only).")
    var finalSteps: Int?
    @Option(help: "ΔT: steps between reallocations (new state only).")
    var interval = 100
    @Option(help: "Seed of the Thompson draws (new state only).")
    var seed: UInt64 = 0
    @Option(help: "Bandit-knapsack strategy: ucb or thompson (new state only).")
    var strategy = "ucb"

    struct SavedState: Codable {
        static let format = "allot-rank-state/1"
        var format: String
        var allocator: AnyRankAllocator
        var pattern: RankPattern
    }

    func run() throws {
        let file = input ?? "stdin"
        let data = try input.map { try Data(contentsOf: URL(fileURLWithPath: $0)) } ?? FileHandle.standardInput.readDataToEndOfFile()
        var root = FieldReader(source: file, value: try JSONParser.parse(data, source: file))
        try root.requireObject()
        let url = URL(fileURLWithPath: state)
        var saved: SavedState
        var reallocated = false
        var step = -1
        if let existing = FileManager.default.contents(atPath: state) {
            do { saved = try JSONDecoder().decode(SavedState.self, from: existing) } catch {
                throw InputError(source: state, path: "", problem: .invalid(expected: "a state file written by `allot allocate ranks` (\(SavedState.format))", got: "\(error)"))
            }
            step = try root.required("step", "the training step just finished (0-based)").integer("an integer >= 0") { $0 >= 0 }
            var reader = try root.required("sensitivities", "an object: matrix name → one sensitivity per slot")
            var sensitivities: [TripletSensitivity] = []
            for matrix in saved.allocator.matrices {
                let values = try reader.required(matrix.name, "\(matrix.maxRank) numbers (one per slot)").numbers("\(matrix.maxRank) finite numbers >= 0", count: matrix.maxRank) { $0 >= 0 }
                let third = values.map { Float($0 / 3) }
                sensitivities.append(TripletSensitivity(values: third, left: third, right: third))
            }
            try reader.finish(allowed: saved.allocator.matrices.map(\.name))
            try root.finish(allowed: ["step", "sensitivities"])
            var model = ExternalRankModel(matrices: saved.allocator.matrices, pattern: saved.pattern, observed: sensitivities)
            reallocated = try model.allocateRanks(with: &saved.allocator, step: step)
            saved.pattern = model.rankPattern
        } else {
            let items = try root.required("matrices", "an array of {\"name\", \"input\", \"output\", \"maxRank\"} (first call)").elements()
            var matrices: [AdaptedMatrix] = []
            for var item in items {
                let name = try item.required("name", "the matrix name").string()
                let inputWidth = try item.required("input", "its input width").integer("an integer >= 1") { $0 >= 1 }
                let outputWidth = try item.required("output", "its output width").integer("an integer >= 1") { $0 >= 1 }
                let maxRank = try item.required("maxRank", "its component slots").integer("an integer >= 1") { $0 >= 1 }
                try item.finish(allowed: ["name", "input", "output", "maxRank"])
                guard !matrices.contains(where: { $0.name == name }) else { throw item.error(.invalid(expected: "distinct matrix names", got: "\"\(name)\" twice")) }
                matrices.append(AdaptedMatrix(name: name, input: inputWidth, output: outputWidth, maxRank: maxRank))
            }
            try root.finish(allowed: ["matrices"])
            guard let totalSteps else { throw ValidationError("--total-steps is needed when the state file does not exist yet.") }
            let schedule = try ReallocationSchedule(totalSteps: totalSteps, warmupSteps: warmupSteps ?? totalSteps / 10,
                                                    finalSteps: finalSteps ?? totalSteps / 5, interval: interval)
            let made: AnyRankAllocator
            switch allocator {
            case UniformRankAllocator.name: made = .uniform(try UniformRankAllocator(matrices: matrices, averageRank: averageRank))
            case AdaLoRAAllocator.name: made = .adalora(try AdaLoRAAllocator(matrices: matrices, targetAverageRank: Double(averageRank), steps: schedule))
            case ElasticRankAllocator.name: made = .elastic(try ElasticRankAllocator(matrices: matrices, averageRank: averageRank, steps: schedule))
            case BanditKnapsackRankAllocator.name:
                guard ["ucb", "thompson"].contains(strategy) else { throw ValidationError("--strategy must be ucb or thompson, got \"\(strategy)\".") }
                made = .banditKnapsack(try BanditKnapsackRankAllocator(matrices: matrices, averageRank: averageRank, steps: schedule,
                                                                       strategy: strategy == "ucb" ? .ucb(exploration: 1) : .thompson, seed: seed))
            default:
                throw ValidationError("--allocator must be one of \(AnyRankAllocator.names.joined(separator: ", ")), got \"\(allocator)\".")
            }
            saved = SavedState(format: SavedState.format, allocator: made, pattern: made.initialPattern)
            reallocated = true
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(saved).write(to: url, options: .atomic)
        let matrices = saved.allocator.matrices
        let response = JSONValue.object([
            "active": .object(JSONObject(zip(matrices, saved.pattern.active).map { (key: $0.name, value: JSONValue.array($1.map { .number(Double($0)) })) })),
            "budget": .number(Double(saved.allocator.budget(at: max(step, 0)))),
            "parameters": .number(Double(saved.pattern.parameters(matrices))),
            "ranks": .object(JSONObject(zip(matrices, saved.pattern.ranks).map { (key: $0.name, value: JSONValue.number(Double($1))) })),
            "reallocated": .bool(reallocated),
            "step": step >= 0 ? .number(Double(step)) : .null,
        ])
        print(response.canonicalText)
    }
}

/// The trainer on the other side of the JSON interface, as the allocators see it for one call.
struct ExternalRankModel: RankAdaptable {
    let adaptedMatrices: [AdaptedMatrix]
    var rankPattern: RankPattern
    let observed: [TripletSensitivity]

    init(matrices: [AdaptedMatrix], pattern: RankPattern, observed: [TripletSensitivity]) {
        adaptedMatrices = matrices
        rankPattern = pattern
        self.observed = observed
    }

    func sensitivities() -> [TripletSensitivity] { observed }
    mutating func apply(_ pattern: RankPattern) throws { rankPattern = pattern }
}
