import Allot

/// Every weight of the transformer, as flat row-major buffers; a matrix W used as y = x·W is
/// input × output. The same type holds gradients and AdamW moments.
public struct TransformerParameters: Codable, Sendable, Equatable {
    public struct Block: Codable, Sendable, Equatable {
        public var norm1Gain: [Float], norm1Bias: [Float]
        public var query: [Float], key: [Float], value: [Float], output: [Float]
        public var norm2Gain: [Float], norm2Bias: [Float]
        public var up: [Float], down: [Float]

        public subscript(kind: MatrixKind) -> [Float] {
            get {
                switch kind {
                case .query: return query
                case .key: return key
                case .value: return value
                case .output: return output
                case .up: return up
                case .down: return down
                }
            }
        }

        static var tensors: [WritableKeyPath<Block, [Float]>] { [
            \.norm1Gain, \.norm1Bias, \.query, \.key, \.value, \.output, \.norm2Gain, \.norm2Bias, \.up, \.down,
        ] }
    }

    public var tokenEmbedding: [Float]
    public var positionEmbedding: [Float]
    public var blocks: [Block]
    public var finalGain: [Float], finalBias: [Float]
    public var unembedding: [Float]

    /// Whether every tensor has the same size as `other`'s (the shape a configuration implies).
    public func hasShape(of other: TransformerParameters) -> Bool {
        tokenEmbedding.count == other.tokenEmbedding.count && positionEmbedding.count == other.positionEmbedding.count
            && finalGain.count == other.finalGain.count && finalBias.count == other.finalBias.count && unembedding.count == other.unembedding.count
            && blocks.count == other.blocks.count
            && zip(blocks, other.blocks).allSatisfy { a, b in Block.tensors.allSatisfy { a[keyPath: $0].count == b[keyPath: $0].count } }
    }

    /// Zeros of the right shapes (gradients, moments).
    public init(zerosFor c: TransformerConfiguration) {
        func zeros(_ n: Int) -> [Float] { [Float](repeating: 0, count: n) }
        let d = c.width, f = c.feedForwardWidth
        tokenEmbedding = zeros(c.vocabularySize * d)
        positionEmbedding = zeros(c.contextLength * d)
        blocks = (0..<c.layers).map { _ in
            Block(norm1Gain: zeros(d), norm1Bias: zeros(d), query: zeros(d * d), key: zeros(d * d), value: zeros(d * d),
                  output: zeros(d * d), norm2Gain: zeros(d), norm2Bias: zeros(d), up: zeros(d * f), down: zeros(f * d))
        }
        finalGain = zeros(d)
        finalBias = zeros(d)
        unembedding = zeros(d * c.vocabularySize)
    }

    /// GPT-2-style initialisation: N(0, 0.02) weights, residual projections scaled by 1/√(2·layers), unit gains.
    public init(randomFor c: TransformerConfiguration, seed: UInt64) {
        self.init(zerosFor: c)
        var random = RandomSource(seed: seed)
        func fill(_ tensor: inout [Float], _ deviation: Double) {
            for i in tensor.indices { tensor[i] = Float(random.normal(standardDeviation: deviation)) }
        }
        let residual = 0.02 / (2 * Double(c.layers)).squareRoot()
        fill(&tokenEmbedding, 0.02)
        fill(&positionEmbedding, 0.01)
        for l in blocks.indices {
            fill(&blocks[l].query, 0.02)
            fill(&blocks[l].key, 0.02)
            fill(&blocks[l].value, 0.02)
            fill(&blocks[l].output, residual)
            fill(&blocks[l].up, 0.02)
            fill(&blocks[l].down, residual)
            blocks[l].norm1Gain = [Float](repeating: 1, count: c.width)
            blocks[l].norm2Gain = [Float](repeating: 1, count: c.width)
        }
        finalGain = [Float](repeating: 1, count: c.width)
        fill(&unembedding, 0.02)
    }

    static var tensors: [WritableKeyPath<TransformerParameters, [Float]>] { [
        \.tokenEmbedding, \.positionEmbedding, \.finalGain, \.finalBias, \.unembedding,
    ] }

    /// Runs `body` on two distinct tensors at once (moved out and back, so nothing is copied).
    mutating func withTensors<T>(_ first: WritableKeyPath<TransformerParameters, [Float]>, _ second: WritableKeyPath<TransformerParameters, [Float]>,
                                 _ body: (inout [Float], inout [Float]) -> T) -> T {
        var a: [Float] = [], b: [Float] = []
        swap(&a, &self[keyPath: first])
        swap(&b, &self[keyPath: second])
        defer {
            swap(&a, &self[keyPath: first])
            swap(&b, &self[keyPath: second])
        }
        return body(&a, &b)
    }

    /// Every tensor, for counting and zeroing.
    mutating func forEachTensor(_ body: (inout [Float]) -> Void) {
        for path in Self.tensors { body(&self[keyPath: path]) }
        for l in blocks.indices { for path in Block.tensors { body(&blocks[l][keyPath: path]) } }
    }

    public var count: Int {
        var copy = self
        var total = 0
        copy.forEachTensor { total += $0.count }
        return total
    }
}
