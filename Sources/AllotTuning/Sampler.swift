import Allot

/// What a sampler may look at when it proposes a configuration: the trials' configurations, every job
/// with the value it reached at its resource (so a multi-fidelity sampler sees each rung), and which
/// direction is better. Model-based samplers (TPE, BOHB) read it; random and Sobol do not.
public struct SamplingHistory: Sendable {
    public var trials: [Study.Trial]
    public var jobs: [Study.Job]
    /// Which way each objective is better; `direction` is the first's.
    public var directions: [Study.Direction]
    public var direction: Study.Direction { directions[0] }

    public init(trials: [Study.Trial], jobs: [Study.Job] = [], direction: Study.Direction) {
        self.init(trials: trials, jobs: jobs, directions: [direction])
    }

    public init(trials: [Study.Trial], jobs: [Study.Job] = [], directions: [Study.Direction]) {
        self.trials = trials
        self.jobs = jobs
        self.directions = directions
    }
}

/// Proposes configurations for a study. The configuration of trial n depends only on the sampler's
/// settings, n and the history (never on hidden state), so a study restored from its log needs no
/// sampler state, and workers on several machines propose reproducibly.
public protocol Sampler: Sendable {
    var name: String { get }
    /// The configuration of new trial `trial`.
    mutating func configuration(forTrial trial: Int, space: SearchSpace, history: SamplingHistory) -> Configuration
    /// In a study its objective defines: the sampler that draws a parameter a running trial asks for and
    /// does not have, on its own (Optuna's independent sampling), seeded apart from the trial's other
    /// draws by `salt`. nil: this sampler needs every parameter when the study is created.
    func independentSampler(salt: UInt64) -> (any Sampler)?
}

extension Sampler {
    public func independentSampler(salt: UInt64) -> (any Sampler)? { nil }
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

    public func independentSampler(salt: UInt64) -> (any Sampler)? { RandomSampler(seed: SplitMix64.derive(seed: seed, index: salt)) }
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
        RegistryEntry(
            name: "tpe", summary: "Multivariate tree-structured Parzen estimator: propose where good trials are dense and bad ones sparse; running trials count as bad (constant liar).",
            source: "Bergstra et al. 2011; Watanabe 2023; Optuna TPESampler(multivariate=True, constant_liar=True)",
            parameters: tpeParameters(startup: 10, startupNote: nil, fraction: 0.1, cap: 25, random: 0, widen: 1, fidelity: .deepestFirst),
            make: { p, _ in try tpe(p, name: "tpe") }),
        RegistryEntry(
            name: "bohb", summary: "BOHB's TPE: the model at the largest resource with enough values, a third of the proposals random, candidates from a 3× wider density. Use with the hyperband scheduler.",
            source: "Falkner, Klein, Hutter, ICML 2018",
            parameters: tpeParameters(startup: nil, startupNote: "parameters + 1", fraction: 0.15, cap: 1_000_000, random: 1.0 / 3, widen: 3, fidelity: .largestLevel),
            derive: { p, c in
                // BOHB's min_points_in_model: one more than the dimension, written into the stored definition.
                if p.values["startupTrials"] == nil { p.values["startupTrials"] = .number(Double(c.space.dimension + 1)) }
            },
            make: { p, _ in try tpe(p, name: "bohb") }),
        RegistryEntry(
            name: "gp", summary: "Gaussian-process Bayesian optimisation: log expected improvement on a Matérn-5/2 process; for small budgets of expensive evaluations.",
            source: "Snoek, Larochelle, Adams 2012; Ament et al. 2023 (LogEI); Optuna GPSampler",
            parameters: [
                ParameterSpec("seed", .integer, default: 0, range: 0...9_007_199_254_740_992, help: "Trial n's random stream is seeded by (seed, n)."),
                ParameterSpec("startupTrials", .integer, default: 10, range: 1...1e7, help: "Values needed (at one resource) before the model is used; until then points are random."),
                ParameterSpec("candidates", .integer, default: 2_048, range: 1...100_000, help: "Random points scored before the local searches."),
                ParameterSpec("localSearches", .integer, default: 10, range: 1...1_000, help: "L-BFGS searches of log EI: the best candidate, the best trial and a roulette pick of the rest."),
                ParameterSpec("believer", .bool, default: true, help: "Count trials still running at the model's predicted value, so parallel workers spread out."),
                ParameterSpec("minimumNoise", .number, default: 1e-6, range: 1e-12...1, help: "Smallest noise variance of the standardised values."),
                ParameterSpec("maxObservations", .integer, default: 500, range: 2...5_000,
                              help: "Values the model is fitted on at most (the best half and the newest): each proposal costs O(n³)."),
            ],
            make: { p, _ in
                guard let seed = p.integer("seed"), seed >= 0 else { throw InputError.parameter("gp", "seed", expected: "an integer in 0...2^53", got: p.values["seed"]?.canonicalText ?? "none") }
                var settings = GPSampler.Settings(seed: UInt64(seed))
                settings.startupTrials = p.integer("startupTrials")!
                settings.candidates = p.integer("candidates")!
                settings.localSearches = p.integer("localSearches")!
                settings.believer = p.bool("believer")!
                settings.minimumNoise = p.number("minimumNoise")!
                settings.maxObservations = p.integer("maxObservations")!
                return GPSampler(settings)
            }),
    ]

    static func tpeParameters(startup: Int?, startupNote: String?, fraction: Double, cap: Int, random: Double, widen: Double,
                              fidelity: TPESampler.FidelityRule) -> [ParameterSpec] {
        [
            ParameterSpec("seed", .integer, default: 0, range: 0...9_007_199_254_740_992, help: "Trial n's random stream is seeded by (seed, n)."),
            startup.map { ParameterSpec("startupTrials", .integer, default: .number(Double($0)), range: 1...1e7, help: "Values needed (at one resource) before the model is used; until then points are random.") }
                ?? ParameterSpec("startupTrials", .integer, note: startupNote!, range: 1...1e7, help: "Values needed (at one resource) before the model is used; until then points are random."),
            ParameterSpec("candidates", .integer, default: 24, range: 1...100_000, help: "Points drawn from the good trials' density; the best l/g ratio is proposed."),
            ParameterSpec("priorWeight", .number, default: 1, range: 1e-6...1e6, help: "Weight of the prior kernel in both densities."),
            ParameterSpec("goodFraction", .number, default: .number(fraction), range: 1e-6...1, help: "γ: the best ⌈fraction · n⌉ trials are the good ones..."),
            ParameterSpec("goodCap", .integer, default: .number(Double(cap)), range: 1...1e7, help: "...but at most this many."),
            ParameterSpec("constantLiar", .bool, default: true, help: "Count trials still running as bad ones, so parallel workers spread out."),
            ParameterSpec("randomFraction", .number, default: .number(random), range: 0...1, help: "Share of proposals after the startup made at random."),
            ParameterSpec("bandwidthFactor", .number, default: .number(widen), range: 1e-3...1e3, help: "Candidates are drawn with the good density's bandwidths times this."),
            ParameterSpec("multivariate", .bool, default: true,
                          help: "One kernel over all parameters per trial; false: each parameter drawn and scored on its own (Optuna's default)."),
            ParameterSpec("fidelity", .choice(TPESampler.FidelityRule.allCases.map(\.rawValue)), default: .string(fidelity.rawValue),
                          help: "Multi-fidelity studies: deepest-first ranks every trial by the largest resource it reached, then its value there (Optuna's rule); largest-level models only the largest resource with startupTrials values (BOHB's)."),
        ]
    }

    static func tpe(_ p: ResolvedParameters, name: String) throws -> any Sampler {
        guard let seed = p.integer("seed"), seed >= 0 else { throw InputError.parameter(name, "seed", expected: "an integer in 0...2^53", got: p.values["seed"]?.canonicalText ?? "none") }
        guard let startup = p.integer("startupTrials") else { throw InputError(source: name, path: "startupTrials", problem: .missing(expected: "an integer >= 1")) }
        var settings = TPESampler.Settings(seed: UInt64(seed))
        settings.startupTrials = startup
        settings.candidates = p.integer("candidates")!
        settings.priorWeight = p.number("priorWeight")!
        settings.goodFraction = p.number("goodFraction")!
        settings.goodCap = p.integer("goodCap")!
        settings.constantLiar = p.bool("constantLiar")!
        settings.randomFraction = p.number("randomFraction")!
        settings.bandwidthFactor = p.number("bandwidthFactor")!
        settings.fidelity = TPESampler.FidelityRule(rawValue: p.string("fidelity")!)!
        settings.multivariate = p.bool("multivariate")!
        return TPESampler(settings, name: name)
    }
}
