import Allot
import Foundation

/// A stand-in trainer for fast offline evaluation of rank allocators: each matrix i has a spectrum of
/// component values a_i(t) · ρ_i^j (what its j-th rank-1 component is worth), strengths a_i drift as
/// a log-normal random walk, and the trainer reports noisy sensitivities of its active components
/// (log-normal noise, mean-preserving). The value of a pattern is the spectrum mass it captures,
/// Σ_i Σ_{j < r_i} a_i ρ_i^j; the oracle is the exact knapsack on the true spectra.
public struct SyntheticRankModel: RankAdaptable, Sendable {
    public let adaptedMatrices: [AdaptedMatrix]
    public private(set) var rankPattern: RankPattern
    public private(set) var strengths: [Double]
    public let decays: [Double]
    /// Standard deviation of the log-normal observation noise.
    public let noise: Double
    /// Standard deviation of log a_i's change over 1,000 steps.
    public let drift: Double
    private var random: RandomSource
    private var observed: [TripletSensitivity]

    /// Matrices shaped like `layers` transformer blocks of `width` (Q, K, V, O: width × width; up, down:
    /// width × 4 width), strengths log-normal(0, 1), decays uniform in [0.5, 0.95].
    public init(layers: Int, width: Int, maxRank: Int, noise: Double, drift: Double, seed: UInt64) throws {
        guard layers >= 1, width >= 1, maxRank >= 1 else {
            throw InputError.parameter("synthetic rank model", "layers/width/maxRank", expected: "integers >= 1", got: "\(layers)/\(width)/\(maxRank)")
        }
        guard noise >= 0, drift >= 0 else { throw InputError.parameter("synthetic rank model", "noise/drift", expected: "numbers >= 0", got: "\(noise)/\(drift)") }
        let configuration = try TransformerConfiguration(vocabularySize: 2, contextLength: 1, width: width, heads: 1, layers: layers)
        adaptedMatrices = LoRAFineTuner.matrices(of: configuration, maxRank: maxRank)
        var random = RandomSource(seed: seed)
        strengths = adaptedMatrices.map { _ in Foundation.exp(random.normal()) }
        decays = adaptedMatrices.map { _ in random.uniform(from: 0.5, to: 0.95) }
        self.noise = noise
        self.drift = drift
        self.random = random
        rankPattern = RankPattern(active: adaptedMatrices.map { _ in [] })
        observed = adaptedMatrices.map { TripletSensitivity(values: [Float](repeating: 0, count: $0.maxRank), left: [Float](repeating: 0, count: $0.maxRank), right: [Float](repeating: 0, count: $0.maxRank)) }
    }

    /// One training step: the strengths drift and new sensitivities are drawn (compact form).
    public mutating func advance() {
        let step = drift / Foundation.sqrt(1000)
        for i in strengths.indices {
            if step > 0 { strengths[i] *= Foundation.exp(random.normal(standardDeviation: step)) }
            for k in 0..<adaptedMatrices[i].maxRank { observed[i].values[k] = 0; observed[i].left[k] = 0; observed[i].right[k] = 0 }
            // Active slots in slot order hold the spectrum's leading components.
            for (j, slot) in rankPattern.active[i].enumerated() {
                let value = strengths[i] * Foundation.pow(decays[i], Double(j))
                let noisy = value * Foundation.exp(random.normal(standardDeviation: noise) - noise * noise / 2)
                observed[i].values[slot] = Float(noisy / 3)
                observed[i].left[slot] = Float(noisy / 3)
                observed[i].right[slot] = Float(noisy / 3)
            }
        }
    }

    public func sensitivities() -> [TripletSensitivity] { observed }

    public mutating func apply(_ pattern: RankPattern) throws {
        try pattern.validate(adaptedMatrices)
        rankPattern = pattern
    }

    /// Spectrum mass captured by `ranks`.
    public func value(of ranks: [Int]) -> Double {
        ranks.indices.reduce(0) { total, i in
            total + strengths[i] * (1 - Foundation.pow(decays[i], Double(ranks[i]))) / (1 - decays[i])
        }
    }

    /// The most mass any pattern within `budget` parameters (each matrix at rank >= 1) captures now.
    public func oracleValue(budget: Int) throws -> Double {
        let ranks = try BanditKnapsackRankAllocator.knapsackRanks(
            matrices: adaptedMatrices, values: strengths.indices.map { strengths[$0] }, decays: decays, budget: budget)
        return value(of: ranks)
    }
}
