import Allot
import Foundation

/// Settings of a LoRA fine-tuning run.
public struct FineTuningSettings: Codable, Sendable, Equatable {
    public var steps: Int
    public var batch: Int
    public var length: Int
    public var learningRate: Float
    /// Component slots per matrix (the most rank any matrix can reach).
    public var maxRank: Int
    public var alpha: Float
    public var scaling: LoRAAdapter.Scaling
    public var seed: UInt64

    public init(steps: Int = 600, batch: Int = 16, length: Int = 64, learningRate: Float = 5e-3, maxRank: Int = 16,
                alpha: Float = 16, scaling: LoRAAdapter.Scaling = .standard, seed: UInt64 = 0) throws {
        guard steps >= 1 else { throw InputError.parameter("fine-tuning", "steps", expected: "an integer >= 1", got: "\(steps)") }
        guard batch >= 1 else { throw InputError.parameter("fine-tuning", "batch", expected: "an integer >= 1", got: "\(batch)") }
        guard length >= 1 else { throw InputError.parameter("fine-tuning", "length", expected: "an integer >= 1", got: "\(length)") }
        guard learningRate > 0 else { throw InputError.parameter("fine-tuning", "learningRate", expected: "a number > 0", got: "\(learningRate)") }
        guard maxRank >= 1 else { throw InputError.parameter("fine-tuning", "maxRank", expected: "an integer >= 1", got: "\(maxRank)") }
        guard alpha > 0 else { throw InputError.parameter("fine-tuning", "alpha", expected: "a number > 0", got: "\(alpha)") }
        self.steps = steps
        self.batch = batch
        self.length = length
        self.learningRate = learningRate
        self.maxRank = maxRank
        self.alpha = alpha
        self.scaling = scaling
        self.seed = seed
    }
}

/// LoRA fine-tuning of a frozen transformer with ranks moved by an allocator. Every `trainStep`
/// runs forward and backward, applies AdaLoRA's orthogonality regulariser when the allocator asks for
/// it, records the sensitivities |w · ∂L/∂w|, takes an AdamW step on the adapters, and then lets the
/// allocator reallocate on its own schedule: there is no separate call to forget.
public struct LoRAFineTuner: RankAdaptable {
    public private(set) var model: Transformer
    public private(set) var allocator: AnyRankAllocator
    public let settings: FineTuningSettings
    public let corpus: CharacterCorpus
    public let adaptedMatrices: [AdaptedMatrix]
    public private(set) var step = 0
    /// Steps at which the rank pattern changed.
    public private(set) var reallocations: [Int] = []
    private var optimizer = AdamW(weightDecay: 0)
    private var random: RandomSource
    private var gradients: [LoRAGradient]?
    private var lastSensitivities: [TripletSensitivity]
    private var inputs: [Int] = [], targets: [Int] = []
    private let workspace = TransformerWorkspace()

    public init(base: Transformer, corpus: CharacterCorpus, settings: FineTuningSettings, allocator: AnyRankAllocator) throws {
        guard settings.length <= base.configuration.contextLength else {
            throw InputError.parameter("fine-tuning", "length", expected: "at most the context length (\(base.configuration.contextLength))", got: "\(settings.length)")
        }
        guard corpus.vocabulary.count == base.configuration.vocabularySize else {
            throw PEFTError.shapeMismatch(field: "corpus", expected: "the base model's vocabulary (\(base.configuration.vocabularySize) characters)", got: "\(corpus.vocabulary.count)")
        }
        model = base
        adaptedMatrices = Self.matrices(of: base.configuration, maxRank: settings.maxRank)
        try model.attachAdapters(rank: 0, maxRank: settings.maxRank, alpha: settings.alpha, scaling: settings.scaling,
                                 seed: SplitMix64.derive(seed: settings.seed, index: 1))
        self.allocator = allocator
        self.settings = settings
        self.corpus = corpus
        random = RandomSource(seed: SplitMix64.derive(seed: settings.seed, index: 2))
        lastSensitivities = model.adapters.map {
            TripletSensitivity(values: [Float](repeating: 0, count: $0.maxRank), left: [Float](repeating: 0, count: $0.left.count),
                               right: [Float](repeating: 0, count: $0.right.count))
        }
        gradients = model.adapters.map(LoRAGradient.init)
        guard allocator.matrices == adaptedMatrices else {
            throw PEFTError.shapeMismatch(field: "allocator", expected: "the trainer's \(adaptedMatrices.count) adapted matrices", got: "\(allocator.matrices.count) matrices")
        }
        try apply(allocator.initialPattern)
    }

    /// The adapted matrices of a model, named "layers.<l>.<kind>".
    public static func matrices(of configuration: TransformerConfiguration, maxRank: Int) -> [AdaptedMatrix] {
        (0..<configuration.layers).flatMap { l in
            MatrixKind.allCases.map { kind in
                let shape = configuration.shape(of: kind)
                return AdaptedMatrix(name: "layers.\(l).\(kind.rawValue)", input: shape.input, output: shape.output, maxRank: maxRank)
            }
        }
    }

    // MARK: RankAdaptable

    public var rankPattern: RankPattern { RankPattern(active: model.adapters.map(\.activeSlots)) }

    public func sensitivities() -> [TripletSensitivity] { lastSensitivities }

    public mutating func apply(_ pattern: RankPattern) throws {
        try pattern.validate(adaptedMatrices)
        for i in model.adapters.indices { model.adapters[i].setActive(Set(pattern.active[i]), random: &random) }
    }

    // MARK: training

    /// One optimisation step; returns the batch loss (nats per character) and whether ranks moved.
    @discardableResult
    public mutating func trainStep() throws -> (loss: Float, reallocated: Bool) {
        corpus.trainingBatch(batch: settings.batch, length: settings.length, random: &random, into: &inputs, targets: &targets)
        var none: TransformerParameters? = nil
        let loss = model.lossAndGradients(inputs: inputs, targets: targets, batch: settings.batch, workspace: workspace,
                                          base: &none, adapters: &gradients)
        if allocator.orthogonalityWeight > 0 { addOrthogonalityGradients(weight: allocator.orthogonalityWeight) }
        recordSensitivities()
        optimizer.beginStep()
        let rate = Pretraining.learningRate(settings.learningRate, step: step, of: settings.steps)
        for i in model.adapters.indices {
            optimizer.update(&model.adapters[i].left, gradient: gradients![i].left, slot: 3 * i, learningRate: rate, decay: false)
            optimizer.update(&model.adapters[i].values, gradient: gradients![i].values, slot: 3 * i + 1, learningRate: rate, decay: false)
            optimizer.update(&model.adapters[i].right, gradient: gradients![i].right, slot: 3 * i + 2, learningRate: rate, decay: false)
            // Momentum left from before a slot was pruned must not revive it: inactive λ stay exactly 0.
            model.adapters[i].clearInactiveValues()
        }
        var allocator = self.allocator
        let moved = try allocateRanks(with: &allocator, step: step)
        self.allocator = allocator
        if moved { reallocations.append(step) }
        step += 1
        return (loss, moved)
    }

    /// Bits per character on the held-out text (`windows` evenly spaced windows of `settings.length`).
    public func validationBitsPerCharacter(windows: Int = 64) -> Double {
        let batches = corpus.validationBatches(batch: settings.batch, length: settings.length, windows: windows)
        var total = 0.0, count = 0
        for (inputs, targets) in batches {
            let rows = inputs.count / settings.length
            total += Double(model.loss(inputs: inputs, targets: targets, batch: rows, workspace: workspace)) * Double(inputs.count)
            count += inputs.count
        }
        return total / Double(count) / Foundation.log(2)
    }

    /// |w · g| of every adapter parameter, for the allocator.
    private mutating func recordSensitivities() {
        for i in model.adapters.indices {
            let a = model.adapters[i], g = gradients![i]
            for k in 0..<a.maxRank { lastSensitivities[i].values[k] = abs(a.values[k] * g.values[k]) * a.mask[k] }
            for j in a.left.indices { lastSensitivities[i].left[j] = abs(a.left[j] * g.left[j]) }
            for j in a.right.indices { lastSensitivities[i].right[j] = abs(a.right[j] * g.right[j]) }
        }
    }

    /// Adds γ · ∂/∂P ‖PᵀP − I‖² = 4γ P (PᵀP − I) and γ · ∂/∂Q ‖QQᵀ − I‖² = 4γ (QQᵀ − I) Q, over the active slots.
    private mutating func addOrthogonalityGradients(weight: Float) {
        for i in model.adapters.indices {
            let a = model.adapters[i]
            Self.addOrthogonality(a.left, slotsAlongRows: false, length: a.input, mask: a.mask, weight: weight, into: &gradients![i].left)
            Self.addOrthogonality(a.right, slotsAlongRows: true, length: a.output, mask: a.mask, weight: weight, into: &gradients![i].right)
        }
    }

    /// For X with one slot per column (P: length × r) or per row (Q: r × length): with inactive slots
    /// zeroed, G = Gram(X) − diag(m) over slots, and the gradient gains 4γ X G (columns) or 4γ G X (rows).
    static func addOrthogonality(_ matrix: [Float], slotsAlongRows: Bool, length: Int, mask: [Float], weight: Float, into gradient: inout [Float]) {
        let r = mask.count
        var x = matrix
        for k in 0..<r where mask[k] == 0 {
            for j in 0..<length { x[slotsAlongRows ? k * length + j : j * r + k] = 0 }
        }
        var gram = [Float](repeating: 0, count: r * r)
        x.withUnsafeBufferPointer { xp in
            gram.withUnsafeMutableBufferPointer { g in
                // Columns: XᵀX; rows: XXᵀ.
                FloatGEMM.multiply(xp.baseAddress!, xp.baseAddress!, into: g.baseAddress!, m: r, n: r, k: length,
                                   transposeA: !slotsAlongRows, transposeB: slotsAlongRows)
            }
        }
        for k in 0..<r { gram[k * r + k] -= mask[k] }
        x.withUnsafeBufferPointer { xp in
            gram.withUnsafeBufferPointer { g in
                gradient.withUnsafeMutableBufferPointer { out in
                    if slotsAlongRows {
                        FloatGEMM.multiply(g.baseAddress!, xp.baseAddress!, into: out.baseAddress!, m: r, n: length, k: r, alpha: 4 * weight, beta: 1)
                    } else {
                        FloatGEMM.multiply(xp.baseAddress!, g.baseAddress!, into: out.baseAddress!, m: length, n: r, k: r, alpha: 4 * weight, beta: 1)
                    }
                }
            }
        }
    }

    // MARK: checkpoints

    /// Everything that changes while training: a restored tuner continues exactly.
    public struct Checkpoint: Codable, Sendable {
        public var adapters: [LoRAAdapter]
        public var allocator: AnyRankAllocator
        var optimizer: AdamW
        var random: RandomSource
        public var step: Int
        public var reallocations: [Int]
    }

    public func checkpoint() -> Checkpoint {
        Checkpoint(adapters: model.adapters, allocator: allocator, optimizer: optimizer, random: random, step: step, reallocations: reallocations)
    }

    /// Restores a checkpoint of this run: adapters shaped like this model's, the allocator of these
    /// matrices, a step within the run.
    public mutating func restore(_ checkpoint: Checkpoint) throws {
        guard checkpoint.adapters.count == model.adapters.count,
              zip(checkpoint.adapters, model.adapters).allSatisfy({ $0.input == $1.input && $0.output == $1.output && $0.maxRank == $1.maxRank }) else {
            throw PEFTError.shapeMismatch(field: "checkpoint.adapters", expected: "\(model.adapters.count) adapters shaped like this model's", got: "\(checkpoint.adapters.count) others")
        }
        guard checkpoint.allocator.matrices == adaptedMatrices else {
            throw PEFTError.shapeMismatch(field: "checkpoint.allocator", expected: "an allocator of this model's matrices", got: "another's")
        }
        guard (0...settings.steps).contains(checkpoint.step), checkpoint.reallocations.allSatisfy({ (0...checkpoint.step).contains($0) }) else {
            throw PEFTError.shapeMismatch(field: "checkpoint.step", expected: "a step in 0...\(settings.steps)", got: "\(checkpoint.step)")
        }
        model.adapters = checkpoint.adapters
        allocator = checkpoint.allocator
        optimizer = checkpoint.optimizer
        random = checkpoint.random
        step = checkpoint.step
        reallocations = checkpoint.reallocations
    }
}
