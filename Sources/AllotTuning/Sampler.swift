import Allot

/// What a sampler may look at when it proposes a configuration: the finished trials' configurations
/// and their values at the largest resource each reached (model-based samplers read it; random and
/// Sobol do not), and which direction is better.
public struct SamplingHistory: Sendable {
    public var trials: [Study.Trial]
    public var direction: Study.Direction
}

/// Proposes configurations for a study. The configuration of trial n depends only on the sampler's
/// settings, n and the history (never on hidden state), so a study restored from its log needs no
/// sampler state, and workers on several machines propose reproducibly.
public protocol Sampler: Sendable {
    var name: String { get }
    /// The configuration of new trial `trial`.
    mutating func configuration(forTrial trial: Int, space: SearchSpace, history: SamplingHistory) -> Configuration
}

/// Independent uniform points; trial n's point comes from a SplitMix64 stream seeded by (seed, n), a few
/// nanoseconds per coordinate (a Mersenne Twister seeded per trial cost 5 µs).
public struct RandomSampler: Sampler, Equatable {
    public var name: String { "random" }
    public let seed: UInt64

    public init(seed: UInt64) { self.seed = seed }

    public func configuration(forTrial trial: Int, space: SearchSpace, history: SamplingHistory) -> Configuration {
        var stream = SplitMix64(seed: SplitMix64.derive(seed: seed, index: UInt64(trial)))
        return space.configuration(at: (0..<space.dimension).map { _ in stream.uniform() })
    }
}

/// The Sobol low-discrepancy sequence (GSL's qrng): trial n gets point n, so few trials cover the space
/// evenly. Points are generated in order; asking for an earlier one restarts the sequence.
public struct SobolSampler: Sampler {
    public var name: String { "sobol" }
    private var sequence: SobolSequence
    private let dimension: Int

    public init(dimension: Int) throws {
        self.dimension = dimension
        sequence = try SobolSequence(dimension: dimension)
    }

    public mutating func configuration(forTrial trial: Int, space: SearchSpace, history: SamplingHistory) -> Configuration {
        if sequence.index > trial { sequence = try! SobolSequence(dimension: dimension) }   // dimension was validated at init
        while sequence.index < trial { _ = sequence.next() }
        return space.configuration(at: sequence.next())
    }
}

/// The random stream of studies created by release 583d2df: trial n's point is the n-th block of
/// `dimension` draws of one generator. Kept so the trials such a study had drawn but not yet started
/// (a Hyperband bracket draws its configurations when it opens) come out as that release listed them.
struct StreamSampler {
    var random: RandomSource

    mutating func points(_ count: Int, dimension: Int) -> [[Double]] {
        (0..<count).map { _ in (0..<dimension).map { _ in random.uniform() } }
    }
}

/// Every sampler, by the name `allot study create --sampler`, `allot tune`, `allot serve` and the Python
/// package use, with its parameters and defaults.
public enum SamplerRegistry {
    public struct Context: Sendable {
        public var space: SearchSpace
        public init(space: SearchSpace) { self.space = space }
    }

    public static let registry = Registry<Context, any Sampler>(noun: "sampler", entries: entries)

    static let entries: [RegistryEntry<Context, any Sampler>] = [
        RegistryEntry(
            name: "random", summary: "Independent uniform points (log-uniform for log parameters).", source: "Bergstra, Bengio 2012",
            parameters: [ParameterSpec("seed", .integer, default: 0, range: 0...9_007_199_254_740_992, help: "Trial n's point comes from a generator seeded by (seed, n).")],
            make: { p, _ in
                guard let seed = p.integer("seed"), seed >= 0 else { throw InputError.parameter("random", "seed", expected: "an integer in 0...2^53", got: p.values["seed"]?.canonicalText ?? "none") }
                return RandomSampler(seed: UInt64(seed))
            }),
        RegistryEntry(
            name: "sobol", summary: "The Sobol low-discrepancy sequence: trial n gets point n (at most 40 parameters).", source: "Sobol 1967; GSL qrng",
            parameters: [], make: { _, c in try SobolSampler(dimension: c.space.dimension) }),
    ]
}
