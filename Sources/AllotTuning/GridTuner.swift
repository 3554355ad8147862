import Allot

/// Tuners replayed on a recorded grid problem, each with its own seed.
public enum GridTuner: Sendable, Equatable {
    /// Every configuration once; the best validation wins.
    case gridSearch
    /// `evaluations` configurations drawn without replacement.
    case randomSearch(evaluations: Int)
    /// An online bandit tuner with `evaluations` pulls; its recommendation (best mean reward) wins.
    /// Costs reach it in units of the mean evaluation cost, so λ = 0.01 trades one point of accuracy for an
    /// evaluation that costs the average.
    case bandit(BanditTuner.Settings, evaluations: Int)

    public func run(_ problem: RecordedGridProblem, seed: UInt64) throws -> TuningOutcome {
        var random = RandomSource(seed: SplitMix64.derive(seed: seed, index: 0))
        var cost = 0.0
        switch self {
        case .gridSearch, .randomSearch:
            let count: Int
            if case let .randomSearch(evaluations) = self {
                guard evaluations >= 1 else { throw InputError.parameter("grid tuner", "evaluations", expected: "an integer >= 1", got: "\(evaluations)") }
                count = min(evaluations, problem.runs.count)
            } else {
                count = problem.runs.count
            }
            let arms = ReplayTuner.shuffled(problem.runs.count, &random).prefix(count)
            var best: (arm: Int, validation: Double)?
            for arm in arms {
                let measurement = problem.evaluate(arm, random: &random)
                cost += measurement.cost
                if best == nil || measurement.validation > best!.validation { best = (arm, measurement.validation) }
            }
            return TuningOutcome(chosen: best!.arm, validation: best!.validation, cost: cost, evaluations: count)
        case let .bandit(settings, evaluations):
            guard evaluations >= 1 else { throw InputError.parameter("grid tuner", "evaluations", expected: "an integer >= 1", got: "\(evaluations)") }
            var tuner = try BanditTuner(grid: problem.grid, settings: settings, seed: SplitMix64.derive(seed: seed, index: 1))
            // The tuner sees cost in units of the average evaluation, so λ means the same on any problem.
            let unit = problem.gridCost / Double(problem.runs.count)
            for _ in 0..<evaluations {
                let proposal = try tuner.ask()
                let measurement = problem.evaluate(proposal.arm, random: &random)
                cost += measurement.cost
                try tuner.tell(proposal, value: measurement.validation, cost: unit > 0 ? measurement.cost / unit : 0)
            }
            let best = tuner.best!
            return TuningOutcome(chosen: best.arm, validation: best.record.meanValue, cost: cost, evaluations: evaluations)
        }
    }
}
