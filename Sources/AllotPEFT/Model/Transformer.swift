import Allot
import Foundation

/// A character-level transformer with optional LoRA adapters on every Q, K, V, O, FFN-up and
/// FFN-down matrix: forward, backward (written here, checked against finite differences in tests)
/// and the loss. Matrix products go through OpenBLAS `sgemm`; activations live in a reusable
/// `TransformerWorkspace`, so a training step allocates nothing once the workspace exists.
///
/// Block l: h = LN1(x); x += Attention(h·Wq, h·Wk, h·Wv)·Wo; h = LN2(x); x += GELU(h·Wup)·Wdown,
/// where each W is W + ΔW when adapted. Then LN_f and logits = h·U; loss = mean cross-entropy.
public struct Transformer: Codable, Sendable {
    public let configuration: TransformerConfiguration
    public var parameters: TransformerParameters
    /// Adapters, layer-major in `MatrixKind.allCases` order; empty when the model has none.
    public var adapters: [LoRAAdapter] = []

    public init(configuration: TransformerConfiguration, seed: UInt64) {
        self.configuration = configuration
        parameters = TransformerParameters(randomFor: configuration, seed: seed)
    }

    private enum CodingKeys: String, CodingKey { case configuration, parameters, adapters }

    /// Validated: every weight of the size the configuration implies, and no adapters or one per
    /// adapted matrix of the matching shape.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        configuration = try c.decode(TransformerConfiguration.self, forKey: .configuration)
        parameters = try c.decode(TransformerParameters.self, forKey: .parameters)
        try Decoding.require(parameters.hasShape(of: TransformerParameters(zerosFor: configuration)), c, .parameters,
                             "expected the weights of this configuration's shape")
        adapters = try c.decodeIfPresent([LoRAAdapter].self, forKey: .adapters) ?? []
        if !adapters.isEmpty {
            let shapes = (0..<configuration.layers).flatMap { _ in MatrixKind.allCases.map { configuration.shape(of: $0) } }
            try Decoding.require(adapters.count == shapes.count && zip(adapters, shapes).allSatisfy { $0.input == $1.input && $0.output == $1.output },
                                 c, .adapters, "expected one adapter per adapted matrix, shaped like it")
        }
    }

    /// The adapter index of (layer, kind).
    public static func adapterIndex(layer: Int, kind: MatrixKind) -> Int {
        layer * MatrixKind.allCases.count + MatrixKind.allCases.firstIndex(of: kind)!
    }

    /// Adds a LoRA adapter to every adapted matrix, each with `rank` of `maxRank` slots active.
    public mutating func attachAdapters(rank: Int, maxRank: Int, alpha: Float, scaling: LoRAAdapter.Scaling, seed: UInt64) throws {
        guard maxRank >= 1 else { throw InputError.parameter("transformer", "maxRank", expected: "an integer >= 1", got: "\(maxRank)") }
        guard rank >= 0, rank <= maxRank else {
            throw InputError.parameter("transformer", "rank", expected: "an integer in 0...maxRank (\(maxRank))", got: "\(rank)")
        }
        var random = RandomSource(seed: seed)
        adapters = []
        for _ in 0..<configuration.layers {
            for kind in MatrixKind.allCases {
                let shape = configuration.shape(of: kind)
                adapters.append(LoRAAdapter(input: shape.input, output: shape.output, maxRank: maxRank, rank: rank,
                                            alpha: alpha, scaling: scaling, random: &random))
            }
        }
    }

    /// Mean cross-entropy (nats per character) of predicting `targets` from `inputs` (batch × length, row-major).
    public func loss(inputs: [Int], targets: [Int], batch: Int, workspace: TransformerWorkspace) -> Float {
        forward(inputs: inputs, targets: targets, batch: batch, workspace: workspace)
    }

    /// The loss and its gradients, overwritten into `base` (the transformer's own weights, for
    /// pretraining) and/or `adapters` (LoRA fine-tuning with the base frozen); nil skips that part.
    public func lossAndGradients(inputs: [Int], targets: [Int], batch: Int, workspace: TransformerWorkspace,
                                 base: inout TransformerParameters?, adapters adapterGradients: inout [LoRAGradient]?) -> Float {
        let loss = forward(inputs: inputs, targets: targets, batch: batch, workspace: workspace)
        backward(inputs: inputs, targets: targets, batch: batch, workspace: workspace, base: &base, adapterGradients: &adapterGradients)
        return loss
    }

    // MARK: forward

    @discardableResult
    func forward(inputs: [Int], targets: [Int], batch: Int, workspace w: TransformerWorkspace) -> Float {
        let c = configuration, length = inputs.count / batch, n = inputs.count, d = c.width, f = c.feedForwardWidth
        precondition(length >= 1 && length <= c.contextLength && inputs.count == batch * length && targets.count == inputs.count,
                     "inputs and targets must be batch × length with length <= contextLength")
        w.prepare(configuration: c, batch: batch, length: length, maxRank: adapters.first?.maxRank ?? 0)
        let x = w.residual[0].pointer
        parameters.tokenEmbedding.withUnsafeBufferPointer { embedding in
            parameters.positionEmbedding.withUnsafeBufferPointer { position in
                for row in 0..<n {
                    let token = inputs[row], t = row % length
                    for j in 0..<d { x[row * d + j] = embedding[token * d + j] + position[t * d + j] }
                }
            }
        }
        for l in 0..<c.layers {
            let block = parameters.blocks[l], cache = w.layers[l]
            let input = w.residual[l].pointer, middle = cache.middle.pointer, output = w.residual[l + 1].pointer
            Self.layerNorm(input, gain: block.norm1Gain, bias: block.norm1Bias, rows: n, width: d,
                           normalized: cache.normalized1.pointer, inverseDeviation: cache.inverseDeviation1.pointer, into: cache.normed1.pointer)
            linear(cache.normed1.pointer, block.query, layer: l, .query, rows: n, into: cache.query.pointer, cache: cache, scratch: w)
            linear(cache.normed1.pointer, block.key, layer: l, .key, rows: n, into: cache.key.pointer, cache: cache, scratch: w)
            linear(cache.normed1.pointer, block.value, layer: l, .value, rows: n, into: cache.value.pointer, cache: cache, scratch: w)
            attention(cache, batch: batch, length: length)
            linear(cache.attended.pointer, block.output, layer: l, .output, rows: n, into: cache.projected.pointer, cache: cache, scratch: w)
            for i in 0..<(n * d) { middle[i] = input[i] + cache.projected.pointer[i] }
            Self.layerNorm(middle, gain: block.norm2Gain, bias: block.norm2Bias, rows: n, width: d,
                           normalized: cache.normalized2.pointer, inverseDeviation: cache.inverseDeviation2.pointer, into: cache.normed2.pointer)
            linear(cache.normed2.pointer, block.up, layer: l, .up, rows: n, into: cache.preActivation.pointer, cache: cache, scratch: w)
            for i in 0..<(n * f) { cache.activation.pointer[i] = Self.gelu(cache.preActivation.pointer[i]) }
            linear(cache.activation.pointer, block.down, layer: l, .down, rows: n, into: cache.projected.pointer, cache: cache, scratch: w)
            for i in 0..<(n * d) { output[i] = middle[i] + cache.projected.pointer[i] }
        }
        Self.layerNorm(w.residual[c.layers].pointer, gain: parameters.finalGain, bias: parameters.finalBias, rows: n, width: d,
                       normalized: w.finalNormalized.pointer, inverseDeviation: w.finalInverseDeviation.pointer, into: w.finalNormed.pointer)
        let v = c.vocabularySize
        parameters.unembedding.withUnsafeBufferPointer { u in
            FloatGEMM.multiply(w.finalNormed.pointer, u.baseAddress!, into: w.logits.pointer, m: n, n: v, k: d)
        }
        // Softmax cross-entropy; the logits buffer keeps the probabilities for backward.
        var total: Double = 0
        for row in 0..<n {
            let z = w.logits.pointer + row * v
            var top = -Float.infinity
            for j in 0..<v { top = max(top, z[j]) }
            var sum: Float = 0
            for j in 0..<v { z[j] = Foundation.exp(z[j] - top); sum += z[j] }
            let inverse = 1 / sum
            for j in 0..<v { z[j] *= inverse }
            total -= Double(Foundation.log(max(z[targets[row]], 1e-30)))
        }
        return Float(total / Double(n))
    }

    /// y = x·W, plus scale · ((x·P) ⊙ λ ⊙ m)·Q when the matrix is adapted (x·P kept for backward).
    private func linear(_ x: UnsafeMutablePointer<Float>, _ weight: [Float], layer: Int, _ kind: MatrixKind, rows: Int,
                        into y: UnsafeMutablePointer<Float>, cache: TransformerWorkspace.LayerCache, scratch w: TransformerWorkspace) {
        let shape = configuration.shape(of: kind)
        weight.withUnsafeBufferPointer { wp in
            FloatGEMM.multiply(x, wp.baseAddress!, into: y, m: rows, n: shape.output, k: shape.input)
        }
        guard !adapters.isEmpty else { return }
        let a = adapters[Self.adapterIndex(layer: layer, kind: kind)]
        guard a.rank > 0 else { return }
        let r = a.maxRank, lowRank = cache.lowRank[MatrixKind.allCases.firstIndex(of: kind)!].pointer, scaled = w.scaledLowRank.pointer
        a.left.withUnsafeBufferPointer { p in FloatGEMM.multiply(x, p.baseAddress!, into: lowRank, m: rows, n: r, k: a.input) }
        a.values.withUnsafeBufferPointer { values in
            a.mask.withUnsafeBufferPointer { mask in
                for i in 0..<rows {
                    for k in 0..<r { scaled[i * r + k] = lowRank[i * r + k] * values[k] * mask[k] * a.scale }
                }
            }
        }
        a.right.withUnsafeBufferPointer { q in
            FloatGEMM.multiply(scaled, q.baseAddress!, into: y, m: rows, n: a.output, k: r, beta: 1)
        }
    }

    /// Causal multi-head attention: per sequence and head, P = softmax(Q Kᵀ / √d_h) (future masked), O = P V.
    private func attention(_ cache: TransformerWorkspace.LayerCache, batch: Int, length: Int) {
        let c = configuration, d = c.width, h = c.headWidth, t = length
        let scale = 1 / Float(h).squareRoot()
        for b in 0..<batch {
            for head in 0..<c.heads {
                let offset = b * t * d + head * h
                let p = cache.probabilities.pointer + (b * c.heads + head) * t * t
                FloatGEMM.multiply(cache.query.pointer + offset, lda: d, cache.key.pointer + offset, ldb: d, into: p, ldc: t,
                                   m: t, n: t, k: h, transposeB: true, alpha: scale)
                for i in 0..<t {
                    let row = p + i * t
                    var top = -Float.infinity
                    for j in 0...i { top = max(top, row[j]) }
                    var sum: Float = 0
                    for j in 0...i { row[j] = Foundation.exp(row[j] - top); sum += row[j] }
                    let inverse = 1 / sum
                    for j in 0...i { row[j] *= inverse }
                    for j in (i + 1)..<t { row[j] = 0 }
                }
                FloatGEMM.multiply(p, lda: t, cache.value.pointer + offset, ldb: d, into: cache.attended.pointer + offset, ldc: d,
                                   m: t, n: h, k: t)
            }
        }
    }

    static func layerNorm(_ x: UnsafeMutablePointer<Float>, gain: [Float], bias: [Float], rows: Int, width: Int,
                          normalized: UnsafeMutablePointer<Float>, inverseDeviation: UnsafeMutablePointer<Float>,
                          into y: UnsafeMutablePointer<Float>) {
        for r in 0..<rows {
            let row = x + r * width
            var mean: Float = 0
            for j in 0..<width { mean += row[j] }
            mean /= Float(width)
            var variance: Float = 0
            for j in 0..<width { variance += (row[j] - mean) * (row[j] - mean) }
            let inverse = 1 / (variance / Float(width) + 1e-5).squareRoot()
            inverseDeviation[r] = inverse
            for j in 0..<width {
                let z = (row[j] - mean) * inverse
                normalized[r * width + j] = z
                y[r * width + j] = z * gain[j] + bias[j]
            }
        }
    }

    /// GELU, tanh approximation (as in GPT-2).
    @inline(__always) static func gelu(_ x: Float) -> Float {
        0.5 * x * (1 + tanh(0.7978845608 * (x + 0.044715 * x * x * x)))
    }

    @inline(__always) static func geluDerivative(_ x: Float) -> Float {
        let t = tanh(0.7978845608 * (x + 0.044715 * x * x * x))
        return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * 0.7978845608 * (1 + 3 * 0.044715 * x * x)
    }
}
