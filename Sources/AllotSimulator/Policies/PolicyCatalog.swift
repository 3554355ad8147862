import Allot
import Foundation

/// How a catalog entry builds its policy and plays one replication with it. Made from a closure that
/// returns the concrete policy type, so the decision loop is compiled for that type (no protocol calls
/// per round for the environment, direct calls for the policy).
struct PolicyFactory: Sendable {
    typealias Make<P> = @Sendable (ResolvedParameters, PolicyContext, UInt64) throws -> P

    /// Builds the policy once and throws the policy's own validation error, if any.
    let validate: @Sendable (ResolvedParameters, PolicyContext) throws -> Void
    /// Builds the policy from a seed and runs one replication on the environment.
    let play: @Sendable (ResolvedParameters, PolicyContext, UInt64, inout BanditLoop, any BanditEnvironment, StopSignal) throws -> Void

    static func plain<P: Policy>(_ make: @escaping Make<P>) -> PolicyFactory {
        PolicyFactory(
            validate: { _ = try make($0, $1, 0) },
            play: { parameters, context, seed, loop, environment, stop in
                var policy = try make(parameters, context, seed)
                try loop.run(&policy, environment, stop: stop)
            })
    }

    static func contextual<P: ContextualPolicy>(_ make: @escaping Make<P>) -> PolicyFactory {
        PolicyFactory(
            validate: { _ = try make($0, $1, 0) },
            play: { parameters, context, seed, loop, environment, stop in
                var policy = try make(parameters, context, seed)
                try loop.runContextual(&policy, environment, stop: stop)
            })
    }
}

/// What a policy needs to know about the scenario to be built.
public struct PolicyContext: Sendable {
    public var arms: Int
    /// Rounds (or budget units) the run lasts, for horizon-tuned policies.
    public var horizon: Int
    public var contextDimension: Int?
}

/// One policy a scenario can name: its parameters with defaults, what rewards it accepts, and how to build it.
public struct PolicyEntry: Sendable {
    public var name: String
    public var summary: String
    /// The paper it follows.
    public var source: String
    public var isContextual: Bool
    public var parameters: [ParameterSpec]
    /// Whether, with these parameters, rewards must lie in [0, 1].
    var needsUnitRewards: @Sendable (ResolvedParameters) -> Bool
    /// Fills values derived from the scenario (EXP3's γ from the horizon), so the report shows them.
    var derive: @Sendable (inout ResolvedParameters, PolicyContext) -> Void
    var factory: PolicyFactory
}

/// Every bandit policy the simulator can run, by the name scenario files use.
public enum PolicyCatalog {
    public static var names: [String] { entries.map(\.name) }

    public static func entry(named name: String) -> PolicyEntry? { entries.first { $0.name == name } }

    public static let entries: [PolicyEntry] = [
        PolicyEntry(
            name: UCB1.name, summary: "Upper confidence bound m + sqrt(c ln t / n).", source: "Auer, Cesa-Bianchi, Fischer 2002",
            isContextual: false,
            parameters: [ParameterSpec("exploration", .number, default: 2, help: "c in sqrt(c ln t / n); 2 is the paper's.")],
            needsUnitRewards: { _ in false }, derive: { _, _ in },
            factory: .plain { p, c, _ in try UCB1(arms: c.arms, exploration: p.number("exploration")!) }),
        PolicyEntry(
            name: UCBV.name, summary: "UCB with the empirical variance (tight when rewards vary little).",
            source: "Audibert, Munos, Szepesvári 2009", isContextual: false,
            parameters: [
                ParameterSpec("rewardRange", .number, default: 1, help: "b, the width of the reward range."),
                ParameterSpec("exploration", .number, default: 1, help: "Multiplier of ln t in both terms."),
            ],
            needsUnitRewards: { _ in false }, derive: { _, _ in },
            factory: .plain { p, c, _ in try UCBV(arms: c.arms, rewardRange: p.number("rewardRange")!, exploration: p.number("exploration")!) }),
        PolicyEntry(
            name: KLUCB.name, summary: "KL-UCB: the largest mean the KL divergence allows (Bernoulli or Gaussian).",
            source: "Garivier, Cappé 2011", isContextual: false,
            parameters: [
                ParameterSpec("family", .choice(["bernoulli", "gaussian"]), default: "bernoulli", help: "Reward model of the divergence."),
                ParameterSpec("variance", .number, default: 1, help: "σ² for the gaussian family."),
                ParameterSpec("logLogFactor", .number, default: 0, help: "c in ln t + c ln ln t (0 or 3)."),
            ],
            needsUnitRewards: { $0.string("family") == "bernoulli" }, derive: { _, _ in },
            factory: .plain { p, c, _ in
                let family: KLUCB.Family = p.string("family") == "gaussian" ? .gaussian(variance: p.number("variance")!) : .bernoulli
                return try KLUCB(arms: c.arms, family: family, logLogFactor: p.number("logLogFactor")!)
            }),
        PolicyEntry(
            name: BayesUCB.name, summary: "Bayes-UCB: an upper quantile of the Beta posterior.",
            source: "Kaufmann, Cappé, Garivier 2012", isContextual: false,
            parameters: [
                ParameterSpec("priorAlpha", .number, default: 1, help: "Beta prior α."),
                ParameterSpec("priorBeta", .number, default: 1, help: "Beta prior β."),
                ParameterSpec("horizonExponent", .number, default: 0, help: "c in the 1 − 1/(t (ln T)^c) quantile."),
            ],
            needsUnitRewards: { _ in true }, derive: { _, _ in },
            factory: .plain { p, c, _ in
                try BayesUCB(arms: c.arms, priorAlpha: p.number("priorAlpha")!, priorBeta: p.number("priorBeta")!,
                                    horizon: c.horizon, horizonExponent: p.number("horizonExponent")!)
            }),
        PolicyEntry(
            name: ThompsonSampling.name, summary: "Thompson sampling with Beta posteriors (rewards in [0, 1]).",
            source: "Thompson 1933; Agrawal, Goyal 2012", isContextual: false,
            parameters: [
                ParameterSpec("priorAlpha", .number, default: 1, help: "Beta prior α."),
                ParameterSpec("priorBeta", .number, default: 1, help: "Beta prior β."),
            ],
            needsUnitRewards: { _ in true }, derive: { _, _ in },
            factory: .plain { p, c, seed in try ThompsonSampling(arms: c.arms, priorAlpha: p.number("priorAlpha")!, priorBeta: p.number("priorBeta")!, seed: seed) }),
        PolicyEntry(
            name: GaussianThompsonSampling.name, summary: "Thompson sampling for real rewards (Normal-Gamma or known variance).",
            source: "Honda, Takemura 2014", isContextual: false,
            parameters: [
                ParameterSpec("model", .choice(["unknown-variance", "known-variance"]), default: "unknown-variance", help: "Posterior model."),
                ParameterSpec("variance", .number, default: 1, help: "Reward variance for known-variance."),
                ParameterSpec("priorMean", .number, default: 0, help: "Prior mean of every arm."),
                ParameterSpec("priorVariance", .number, default: 100, help: "Prior variance of the mean (known-variance)."),
                ParameterSpec("initialPulls", .integer, default: 2, help: "Pulls of each arm before sampling starts."),
            ],
            needsUnitRewards: { _ in false }, derive: { _, _ in },
            factory: .plain { p, c, seed in
                let model: GaussianThompsonSampling.Model = p.string("model") == "known-variance"
                    ? .knownVariance(variance: p.number("variance")!, priorMean: p.number("priorMean")!, priorVariance: p.number("priorVariance")!)
                    : .unknownVariance(priorMean: p.number("priorMean")!, priorCount: 0.01, priorShape: 1, priorRate: 1)
                return try GaussianThompsonSampling(arms: c.arms, model: model, initialPulls: p.integer("initialPulls")!, seed: seed)
            }),
        PolicyEntry(
            name: EpsilonGreedy.name, summary: "ε-greedy, constant or decaying ε_t = min(1, cK/(d² t)).",
            source: "baseline; Auer, Cesa-Bianchi, Fischer 2002", isContextual: false,
            parameters: [
                ParameterSpec("schedule", .choice(["constant", "decaying"]), default: "constant", help: "How ε evolves."),
                ParameterSpec("epsilon", .number, default: 0.1, help: "ε for the constant schedule."),
                ParameterSpec("c", .number, default: 5, help: "c for the decaying schedule."),
                ParameterSpec("gap", .number, default: 0.1, help: "d, a lower bound on the best gap, for the decaying schedule."),
            ],
            needsUnitRewards: { _ in false }, derive: { _, _ in },
            factory: .plain { p, c, seed in
                let schedule: EpsilonGreedy.Schedule = p.string("schedule") == "decaying"
                    ? .decaying(c: p.number("c")!, gap: p.number("gap")!) : .constant(epsilon: p.number("epsilon")!)
                return try EpsilonGreedy(arms: c.arms, schedule: schedule, seed: seed)
            }),
        PolicyEntry(
            name: EXP3.name, summary: "EXP3: exponential weights for adversarial rewards.",
            source: "Auer, Cesa-Bianchi, Freund, Schapire 2002", isContextual: false,
            parameters: [ParameterSpec("gamma", .number, note: "min(1, sqrt(K ln K / ((e − 1) T))) from the horizon", help: "Uniform exploration share in (0, 1].")],
            needsUnitRewards: { _ in true },
            derive: { p, c in if p.values["gamma"] == nil { p.values["gamma"] = .number(EXP3.gamma(arms: c.arms, horizon: c.horizon)) } },
            factory: .plain { p, c, seed in try EXP3(arms: c.arms, gamma: p.number("gamma")!, seed: seed) }),
        PolicyEntry(
            name: EXP3IX.name, summary: "EXP3-IX: exponential weights with implicit exploration.",
            source: "Neu 2015", isContextual: false,
            parameters: [
                ParameterSpec("learningRate", .number, note: "sqrt(2 ln K / (K T)) from the horizon", help: "η."),
                ParameterSpec("implicitExploration", .number, note: "η / 2", help: "γ added to the probability in the loss estimate."),
            ],
            needsUnitRewards: { _ in true },
            derive: { p, c in
                let k = Double(max(c.arms, 2))
                let eta = p.number("learningRate") ?? (2 * log(k) / (k * Double(c.horizon))).squareRoot()
                p.values["learningRate"] = .number(eta)
                if p.values["implicitExploration"] == nil { p.values["implicitExploration"] = .number(eta / 2) }
            },
            factory: .plain { p, c, seed in
                try EXP3IX(arms: c.arms, learningRate: p.number("learningRate")!, implicitExploration: p.number("implicitExploration")!, seed: seed)
            }),
        PolicyEntry(
            name: DiscountedUCB.name, summary: "Discounted UCB: statistics decay by γ each round (non-stationary).",
            source: "Garivier, Moulines 2011", isContextual: false,
            parameters: [
                ParameterSpec("discount", .number, default: 0.99, help: "γ in (0, 1)."),
                ParameterSpec("exploration", .number, default: 0.6, help: "ξ in the padding."),
                ParameterSpec("rewardBound", .number, default: 1, help: "B, a bound on rewards."),
            ],
            needsUnitRewards: { _ in false }, derive: { _, _ in },
            factory: .plain { p, c, _ in
                try DiscountedUCB(arms: c.arms, discount: p.number("discount")!, exploration: p.number("exploration")!, rewardBound: p.number("rewardBound")!)
            }),
        PolicyEntry(
            name: SlidingWindowUCB.name, summary: "Sliding-window UCB: statistics over the last τ rounds (non-stationary).",
            source: "Garivier, Moulines 2011", isContextual: false,
            parameters: [
                ParameterSpec("window", .integer, note: "2 sqrt(T ln T) from the horizon (one breakpoint)", help: "τ, rounds remembered."),
                ParameterSpec("exploration", .number, default: 0.6, help: "ξ in the padding."),
                ParameterSpec("rewardBound", .number, default: 1, help: "B, a bound on rewards."),
            ],
            needsUnitRewards: { _ in false },
            derive: { p, c in
                if p.values["window"] == nil {
                    let t = Double(max(c.horizon, 2))
                    p.values["window"] = .number((2 * (t * log(t)).squareRoot()).rounded(.up))
                }
            },
            factory: .plain { p, c, _ in
                try SlidingWindowUCB(arms: c.arms, window: p.integer("window")!, exploration: p.number("exploration")!, rewardBound: p.number("rewardBound")!)
            }),
        PolicyEntry(
            name: DiscountedThompsonSampling.name, summary: "Discounted Thompson: Beta posteriors that forget (non-stationary).",
            source: "Raj, Kalyani 2017", isContextual: false,
            parameters: [
                ParameterSpec("discount", .number, default: 0.99, help: "γ in (0, 1)."),
                ParameterSpec("priorAlpha", .number, default: 1, help: "Beta prior α."),
                ParameterSpec("priorBeta", .number, default: 1, help: "Beta prior β."),
            ],
            needsUnitRewards: { _ in true }, derive: { _, _ in },
            factory: .plain { p, c, seed in
                try DiscountedThompsonSampling(arms: c.arms, discount: p.number("discount")!, priorAlpha: p.number("priorAlpha")!,
                                                      priorBeta: p.number("priorBeta")!, seed: seed)
            }),
        PolicyEntry(
            name: BudgetedUCB.name, summary: "Budgeted UCB: optimistic reward per unit of cost.",
            source: "Xia et al. 2016", isContextual: false,
            parameters: [
                ParameterSpec("exploration", .number, default: 2, help: "c in the confidence terms."),
                ParameterSpec("minimumCost", .number, default: 0.05, help: "λ, a floor on the cost lower bound."),
            ],
            needsUnitRewards: { _ in false }, derive: { _, _ in },
            factory: .plain { p, c, _ in try BudgetedUCB(arms: c.arms, exploration: p.number("exploration")!, minimumCost: p.number("minimumCost")!) }),
        PolicyEntry(
            name: LinUCB.name, summary: "LinUCB: ridge regression on arm features with an ellipsoidal bonus (contextual).",
            source: "Li, Chu, Langford, Schapire 2010", isContextual: true,
            parameters: [
                ParameterSpec("alpha", .number, default: 1, help: "Width of the confidence bonus."),
                ParameterSpec("regularization", .number, default: 1, help: "λ in A = λI + Σ x xᵀ."),
                ParameterSpec("sharing", .choice(["disjoint", "shared"]), default: "disjoint", help: "One model per arm, or one for all."),
            ],
            needsUnitRewards: { _ in false }, derive: { _, _ in },
            factory: .contextual { p, c, _ in
                try LinUCB(arms: c.arms, dimension: c.contextDimension ?? 1, alpha: p.number("alpha")!,
                                       regularization: p.number("regularization")!, sharing: p.string("sharing") == "shared" ? .shared : .disjoint)
            }),
    ]
}
