import Allot
import AllotData
import Foundation

/// A real tuning workload: a one-hidden-layer MLP (64 → width → 10, ReLU, softmax cross-entropy)
/// trained on the handwritten digits with mini-batch SGD, momentum 0.9 and decoupled weight decay.
/// Its hyperparameters are the learning rate, width, weight decay and batch size; epochs are the
/// resource. The trainer is Codable, so a promoted trial resumes from its checkpoint instead of
/// starting over. GEMMs go through OpenBLAS (single precision); scratch buffers are allocated once.
public struct DigitsMLP: Codable, Sendable {
    public struct Hyperparameters: Codable, Sendable, Equatable {
        public var learningRate: Double
        public var width: Int
        public var weightDecay: Double
        public var batchSize: Int

        public init(learningRate: Double, width: Int, weightDecay: Double, batchSize: Int) {
            self.learningRate = learningRate
            self.width = width
            self.weightDecay = weightDecay
            self.batchSize = batchSize
        }

        /// Reads a tuner's configuration: numbers "learning_rate", "weight_decay", integers "width",
        /// "batch_size" (missing ones take the defaults 0.05, 64, 0.0001, 32).
        public init(_ configuration: Configuration) throws {
            func number(_ key: String, _ fallback: Double) throws -> Double {
                switch configuration[key] {
                case nil: return fallback
                case let .number(value)?: return value
                case let .integer(value)?: return Double(value)
                case let .choice(text)?:
                    guard let value = Double(text) else { throw InputError.parameter("digits", key, expected: "a number", got: "\"\(text)\"") }
                    return value
                }
            }
            func integer(_ key: String, _ fallback: Double, _ range: ClosedRange<Int>) throws -> Int {
                let value = try number(key, fallback).rounded()
                guard value >= Double(range.lowerBound), value <= Double(range.upperBound) else {
                    throw InputError.parameter("digits", key, expected: "an integer in \(range.lowerBound)...\(range.upperBound)", got: JSONValue.format(value))
                }
                return Int(value)
            }
            self.init(learningRate: try number("learning_rate", 0.05), width: try integer("width", 64, 1...4096),
                      weightDecay: try number("weight_decay", 1e-4), batchSize: try integer("batch_size", 32, 1...1 << 20))
        }

        func validate() throws {
            guard learningRate > 0, learningRate.isFinite else { throw InputError.parameter("digits", "learning_rate", expected: "a finite number > 0", got: "\(learningRate)") }
            guard (1...4096).contains(width) else { throw InputError.parameter("digits", "width", expected: "an integer in 1...4096", got: "\(width)") }
            guard weightDecay >= 0, weightDecay.isFinite else { throw InputError.parameter("digits", "weight_decay", expected: "a finite number >= 0", got: "\(weightDecay)") }
            guard (1...(1 << 20)).contains(batchSize) else { throw InputError.parameter("digits", "batch_size", expected: "an integer in 1...1048576", got: "\(batchSize)") }
        }
    }

    /// Which rows a score is computed on. The split is fixed (seed 0): 60% train, 20% validation, 20% test.
    public enum Subset: String, Sendable { case train, validation, test }

    public static let momentum: Float = 0.9

    public let hyperparameters: Hyperparameters
    public private(set) var epochsTrained = 0
    /// Parameters: w1 (64 × width), b1, w2 (width × 10), b2, all row-major; velocity has the same layout.
    private(set) var parameters: [Float]
    private var velocity: [Float]
    private var random: RandomSource

    private enum CodingKeys: String, CodingKey { case hyperparameters, epochsTrained, parameters, velocity, random }

    /// Validated: hyperparameters in range, and weights and velocity of the size the width implies.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let hyperparameters = try container.decode(Hyperparameters.self, forKey: .hyperparameters)
        try Decoding.validated(container) { try hyperparameters.validate() }
        self.hyperparameters = hyperparameters
        epochsTrained = try container.decode(Int.self, forKey: .epochsTrained)
        try Decoding.require(epochsTrained >= 0, container, .epochsTrained, "expected an integer >= 0, got \(epochsTrained)")
        let count = Layout(width: hyperparameters.width).count
        parameters = try container.decode([Float].self, forKey: .parameters)
        try Decoding.requireCount(parameters.count, of: .parameters, in: container, is: count, "the weights of a width-\(hyperparameters.width) network")
        velocity = try container.decode([Float].self, forKey: .velocity)
        try Decoding.requireCount(velocity.count, of: .velocity, in: container, is: count, "one velocity per weight")
        random = try container.decode(RandomSource.self, forKey: .random)
    }

    /// A freshly initialised network (He initialisation from `seed`).
    public init(_ hyperparameters: Hyperparameters, seed: UInt64) throws {
        try hyperparameters.validate()
        self.hyperparameters = hyperparameters
        random = RandomSource(seed: seed)
        let layout = Layout(width: hyperparameters.width)
        parameters = [Float](repeating: 0, count: layout.count)
        velocity = parameters
        let scale1 = (2.0 / Double(Digits.pixels)).squareRoot(), scale2 = (2.0 / Double(hyperparameters.width)).squareRoot()
        for i in 0..<layout.w1Count { parameters[layout.w1 + i] = Float(random.normal() * scale1) }
        for i in 0..<layout.w2Count { parameters[layout.w2 + i] = Float(random.normal() * scale2) }
    }

    /// Multiply-accumulates one epoch costs (forward and backward): a deterministic cost for tuners.
    public var multiplyAddsPerEpoch: Double {
        Double(Self.split.train.count) * Double(Layout(width: hyperparameters.width).w1Count + Layout(width: hyperparameters.width).w2Count) * 3
    }

    /// Trains `epochs` more epochs (each a fresh shuffle of the training rows).
    public mutating func train(epochs: Int) {
        let data = Digits.builtIn
        let rows = Self.split.train
        let batch = min(hyperparameters.batchSize, rows.count)
        var workspace = Workspace(width: hyperparameters.width, batch: batch)
        var gradient = [Float](repeating: 0, count: parameters.count)
        var order = rows
        for _ in 0..<max(0, epochs) {
            // Each epoch shuffles the rows afresh, so training resumed from a checkpoint follows the same path.
            order = rows
            for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, random.integer(below: i + 1)) }
            var start = 0
            while start < order.count {
                let end = min(start + batch, order.count)
                _ = Self.lossAndGradient(parameters, width: hyperparameters.width, data: data, rows: order[start..<end],
                                         gradient: &gradient, workspace: &workspace)
                step(gradient)
                start = end
            }
            epochsTrained += 1
        }
    }

    /// Classification accuracy on a subset.
    public func accuracy(on subset: Subset) -> Double {
        let rows = Self.split.rows(subset)
        let data = Digits.builtIn
        var workspace = Workspace(width: hyperparameters.width, batch: rows.count)
        Self.forward(parameters, width: hyperparameters.width, data: data, rows: rows[...], workspace: &workspace)
        var correct = 0
        for (r, row) in rows.enumerated() {
            var best = 0
            for c in 1..<Digits.classes where workspace.logits[r * Digits.classes + c] > workspace.logits[r * Digits.classes + best] { best = c }
            if best == data.labels[row] { correct += 1 }
        }
        return Double(correct) / Double(rows.count)
    }

    /// Mean cross-entropy on a subset.
    public func loss(on subset: Subset) -> Double {
        let rows = Self.split.rows(subset)
        var workspace = Workspace(width: hyperparameters.width, batch: rows.count)
        var gradient = [Float](repeating: 0, count: parameters.count)
        return Double(Self.lossAndGradient(parameters, width: hyperparameters.width, data: .builtIn, rows: rows[...], gradient: &gradient, workspace: &workspace))
    }

    // MARK: internals

    /// SGD with momentum; weight decay is decoupled (applied to weights, not biases).
    private mutating func step(_ gradient: [Float]) {
        let layout = Layout(width: hyperparameters.width)
        let rate = Float(hyperparameters.learningRate), decay = Float(hyperparameters.weightDecay)
        parameters.withUnsafeMutableBufferPointer { w in
            velocity.withUnsafeMutableBufferPointer { v in
                for i in 0..<w.count {
                    v[i] = Self.momentum * v[i] + gradient[i]
                    let isWeight = (i >= layout.w1 && i < layout.w1 + layout.w1Count) || (i >= layout.w2 && i < layout.w2 + layout.w2Count)
                    w[i] -= rate * (v[i] + (isWeight ? decay * w[i] : 0))
                }
            }
        }
    }

    /// Where each tensor sits in the flat parameter vector.
    struct Layout {
        let width: Int
        var w1: Int { 0 }
        var w1Count: Int { Digits.pixels * width }
        var b1: Int { w1Count }
        var w2: Int { b1 + width }
        var w2Count: Int { width * Digits.classes }
        var b2: Int { w2 + w2Count }
        var count: Int { b2 + Digits.classes }
    }

    /// Buffers for one batch, reused across steps.
    struct Workspace {
        var inputs: [Float], hidden: [Float], logits: [Float], hiddenGradient: [Float]
        init(width: Int, batch: Int) {
            inputs = [Float](repeating: 0, count: batch * Digits.pixels)
            hidden = [Float](repeating: 0, count: batch * width)
            logits = [Float](repeating: 0, count: batch * Digits.classes)
            hiddenGradient = hidden
        }
    }

    /// logits = relu(X W1 + b1) W2 + b2 for the given rows.
    static func forward(_ w: [Float], width: Int, data: Digits, rows: ArraySlice<Int>, workspace: inout Workspace) {
        let layout = Layout(width: width), n = rows.count, d = Digits.pixels, k = Digits.classes
        for (r, row) in rows.enumerated() {
            for j in 0..<d { workspace.inputs[r * d + j] = data.features[row * d + j] }
        }
        w.withUnsafeBufferPointer { p in
            workspace.inputs.withUnsafeBufferPointer { x in
                workspace.hidden.withUnsafeMutableBufferPointer { h in
                    FloatGEMM.multiply(x.baseAddress!, p.baseAddress! + layout.w1, into: h.baseAddress!, m: n, n: width, k: d)
                    for r in 0..<n {
                        for j in 0..<width { h[r * width + j] = max(0, h[r * width + j] + p[layout.b1 + j]) }
                    }
                }
            }
            workspace.hidden.withUnsafeBufferPointer { h in
                workspace.logits.withUnsafeMutableBufferPointer { z in
                    FloatGEMM.multiply(h.baseAddress!, p.baseAddress! + layout.w2, into: z.baseAddress!, m: n, n: k, k: width)
                    for r in 0..<n {
                        for c in 0..<k { z[r * k + c] += p[layout.b2 + c] }
                    }
                }
            }
        }
    }

    /// Mean cross-entropy over `rows` and its gradient with respect to every parameter (written into `gradient`).
    static func lossAndGradient(_ w: [Float], width: Int, data: Digits, rows: ArraySlice<Int>,
                                gradient: inout [Float], workspace: inout Workspace) -> Float {
        forward(w, width: width, data: data, rows: rows, workspace: &workspace)
        let layout = Layout(width: width), n = rows.count, d = Digits.pixels, k = Digits.classes
        var loss: Float = 0
        // Softmax in place: logits become dL/dlogits = (p − y) / n.
        for (r, row) in rows.enumerated() {
            var top = -Float.infinity
            for c in 0..<k { top = max(top, workspace.logits[r * k + c]) }
            var total: Float = 0
            for c in 0..<k {
                let e = Foundation.exp(workspace.logits[r * k + c] - top)
                workspace.logits[r * k + c] = e
                total += e
            }
            let label = data.labels[row]
            loss -= Foundation.log(max(workspace.logits[r * k + label] / total, 1e-30))
            for c in 0..<k {
                workspace.logits[r * k + c] = (workspace.logits[r * k + c] / total - (c == label ? 1 : 0)) / Float(n)
            }
        }
        for i in gradient.indices { gradient[i] = 0 }
        w.withUnsafeBufferPointer { p in
            gradient.withUnsafeMutableBufferPointer { g in
                workspace.logits.withUnsafeBufferPointer { dz in
                    workspace.hidden.withUnsafeBufferPointer { h in
                        // dW2 = Hᵀ dZ; db2 = Σ dZ; dH = dZ W2ᵀ ⊙ [H > 0].
                        FloatGEMM.multiply(h.baseAddress!, dz.baseAddress!, into: g.baseAddress! + layout.w2, m: width, n: k, k: n, transposeA: true)
                        for r in 0..<n {
                            for c in 0..<k { g[layout.b2 + c] += dz[r * k + c] }
                        }
                        workspace.hiddenGradient.withUnsafeMutableBufferPointer { dh in
                            FloatGEMM.multiply(dz.baseAddress!, p.baseAddress! + layout.w2, into: dh.baseAddress!, m: n, n: width, k: k, transposeB: true)
                            for i in 0..<(n * width) where h[i] <= 0 { dh[i] = 0 }
                            for r in 0..<n {
                                for j in 0..<width { g[layout.b1 + j] += dh[r * width + j] }
                            }
                            // dW1 = Xᵀ dH.
                            workspace.inputs.withUnsafeBufferPointer { x in
                                FloatGEMM.multiply(x.baseAddress!, dh.baseAddress!, into: g.baseAddress! + layout.w1, m: d, n: width, k: n, transposeA: true)
                            }
                        }
                    }
                }
            }
        }
        return loss / Float(n)
    }

    /// The fixed split of the 1,797 rows.
    struct Split: Sendable {
        let train: [Int], validation: [Int], test: [Int]
        func rows(_ subset: Subset) -> [Int] {
            switch subset {
            case .train: return train
            case .validation: return validation
            case .test: return test
            }
        }
    }

    static let split: Split = {
        var random = RandomSource(seed: 0)
        var order = Array(0..<Digits.builtIn.count)
        for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, random.integer(below: i + 1)) }
        let trainEnd = order.count * 6 / 10, validationEnd = order.count * 8 / 10
        return Split(train: Array(order[..<trainEnd]), validation: Array(order[trainEnd..<validationEnd]), test: Array(order[validationEnd...]))
    }()
}
