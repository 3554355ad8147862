import Allot
import AllotInterchange
import AllotTuning
import Foundation

/// Tuners on a multi-fidelity test function (Branin, Hartmann-6, with BOCA's fidelities): random
/// search, TPE, a Gaussian process, Hyperband and BOHB run as studies under one resource budget; judged on how far the best
/// full-resource value is above the function's minimum, traced against the resource spent.
public struct FunctionTuningKind: EnvironmentKind {
    public init() {}
    public let name = "function-tuning"
    public let summary = "Random search, TPE, GP, Hyperband and BOHB studies on Branin or Hartmann-6 with a fidelity, under one resource budget; judged on the best value's gap to the minimum."
    public let parameters = [
        ParameterSpec("function", .choice(TestFunction.allCases.map(\.rawValue)), default: "hartmann6", help: "The test function (minimised)."),
        ParameterSpec("maxResource", .number, default: 27, range: 1...1e6, help: "R: a full evaluation's resource; fidelity = resource / R."),
        ParameterSpec("eta", .integer, default: 3, range: 2...1_000, help: "Hyperband's η."),
        ParameterSpec("budget", .number, default: 2_700, range: 1...1e9, help: "Total resource each tuner may spend (R per full evaluation)."),
    ]

    static let tunerParameters: [String: [ParameterSpec]] = Dictionary(uniqueKeysWithValues: FunctionTuning.Tuner.allCases.map { ($0.rawValue, []) })

    public func makeExperiment(_ draft: inout ScenarioDraft) throws -> any Experiment {
        let resolved = try resolvedEnvironment(draft)
        let function = TestFunction(rawValue: resolved.string("function")!)!
        let tuning: FunctionTuning
        do {
            tuning = try FunctionTuning(function: function, maxResource: resolved.number("maxResource")!, eta: resolved.integer("eta")!, budget: resolved.number("budget")!)
        } catch let error as InputError {
            throw InputError(source: draft.context.file, path: "environment", problem: .other(error.description))
        }
        let list = try ContenderList<FunctionTuning.Tuner>(draft, kind: name, noun: "tuner", example: "bohb", catalog: Self.tunerParameters) { spec, _ in
            FunctionTuning.Tuner(rawValue: spec.name)!
        }
        let grid = (1...20).map { tuning.budget * Double($0) / 20 }
        let record = ExperimentRecord(
            scenario: draft.name, description: draft.description, file: draft.context.file, environmentKind: name,
            environmentSummary: "\(function.rawValue) (\(function.dimension) parameters, minimum \(JSONValue.format(function.minimum))), R = \(JSONValue.format(tuning.maxResource)), budget \(JSONValue.format(tuning.budget)) (\(JSONValue.format(tuning.budget / tuning.maxResource)) full evaluations)",
            environment: draft.environment.value, arms: [], contenders: list.contenders,
            metrics: [
                MetricDefinition(key: "gap", title: "best value − minimum", lowerIsBetter: true, primary: true),
                MetricDefinition(key: "trials", title: "trials", lowerIsBetter: false),
            ],
            traces: [TraceDefinition(key: "gap", title: "best value − minimum")], traceGrid: grid, xLabel: "resource spent",
            length: draft.context.length, laiRobbinsBound: nil, replications: draft.context.replications, seed: draft.context.seed)
        return FunctionTuningExperiment(record: record, tuning: tuning, tuners: list.recipes.map { ($0.recipe, $0.salt) }, grid: grid)
    }
}

struct FunctionTuningExperiment: Experiment {
    let record: ExperimentRecord
    let tuning: FunctionTuning
    let tuners: [(FunctionTuning.Tuner, UInt64)]
    let grid: [Double]

    func runReplication(contender: Int, replication: Int, seed: UInt64, stop: StopSignal) throws -> ReplicationResult {
        if stop.isRaised { throw SimulationError.interrupted(saved: 0, total: 0) }
        let start = DispatchTime.now().uptimeNanoseconds
        let (tuner, salt) = tuners[contender]
        let outcome = try tuning.run(tuner, seed: SplitMix64.derive(seed: seed, index: salt) & ((1 << 53) - 1), stop: stop)
        if stop.isRaised { throw SimulationError.interrupted(saved: 0, total: 0) }
        // The best gap reached by each grid point (the first full evaluation's gap before it arrives).
        let first = outcome.trace.first?.gap ?? outcome.gap
        let trace = grid.map { point in outcome.trace.last { $0.spent <= point }?.gap ?? first }
        return ReplicationResult(replication: replication, seed: seed, steps: outcome.trials,
                                 seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9,
                                 metrics: ["gap": outcome.gap, "trials": Double(outcome.trials)],
                                 traces: ["gap": trace], pulls: [])
    }
}
