import Allot
import Foundation

/// The tree-structured Parzen estimator (Bergstra et al. 2011), multivariate (one product kernel per
/// trial, so parameters that work together are proposed together), with the rules of Optuna 5's default
/// `TPESampler()` (Watanabe 2023 studies them):
///
/// 1. Until `startupTrials` trials have values, points come from the random sampler (the same points
///    `random` with this seed gives).
/// 2. Otherwise the trials with values are ranked and split: the best γ(n) = min(⌈fraction · n⌉, cap)
///    are "good", the rest "bad"; a Parzen estimator l is fitted to the good and g to the bad
///    (`ParzenEstimator`: neighbour-gap bandwidths, a prior kernel, weights by age).
/// 3. `candidates` points are drawn from l and the one with the largest l(x)/g(x) is proposed.
///
/// Multi-fidelity studies (`FidelityRule`): Optuna's deepest-first ranking, or BOHB's model at the
/// largest resource with enough values (Falkner et al. 2018). Parallel workers (constant liar): a trial
/// still running counts as a bad one, so the next worker is steered away from its point instead of
/// proposing the same one.
///
/// Like every sampler, trial n's point depends only on the settings, n and the history: its random
/// stream is seeded by (seed, n); the only thing kept between calls is a memo of each trial's
/// coordinates.
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
        /// How trials trained to different resources are compared.
        public var fidelity = FidelityRule.deepestFirst
        /// One kernel over all parameters per trial (true), or each parameter drawn and scored on its own
        /// (false: Optuna's default `multivariate=False`). Joint kernels learn how parameters go together;
        /// independent draws spread further when the good trials are few and differ in every parameter.
        public var multivariate = true

        public init(seed: UInt64) { self.seed = seed }
    }

    /// Multi-fidelity studies (Hyperband, ASHA) have values at several resources.
    public enum FidelityRule: String, Sendable, Equatable, CaseIterable {
        /// Every trial counts with the value at the largest resource it reached; a trial that got
        /// further ranks above every trial that stopped earlier, then by value (Optuna's rule for
        /// pruned trials): cheap early stops inform the bad density.
        case deepestFirst = "deepest-first"
        /// Only the values at the largest resource with at least `startupTrials` of them (BOHB's rule).
        case largestLevel = "largest-level"
    }

    public let name: String
    public let settings: Settings
    /// Each trial's unit coordinates for `space`, computed once per configuration; a history shorter than
    /// the memo (another study) starts it over. A configuration only ever grows (a trial of a study its
    /// objective defines gains the values it asks for), so its size says whether an entry is current.
    private var memo = Memo()

    struct Memo {
        var space: SearchSpace?
        var coordinates: [ParzenEstimator.Point] = []
        /// The number of values each trial's configuration had when its coordinates were computed.
        var sizes: [Int] = []
    }

    public init(_ settings: Settings, name: String = "tpe") {
        self.settings = settings
        self.name = name
    }

    public static func == (a: TPESampler, b: TPESampler) -> Bool { a.name == b.name && a.settings == b.settings }

    /// Univariate TPE with these settings (Optuna's default, `multivariate=False`), for one parameter at a
    /// time. BOHB's rules (its startup follows the dimension) need the space when the study is created.
    public func independentSampler(salt: UInt64) -> (any Sampler)? {
        guard name == "tpe" else { return nil }
        var settings = settings
        settings.seed = SplitMix64.derive(seed: settings.seed, index: salt)
        return TPESampler(settings, name: name)
    }

    public mutating func configuration(forTrial trial: Int, space: SearchSpace, history: SamplingHistory) -> Configuration {
        remember(space: space, trials: history.trials)
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
        let (observations, pending) = settings.fidelity == .largestLevel
            ? Self.observations(history, threshold: max(settings.startupTrials, 1))
            : Self.deepestObservations(history)
        guard observations.count >= max(settings.startupTrials, 1) else { return nil }
        let coordinates = space.parameters.map { parameter -> ParzenEstimator.Coordinate in
            if case let .categorical(choices) = parameter.domain { return .categorical(choices: choices.count) }
            return .continuous
        }
        let goodCount = min(max(1, Int((settings.goodFraction * Double(observations.count)).rounded(.up))), settings.goodCap, observations.count)
        let split = Self.split(observations, count: goodCount, directions: history.directions)
        let bad = settings.constantLiar ? split.bad + pending : split.bad
        let memoised = memo.space == space ? memo.coordinates : []
        func estimator(_ group: [Observation], weights byTrial: [Int: Double]? = nil) -> ParzenEstimator {
            let ordered = group.sorted { $0.trial < $1.trial }
            return ParzenEstimator(points: ordered.map { memoised.indices.contains($0.trial) ? memoised[$0.trial] : space.unitCoordinates(of: $0.configuration) },
                                   weights: byTrial.map { w in ordered.map { w[$0.trial]! } } ?? Self.weights(ordered.count),
                                   coordinates: coordinates, priorWeight: settings.priorWeight)
        }
        return Model(good: estimator(split.good, weights: split.weights), bad: estimator(bad))
    }

    /// The good group (`count` trials) and the rest, and the good trials' weights where they are not
    /// uniform. Every feasible trial ranks above every infeasible one, which rank by violation (least
    /// first). One objective: further trained first, then by value (ties: earlier trial first); several:
    /// `paretoSplit`, infeasible good trials weighted almost nothing.
    static func split(_ observations: [Observation], count: Int, directions: [Study.Direction])
        -> (good: [Observation], bad: [Observation], weights: [Int: Double]?) {
        let feasible = observations.filter { $0.violation == 0 }
        let infeasible = observations.filter { $0.violation > 0 }.sorted { ($0.violation, $0.trial) < ($1.violation, $1.trial) }
        if directions.count > 1 {
            let split = paretoSplit(feasible, count: min(count, feasible.count), directions: directions)
            let extra = infeasible.prefix(count - split.good.count)
            return (split.good + extra, split.bad + infeasible.dropFirst(extra.count),
                    split.weights.merging(extra.map { ($0.trial, 1e-12) }) { kept, _ in kept })
        }
        let sign = directions[0] == .maximize ? -1.0 : 1.0
        let ranked = feasible.sorted {
            if $0.resource != $1.resource { return $0.resource > $1.resource }
            return sign * $0.value < sign * $1.value || (sign * $0.value == sign * $1.value && $0.trial < $1.trial)
        } + infeasible
        return (Array(ranked.prefix(count)), Array(ranked.dropFirst(count)), nil)
    }

    /// Several objectives (MOTPE, Ozaki et al. 2020, as Optuna splits): the good group is the first
    /// Pareto fronts that fit in `count`, the next front's share chosen greedily by hypervolume; each
    /// good trial is weighted by its leave-one-out hypervolume contribution (those off the good group's
    /// own front barely count), so the estimator leans to the parts of the front that add most.
    static func paretoSplit(_ observations: [Observation], count: Int, directions: [Study.Direction])
        -> (good: [Observation], bad: [Observation], weights: [Int: Double]) {
        let signs = directions.map { $0 == .maximize ? -1.0 : 1.0 }
        let points = observations.map { zip($0.values, signs).map { $0 * $1 } }
        let ranks = ParetoFront.ranks(points, enough: count)
        var chosen = Set<Int>()
        var level = 0
        while true {
            let front = points.indices.filter { ranks[$0] == level }
            if front.isEmpty { break }
            if chosen.count + front.count <= count {
                chosen.formUnion(front)
                level += 1
                continue
            }
            let need = count - chosen.count
            if need > 0 {
                let subset = front.map { points[$0] }
                chosen.formUnion(ParetoFront.greedySubset(subset, count: need, reference: ParetoFront.reference(subset)).map { front[$0] })
            }
            break
        }
        let goodIndices = points.indices.filter { chosen.contains($0) }
        let weights = ParetoFront.contributionWeights(goodIndices.map { points[$0] })
        return (goodIndices.map { observations[$0] }, points.indices.filter { !chosen.contains($0) }.map { observations[$0] },
                Dictionary(uniqueKeysWithValues: zip(goodIndices.map { observations[$0].trial }, weights)))
    }

    struct Model {
        let good: ParzenEstimator
        let bad: ParzenEstimator
        var coordinates: [ParzenEstimator.Coordinate] { good.coordinates }

        /// log l(x) − log g(x) for a point, counting only the coordinates active at it.
        func score(_ point: ParzenEstimator.Point) -> Double { good.logDensity(point) - bad.logDensity(point) }
    }

    /// Extends the memo to every trial of the history (and starts over for another space).
    mutating func remember(space: SearchSpace, trials: [Study.Trial]) {
        if memo.space != space || memo.coordinates.count > trials.count { memo = Memo(space: space) }
        for i in memo.sizes.indices where memo.sizes[i] != trials[i].configuration.count {
            memo.coordinates[i] = space.unitCoordinates(of: trials[i].configuration)
            memo.sizes[i] = trials[i].configuration.count
        }
        while memo.coordinates.count < trials.count {
            memo.sizes.append(trials[memo.coordinates.count].configuration.count)
            memo.coordinates.append(space.unitCoordinates(of: trials[memo.coordinates.count].configuration))
        }
    }

    /// Draws the candidates from l and keeps the one l/g likes best (the first on ties); univariate, the
    /// same per parameter on its own.
    func bestCandidate(_ model: Model, space: SearchSpace, stream: inout SplitMix64) -> [Double] {
        guard settings.multivariate else {
            return model.coordinates.indices.map { j in
                var best = 0.0, bestScore = -Double.infinity
                for c in 0..<max(settings.candidates, 1) {
                    let x = model.good.sample(coordinate: j, &stream, widen: settings.bandwidthFactor)
                    let score = model.good.logMarginalDensity(x, coordinate: j) - model.bad.logMarginalDensity(x, coordinate: j)
                    if c == 0 || score > bestScore { best = x; bestScore = score }
                }
                return best
            }
        }
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
        /// Every objective's value (just `value` with one objective).
        var values: [Double]
        /// The resource the value was reached at (one level for `largestLevel`).
        var resource = 0.0
        /// How far it is from satisfying its constraints (0: feasible, or none told).
        var violation = 0.0

        init(trial: Int, configuration: Configuration, value: Double, values: [Double]? = nil, resource: Double = 0, violation: Double = 0) {
            self.trial = trial
            self.configuration = configuration
            self.value = value
            self.values = values ?? [value]
            self.resource = resource
            self.violation = violation
        }
    }

    /// Each trial with a value, at the largest resource it reached, and the trials with a job running and
    /// no value yet (liars: the worst value at the smallest resource, so they rank last).
    static func deepestObservations(_ history: SamplingHistory) -> (values: [Observation], pending: [Observation]) {
        let trials = history.trials
        var best = [(resource: Double, value: Double, values: [Double]?, violation: Double)?](repeating: nil, count: trials.count)
        var running = [Bool](repeating: false, count: trials.count)
        var worst: Double?
        for job in history.jobs where trials.indices.contains(job.key.trial) {
            switch job.state {
            case .completed:
                guard let value = job.value, value.isFinite else { continue }
                if let current = best[job.key.trial], current.resource >= job.resource { continue }
                best[job.key.trial] = (job.resource, value, job.values, Study.violation(job.constraints))
                worst = worst.map { history.direction == .maximize ? min($0, value) : max($0, value) } ?? value
            case .running, .requeued:
                running[job.key.trial] = true
            case .failed:
                break
            }
        }
        var values: [Observation] = [], pending: [Observation] = []
        for trial in trials.indices {
            if let (resource, value, all, violation) = best[trial] {
                values.append(Observation(trial: trial, configuration: trials[trial].configuration, value: value, values: all, resource: resource,
                                          violation: violation))
            } else if running[trial], let worst {
                pending.append(Observation(trial: trial, configuration: trials[trial].configuration, value: worst, resource: -1))
            }
        }
        return (values, pending)
    }

    /// The values at the largest resource that has at least `threshold` of them (all values at one
    /// resource for single-fidelity studies), and the trials running at that resource with their liar value
    /// (the worst value seen there). Failed jobs are left out.
    static func observations(_ history: SamplingHistory, threshold: Int) -> (values: [Observation], pending: [Observation]) {
        var counts: [Double: Int] = [:]
        for job in history.jobs where job.state == .completed && (job.value?.isFinite ?? false) { counts[job.resource, default: 0] += 1 }
        let levels = counts.keys.sorted(by: >)
        guard let level = levels.first(where: { counts[$0]! >= threshold }) ?? levels.first else { return ([], []) }
        let trials = history.trials
        var values: [Observation] = []
        var seen = Set<Int>(), running: [Int] = []
        values.reserveCapacity(counts[level]!)
        for job in history.jobs where job.resource == level && trials.indices.contains(job.key.trial) {
            switch job.state {
            case .completed:
                guard let value = job.value, value.isFinite, seen.insert(job.key.trial).inserted else { continue }
                values.append(Observation(trial: job.key.trial, configuration: trials[job.key.trial].configuration, value: value, values: job.values,
                                          violation: Study.violation(job.constraints)))
            case .running, .requeued:
                running.append(job.key.trial)
            case .failed:
                break
            }
        }
        if !values.indices.dropFirst().allSatisfy({ values[$0 - 1].trial < values[$0].trial }) { values.sort { $0.trial < $1.trial } }
        guard !values.isEmpty else { return ([], []) }
        let worst = history.direction == .maximize ? values.map(\.value).min()! : values.map(\.value).max()!
        let pending = Set(running).subtracting(seen).sorted().map { trial in
            Observation(trial: trial, configuration: trials[trial].configuration, value: worst)
        }
        return (values, pending)
    }
}
