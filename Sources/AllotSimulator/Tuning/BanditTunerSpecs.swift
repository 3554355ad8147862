import AllotInterchange
import AllotTuning

/// The scenario parameters of the online bandit tuners, shared by the lcdb-tuning and digits-tuning kinds.
enum BanditTunerSpecs {
    static func parameters(budgetName: String, budgetDefault: Int, budgetHelp: String) -> [ParameterSpec] {
        [
            ParameterSpec("structure", .choice(BanditTuner.Structure.allCases.map(\.rawValue)), default: "hierarchical",
                          help: "flat: one arm per configuration; hierarchical: pick a hyperparameter, then its value (AutoRAG-HP)."),
            ParameterSpec("strategy", .choice(["ucb", "thompson"]), default: "ucb", help: "The bandit policy at every level."),
            ParameterSpec(budgetName, .integer, default: .number(Double(budgetDefault)), help: budgetHelp),
            ParameterSpec("costWeight", .number, default: 0, help: "λ in reward = validation − λ · cost, cost in units of the mean evaluation."),
            ParameterSpec("rewardScale", .number, default: 0.05, help: "How much validation scores differ; sizes the exploration."),
        ]
    }

    static func settings(_ values: ResolvedParameters, spec: ContenderSpec, file: String) throws -> BanditTuner.Settings {
        let costWeight = values.number("costWeight")!, scale = values.number("rewardScale")!
        guard costWeight >= 0 else {
            throw InputError(source: file, path: spec.parameterPath("costWeight"), problem: .invalid(expected: "a number >= 0", got: "\(costWeight)"))
        }
        guard scale > 0 else {
            throw InputError(source: file, path: spec.parameterPath("rewardScale"), problem: .invalid(expected: "a number > 0", got: "\(scale)"))
        }
        return BanditTuner.Settings(structure: BanditTuner.Structure(rawValue: values.string("structure")!)!,
                                    strategy: values.string("strategy") == "thompson" ? .thompson : .ucb,
                                    costWeight: costWeight, rewardScale: scale)
    }
}
