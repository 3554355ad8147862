import Allot
import Foundation

/// Gaussian-process Bayesian optimisation (Snoek, Larochelle, Adams 2012), with the rules of Optuna 5's
/// `GPSampler`: a Matérn-5/2 ARD process with Optuna's priors on standardised values (`GaussianProcess`),
/// log expected improvement over the best value seen (Ament et al. 2023), maximised by scoring
/// `candidates` random points and refining the best and a roulette pick of the others with L-BFGS in
/// length-scale units. For small budgets of expensive evaluations on continuous spaces, where it needs
/// far fewer evaluations than TPE; each proposal costs O(n³) in the n values it models.
///
/// - Until `startupTrials` values exist (at one resource), points come from the random sampler.
/// - Multi-fidelity studies: the model is fitted at the largest resource with at least `startupTrials`
///   values (BOHB's rule; values at different resources are not comparable).
/// - Parallel workers: a trial still running counts at the model's predicted mean (the kriging believer;
///   Optuna uses fantasies in qLogEI), which shrinks the uncertainty there so the next proposal moves on.
/// - Categorical parameters use a Hamming kernel and are searched choice by choice; integers are modelled
///   on their unit coordinate and rounded; a parameter switched off by a condition is modelled at the
///   middle of its range (at no choice, for a categorical one).
/// - Beyond `maxObservations` values the model keeps the best half and the newest of the rest.
///
/// Trial n's point depends only on the settings, n and the history (no warm start from an earlier fit),
/// so a study restored from its journal proposes what the original would.
public struct GPSampler: Sampler, Equatable {
    public struct Settings: Sendable, Equatable {
        public var seed: UInt64
        public var startupTrials = 10
        public var candidates = 2_048
        public var localSearches = 10
        /// Running trials count at the predicted mean.
        public var believer = true
        public var minimumNoise = 1e-6
        public var maxObservations = 500

        public init(seed: UInt64) { self.seed = seed }
    }

    public var name: String { "gp" }
    public let settings: Settings

    public init(_ settings: Settings) { self.settings = settings }

    public func configuration(forTrial trial: Int, space: SearchSpace, history: SamplingHistory) -> Configuration {
        let random = RandomSampler(seed: settings.seed)
        let (observations, pending) = TPESampler.observations(history, threshold: max(settings.startupTrials, 1))
        guard observations.count >= max(settings.startupTrials, 1), let model = try? model(space: space, observations: observations, pending: pending, direction: history.direction) else {
            return random.configuration(forTrial: trial, space: space, history: history)
        }
        var stream = SplitMix64(seed: SplitMix64.derive(seed: settings.seed ^ 0x6770_7361, index: UInt64(trial)))
        let point = model.bestPoint(candidates: settings.candidates, localSearches: settings.localSearches, stream: &stream)
        return space.configuration(at: unitPoint(point, space))
    }

    /// The process and what the acquisition needs, nil if it cannot be fitted.
    func model(space: SearchSpace, observations: [TPESampler.Observation], pending: [TPESampler.Observation], direction: Study.Direction) throws -> Acquisition {
        let kept = Self.kept(observations, cap: settings.maxObservations, direction: direction)
        let sign = direction == .maximize ? 1.0 : -1.0
        let values = kept.map { sign * $0.value }
        let mean = values.reduce(0, +) / Double(values.count)
        let spread = max((values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)).squareRoot(), 1e-10)
        let targets = values.map { ($0 - mean) / spread }
        let categorical = space.parameters.map { if case .categorical = $0.domain { return true } else { return false } }
        var process = try GaussianProcess.fitted(inputs: kept.map { modelCoordinates($0.configuration, space) }, targets: targets,
                                                 categorical: categorical, minimumNoise: settings.minimumNoise)
        let best = kept.indices.max { targets[$0] < targets[$1] || (targets[$0] == targets[$1] && kept[$0].trial > kept[$1].trial) }!
        var threshold = targets[best]
        if settings.believer, !pending.isEmpty {
            // Believed values count as seen (Ginsbourger et al. 2010): improving on a running trial's
            // predicted value is what the next proposal has to offer.
            let points = pending.map { modelCoordinates($0.configuration, space) }
            let believed = process.posteriors(at: points).means
            process = try process.conditioned(onMore: points, targets: believed)
            threshold = max(threshold, believed.max()!)
        }
        return Acquisition(process: process, threshold: threshold, incumbent: modelCoordinates(kept[best].configuration, space), space: space)
    }

    /// At most `cap` observations: the best half of them and the newest of the rest, in trial order.
    static func kept(_ observations: [TPESampler.Observation], cap: Int, direction: Study.Direction) -> [TPESampler.Observation] {
        guard observations.count > cap else { return observations }
        let sign = direction == .maximize ? -1.0 : 1.0
        let ranked = observations.indices.sorted { (sign * observations[$0].value, observations[$0].trial) < (sign * observations[$1].value, observations[$1].trial) }
        var keep = Set(ranked.prefix((cap + 1) / 2))
        for index in observations.indices.reversed() where keep.count < cap { keep.insert(index) }
        return observations.indices.filter { keep.contains($0) }.map { observations[$0] }
    }

    /// A configuration's coordinates as the process sees them: unit coordinates, a choice's index for a
    /// categorical parameter, and for a parameter its conditions switch off 0.5 (−1 if categorical).
    func modelCoordinates(_ configuration: Configuration, _ space: SearchSpace) -> [Double] {
        zip(space.unitCoordinates(of: configuration), space.parameters).map { coordinate, parameter in
            if let coordinate { return coordinate }
            if case .categorical = parameter.domain { return -1 }
            return 0.5
        }
    }

    /// Model coordinates as the unit point `SearchSpace.configuration(at:)` reads.
    func unitPoint(_ point: [Double], _ space: SearchSpace) -> [Double] {
        zip(point, space.parameters).map { x, parameter in
            if case let .categorical(choices) = parameter.domain { return (max(x, 0) + 0.5) / Double(choices.count) }
            return x
        }
    }

    /// Log expected improvement of the fitted process, and its maximisation over the space.
    struct Acquisition {
        let process: GaussianProcess
        let threshold: Double
        let incumbent: [Double]
        let space: SearchSpace
        var conditional: Bool { space.parameters.contains { $0.condition != nil } }

        /// A point with the coordinates its own choices switch off set as the model stores them.
        func masked(_ point: [Double]) -> [Double] {
            guard conditional else { return point }
            let configuration = space.configuration(at: zip(point, space.parameters).map { x, parameter in
                if case let .categorical(choices) = parameter.domain { return (max(x, 0) + 0.5) / Double(choices.count) }
                return x
            })
            return space.parameters.enumerated().map { j, parameter in
                if configuration[parameter.name] != nil { return point[j] }
                if case .categorical = parameter.domain { return -1 }
                return 0.5
            }
        }

        func value(_ point: [Double]) -> Double {
            let (mean, variance) = process.posterior(at: masked(point))
            return LogExpectedImprovement.value(mean: mean, standardDeviation: (variance + 1e-12).squareRoot(), threshold: threshold).value
        }

        /// Scores `candidates` random points, then refines the best one, the incumbent and a roulette pick
        /// (probability ∝ exp(log EI − max)) of the others, `localSearches` starts in all.
        func bestPoint(candidates: Int, localSearches: Int, stream: inout SplitMix64) -> [Double] {
            let d = space.dimension
            // A Sobol sequence shifted at random (Cranley–Patterson), as Optuna scores a scrambled one: the
            // candidates cover the space more evenly than independent points.
            var points: [[Double]] = []
            points.reserveCapacity(max(candidates, 1))
            var sobol = d <= SobolSequence.maximumDimension ? try? SobolSequence(dimension: d) : nil
            let shift = (0..<d).map { _ in stream.uniform() }
            for _ in 0..<max(candidates, 1) {
                let u = sobol?.next() ?? (0..<d).map { _ in stream.uniform() }
                points.append(space.parameters.enumerated().map { j, parameter in
                    let v = (u[j] + shift[j]).truncatingRemainder(dividingBy: 1)
                    if case let .categorical(choices) = parameter.domain { return Double(min(Int(v * Double(choices.count)), choices.count - 1)) }
                    return v
                })
            }
            if conditional { points = points.map(masked) }
            let (means, variances) = process.posteriors(at: points)
            let scores = (0..<points.count).map {
                LogExpectedImprovement.value(mean: means[$0], standardDeviation: (variances[$0] + 1e-12).squareRoot(), threshold: threshold).value
            }
            let top = scores.indices.max { scores[$0] < scores[$1] || (scores[$0] == scores[$1] && $0 > $1) }!
            var starts = [points[top], incumbent]
            var weights = scores.map { Foundation.exp($0 - scores[top]) }
            weights[top] = 0
            while starts.count < max(localSearches, 2) {
                let total = weights.reduce(0, +)
                guard total > 0, total.isFinite else { break }
                var pick = stream.uniform() * total, chosen = weights.count - 1
                for (index, weight) in weights.enumerated() where weight > 0 {
                    pick -= weight
                    if pick < 0 { chosen = index; break }
                }
                guard weights[chosen] > 0 else { break }
                weights[chosen] = 0
                starts.append(points[chosen])
            }
            var best = points[top], bestValue = scores[top]
            for start in starts {
                let (point, value) = localSearch(from: start, dimension: d)
                if value > bestValue { best = point; bestValue = value }
            }
            return best
        }

        /// Alternates L-BFGS on the continuous coordinates (in length-scale units, so every direction is
        /// equally curved) with trying every choice of each categorical one, until neither improves.
        func localSearch(from start: [Double], dimension d: Int) -> (point: [Double], value: Double) {
            let continuous = (0..<d).filter { !process.categorical[$0] }
            let lengths = continuous.map { 1 / process.kernel.inverseSquaredLengthscales[$0].squareRoot() }
            var point = start, value = self.value(start)
            for _ in 0..<10 {
                var improved = false
                if !continuous.isEmpty {
                    var optimizer = BoundedLBFGS(lower: [Double](repeating: 0, count: continuous.count), upper: lengths.map { 1 / $0 })
                    optimizer.gradientTolerance = 1e-2   // Optuna's: √(1e-4)
                    var meanGradient: [Double] = [], varianceGradient: [Double] = []
                    var trial = point
                    let found = optimizer.minimize(from: zip(continuous, lengths).map { point[$0] / $1 }) { scaled, gradient in
                        for (k, j) in continuous.enumerated() { trial[j] = scaled[k] * lengths[k] }
                        let modelPoint = masked(trial)
                        let (mean, variance) = process.posterior(at: modelPoint, meanGradient: &meanGradient, varianceGradient: &varianceGradient)
                        let sigma = (variance + 1e-12).squareRoot()
                        let ei = LogExpectedImprovement.value(mean: mean, standardDeviation: sigma, threshold: threshold)
                        for (k, j) in continuous.enumerated() {
                            let active = modelPoint[j] == trial[j]
                            gradient[k] = active ? -(ei.dMean * meanGradient[j] + ei.dSigma * varianceGradient[j] / (2 * sigma)) * lengths[k] : 0
                        }
                        return -ei.value
                    }
                    if -found.value > value {
                        for (k, j) in continuous.enumerated() { point[j] = found.point[k] * lengths[k] }
                        value = -found.value
                        improved = true
                    }
                }
                for (j, parameter) in space.parameters.enumerated() {
                    guard case let .categorical(choices) = parameter.domain else { continue }
                    for choice in 0..<choices.count where Double(choice) != point[j] {
                        var other = point
                        other[j] = Double(choice)
                        let score = self.value(other)
                        if score > value { point = other; value = score; improved = true }
                    }
                }
                // With continuous coordinates only, L-BFGS has already stopped at its optimum.
                if !improved || !process.categorical.contains(true) { break }
            }
            return (point, value)
        }
    }
}
