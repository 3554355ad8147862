import Allot
import AllotData
import AllotPEFT
import AllotSimulator
import ArgumentParser
import Foundation

/// `allot finetune`: pretrain (or load the cached) character transformer on Shakespeare, then fine-tune
/// LoRA adapters on Paradise Lost with a rank allocator under a parameter budget.
struct FinetuneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "finetune",
        abstract: "LoRA fine-tuning (Shakespeare → Milton) with ranks moved by an allocator under a parameter budget.",
        discussion: """
        Writes ranks.json (the learned rank per layer and matrix type), ranks.svg (a heatmap), validation.csv \
        (bits per character on held-out Milton) and summary.json to --out. The pretrained base is built once \
        per model size and cached in --cache.
        """)

    @Option(help: "uniform, adalora, elastic or bandit-knapsack.")
    var allocator = "bandit-knapsack"
    @Option(name: .customLong("average-rank"), help: "The parameter budget as an average rank per matrix.")
    var averageRank = 4
    @Option(help: "Fine-tuning steps.")
    var steps = 600
    @Option(help: "Seed of the adapters, batches and allocator.")
    var seed: UInt64 = 0
    @Option(name: .customLong("max-rank"), help: "Component slots per matrix.")
    var maxRank = 16
    @Option(name: .customLong("learning-rate"), help: "Peak learning rate of the adapters.")
    var learningRate: Float = 5e-3
    @Option(help: "Sequences per batch.")
    var batch = 16
    @Option(help: "small (3 layers, width 128) or tiny (2 layers, width 16; for tests).")
    var model = "small"
    @Option(name: .customLong("pretrain-steps"), help: "Steps of base pretraining (when not cached).")
    var pretrainSteps = 3000
    @Option(help: "Where the pretrained base is cached.")
    var cache = ".allot-cache"
    @Option(help: "Output folder.")
    var out = "allot-finetune"
    @Option(name: .customLong("evaluate-every"), help: "Steps between validation measurements.")
    var evaluateEvery = 50
    @Option(help: "Bandit-knapsack strategy: ucb or thompson.")
    var strategy = "ucb"
    @Option(name: .customLong("orthogonality-weight"), help: "AdaLoRA's regulariser weight (0.5 in the paper).")
    var orthogonalityWeight: Float = 0.5
    @Option(name: .customLong("max-step"), help: "Bandit-knapsack: the most a matrix's rank may change per reallocation (default: unlimited).")
    var maxStep: Int?
    @Flag(help: "Only the final summary.")
    var quiet = false

    func validate() throws {
        guard AnyRankAllocator.names.contains(allocator) else {
            throw ValidationError("--allocator must be one of \(AnyRankAllocator.names.joined(separator: ", ")), got \"\(allocator)\".")
        }
        guard ["small", "tiny"].contains(model) else { throw ValidationError("--model must be small or tiny, got \"\(model)\".") }
        guard ["ucb", "thompson"].contains(strategy) else { throw ValidationError("--strategy must be ucb or thompson, got \"\(strategy)\".") }
        guard evaluateEvery >= 1 else { throw ValidationError("--evaluate-every must be >= 1, got \(evaluateEvery).") }
    }

    func run() throws {
        let experiment = try RankExperiment(model: model, pretrainSteps: pretrainSteps, cache: cache)
        if experiment.built == false, !quiet { log("base model: cached in \(cache)") }
        let settings = try FineTuningSettings(steps: steps, batch: batch, length: experiment.configuration.contextLength,
                                              learningRate: learningRate, maxRank: maxRank, seed: seed)
        let matrices = LoRAFineTuner.matrices(of: experiment.configuration, maxRank: maxRank)
        var overrides: [String: JSONValue] = ["strategy": .string(strategy), "orthogonalityWeight": .number(Double(orthogonalityWeight))]
        if let maxStep { overrides["maxStep"] = .number(Double(maxStep)) }
        let choice = try RankExperiment.allocator(allocator, matrices: matrices, averageRank: averageRank, steps: steps, overrides: overrides, seed: seed)
        var tuner = try LoRAFineTuner(base: experiment.base, corpus: experiment.milton, settings: settings, allocator: choice)
        // A killed run resumes from the last evaluation: the tuner's checkpoint (adapters, optimizer, allocator,
        // random state) and the curve so far, written atomically with the run's options as its key.
        let checkpointURL = URL(fileURLWithPath: out).appendingPathComponent("checkpoint.json")
        let key = "\(model) \(pretrainSteps) \(allocator) \(averageRank) \(steps) \(seed) \(maxRank) \(learningRate) \(batch) \(evaluateEvery) \(strategy) \(orthogonalityWeight) \(maxStep.map(String.init) ?? "-")"
        var curve: [(step: Int, bits: Double)] = []
        if let saved = try FinetuneCheckpoint.read(checkpointURL.path), saved.key == key {
            do { try tuner.restore(saved.tuner) } catch let error as AllotError {
                throw InputError(source: checkpointURL.path, path: "tuner", problem: .other("does not belong to this run (\(error.description)); remove it to start over"))
            }
            curve = zip(saved.curveSteps, saved.curveBits).map { ($0, $1) }
            if !quiet { log("resuming from step \(tuner.step) (\(checkpointURL.path))") }
        } else {
            if FileManager.default.fileExists(atPath: checkpointURL.path), !quiet { log("\(checkpointURL.path) is from a run with other options; starting over") }
            curve = [(0, tuner.validationBitsPerCharacter())]
            if !quiet { log("step 0: validation \(String(format: "%.4f", curve[0].bits)) bits/char (the frozen base on Milton)") }
        }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let start = Date()
        for step in stride(from: tuner.step + 1, through: steps, by: 1) {
            let (loss, moved) = try tuner.trainStep()
            if step % evaluateEvery == 0 || step == steps {
                curve.append((step, tuner.validationBitsPerCharacter()))
                let saved = FinetuneCheckpoint(key: key, tuner: tuner.checkpoint(), curveSteps: curve.map(\.step), curveBits: curve.map(\.bits))
                try AtomicFile.write(try Interchange.text(saved), to: checkpointURL.path)
                if !quiet {
                    let ranks = tuner.rankPattern.ranks
                    log("step \(step): loss \(String(format: "%.4f", loss / Float(Foundation.log(2.0)))) bits/char, validation \(String(format: "%.4f", curve.last!.bits)), ranks \(ranks.min()!)–\(ranks.max()!)\(moved ? " (reallocated)" : "")")
                }
            }
        }
        let seconds = Date().timeIntervalSince(start)
        try RankExperiment.write(tuner: tuner, curve: curve, allocator: allocator, averageRank: averageRank, seconds: seconds, to: out)
        print("\(allocator), average rank \(averageRank): validation \(String(format: "%.4f", curve.last!.bits)) bits/char after \(steps) steps (\(String(format: "%.1f", seconds)) s); adapter parameters \(tuner.rankPattern.parameters(tuner.adaptedMatrices)) of budget \(tuner.allocator.budget(at: steps)); report in \(out)/")
    }

    private func log(_ line: String) { FileHandle.standardError.write(Data((line + "\n").utf8)) }
}

/// What `allot finetune` saves at every evaluation so a killed run continues where it was: format
/// `allot-finetune-checkpoint`, version 2 (version 1, written before the format tag, reads the same).
struct FinetuneCheckpoint: Codable {
    static let format = "allot-finetune-checkpoint"
    static let version = 2
    var format = FinetuneCheckpoint.format
    var version = FinetuneCheckpoint.version
    var key: String
    var tuner: LoRAFineTuner.Checkpoint
    var curveSteps: [Int]
    var curveBits: [Double]

    init(key: String, tuner: LoRAFineTuner.Checkpoint, curveSteps: [Int], curveBits: [Double]) {
        self.key = key
        self.tuner = tuner
        self.curveSteps = curveSteps
        self.curveBits = curveBits
    }

    private enum CodingKeys: String, CodingKey { case format, version, key, tuner, curveSteps, curveBits }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        format = try c.decodeIfPresent(String.self, forKey: .format) ?? Self.format
        version = try c.decodeIfPresent(Int.self, forKey: .version) ?? 1
        try Decoding.require(format == Self.format, c, .format, "expected \"\(Self.format)\"")
        try Decoding.require(version <= Self.version, c, .version, "expected version \(Self.version) or older (a newer release wrote it)")
        key = try c.decode(String.self, forKey: .key)
        tuner = try c.decode(LoRAFineTuner.Checkpoint.self, forKey: .tuner)
        curveSteps = try c.decode([Int].self, forKey: .curveSteps)
        curveBits = try c.decode([Double].self, forKey: .curveBits)
        try Decoding.require(curveSteps.count == curveBits.count, c, .curveBits, "expected one value per curve step")
    }

    /// The checkpoint at `path`, nil if there is none; a damaged one is an error naming the field.
    static func read(_ path: String) throws -> FinetuneCheckpoint? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let (data, source) = try InputFile.read(path)
        return try Interchange.decode(FinetuneCheckpoint.self, from: data, source: source)
    }
}

/// The Shakespeare → Milton setup shared by `allot finetune` and its tests.
struct RankExperiment {
    let configuration: TransformerConfiguration
    let base: Transformer
    let milton: CharacterCorpus
    let built: Bool

    init(model: String, pretrainSteps: Int, cache: String) throws {
        let vocabulary = CharacterCorpus.vocabulary(of: [Texts.shakespeare, Texts.milton])
        let shakespeare = try CharacterCorpus(text: Texts.shakespeare, vocabulary: vocabulary)
        milton = try CharacterCorpus(text: Texts.milton, vocabulary: vocabulary)
        let configuration = model == "tiny"
            ? try TransformerConfiguration(vocabularySize: vocabulary.count, contextLength: 16, width: 16, heads: 2, layers: 2, feedForwardWidth: 32)
            : try TransformerConfiguration(vocabularySize: vocabulary.count, contextLength: 64, width: 128, heads: 4, layers: 3)
        self.configuration = configuration
        let pretraining = try Pretraining(steps: pretrainSteps, batch: 16, length: configuration.contextLength)
        _ = BLASThreads.limit(to: ProcessInfo.processInfo.activeProcessorCount)
        let start = Date()
        (base, built) = try pretraining.cached(configuration: configuration, corpus: shakespeare, directory: cache) { step, loss in
            if step % 100 == 0 {
                let rate = Double((step + 1) * 16 * configuration.contextLength) / max(Date().timeIntervalSince(start), 1e-9)
                FileHandle.standardError.write(Data("pretraining step \(step)/\(pretrainSteps): \(String(format: "%.3f", loss / Float(Foundation.log(2.0)))) bits/char, \(Int(rate)) tokens/s\n".utf8))
            }
        }
    }

    /// The allocator `name` from the registry, with `overrides` for its parameters (the rest at their defaults).
    static func allocator(_ name: String, matrices: [AdaptedMatrix], averageRank: Int, steps: Int, overrides: [String: JSONValue] = [:],
                          seed: UInt64) throws -> AnyRankAllocator {
        // Reallocate from 10% of the run, every 5% of it, and keep the last 20% fixed.
        let schedule = try ReallocationSchedule(totalSteps: steps, warmupSteps: steps / 10, finalSteps: steps / 5, interval: max(1, steps / 20))
        let registry = RankAllocatorRegistry.registry
        let known = Set(try registry.entry(name).parameters.map(\.name))
        let configuration = try registry.configuration(name, overrides.filter { known.contains($0.key) })
        return try registry.build(configuration, RankAllocatorContext(matrices: matrices, averageRank: averageRank, schedule: schedule, seed: seed))
    }

    /// ranks.json, ranks.svg, validation.csv and summary.json, each written atomically.
    static func write(tuner: LoRAFineTuner, curve: [(step: Int, bits: Double)], allocator: String, averageRank: Int, seconds: Double, to folder: String) throws {
        let url = URL(fileURLWithPath: folder)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let layers = tuner.model.configuration.layers, kinds = MatrixKind.allCases
        let ranks = tuner.rankPattern.ranks
        let table = (0..<layers).map { l in kinds.map { ranks[Transformer.adapterIndex(layer: l, kind: $0)] } }
        let json = JSONValue.object([
            "allocator": .string(allocator),
            "averageRank": .number(Double(averageRank)),
            "kinds": .array(kinds.map { .string($0.rawValue) }),
            "ranks": .array(table.map { .array($0.map { .number(Double($0)) }) }),
        ])
        try Data((json.canonicalText + "\n").utf8).write(to: url.appendingPathComponent("ranks.json"), options: .atomic)
        let svg = SVGChart.heatmap(title: "\(allocator), average rank \(averageRank): rank per layer and matrix",
                                   rowLabels: (0..<layers).map { "layer \($0)" }, columnLabels: kinds.map(\.rawValue),
                                   values: table, maximum: tuner.settings.maxRank)
        try Data(svg.utf8).write(to: url.appendingPathComponent("ranks.svg"), options: .atomic)
        let csv = "step,validation_bits_per_char\n" + curve.map { "\($0.step),\(String(format: "%.6f", $0.bits))" }.joined(separator: "\n") + "\n"
        try Data(csv.utf8).write(to: url.appendingPathComponent("validation.csv"), options: .atomic)
        let summary = JSONValue.object([
            "adapterParameters": .number(Double(tuner.rankPattern.parameters(tuner.adaptedMatrices))),
            "allocator": .string(allocator),
            "averageRank": .number(Double(averageRank)),
            "budget": .number(Double(tuner.allocator.budget(at: tuner.settings.steps))),
            "finalValidationBitsPerChar": .number(curve.last!.bits),
            "reallocations": .number(Double(tuner.reallocations.count)),
            "seconds": .number(seconds),
            "seed": .number(Double(tuner.settings.seed)),
            "steps": .number(Double(tuner.settings.steps)),
        ])
        try Data((summary.canonicalText + "\n").utf8).write(to: url.appendingPathComponent("summary.json"), options: .atomic)
    }
}
