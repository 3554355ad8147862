import Allot
import Foundation

/// The tree-structured Parzen estimator (Bergstra et al. 2011), multivariate (one product kernel per
/// trial, so parameters that work together are proposed together), as Optuna's `TPESampler(multivariate=
/// True, constant_liar=True)` does it, with Watanabe (2023)'s bandwidth and weighting rules:
///
/// 1. Until `startupTrials` trials have values, points come from the random sampler (the same points
///    `random` with this seed gives).
/// 2. Otherwise the finished trials at one resource are split: the best γ(n) = min(⌈fraction · n⌉, cap)
///    are "good", the rest "bad"; a Parzen estimator l is fitted to the good and g to the bad.
/// 3. `candidates` points are drawn from l and the one with the largest l(x)/g(x) is proposed.
///
/// Multi-fidelity (BOHB, Falkner et al. 2018): the model is fitted at the largest resource that has at
/// least `startupTrials` values, so inside Hyperband brackets it learns from the cheap rungs first and
/// from the full resource once enough trials got there. Parallel workers (constant liar): a trial still
/// running at that resource counts as a bad one, so the next worker is steered away from its point
/// instead of proposing the same one.
///
/// Like every sampler, trial n's point depends only on the settings, n and the history: its random
/// stream is seeded by (seed, n), and nothing is kept between calls.
public struct TPESampler: Sampler, Equatable {
    public struct Settings: Sendable, Equatable {
        public var seed: UInt64
        public var startupTrials = 10
        public var candidates = 24
        /// Weight of the prior kernel (a wide Gaussian on the middle, uniform over choices).
        public var priorWeight = 1.0
        /// γ(n) = min(⌈goodFraction · n⌉, goodCap): Optuna's default 0.1 and 25; BOHB's 0.15, no cap.
        public var goodFraction = 0.1
        public var goodCap = 25
        /// Trials still running count as bad ones.
        public var constantLiar = true
        /// Share of the trials after the startup proposed at random (BOHB: 1/3), so a wrong model is still
        /// corrected.
        public var randomFraction = 0.0
        /// Candidates are drawn with l's bandwidths times this (BOHB: 3) and scored with l's own.
        public var bandwidthFactor = 1.0

        public init(seed: UInt64) { self.seed = seed }
    }

    public let name: String
    public let settings: Settings

    public init(_ settings: Settings, name: String = "tpe") {
        self.settings = settings
        self.name = name
    }

    public func configuration(forTrial trial: Int, space: SearchSpace, history: SamplingHistory) -> Configuration {
        let random = RandomSampler(seed: settings.seed)
        guard let model = model(space: space, history: history) else {
            return random.configuration(forTrial: trial, space: space, history: history)
        }
        var stream = SplitMix64(seed: SplitMix64.derive(seed: settings.seed ^ 0x7470_6521, index: UInt64(trial)))
        if settings.randomFraction > 0, stream.uniform() < settings.randomFraction {
            return random.configuration(forTrial: trial, space: space, history: history)
        }
        return space.configuration(at: unitPoint(bestCandidate(model, space: space, stream: &stream), model.coordinates))
    }

    /// The two estimators for the history, nil while there are too few values to fit them.
    func model(space: SearchSpace, history: SamplingHistory) -> Model? {
        let (observations, pending) = Self.observations(history, threshold: max(settings.startupTrials, 1))
        guard observations.count >= max(settings.startupTrials, 1) else { return nil }
        let coordinates = space.parameters.map { parameter -> ParzenEstimator.Coordinate in
            if case let .categorical(choices) = parameter.domain { return .categorical(choices: choices.count) }
            return .continuous
        }
        // Best first (ties: earlier trial first); the liars go after the real values.
        let sign = history.direction == .maximize ? -1.0 : 1.0
        let ranked = observations.sorted { (sign * $0.value, $0.trial) < (sign * $1.value, $1.trial) }
        let goodCount = min(max(1, Int((settings.goodFraction * Double(ranked.count)).rounded(.up))), settings.goodCap, ranked.count)
        let good = Array(ranked.prefix(goodCount))
        var bad = Array(ranked.dropFirst(goodCount))
        if settings.constantLiar { bad += pending }
        func estimator(_ group: [Observation]) -> ParzenEstimator {
            let ordered = group.sorted { $0.trial < $1.trial }
            return ParzenEstimator(points: ordered.map { space.unitCoordinates(of: $0.configuration) },
                                   weights: Self.weights(ordered.count), coordinates: coordinates, priorWeight: settings.priorWeight)
        }
        return Model(good: estimator(good), bad: estimator(bad))
    }

    struct Model {
        let good: ParzenEstimator
        let bad: ParzenEstimator
        var coordinates: [ParzenEstimator.Coordinate] { good.coordinates }

        /// log l(x) − log g(x) for a point, counting only the coordinates active at it.
        func score(_ point: ParzenEstimator.Point) -> Double { good.logDensity(point) - bad.logDensity(point) }
    }

    /// Draws the candidates from l and keeps the one l/g likes best (the first on ties).
    func bestCandidate(_ model: Model, space: SearchSpace, stream: inout SplitMix64) -> [Double] {
        var best: [Double] = []
        var bestScore = -Double.infinity
        for _ in 0..<max(settings.candidates, 1) {
            let candidate = model.good.sample(&stream, widen: settings.bandwidthFactor)
            let score = model.score(activeCoordinates(candidate, model.coordinates, space))
            if best.isEmpty || score > bestScore { best = candidate; bestScore = score }
        }
        return best
    }

    /// The candidate's coordinates with those of parameters its own choices switch off set to nil.
    func activeCoordinates(_ candidate: [Double], _ coordinates: [ParzenEstimator.Coordinate], _ space: SearchSpace) -> ParzenEstimator.Point {
        let configuration = space.configuration(at: unitPoint(candidate, coordinates))
        return space.parameters.enumerated().map { j, parameter in configuration[parameter.name] == nil ? nil : candidate[j] }
    }

    /// A candidate's coordinates as the unit point `SearchSpace.configuration(at:)` reads (a choice index
    /// goes to the middle of its cell).
    func unitPoint(_ candidate: [Double], _ coordinates: [ParzenEstimator.Coordinate]) -> [Double] {
        zip(candidate, coordinates).map { x, coordinate in
            if case let .categorical(choices) = coordinate { return (x + 0.5) / Double(choices) }
            return x
        }
    }

    /// Optuna's default weights by age: equal for the 25 newest, a ramp from 1/n to 1 for the older ones,
    /// so the model forgets the first guesses slowly.
    static func weights(_ n: Int) -> [Double] {
        guard n > 25 else { return [Double](repeating: 1, count: n) }
        let ramp = n - 25
        let rising = (0..<ramp).map { i in ramp == 1 ? 1.0 / Double(n) : 1.0 / Double(n) + (1 - 1.0 / Double(n)) * Double(i) / Double(ramp - 1) }
        return rising + [Double](repeating: 1, count: 25)
    }

    struct Observation {
        var trial: Int
        var configuration: Configuration
        var value: Double
    }

    /// The values at the largest resource that has at least `threshold` of them (all values at one
    /// resource for single-fidelity studies), and the trials running at that resource with their liar value
    /// (the worst value seen there). Failed jobs are left out.
    static func observations(_ history: SamplingHistory, threshold: Int) -> (values: [Observation], pending: [Observation]) {
        var byResource: [Double: [Int: Double]] = [:]
        var running: [Double: Set<Int>] = [:]
        for job in history.jobs {
            switch job.state {
            case .completed:
                if let value = job.value, value.isFinite { byResource[job.resource, default: [:]][job.key.trial] = value }
            case .running, .requeued:
                running[job.resource, default: []].insert(job.key.trial)
            case .failed:
                break
            }
        }
        let levels = byResource.keys.sorted(by: >)
        guard let level = levels.first(where: { byResource[$0]!.count >= threshold }) ?? levels.first else { return ([], []) }
        let values = byResource[level]!
        let trials = history.trials
        let observed = values.keys.sorted().compactMap { trial -> Observation? in
            guard trials.indices.contains(trial) else { return nil }
            return Observation(trial: trial, configuration: trials[trial].configuration, value: values[trial]!)
        }
        let worst = history.direction == .maximize ? values.values.min()! : values.values.max()!
        let pending = (running[level] ?? []).subtracting(values.keys).sorted().compactMap { trial -> Observation? in
            guard trials.indices.contains(trial) else { return nil }
            return Observation(trial: trial, configuration: trials[trial].configuration, value: worst)
        }
        return (observed, pending)
    }
}
