import Allot
import AllotData
import AllotTuning
import Foundation

/// Model selection replayed from LCDB learning curves: contenders are tuners (random search, successive
/// halving, Hyperband, ASHA, online bandits) choosing a learner per dataset with training-set size as the resource.
/// With `"dataset": "all"`, replication r runs on the r-th dataset (cycling), so the summary's median is
/// the median over datasets and replications.csv has one row per dataset.
public struct LCDBTuningKind: EnvironmentKind {
    public init() {}
    public let name = "lcdb-tuning"
    public let summary = "Recorded LCDB curves as a tuning problem: tuners pick a learner per dataset; judged on test accuracy and training time spent."
    public let parameters = [
        ParameterSpec("dataset", .text, default: "all", help: "An OpenML dataset id, or \"all\" (replication r uses the r-th dataset)."),
        ParameterSpec("curves", .text, note: "the built-in LCDB 1.0 sample", help: "Path to an LCDB-shaped CSV, relative to the scenario file."),
    ]

    static let tunerParameters: [String: [ParameterSpec]] = [
        "random-search": [ParameterSpec("configurations", .integer, default: 5, range: 1...1_000, help: "Learners trained on the full set.")],
        "exhaustive": [],
        "cost-aware-halving": [ParameterSpec("eta", .integer, default: 3, range: 2...1_000, help: "Rungs η× apart."),
                               ParameterSpec("rungBudget", .number, default: 1, range: 0.001...1_000, help: "Training time per rung, as a multiple of the first rung's."),
                               ParameterSpec("keep", .number, default: 0.5, range: 0.001...1, help: "The largest share of a rung's learners that goes on (rounded up, at least two)."),
                               ParameterSpec("finalBudget", .number, default: 2, range: 0.001...1_000, help: "The full-size rung's training time, as a multiple of a rung's."),
                               ParameterSpec("finalEvaluations", .integer, default: 5, range: 1...100, help: "Evaluations, at most, of each of the two best finalists.")],
        "naive-sh": [ParameterSpec("start", .integer, default: 9, range: 0...1_000, help: "Start this many recorded sizes below the largest."),
                     ParameterSpec("step", .integer, default: 3, range: 1...1_000, help: "Recorded sizes moved up per rung.")],
        "successive-halving": [ParameterSpec("eta", .integer, default: 3, range: 2...1_000, help: "Halving rate η.")],
        "hyperband": [ParameterSpec("eta", .integer, default: 3, range: 2...1_000, help: "Halving rate η.")],
        "asha": [ParameterSpec("eta", .integer, default: 3, range: 2...1_000, help: "Halving rate η."),
                 ParameterSpec("workers", .integer, default: 4, range: 1...1_000, help: "Simulated parallel workers.")],
        "bandit": BanditTunerSpecs.parameters(budgetName: "pulls", budgetDefault: 40, budgetHelp: "Full-size evaluations (each a recorded inner seed)."),
    ]

    public func makeExperiment(_ draft: inout ScenarioDraft) throws -> any Experiment {
        var environment = draft.environment
        let curves = try CurvesField.read(&environment, directory: draft.context.directory).curves
        var datasets = curves.datasets
        if let reader = try environment.optional("dataset") {
            if case .string("all") = reader.value {} else {
                let id = try reader.integer("an OpenML dataset id or \"all\"")
                guard datasets.contains(id) else {
                    throw reader.error(.unknownName(kind: "dataset", got: String(id), valid: datasets.map(String.init)))
                }
                datasets = [id]
            }
        }
        try environment.finish(allowed: ["kind"] + parameters.map(\.name))
        let problems = try datasets.map { try RecordedTuningProblem(curves: curves, dataset: $0) }

        let list = try ContenderList<ReplayTuner?>(draft, kind: name, noun: "tuner", example: "hyperband", catalog: Self.tunerParameters) { spec, values in
            func positive(_ key: String, minimum: Int) throws -> Int {
                let value = values.integer(key)!
                guard value >= minimum else {
                    throw InputError(source: spec.reader.source, path: spec.parameterPath(key), problem: .invalid(expected: "an integer >= \(minimum)", got: "\(value)"))
                }
                return value
            }
            switch spec.name {
            case "random-search": return .randomSearch(configurations: try positive("configurations", minimum: 1))
            case "cost-aware-halving":
                return .costAwareHalving(try CostAwareHalving(eta: try positive("eta", minimum: 2), rungBudget: values.number("rungBudget")!,
                                                              keep: values.number("keep")!, finalBudget: values.number("finalBudget")!,
                                                              finalEvaluations: try positive("finalEvaluations", minimum: 1)))
            case "naive-sh": return .anchorHalving(start: values.integer("start")!, step: try positive("step", minimum: 1))
            case "successive-halving": return .successiveHalving(eta: try positive("eta", minimum: 2))
            case "hyperband": return .hyperband(eta: try positive("eta", minimum: 2))
            case "asha": return .asha(eta: try positive("eta", minimum: 2), workers: try positive("workers", minimum: 1))
            case "bandit": return .bandit(try BanditTunerSpecs.settings(values, spec: spec, file: spec.reader.source), pulls: try positive("pulls", minimum: 1))
            default: return nil   // exhaustive: every learner on the full set
            }
        }
        let record = ExperimentRecord(
            scenario: draft.name, description: draft.description, file: draft.context.file, environmentKind: name,
            environmentSummary: datasets.count == 1
                ? "LCDB dataset \(datasets[0]): \(problems[0].configurations) learners, training sizes \(problems[0].smallestSize)–\(problems[0].largestSize)"
                : "LCDB, \(datasets.count) datasets (replication r uses dataset r mod \(datasets.count)), learners as configurations, training-set size as the resource",
            environment: draft.environment.value, arms: [], contenders: list.contenders,
            metrics: TuningMetrics.definitions(baseline: "trying every learner", cost: "training time (s)") + [
                MetricDefinition(key: "dataset", title: "dataset", lowerIsBetter: false, isLabel: true),
            ],
            traces: [], traceGrid: [], xLabel: "tuning run", length: draft.context.length, laiRobbinsBound: nil,
            replications: draft.context.replications, seed: draft.context.seed)
        return LCDBTuningExperiment(record: record, problems: problems, tuners: list.recipes.map { ($0.recipe, $0.salt) })
    }
}

struct LCDBTuningExperiment: Experiment {
    let record: ExperimentRecord
    let problems: [RecordedTuningProblem]
    let tuners: [(ReplayTuner?, UInt64)]

    func runReplication(contender: Int, replication: Int, seed: UInt64, stop: StopSignal) throws -> ReplicationResult {
        if stop.isRaised { throw SimulationError.interrupted(saved: 0, total: 0) }
        let start = DispatchTime.now().uptimeNanoseconds
        let problem = problems[replication % problems.count]
        let (tuner, salt) = tuners[contender]
        let outcome: TuningOutcome
        if let tuner {
            outcome = try tuner.run(problem, seed: SplitMix64.derive(seed: seed, index: salt))
        } else {
            outcome = try ReplayTuner.randomSearch(configurations: problem.configurations).run(problem, seed: SplitMix64.derive(seed: seed, index: salt))
        }
        var metrics = TuningMetrics.values(outcome, chosenTest: problem.finalTestScore(outcome.chosen), bestTest: problem.bestTestScore,
                                           baselineCost: problem.exhaustiveCost)
        metrics["dataset"] = Double(problem.dataset)
        return ReplicationResult(replication: replication, seed: seed, steps: outcome.evaluations,
                                 seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9,
                                 metrics: metrics, traces: [:], pulls: [])
    }
}
