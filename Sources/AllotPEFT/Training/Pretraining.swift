import Allot
import Foundation

/// Trains the transformer's own weights with AdamW (linear warmup, cosine decay): the frozen base the
/// LoRA experiments adapt. `cached` builds it once per (configuration, settings) and keeps it on disk.
public struct Pretraining: Codable, Sendable, Equatable {
    public var steps: Int
    public var batch: Int
    public var length: Int
    public var learningRate: Float
    public var weightDecay: Float
    public var seed: UInt64

    public init(steps: Int = 3000, batch: Int = 16, length: Int = 64, learningRate: Float = 3e-3, weightDecay: Float = 0.01, seed: UInt64 = 0) throws {
        guard steps >= 1 else { throw InputError.parameter("pretraining", "steps", expected: "an integer >= 1", got: "\(steps)") }
        guard batch >= 1 else { throw InputError.parameter("pretraining", "batch", expected: "an integer >= 1", got: "\(batch)") }
        guard length >= 1 else { throw InputError.parameter("pretraining", "length", expected: "an integer >= 1", got: "\(length)") }
        guard learningRate > 0 else { throw InputError.parameter("pretraining", "learningRate", expected: "a number > 0", got: "\(learningRate)") }
        self.steps = steps
        self.batch = batch
        self.length = length
        self.learningRate = learningRate
        self.weightDecay = weightDecay
        self.seed = seed
    }

    /// Warmup over the first 5% of steps, then cosine decay to 10%.
    public static func learningRate(_ peak: Float, step: Int, of steps: Int) -> Float {
        let warmup = max(1, steps / 20)
        if step < warmup { return peak * Float(step + 1) / Float(warmup) }
        let progress = Float(step - warmup) / Float(max(1, steps - warmup))
        return peak * (0.1 + 0.9 * 0.5 * (1 + cos(Float.pi * progress)))
    }

    /// Trains a fresh model; `progress(step, loss)` is called every step.
    public func run(configuration: TransformerConfiguration, corpus: CharacterCorpus, progress: (Int, Float) -> Void = { _, _ in }) throws -> Transformer {
        guard length <= configuration.contextLength else {
            throw InputError.parameter("pretraining", "length", expected: "at most the context length (\(configuration.contextLength))", got: "\(length)")
        }
        var model = Transformer(configuration: configuration, seed: seed)
        var optimizer = AdamW(weightDecay: weightDecay)
        var random = RandomSource(seed: SplitMix64.derive(seed: seed, index: 1))
        let workspace = TransformerWorkspace()
        var gradients: TransformerParameters? = TransformerParameters(zerosFor: configuration)
        var none: [LoRAGradient]? = nil
        var inputs: [Int] = [], targets: [Int] = []
        // Weight decay applies to the block matrices, not to gains and biases.
        let blockTensors = TransformerParameters.Block.tensors
        let decayed = Set<WritableKeyPath<TransformerParameters.Block, [Float]>>([\.query, \.key, \.value, \.output, \.up, \.down])
        for step in 0..<steps {
            corpus.trainingBatch(batch: batch, length: length, random: &random, into: &inputs, targets: &targets)
            let loss = model.lossAndGradients(inputs: inputs, targets: targets, batch: batch, workspace: workspace, base: &gradients, adapters: &none)
            optimizer.beginStep()
            let rate = Self.learningRate(learningRate, step: step, of: steps)
            var slot = 0
            let g = gradients!
            func update(_ tensor: inout [Float], _ gradient: [Float], decay: Bool) {
                optimizer.update(&tensor, gradient: gradient, slot: slot, learningRate: rate, decay: decay)
                slot += 1
            }
            update(&model.parameters.tokenEmbedding, g.tokenEmbedding, decay: true)
            update(&model.parameters.positionEmbedding, g.positionEmbedding, decay: true)
            update(&model.parameters.finalGain, g.finalGain, decay: false)
            update(&model.parameters.finalBias, g.finalBias, decay: false)
            update(&model.parameters.unembedding, g.unembedding, decay: true)
            for l in 0..<configuration.layers {
                for path in blockTensors {
                    update(&model.parameters.blocks[l][keyPath: path], g.blocks[l][keyPath: path], decay: decayed.contains(path))
                }
            }
            progress(step, loss)
        }
        return model
    }

    /// The model for these settings from `directory` if it was built before, else trained and saved
    /// there (atomically). `built` says which happened.
    public func cached(configuration: TransformerConfiguration, corpus: CharacterCorpus, directory: String,
                       progress: (Int, Float) -> Void = { _, _ in }) throws -> (model: Transformer, built: Bool) {
        // Canonical JSON (sorted keys): the same settings always give the same bytes.
        let parts = [Data(try Interchange.text(configuration).utf8), Data(try Interchange.text(self).utf8), Data(String(corpus.vocabulary).utf8),
                     Data("\(corpus.training.count)".utf8)]
        let key = Fingerprint.hex(Fingerprint.fnv1a(bytes: parts.joined(separator: [0xff])))
        let url = URL(fileURLWithPath: directory).appendingPathComponent("base-\(key).json")
        // A cache: a file that does not decode (damaged, or from an incompatible build) is rebuilt.
        if let data = try? Data(contentsOf: url), let model = try? Interchange.decode(Transformer.self, from: data, source: url.path),
           model.configuration == configuration {
            return (model, false)
        }
        let model = try run(configuration: configuration, corpus: corpus, progress: progress)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try AtomicFile.write(try Interchange.text(model), to: url.path)
        return (model, true)
    }
}
