import AllotInterchange
/// Activation and scratch buffers for one batch shape, reused across steps so a training step
/// allocates nothing. One workspace per thread; not shared.
public final class TransformerWorkspace: @unchecked Sendable {
    /// A fixed-size float buffer with a stable address.
    final class Buffer {
        let pointer: UnsafeMutablePointer<Float>
        let count: Int
        init(_ count: Int) {
            self.count = count
            pointer = .allocate(capacity: max(count, 1))
            pointer.initialize(repeating: 0, count: max(count, 1))
        }
        deinit { pointer.deallocate() }
        func zero() { pointer.update(repeating: 0, count: count) }
    }

    /// What one block keeps from forward for backward.
    final class LayerCache {
        let normalized1, inverseDeviation1, normed1, query, key, value, probabilities, attended, projected, middle: Buffer
        let normalized2, inverseDeviation2, normed2, preActivation, activation: Buffer
        /// x·P per adapted matrix (MatrixKind order), rows × maxRank.
        let lowRank: [Buffer]

        init(rows n: Int, batch: Int, length: Int, c: TransformerConfiguration, maxRank: Int) {
            let d = c.width, f = c.feedForwardWidth
            normalized1 = Buffer(n * d); inverseDeviation1 = Buffer(n); normed1 = Buffer(n * d)
            query = Buffer(n * d); key = Buffer(n * d); value = Buffer(n * d)
            probabilities = Buffer(batch * c.heads * length * length)
            attended = Buffer(n * d); projected = Buffer(n * d); middle = Buffer(n * d)
            normalized2 = Buffer(n * d); inverseDeviation2 = Buffer(n); normed2 = Buffer(n * d)
            preActivation = Buffer(n * f); activation = Buffer(n * f)
            lowRank = (0..<MatrixKind.allCases.count).map { _ in Buffer(n * maxRank) }
        }
    }

    private(set) var shape: (configuration: TransformerConfiguration, batch: Int, length: Int, maxRank: Int)?
    private(set) var residual: [Buffer] = []
    private(set) var layers: [LayerCache] = []
    private(set) var finalNormalized = Buffer(0), finalInverseDeviation = Buffer(0), finalNormed = Buffer(0), logits = Buffer(0)
    // Backward scratch.
    private(set) var gradientResidual = Buffer(0), gradientMiddle = Buffer(0), gradientA = Buffer(0), gradientB = Buffer(0)
    private(set) var gradientQuery = Buffer(0), gradientKey = Buffer(0), gradientValue = Buffer(0)
    private(set) var gradientWide = Buffer(0), gradientScores = Buffer(0)
    private(set) var scaledLowRank = Buffer(0), gradientLowRank = Buffer(0)

    public init() {}

    /// Sizes the buffers for a batch; a no-op when the shape is unchanged.
    func prepare(configuration c: TransformerConfiguration, batch: Int, length: Int, maxRank: Int) {
        if let shape, shape.configuration == c, shape.batch == batch, shape.length == length, shape.maxRank == maxRank { return }
        let n = batch * length, d = c.width, f = c.feedForwardWidth
        residual = (0...c.layers).map { _ in Buffer(n * d) }
        layers = (0..<c.layers).map { _ in LayerCache(rows: n, batch: batch, length: length, c: c, maxRank: maxRank) }
        finalNormalized = Buffer(n * d); finalInverseDeviation = Buffer(n); finalNormed = Buffer(n * d)
        logits = Buffer(n * c.vocabularySize)
        gradientResidual = Buffer(n * d); gradientMiddle = Buffer(n * d); gradientA = Buffer(n * d); gradientB = Buffer(n * d)
        gradientQuery = Buffer(n * d); gradientKey = Buffer(n * d); gradientValue = Buffer(n * d)
        gradientWide = Buffer(n * f); gradientScores = Buffer(length * length)
        scaledLowRank = Buffer(n * maxRank); gradientLowRank = Buffer(n * maxRank)
        shape = (c, batch, length, maxRank)
    }
}
