/// Every scheduler a study can use, by the name `allot study create --scheduler`, `allot tune`, `allot
/// serve` and the Python package use, with its parameters and defaults (stated here and nowhere else).
/// A study stores the configuration with every parameter resolved, so a later change of a default
/// never changes a saved study.
public enum SchedulerRegistry {
    public static let registry = Registry<Void, any Scheduler>(noun: "scheduler", entries: entries)

    /// The first-rung rule (`SuccessiveHalvingRule`), written into the study's stored definition so a
    /// later rule never changes a saved study.
    static func deriveFirstRung(_ p: inout ResolvedParameters) {
        guard p.values["minResource"] == nil, let maxResource = p.number("maxResource"), let eta = p.integer("eta"),
              let first = try? SuccessiveHalvingRule.firstRung(maxResource: maxResource, eta: eta, minResource: nil, smallest: 0) else { return }
        p.values["minResource"] = .number(first)
    }

    static let entries: [RegistryEntry<Void, any Scheduler>] = [
        RegistryEntry(
            name: "random", summary: "Random search: `trials` configurations, each trained once to `resource`.", source: "Bergstra, Bengio 2012",
            parameters: [
                ParameterSpec("trials", .integer, default: 100, range: 1...1e7, help: "Configurations to evaluate."),
                ParameterSpec("resource", .number, note: "required", help: "The resource every configuration is trained to."),
            ],
            make: { p, _ in
                guard let resource = p.number("resource") else { throw InputError(source: "random", path: "resource", problem: .missing(expected: "the resource each trial is trained to")) }
                return try RandomSearchScheduler(trials: p.integer("trials")!, resource: resource)
            }),
        RegistryEntry(
            name: "hyperband", summary: "Hyperband: successive halving in brackets from R/η^s_max to R, most exploratory first.",
            source: "Li, Jamieson, DeSalvo, Rostamizadeh, Talwalkar, JMLR 2018",
            parameters: [
                ParameterSpec("maxResource", .number, note: "required", help: "R: the most resource one trial may get."),
                ParameterSpec("eta", .integer, default: 3, range: 2...1_000, help: "η: the halving rate."),
                ParameterSpec("iterations", .integer, default: 1, range: 1...1e6, help: "Times the whole set of brackets runs (Hyperband's outer loop)."),
            ],
            make: { p, _ in
                guard let maxResource = p.number("maxResource") else { throw InputError(source: "hyperband", path: "maxResource", problem: .missing(expected: "R, the most resource one trial may get")) }
                return try HyperbandScheduler(maxResource: maxResource, eta: p.integer("eta")!, iterations: p.integer("iterations")!)
            }),
        RegistryEntry(
            name: "successive-halving", summary: "Successive halving: every trial at the first rung, the best 1/η at each rung η× larger, finalists at R.",
            source: "Jamieson, Talwalkar, AISTATS 2016",
            parameters: [
                ParameterSpec("maxResource", .number, note: "required", help: "R: the finalists' resource."),
                ParameterSpec("minResource", .number, note: "R / η³", help: "The first rung's resource."),
                ParameterSpec("eta", .integer, default: 3, range: 2...1_000, help: "η: keep the best 1/η per rung."),
                ParameterSpec("trials", .integer, default: 27, range: 1...1e7, help: "Configurations at the first rung."),
            ],
            derive: { p, _ in deriveFirstRung(&p) },
            make: { p, _ in
                guard let maxResource = p.number("maxResource") else { throw InputError(source: "successive-halving", path: "maxResource", problem: .missing(expected: "R, the finalists' resource")) }
                guard let minResource = p.number("minResource") else { throw InputError(source: "successive-halving", path: "minResource", problem: .missing(expected: "the first rung's resource")) }
                return try SuccessiveHalvingScheduler(trials: p.integer("trials")!, minResource: minResource, maxResource: maxResource, eta: p.integer("eta")!)
            }),
        RegistryEntry(
            name: "cost-aware-halving",
            summary: "Cost-aware successive halving: every trial at the first rung, then the same measured cost per rung, spent best value first.",
            source: "Allot (docs/tuning.md); successive halving: Jamieson, Talwalkar, AISTATS 2016",
            parameters: [
                ParameterSpec("maxResource", .number, note: "required", help: "R: the finalists' resource."),
                ParameterSpec("minResource", .number, note: "R / η³", help: "The first rung's resource."),
                ParameterSpec("eta", .integer, default: 3, range: 2...1_000, help: "η: each rung's resource is η× the one below."),
                ParameterSpec("trials", .integer, default: 27, range: 1...1e7, help: "Configurations at the first rung."),
                ParameterSpec("rungBudget", .number, default: 1, range: 1e-6...1_000, help: "Each later rung's cost, as a multiple of the first rung's."),
                ParameterSpec("keep", .number, default: 0.5, range: 1e-6...1, help: "The largest share of a rung that goes on (rounded up, at least two)."),
                ParameterSpec("finalBudget", .number, default: 2, range: 1e-6...1_000, help: "R's cost, finalists and their re-evaluations, as a multiple of a rung's."),
                ParameterSpec("finalEvaluations", .integer, default: 5, range: 1...100,
                              help: "Evaluations at R of the two best finalists, at most (the trial's value is their mean; 1: no re-evaluation)."),
            ],
            derive: { p, _ in deriveFirstRung(&p) },
            make: { p, _ in
                guard let maxResource = p.number("maxResource") else { throw InputError(source: "cost-aware-halving", path: "maxResource", problem: .missing(expected: "R, the finalists' resource")) }
                guard let minResource = p.number("minResource") else { throw InputError(source: "cost-aware-halving", path: "minResource", problem: .missing(expected: "the first rung's resource")) }
                return try CostAwareHalvingScheduler(trials: p.integer("trials")!, minResource: minResource, maxResource: maxResource, eta: p.integer("eta")!,
                                                     rungBudget: p.number("rungBudget")!, keep: p.number("keep")!,
                                                     finalBudget: p.number("finalBudget")!, finalEvaluations: p.integer("finalEvaluations")!)
            }),
        RegistryEntry(
            name: "asha", summary: "Asynchronous successive halving: promote from the top 1/η of a rung as soon as a worker is free.",
            source: "Li et al., MLSys 2020",
            parameters: [
                ParameterSpec("minResource", .number, default: 1, help: "The first rung's resource."),
                ParameterSpec("maxResource", .number, note: "required", help: "The last rung's resource."),
                ParameterSpec("eta", .integer, default: 3, range: 2...1_000, help: "η: the promotion rate."),
                ParameterSpec("trials", .integer, default: 100, range: 1...1e7, help: "Configurations started, at most."),
            ],
            make: { p, _ in
                guard let maxResource = p.number("maxResource") else { throw InputError(source: "asha", path: "maxResource", problem: .missing(expected: "the last rung's resource")) }
                return try ASHA(minResource: p.number("minResource")!, maxResource: maxResource, eta: p.integer("eta")!, maxConfigurations: p.integer("trials")!)
            }),
        RegistryEntry(
            name: "median", summary: "The median stopping rule: stop a trial whose best value so far is below the median of completed trials' values at the same resource (Optuna's default pruner).",
            source: "Golovin et al., KDD 2017 (Google Vizier); Optuna MedianPruner",
            parameters: [
                ParameterSpec("maxResource", .number, note: "required", help: "The resource a trial that is never stopped trains to."),
                ParameterSpec("interval", .number, default: 1, help: "Resource between decisions (at most 61 decisions in all)."),
                ParameterSpec("warmup", .number, default: 0, help: "No decision below this resource (Optuna's n_warmup_steps)."),
                ParameterSpec("startupTrials", .integer, default: 5, range: 0...1e7, help: "No decision until this many trials reached maxResource."),
                ParameterSpec("trials", .integer, default: 100, range: 1...1e7, help: "Configurations started, at most."),
            ],
            make: { p, _ in
                guard let maxResource = p.number("maxResource") else { throw InputError(source: "median", path: "maxResource", problem: .missing(expected: "the resource a trial trains to")) }
                return try MedianStopping(maxResource: maxResource, interval: p.number("interval")!, warmup: p.number("warmup")!,
                                          startupTrials: p.integer("startupTrials")!, maxConfigurations: p.integer("trials")!)
            }),
    ]
}
