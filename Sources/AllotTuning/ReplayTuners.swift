import Allot

/// What a tuner chose and what it spent.
public struct TuningOutcome: Sendable, Equatable {
    public var chosen: Int
    /// Validation accuracy the choice was made on.
    public var validation: Double
    /// Recorded training time spent, seconds.
    public var cost: Double
    public var evaluations: Int
    /// Part of `cost` spent training the choice at the full size after the search (ASHA's pick may never
    /// have got there); zero when it already had.
    public var finalTrainingCost: Double = 0
}

/// Tuners that run on a recorded problem, each with its own seed. Resources are training-set sizes.
public enum ReplayTuner: Sendable, Equatable {
    /// `configurations` learners drawn at random, each trained on the full set; the best validation wins.
    case randomSearch(configurations: Int)
    /// Every learner trained once at the full size; the best validation wins (the reference cost).
    case exhaustive
    /// Successive halving over every learner, keeping ⌊n/η⌋ (at least one) per rung, rungs η× apart,
    /// finalists compared at the full size. The first rung is `minResource` samples; nil: the rule
    /// `SuccessiveHalvingRule.firstRung` (the full size / η³, never below the smallest recorded size).
    /// `finalEvaluations`: each finalist's full-size value is the mean of that many evaluations (recorded
    /// inner seeds), which is what removes the noise of a single split from the final comparison.
    case successiveHalving(eta: Int, minResource: Double? = nil, finalEvaluations: Int = 1)
    /// Cost-aware successive halving (`CostAwareHalving`): the same training time per rung, spent best
    /// value first as a greedy knapsack over predicted times. The default of `allot tune replay`.
    case costAwareHalving(CostAwareHalving)
    /// The recorded-sizes ("anchors") halving of issue 12's measurement: every learner `start` anchors
    /// below the largest, keep the best third, `step` anchors up per rung, finalists at the largest size.
    case anchorHalving(start: Int, step: Int)
    /// Hyperband's brackets with R = largest size / smallest size (in units of the smallest size).
    case hyperband(eta: Int)
    /// ASHA with `workers` simulated workers; recorded training times are the job durations.
    case asha(eta: Int, workers: Int)
    /// An online bandit over the learners (`pulls` full-size evaluations, each a recorded inner seed);
    /// costs are in units of the mean full-size training time. With one hyperparameter (the learner) the
    /// hierarchical tuner is the flat one.
    case bandit(BanditTuner.Settings, pulls: Int)

    public func run(_ problem: RecordedTuningProblem, seed: UInt64) throws -> TuningOutcome {
        var random = RandomSource(seed: seed)
        var splits = ReplaySplits(problem, random: &random)
        var ledger = Ledger()
        switch self {
        case let .randomSearch(count):
            guard count >= 1 else { throw InputError.parameter("replay tuner", "configurations", expected: "an integer >= 1", got: "\(count)") }
            let chosen = Self.shuffled(problem.configurations, &random).prefix(count)
            for configuration in chosen {
                ledger.record(configuration, problem.evaluate(configuration, resource: Double(problem.largestSize), splits: &splits), level: 0)
            }
        case .exhaustive:
            for configuration in 0..<problem.configurations {
                ledger.record(configuration, problem.evaluate(configuration, resource: Double(problem.largestSize), splits: &splits), level: 0)
            }
        case let .successiveHalving(eta, minResource, finalEvaluations):
            guard finalEvaluations >= 1, finalEvaluations <= 100 else {
                throw InputError.parameter("successive halving", "finalEvaluations", expected: "an integer in 1...100", got: "\(finalEvaluations)")
            }
            let full = Double(problem.largestSize)
            let first = try SuccessiveHalvingRule.firstRung(maxResource: full, eta: eta, minResource: minResource, smallest: Double(problem.smallestSize))
            let rungs = SuccessiveHalvingRule.rungs(configurations: problem.configurations, firstRung: first, maxResource: full, eta: eta)
            try Self.halve(problem, configurations: Self.shuffled(problem.configurations, &random), rungs: rungs, unit: 1,
                           splits: &splits, ledger: &ledger, bracket: 0, finalEvaluations: finalEvaluations)
        case let .costAwareHalving(tuner):
            try tuner.run(problem, splits: &splits, ledger: &ledger)
        case let .anchorHalving(start, step):
            guard start >= 0, step >= 1 else { throw InputError.parameter("replay tuner", "step", expected: "start >= 0 and step >= 1", got: "\(start), \(step)") }
            var alive = Self.shuffled(problem.configurations, &random)
            var anchor = max(0, problem.sizes.count - 1 - start)
            while true {
                let size = Double(problem.sizes[anchor])
                var scored: [(configuration: Int, value: Double)] = []
                for configuration in alive {
                    let measurement = problem.evaluate(configuration, resource: size, splits: &splits)
                    ledger.record(configuration, measurement, level: anchor)
                    scored.append((configuration, measurement.validation))
                }
                if anchor == problem.sizes.count - 1 { break }
                scored.sort { $0.value > $1.value || ($0.value == $1.value && $0.configuration < $1.configuration) }
                alive = scored.prefix(max(1, (scored.count + 2) / 3)).map(\.configuration)
                anchor = min(problem.sizes.count - 1, anchor + min(step, problem.sizes.count))   // no overflow for a huge step
            }
        case let .hyperband(eta):
            let unit = Double(problem.smallestSize)
            let schedule = try HyperbandSchedule(maxResource: Double(problem.largestSize) / unit, eta: eta)
            if schedule.maxBracket == 0 {
                // R < η: a single bracket of one configuration would pick a learner at random. With no room
                // to halve, evaluate every learner once at the full size instead.
                return try ReplayTuner.exhaustive.run(problem, seed: seed)
            }
            for (b, bracket) in schedule.brackets.enumerated() {
                // Draw n configurations; with fewer learners than n, each is used once and the rungs shrink.
                let drawn = Self.shuffled(problem.configurations, &random).prefix(bracket[0].configurations)
                let scale = Double(drawn.count) / Double(bracket[0].configurations)
                let rungs = bracket.map { Rung(configurations: max(1, Int((Double($0.configurations) * scale).rounded(.down))), resource: $0.resource) }
                try Self.halve(problem, configurations: Array(drawn), rungs: rungs, unit: unit, splits: &splits, ledger: &ledger, bracket: b)
            }
        case let .asha(eta, workers):
            guard workers >= 1 else { throw InputError.parameter("replay tuner", "workers", expected: "an integer >= 1", got: "\(workers)") }
            let unit = Double(problem.smallestSize)
            var asha = try ASHA(minResource: 1, maxResource: Double(problem.largestSize) / unit, eta: eta, maxConfigurations: problem.configurations)
            let order = Self.shuffled(problem.configurations, &random)
            var busy: [(finish: Double, job: SchedulerJob, value: Double)] = []
            var clock = 0.0
            while true {
                while busy.count < workers, let job = asha.nextJob() {
                    let measurement = problem.evaluate(order[job.configuration], resource: job.resource * unit, splits: &splits)
                    ledger.record(order[job.configuration], measurement, level: job.rung)
                    busy.append((clock + measurement.trainTime, job, measurement.validation))
                }
                guard let next = busy.indices.min(by: { busy[$0].finish < busy[$1].finish }) else { break }
                let done = busy.remove(at: next)
                clock = done.finish
                try asha.report(done.job, value: done.value)
            }
            // The learner ASHA picks may never have reached the full size (its top rung can be empty when
            // the run ends); using it means training it there, and that belongs in its cost.
            if let pick = ledger.incumbent,
               problem.size(for: pick.configuration, resource: asha.resources[pick.level] * unit) != problem.size(for: pick.configuration, resource: Double(problem.largestSize)) {
                let measurement = problem.evaluate(pick.configuration, resource: Double(problem.largestSize), splits: &splits)
                ledger.cost += measurement.trainTime
                ledger.evaluations += 1
                ledger.finalTrainingCost = measurement.trainTime
            }
        case let .bandit(settings, pulls):
            guard pulls >= 1 else { throw InputError.parameter("replay tuner", "pulls", expected: "an integer >= 1", got: "\(pulls)") }
            let space = try SearchSpace([SearchParameter("learner", .categorical(problem.learners))])
            var tuner = try BanditTuner(grid: TuningGrid(space: space), settings: settings, seed: SplitMix64.derive(seed: seed, index: 1))
            let unit = problem.exhaustiveCost / Double(problem.configurations)
            for _ in 0..<pulls {
                let proposal = try tuner.ask()
                let measurement = problem.evaluate(proposal.arm, resource: Double(problem.largestSize), splits: &splits)
                ledger.cost += measurement.trainTime
                ledger.evaluations += 1
                try tuner.tell(proposal, value: measurement.validation, cost: measurement.trainTime / unit)
            }
            let best = tuner.best!
            return TuningOutcome(chosen: best.arm, validation: best.record.meanValue, cost: ledger.cost, evaluations: ledger.evaluations)
        }
        return ledger.outcome
    }

    /// Successive halving over `configurations` with `rungs` (resources in units of `unit` samples).
    static func halve(_ problem: RecordedTuningProblem, configurations: [Int], rungs: [Rung], unit: Double,
                      splits: inout ReplaySplits, ledger: inout Ledger, bracket: Int, finalEvaluations: Int = 1) throws {
        var halving = try SuccessiveHalving(configurations: configurations, rungs: rungs)
        while !halving.isFinished {
            var jobs: [SchedulerJob] = []
            while let job = halving.nextJob() { jobs.append(job) }
            for job in jobs {
                var measurement = problem.evaluate(job.configuration, resource: job.resource * unit, splits: &splits)
                if job.rung == rungs.count - 1, finalEvaluations > 1 {
                    // The finalists: the mean of several evaluations (each on a split not used yet), each paid for.
                    var validation = measurement.validation
                    for _ in 1..<finalEvaluations {
                        let again = problem.evaluate(job.configuration, resource: job.resource * unit, splits: &splits)
                        validation += again.validation
                        measurement.trainTime += again.trainTime
                    }
                    measurement.validation = validation / Double(finalEvaluations)
                }
                // Rank levels so that a result at a larger resource outranks any at a smaller one.
                ledger.record(job.configuration, measurement, level: Int((job.resource * unit).rounded()))
                try halving.report(job, value: measurement.validation)
            }
        }
    }

    static func shuffled(_ count: Int, _ random: inout RandomSource) -> [Int] {
        var order = Array(0..<count)
        for i in stride(from: count - 1, to: 0, by: -1) { order.swapAt(i, random.integer(below: i + 1)) }
        return order
    }
}

/// Every evaluation a tuner made: the cost, and the incumbent (best validation at the largest resource).
struct Ledger {
    var cost = 0.0
    var finalTrainingCost = 0.0
    var evaluations = 0
    var incumbent: (configuration: Int, validation: Double, level: Int)?

    mutating func record(_ configuration: Int, _ measurement: RecordedTuningProblem.Measurement, level: Int) {
        cost += measurement.trainTime
        evaluations += 1
        if let current = incumbent, current.level > level || (current.level == level && current.validation >= measurement.validation) { return }
        incumbent = (configuration, measurement.validation, level)
    }

    var outcome: TuningOutcome {
        TuningOutcome(chosen: incumbent?.configuration ?? 0, validation: incumbent?.validation ?? 0, cost: cost, evaluations: evaluations,
                      finalTrainingCost: finalTrainingCost)
    }
}
