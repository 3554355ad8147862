import Allot
import AllotRL
import Foundation

/// Rollout budgets on a real GRPO learner: each contender is a rollout allocator; every replication trains
/// a fresh population (the same one for every contender) for `horizon` GRPO steps at the same total budget
/// and records pass rate and effective-gradient ratio over training.
public struct GRPOKind: EnvironmentKind {
    public init() {}
    public let name = "grpo"
    public let summary = "A tabular GRPO learner on an easy/hard prompt population; contenders are rollout allocators; horizon = training steps."
    public let parameters = [
        ParameterSpec("prompts", .integer, default: 256, range: 1...100_000, help: "Population size."),
        ParameterSpec("easyShare", .number, default: 0.5, help: "Share of easy prompts."),
        ParameterSpec("learningRate", .number, default: 0.5, help: "GRPO step size on the logits."),
        ParameterSpec("aggregation", .choice(["batch-mean", "group-mean"]), default: "batch-mean",
                      help: "Loss averaged over every rollout of the batch (verl token-mean, TRL) or within each group first."),
        ParameterSpec("batchSize", .integer, default: 64, range: 1...100_000, help: "Prompts per step."),
        ParameterSpec("rolloutsPerPrompt", .integer, default: 8, range: 1...10_000, help: "Uniform rollouts per prompt; step budget = batchSize × this."),
        ParameterSpec("minimum", .integer, default: 2, range: 1...10_000, help: "Rollouts per prompt, at least."),
        ParameterSpec("maximum", .integer, default: 64, range: 1...10_000, help: "Rollouts per prompt, at most."),
        ParameterSpec("window", .integer, default: 16, range: 1...1_000_000, help: "Rewards kept per prompt for the point estimate."),
        ParameterSpec("discount", .number, default: 0.9, help: "Posterior discount per observation of a prompt."),
        ParameterSpec("matchMultipliers", .numbers, default: .array([0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8].map(JSONValue.number)),
                      help: "Uniform budgets (× the step budget) tried to find what uniform needs to match each allocator."),
    ]

    public func makeExperiment(_ draft: inout ScenarioDraft) throws -> any Experiment {
        guard case let .rounds(steps) = draft.context.length else {
            throw InputError(source: draft.context.file, path: "budget", problem: .invalid(
                expected: "\"horizon\" (training steps) for kind \"grpo\"; the rollout budget per step is batchSize × rolloutsPerPrompt", got: "a budget"))
        }
        // Every step is kept for the traces: a horizon beyond this would hold gigabytes.
        try Limits.check(steps, atMost: 1_000_000, "the horizon (GRPO steps)", source: draft.context.file, path: "horizon")
        let values = try ResolvedParameters.read(draft.environment, specs: parameters + [ParameterSpec("kind", .text, help: "")], owner: "grpo")
        var learner = GRPOLearner.Configuration()
        learner.prompts = values.integer("prompts")!
        learner.easyShare = values.number("easyShare")!
        learner.learningRate = values.number("learningRate")!
        learner.aggregation = GRPOLearner.LossAggregation(rawValue: values.string("aggregation")!)!
        var training = RolloutTraining.Configuration()
        training.steps = steps
        training.batchSize = values.integer("batchSize")!
        training.rolloutsPerPrompt = values.integer("rolloutsPerPrompt")!
        training.minimum = values.integer("minimum")!
        training.maximum = values.integer("maximum")!
        training.window = values.integer("window")!
        training.discount = values.number("discount")!
        guard case let .array(multipliers)? = values.values["matchMultipliers"] else { preconditionFailure("checked by the spec") }
        let grid = multipliers.compactMap { if case let .number(x) = $0 { return x } else { return nil } }.sorted()
        do {
            try learner.validate()
            try training.validate(population: learner.prompts)
            _ = try RolloutStatistics(window: training.window, discount: training.discount)
            for multiplier in grid {
                var scaled = training
                scaled.budgetMultiplier = multiplier
                try scaled.validate(population: learner.prompts)
            }
        } catch let error as InputError {
            throw error.relocated(to: draft.context.file, under: draft.environment.path)
        }
        return try GRPOExperiment(draft: draft, learner: learner, training: training, matchMultipliers: grid)
    }
}

/// The GRPO experiment: one training run per replication and contender.
struct GRPOExperiment: Experiment {
    let record: ExperimentRecord
    let learner: GRPOLearner.Configuration
    let training: RolloutTraining.Configuration
    let matchMultipliers: [Double]
    private let recipes: [(entry: RegistryEntry<RolloutAllocatorContext, any RolloutAllocator>, parameters: ResolvedParameters, salt: UInt64)]

    /// Uniform's simulator-only parameter: it scales the step budget, to find what uniform needs to match.
    static let budgetMultiplier = ParameterSpec("budgetMultiplier", .number, default: 1,
                                                help: "Scales the step budget (simulator only: what uniform needs to match).")

    init(draft: ScenarioDraft, learner: GRPOLearner.Configuration, training: RolloutTraining.Configuration, matchMultipliers: [Double]) throws {
        self.learner = learner
        self.training = training
        self.matchMultipliers = matchMultipliers
        let context = draft.context
        let base = context.fingerprintBase(kind: "grpo", environment: draft.environment.value)
        var recipes: [(RegistryEntry<RolloutAllocatorContext, any RolloutAllocator>, ResolvedParameters, UInt64)] = []
        var contenders: [ExperimentRecord.Contender] = []
        var labels = ContenderLabels()
        guard !draft.policies.isEmpty else {
            throw InputError(source: context.file, path: "policies", problem: .invalid(expected: "a non-empty array of rollout allocators", got: "an empty array"))
        }
        for reader in draft.policies {
            let spec = try ContenderSpec(reader, example: "knapsack-rl")
            let entry = try RolloutAllocatorRegistry.registry.entry(spec.name, source: spec.nameReader.source, path: spec.nameReader.path)
            // Uniform takes one more parameter here: the budget multiplier that finds the uniform budget to match.
            let specs = entry.parameters + (spec.name == UniformAllocator.name ? [Self.budgetMultiplier] : [])
            let parameters = try ResolvedParameters.read(spec.parameters, specs: specs, owner: spec.name)
            do { _ = try entry.build(parameters, RolloutAllocatorContext(seed: 0)) } catch let error as InputError {
                throw error.relocated(to: reader.source, under: spec.parametersPath)
            }
            if let multiplier = parameters.number("budgetMultiplier") {
                var scaled = training
                scaled.budgetMultiplier = multiplier
                do { try scaled.validate(population: learner.prompts) } catch let error as RolloutError {
                    throw InputError(source: reader.source, path: spec.parameterPath("budgetMultiplier"),
                                        problem: .invalid(expected: "a multiplier whose step budget fits batchSize × [minimum, maximum]", got: "\(multiplier) (\(error))"))
                }
            }
            let label = spec.label ?? (parameters.number("budgetMultiplier").map { $0 == 1 ? spec.name : "\(spec.name) ×\(JSONValue.format($0))" } ?? spec.name)
            try labels.claim(label, for: spec)
            let identity = ContenderSpec.identity(name: spec.name, parameters: parameters)
            recipes.append((entry, parameters, Fingerprint.fnv1a(identity)))
            contenders.append(.init(label: label, policy: spec.name, parameters: parameters, fingerprint: Fingerprint.hex("\(base)|\(identity)")))
        }
        self.recipes = recipes
        let grid = context.traceGrid   // horizon = training steps
        record = ExperimentRecord(
            scenario: draft.name, description: draft.description, file: context.file, environmentKind: "grpo",
            environmentSummary: "\(learner.prompts) prompts (\(Int(learner.easyShare * 100))% easy), batches of \(training.batchSize), \(training.stepBudget) rollouts per step (uniform: \(training.rolloutsPerPrompt) each), \(training.minimum)–\(training.maximum) per prompt, learning rate \(JSONValue.format(learner.learningRate)), \(learner.aggregation.rawValue) loss",
            environment: draft.environment.value, arms: [], contenders: contenders,
            metrics: [
                MetricDefinition(key: "finalPassRate", title: "final pass rate", lowerIsBetter: false, isRate: true, primary: true),
                MetricDefinition(key: "effectiveRatio", title: "effective-gradient ratio (groups)", lowerIsBetter: false, isRate: true),
                MetricDefinition(key: "effectiveRolloutRatio", title: "rollouts in effective groups", lowerIsBetter: false, isRate: true),
                MetricDefinition(key: "solved", title: "prompts solved (greedy)", lowerIsBetter: false),
                MetricDefinition(key: "maxRollouts", title: "most rollouts to one prompt", lowerIsBetter: false),
                MetricDefinition(key: "tokensPerStep", title: "tokens per step", lowerIsBetter: true),
                MetricDefinition(key: "uniformBudgetToMatch", title: "uniform budget to match (×)", lowerIsBetter: false),
                MetricDefinition(key: "uniformMatches", title: "uniform matches within the tried budgets", lowerIsBetter: true, isRate: true),
            ],
            traces: [TraceDefinition(key: "passRate", title: "pass rate", isRate: true),
                     TraceDefinition(key: "effectiveRatio", title: "effective-gradient ratio", isRate: true)],
            traceGrid: grid, xLabel: "GRPO step", length: context.length, laiRobbinsBound: nil,
            replications: context.replications, seed: context.seed)
    }

    /// Trains with `allocator` at `multiplier` × the budget; population and batches come from `seed`.
    private func train(_ allocator: inout any RolloutAllocator, multiplier: Double, seed: UInt64, stop: StopSignal) throws -> [RolloutTraining.Step] {
        var configuration = training
        configuration.budgetMultiplier = multiplier
        var population = try GRPOLearner(configuration: learner, seed: SplitMix64.derive(seed: seed, index: 0))
        do {
            return try RolloutTraining(configuration: configuration).run(&allocator, learner: &population, seed: SplitMix64.derive(seed: seed, index: 1),
                                                                         shouldStop: { stop.isRaised })
        } catch is Interrupted {
            throw SimulationError.interrupted(saved: 0, total: 0)
        }
    }

    func runReplication(contender: Int, replication: Int, seed: UInt64, stop: StopSignal) throws -> ReplicationResult {
        if stop.isRaised { throw SimulationError.interrupted(saved: 0, total: 0) }
        let recipe = recipes[contender]
        let start = DispatchTime.now().uptimeNanoseconds
        var allocator = try recipe.entry.build(recipe.parameters, RolloutAllocatorContext(seed: SplitMix64.derive(seed: seed, index: recipe.salt)))
        let steps = try train(&allocator, multiplier: recipe.parameters.number("budgetMultiplier") ?? 1, seed: seed, stop: stop)
        let final = steps.last!.passRate
        var metrics: [String: Double] = [
            "finalPassRate": final,
            "effectiveRatio": steps.reduce(0) { $0 + $1.effectiveRatio } / Double(steps.count),
            "effectiveRolloutRatio": steps.reduce(0) { $0 + $1.effectiveRollouts } / max(1, steps.reduce(0) { $0 + Double($1.rollouts) }),
            "solved": Double(steps.last!.solved),
            "maxRollouts": Double(steps.map(\.maxRollouts).max() ?? 0),
            "tokensPerStep": steps.reduce(0) { $0 + $1.tokens } / Double(steps.count),
        ]
        if recipe.entry.name != UniformAllocator.name {
            // The uniform budget that reaches this final pass rate, same population and batches.
            var previous: (multiplier: Double, rate: Double)?
            var matched: Double?
            for multiplier in matchMultipliers {
                if stop.isRaised { throw SimulationError.interrupted(saved: 0, total: 0) }
                var uniform: any RolloutAllocator = UniformAllocator()
                let rate = try train(&uniform, multiplier: multiplier, seed: seed, stop: stop).last!.passRate
                if rate >= final {
                    if let previous, rate > previous.rate {
                        matched = previous.multiplier + (multiplier - previous.multiplier) * (final - previous.rate) / (rate - previous.rate)
                    } else {
                        matched = multiplier
                    }
                    break
                }
                previous = (multiplier, rate)
            }
            metrics["uniformMatches"] = matched == nil ? 0 : 1
            if let matched { metrics["uniformBudgetToMatch"] = matched }
        }
        var traces: [String: [Double]] = ["passRate": [], "effectiveRatio": []]
        for point in record.traceGrid {
            let step = steps[Int(point) - 1]
            traces["passRate"]!.append(step.passRate)
            traces["effectiveRatio"]!.append(step.effectiveRatio)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return ReplicationResult(replication: replication, seed: seed, steps: steps.reduce(0) { $0 + $1.rollouts },
                                 seconds: seconds, metrics: metrics, traces: traces, pulls: [])
    }
}
