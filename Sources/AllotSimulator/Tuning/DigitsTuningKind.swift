import Allot
import AllotTuning
import Foundation

/// Online tuning of the digits MLP over a hyperparameter grid (learning rate × width × weight decay ×
/// batch size): every grid configuration is first trained for real with a few seeds (the recording),
/// then grid search, random search and the bandit tuners replay those runs. A tuner sees validation
/// accuracy and the cost (multiply-adds) of one run; it is judged on the chosen configuration's mean
/// test accuracy. This is AutoRAG-HP's question — how much of a grid search does a bandit need? — on a
/// workload trained here.
public struct DigitsTuningKind: EnvironmentKind {
    public init() {}
    public let name = "digits-tuning"
    public let summary = "The digits MLP trained for real over a 4-parameter grid; grid search, random search and flat / hierarchical bandit tuners replay the runs."
    public let parameters = [
        ParameterSpec("epochs", .integer, default: 2, range: 1...1_000, help: "Epochs each evaluation trains."),
        ParameterSpec("seeds", .integer, default: 3, range: 1...100, help: "Training seeds recorded per configuration (the evaluation noise)."),
        ParameterSpec("grid", .object, note: "learning_rate 0.003–0.3 (5), width 16–128 (4), weight_decay 0–0.01 (4), batch_size 16–256 (3)",
                      help: "Values per hyperparameter: {\"learning_rate\": [...], \"width\": [...], \"weight_decay\": [...], \"batch_size\": [...]}."),
    ]

    static let defaultGrid: [String: [Double]] = [
        "learning_rate": [0.003, 0.01, 0.03, 0.1, 0.3],
        "width": [16, 32, 64, 128],
        "weight_decay": [0, 0.0001, 0.001, 0.01],
        "batch_size": [16, 64, 256],
    ]
    static let order = ["learning_rate", "width", "weight_decay", "batch_size"]

    static let tunerParameters: [String: [ParameterSpec]] = [
        "grid-search": [],
        "random-search": [ParameterSpec("evaluations", .integer, default: 48, range: 1...100_000, help: "Configurations evaluated.")],
        "bandit": BanditTunerSpecs.parameters(budgetName: "evaluations", budgetDefault: 48, budgetHelp: "Evaluations (pulls)."),
    ]

    public func makeExperiment(_ draft: inout ScenarioDraft) throws -> any Experiment {
        var environment = draft.environment
        func positive(_ key: String, _ fallback: Int) throws -> Int {
            guard let reader = try environment.optional(key) else { return fallback }
            let value = try reader.integer("an integer >= 1")
            guard value >= 1 else { throw reader.error(.invalid(expected: "an integer >= 1", got: "\(value)")) }
            return value
        }
        let epochs = try positive("epochs", 2), seeds = try positive("seeds", 3)
        var gridValues = Self.defaultGrid
        if var grid = try environment.optional("grid") {
            for key in Self.order {
                if let list = try grid.optional(key) {
                    let numbers = try list.numbers("a non-empty array of numbers")
                    guard !numbers.isEmpty else { throw list.error(.invalid(expected: "a non-empty array of numbers", got: "an empty array")) }
                    gridValues[key] = numbers
                }
            }
            try grid.finish(allowed: Self.order)
        }
        try environment.finish(allowed: ["kind"] + parameters.map(\.name))

        let problem: RecordedGridProblem
        do {
            let space = try SearchSpace([
                SearchParameter("learning_rate", .float(low: 1e-6, high: 10, log: true)),
                SearchParameter("width", .integer(low: 1, high: 4096, step: 1, log: false)),
                SearchParameter("weight_decay", .float(low: 0, high: 1, log: false)),
                SearchParameter("batch_size", .integer(low: 1, high: 4096, step: 1, log: false)),
            ])
            let grid = try TuningGrid(space: space, values: [
                gridValues["learning_rate"]!.map(ParameterValue.number), gridValues["width"]!.map { .integer(Int($0)) },
                gridValues["weight_decay"]!.map(ParameterValue.number), gridValues["batch_size"]!.map { .integer(Int($0)) },
            ])
            // The recording runs one configuration per core; OpenBLAS threads would only contend.
            let threadsBefore = BLASThreads.limit(to: 1)
            defer { BLASThreads.set(threadsBefore) }
            problem = try RecordedGridProblem.record(grid: grid, seeds: seeds) { configuration, seed in
                var model = try DigitsMLP(DigitsMLP.Hyperparameters(configuration), seed: seed)
                model.train(epochs: epochs)
                return .init(validation: model.accuracy(on: .validation), test: model.accuracy(on: .test),
                             cost: model.multiplyAddsPerEpoch * Double(epochs))
            }
        } catch let error as InputError {
            throw InputError(source: draft.context.file, path: "environment.grid", problem: .invalid(expected: "values inside each hyperparameter's range", got: error.description))
        }

        let list = try ContenderList<GridTuner>(draft, kind: name, noun: "tuner", example: "bandit", catalog: Self.tunerParameters) { spec, values in
            func evaluations() throws -> Int {
                let value = values.integer("evaluations")!
                guard value >= 1 else {
                    throw InputError(source: spec.reader.source, path: spec.parameterPath("evaluations"), problem: .invalid(expected: "an integer >= 1", got: "\(value)"))
                }
                return value
            }
            switch spec.name {
            case "random-search": return .randomSearch(evaluations: try evaluations())
            case "bandit": return .bandit(try BanditTunerSpecs.settings(values, spec: spec, file: spec.reader.source), evaluations: try evaluations())
            default: return .gridSearch
            }
        }
        let record = ExperimentRecord(
            scenario: draft.name, description: draft.description, file: draft.context.file, environmentKind: name,
            environmentSummary: "digits MLP, \(problem.grid.configurations.count) configurations × \(seeds) recorded seeds, \(epochs) epochs per evaluation; best mean test accuracy \(String(format: "%.3f", problem.bestTestScore))",
            environment: draft.environment.value, arms: [], contenders: list.contenders,
            metrics: TuningMetrics.definitions(baseline: "grid search", cost: "multiply-adds") + [
                MetricDefinition(key: "evaluationShare", title: "evaluations / grid size", lowerIsBetter: true),
            ],
            traces: [], traceGrid: [], xLabel: "tuning run", length: draft.context.length, laiRobbinsBound: nil,
            replications: draft.context.replications, seed: draft.context.seed)
        return DigitsTuningExperiment(record: record, problem: problem, tuners: list.recipes.map { ($0.recipe, $0.salt) })
    }
}

struct DigitsTuningExperiment: Experiment {
    let record: ExperimentRecord
    let problem: RecordedGridProblem
    let tuners: [(GridTuner, UInt64)]

    func runReplication(contender: Int, replication: Int, seed: UInt64, stop: StopSignal) throws -> ReplicationResult {
        if stop.isRaised { throw SimulationError.interrupted(saved: 0, total: 0) }
        let start = DispatchTime.now().uptimeNanoseconds
        let (tuner, salt) = tuners[contender]
        let outcome = try tuner.run(problem, seed: SplitMix64.derive(seed: seed, index: salt))
        var metrics = TuningMetrics.values(outcome, chosenTest: problem.testScore(outcome.chosen), bestTest: problem.bestTestScore,
                                           baselineCost: problem.gridCost)
        metrics["evaluationShare"] = Double(outcome.evaluations) / Double(problem.runs.count)
        return ReplicationResult(replication: replication, seed: seed, steps: outcome.evaluations,
                                 seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9,
                                 metrics: metrics, traces: [:], pulls: [])
    }
}
