import AllotData
import AllotInterchange
import Foundation

/// An experiment on a real model, replayed from its recording (`AllotData.RecordedRuns`): each contender
/// is a recorded method, replication i is its run with the i-th recorded seed, so the report shows the
/// experiment's means and intervals in a second, without the model. Nothing is re-simulated: the scores
/// are the runs' own (docs/simulator.md names the scripts that record them).
public struct RecordedRunsKind: EnvironmentKind {
    public init() {}
    public let name = "recorded-runs"
    public let summary = "Real training runs recorded by an experiment script (MiniLM rank allocation, MiniLM tuning), replayed: one replication per recorded seed."
    public let parameters = [
        ParameterSpec("recording", .choice(RecordedRuns.all.map(\.name)), default: .string(RecordedRuns.all[0].name), help: "The recorded experiment."),
        ParameterSpec("group", .text, note: "the recording's first group", help: "The setting compared (r2, r4, r8: the average rank; b54: the tuning budget in units)."),
    ]

    public func makeExperiment(_ draft: inout ScenarioDraft) throws -> any Experiment {
        let resolved = try resolvedEnvironment(draft)
        let recording = RecordedRuns.named(resolved.string("recording")!)!
        let group = resolved.string("group") ?? recording.groups.first ?? ""
        guard recording.groups.contains(group) else {
            throw InputError(source: draft.context.file, path: "environment.group", problem: .unknownName(kind: "group of \(recording.name)", got: group, valid: recording.groups))
        }
        let methods = recording.methods(in: group)
        let catalog = Dictionary(uniqueKeysWithValues: methods.map { ($0, [ParameterSpec]()) })
        let list = try ContenderList<[RecordedRuns.Run]>(draft, kind: name, noun: "recorded method", example: methods.first ?? "lora", catalog: catalog) { spec, _ in
            recording.runs(group: group, method: spec.name)
        }
        let fewest = list.recipes.map(\.recipe.count).min() ?? 0
        guard draft.context.replications <= fewest else {
            throw InputError(source: draft.context.file, path: "replications", problem: .invalid(
                expected: "at most \(fewest) (the recording holds \(fewest) seeds of some chosen method in group \(group))", got: "\(draft.context.replications)"))
        }
        let record = ExperimentRecord(
            scenario: draft.name, description: draft.description, file: draft.context.file, environmentKind: name,
            environmentSummary: "\(recording.summary); group \(group); \(recording.scoreTitle), replayed from the recording",
            environment: draft.environment.value, arms: [], contenders: list.contenders,
            metrics: [
                MetricDefinition(key: "score", title: recording.scoreTitle, lowerIsBetter: !recording.higherIsBetter, primary: true),
                MetricDefinition(key: "parameters", title: recording.sizeTitle, lowerIsBetter: true),
                MetricDefinition(key: "trainingSeconds", title: "recorded wall time (s)", lowerIsBetter: true),
            ],
            traces: [], traceGrid: [], xLabel: "seed", length: draft.context.length, laiRobbinsBound: nil,
            replications: draft.context.replications, seed: draft.context.seed)
        return RecordedRunsExperiment(record: record, runs: list.recipes.map(\.recipe))
    }
}

struct RecordedRunsExperiment: Experiment {
    let record: ExperimentRecord
    let runs: [[RecordedRuns.Run]]

    func runReplication(contender: Int, replication: Int, seed: UInt64, stop: StopSignal) throws -> ReplicationResult {
        let run = runs[contender][replication]
        return ReplicationResult(replication: replication, seed: seed, steps: 1, seconds: 0,
                                 metrics: ["score": run.score, "parameters": run.parameters, "trainingSeconds": run.seconds],
                                 traces: [:], pulls: [])
    }
}
