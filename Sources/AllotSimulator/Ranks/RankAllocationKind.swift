import Allot
import AllotPEFT
import Foundation

/// Rank budgets offline: a synthetic model (spectra per matrix, drifting importance, noisy sensitivity
/// observations; `SyntheticRankModel`) stands in for the trainer; contenders are rank allocators under the
/// same parameter budget; horizon = training steps. Measured: the spectrum mass the pattern captures
/// relative to the exact knapsack oracle on the true spectra, over the fixed final phase and over the run.
public struct RankAllocationKind: EnvironmentKind {
    public init() {}
    public let name = "rank-allocation"
    public let summary = "Synthetic LoRA spectra with drifting importance and noisy sensitivities; contenders are rank allocators under one parameter budget."
    public let parameters = [
        ParameterSpec("layers", .integer, default: 4, range: 1...64, help: "Transformer blocks (6 adapted matrices each)."),
        ParameterSpec("width", .integer, default: 64, range: 1...4_096, help: "Model width (Q, K, V, O: width × width; up, down: width × 4 width)."),
        ParameterSpec("maxRank", .integer, default: 16, range: 1...256, help: "Component slots per matrix."),
        ParameterSpec("averageRank", .integer, default: 4, range: 1...256, help: "Parameter budget as an average rank."),
        ParameterSpec("noise", .number, default: 0.5, help: "Log-normal noise of each sensitivity observation."),
        ParameterSpec("drift", .number, default: 0.5, help: "Std of log importance change per 1,000 steps."),
        ParameterSpec("warmupFraction", .number, default: 0.1, help: "t_i as a share of the horizon."),
        ParameterSpec("finalFraction", .number, default: 0.2, help: "t_f as a share of the horizon."),
        ParameterSpec("interval", .integer, default: 20, range: 1...1e9, help: "ΔT: steps between reallocations."),
    ]

    static var allocatorParameters: [String: [ParameterSpec]] {
        Dictionary(uniqueKeysWithValues: RankAllocatorRegistry.registry.entries.map { ($0.name, $0.parameters) })
    }

    public func makeExperiment(_ draft: inout ScenarioDraft) throws -> any Experiment {
        guard case let .rounds(steps) = draft.context.length else {
            throw InputError(source: draft.context.file, path: "budget", problem: .invalid(expected: "\"horizon\" (training steps) for kind \"rank-allocation\"", got: "a budget"))
        }
        let values = try ResolvedParameters.read(draft.environment, specs: parameters + [ParameterSpec("kind", .text, help: "")], owner: name)
        let settings = Settings(layers: values.integer("layers")!, width: values.integer("width")!, maxRank: values.integer("maxRank")!,
                                averageRank: values.integer("averageRank")!, noise: values.number("noise")!, drift: values.number("drift")!)
        guard settings.averageRank >= 1, settings.averageRank <= settings.maxRank else {
            throw InputError(source: draft.context.file, path: "environment.averageRank",
                                problem: .invalid(expected: "an integer in 1...maxRank (\(settings.maxRank))", got: "\(settings.averageRank)"))
        }
        let schedule: ReallocationSchedule
        do {
            _ = try settings.model(seed: 0)
            schedule = try ReallocationSchedule(totalSteps: steps, warmupSteps: Int(Double(steps) * values.number("warmupFraction")!),
                                                finalSteps: Int(Double(steps) * values.number("finalFraction")!), interval: values.integer("interval")!)
        } catch let error as InputError {
            throw error.relocated(to: draft.context.file, under: "environment")
        }
        let matrices = try settings.model(seed: 0).adaptedMatrices
        let list = try ContenderList<(name: String, parameters: ResolvedParameters)>(
            draft, kind: name, noun: "rank allocator", example: "bandit-knapsack", catalog: Self.allocatorParameters,
            label: { spec, values in spec.name == BanditKnapsackRankAllocator.name ? "bandit-knapsack-\(values.string("strategy")!)" : spec.name }
        ) { spec, values in
            do { _ = try Self.allocator(spec.name, values, matrices: matrices, averageRank: settings.averageRank, schedule: schedule, seed: 0) }
            catch let error as InputError {
                throw error.relocated(to: spec.reader.source, under: spec.parametersPath)
            }
            return (spec.name, values)
        }
        let record = ExperimentRecord(
            scenario: draft.name, description: draft.description, file: draft.context.file, environmentKind: name,
            environmentSummary: "\(matrices.count) matrices (\(settings.layers) blocks of width \(settings.width)), up to \(settings.maxRank) components each, budget = average rank \(settings.averageRank), noise \(JSONValue.format(settings.noise)), drift \(JSONValue.format(settings.drift)) per 1,000 steps; reallocation every \(schedule.interval) steps from \(schedule.warmupSteps) to \(schedule.finalPhaseStart)",
            environment: draft.environment.value, arms: [], contenders: list.contenders,
            metrics: [
                MetricDefinition(key: "finalCaptured", title: "captured / oracle, final phase", lowerIsBetter: false, isRate: true, primary: true),
                MetricDefinition(key: "captured", title: "captured / oracle, whole run", lowerIsBetter: false, isRate: true),
                MetricDefinition(key: "budgetUsed", title: "final parameters / budget", lowerIsBetter: false, isRate: true),
                MetricDefinition(key: "reallocations", title: "reallocations", lowerIsBetter: true),
                MetricDefinition(key: "rankSpread", title: "final max rank − min rank", lowerIsBetter: false),
            ],
            traces: [TraceDefinition(key: "captured", title: "captured / oracle", isRate: true)],
            traceGrid: draft.context.traceGrid, xLabel: "training step", length: draft.context.length, laiRobbinsBound: nil,
            replications: draft.context.replications, seed: draft.context.seed)
        return RankAllocationExperiment(record: record, settings: settings, schedule: schedule,
                                        recipes: list.recipes.map { ($0.recipe.name, $0.recipe.parameters, $0.salt) })
    }

    struct Settings: Sendable {
        let layers, width, maxRank, averageRank: Int
        let noise, drift: Double
        func model(seed: UInt64) throws -> SyntheticRankModel {
            try SyntheticRankModel(layers: layers, width: width, maxRank: maxRank, noise: noise, drift: drift, seed: seed)
        }
    }

    static func allocator(_ name: String, _ values: ResolvedParameters, matrices: [AdaptedMatrix], averageRank: Int,
                          schedule: ReallocationSchedule, seed: UInt64) throws -> AnyRankAllocator {
        try RankAllocatorRegistry.registry.entry(name).build(values, RankAllocatorContext(matrices: matrices, averageRank: averageRank, schedule: schedule, seed: seed))
    }
}

struct RankAllocationExperiment: Experiment {
    let record: ExperimentRecord
    let settings: RankAllocationKind.Settings
    let schedule: ReallocationSchedule
    let recipes: [(name: String, parameters: ResolvedParameters, salt: UInt64)]

    func runReplication(contender: Int, replication: Int, seed: UInt64, stop: StopSignal) throws -> ReplicationResult {
        if stop.isRaised { throw SimulationError.interrupted(saved: 0, total: 0) }
        let start = DispatchTime.now().uptimeNanoseconds
        let recipe = recipes[contender]
        // The same model (spectra, drift and noise draws) for every contender of a replication.
        var model = try settings.model(seed: SplitMix64.derive(seed: seed, index: 0))
        var allocator = try RankAllocationKind.allocator(recipe.name, recipe.parameters, matrices: model.adaptedMatrices,
                                                         averageRank: settings.averageRank, schedule: schedule,
                                                         seed: SplitMix64.derive(seed: seed, index: recipe.salt))
        try model.apply(allocator.initialPattern)
        let budget = allocator.budget(at: schedule.totalSteps - 1)
        var total = 0.0, final = 0.0, finalSteps = 0, reallocations = 0
        var trace: [Double] = []
        var nextPoint = 0
        var oracle = 1.0
        for step in 0..<schedule.totalSteps {
            if step % 1024 == 0, stop.isRaised { throw SimulationError.interrupted(saved: 0, total: 0) }
            model.advance()
            if try model.allocateRanks(with: &allocator, step: step) { reallocations += 1 }
            // The oracle moves only with the slow drift: re-solved every 10 steps.
            if step % 10 == 0 { oracle = try model.oracleValue(budget: budget) }
            let ratio = model.value(of: model.rankPattern.ranks) / oracle
            total += ratio
            if step >= schedule.finalPhaseStart { final += ratio; finalSteps += 1 }
            while nextPoint < record.traceGrid.count, Int(record.traceGrid[nextPoint]) == step + 1 {
                trace.append(ratio)
                nextPoint += 1
            }
        }
        let ranks = model.rankPattern.ranks
        let metrics: [String: Double] = [
            "finalCaptured": final / Double(max(finalSteps, 1)),
            "captured": total / Double(schedule.totalSteps),
            "budgetUsed": Double(model.rankPattern.parameters(model.adaptedMatrices)) / Double(budget),
            "reallocations": Double(reallocations),
            "rankSpread": Double(ranks.max()! - ranks.min()!),
        ]
        return ReplicationResult(replication: replication, seed: seed, steps: schedule.totalSteps,
                                 seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9,
                                 metrics: metrics, traces: ["captured": trace], pulls: [])
    }
}
