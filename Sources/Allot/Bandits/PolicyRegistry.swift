import Foundation

/// What a policy needs to know to be built: the arms, the horizon (for horizon-tuned parameters such as
/// EXP3's γ), the feature dimension of contextual policies, and the seed of its random source.
public struct PolicyContext: Sendable {
    public var arms: Int
    public var horizon: Int
    public var contextDimension: Int?
    public var seed: UInt64

    public init(arms: Int, horizon: Int = 10_000, contextDimension: Int? = nil, seed: UInt64 = 0) {
        self.arms = arms
        self.horizon = horizon
        self.contextDimension = contextDimension
        self.seed = seed
    }
}

/// A policy built from the registry: a plain bandit policy or a contextual one.
public enum BuiltPolicy: Sendable {
    case plain(any Policy)
    case contextual(any ContextualPolicy)

    public var name: String {
        switch self {
        case let .plain(policy): return type(of: policy).name
        case let .contextual(policy): return type(of: policy).name
        }
    }

    /// The plain policy, or an `InputError` for a contextual one used where no contexts exist.
    public func plainPolicy(source: String = "policy") throws -> any Policy {
        switch self {
        case let .plain(policy): return policy
        case let .contextual(policy):
            throw InputError(source: source, path: "name", problem: .invalid(expected: "a policy without contexts", got: "\"\(type(of: policy).name)\" (contextual: it needs a feature vector per arm)"))
        }
    }
}

/// Every bandit policy Allot ships, by the name scenario files, `allot serve` and the Python package use,
/// with its parameters and their defaults (stated here and nowhere else).
public enum PolicyRegistry {
    public static let registry = Registry<PolicyContext, BuiltPolicy>(noun: "policy", entries: entries)

    static func plain<P: Policy>(_ type: P.Type) -> @Sendable (JSONValue, String, String) throws -> BuiltPolicy {
        { state, source, path in .plain(try Interchange.decode(P.self, from: state, source: source, path: path)) }
    }

    static let entries: [RegistryEntry<PolicyContext, BuiltPolicy>] = [
        RegistryEntry(
            name: UCB1.name, summary: "Upper confidence bound m + sqrt(c ln t / n).", source: "Auer, Cesa-Bianchi, Fischer 2002",
            parameters: [ParameterSpec("exploration", .number, default: 2, help: "c in sqrt(c ln t / n); 2 is the paper's.")],
            make: { p, c in .plain(try UCB1(arms: c.arms, exploration: p.number("exploration")!)) }, restore: plain(UCB1.self)),
        RegistryEntry(
            name: UCBV.name, summary: "UCB with the empirical variance (tight when rewards vary little).",
            source: "Audibert, Munos, Szepesvári 2009",
            parameters: [
                ParameterSpec("rewardRange", .number, default: 1, help: "b, the width of the reward range."),
                ParameterSpec("exploration", .number, default: 1, help: "Multiplier of ln t in both terms."),
            ],
            make: { p, c in .plain(try UCBV(arms: c.arms, rewardRange: p.number("rewardRange")!, exploration: p.number("exploration")!)) },
            restore: plain(UCBV.self)),
        RegistryEntry(
            name: KLUCB.name, summary: "KL-UCB: the largest mean the KL divergence allows (Bernoulli or Gaussian).",
            source: "Garivier, Cappé 2011",
            parameters: [
                ParameterSpec("family", .choice(["bernoulli", "gaussian"]), default: "bernoulli", help: "Reward model of the divergence."),
                ParameterSpec("variance", .number, default: 1, help: "σ² for the gaussian family."),
                ParameterSpec("logLogFactor", .number, default: 0, help: "c in ln t + c ln ln t (0 or 3)."),
            ],
            make: { p, c in
                let family: KLUCB.Family = p.string("family") == "gaussian" ? .gaussian(variance: p.number("variance")!) : .bernoulli
                return .plain(try KLUCB(arms: c.arms, family: family, logLogFactor: p.number("logLogFactor")!))
            }, restore: plain(KLUCB.self)),
        RegistryEntry(
            name: BayesUCB.name, summary: "Bayes-UCB: an upper quantile of the Beta posterior.",
            source: "Kaufmann, Cappé, Garivier 2012",
            parameters: [
                ParameterSpec("priorAlpha", .number, default: 1, help: "Beta prior α."),
                ParameterSpec("priorBeta", .number, default: 1, help: "Beta prior β."),
                ParameterSpec("horizonExponent", .number, default: 0, help: "c in the 1 − 1/(t (ln T)^c) quantile."),
            ],
            make: { p, c in
                .plain(try BayesUCB(arms: c.arms, priorAlpha: p.number("priorAlpha")!, priorBeta: p.number("priorBeta")!,
                                    horizon: c.horizon, horizonExponent: p.number("horizonExponent")!))
            }, restore: plain(BayesUCB.self)),
        RegistryEntry(
            name: ThompsonSampling.name, summary: "Thompson sampling with Beta posteriors (rewards in [0, 1]).",
            source: "Thompson 1933; Agrawal, Goyal 2012",
            parameters: [
                ParameterSpec("priorAlpha", .number, default: 1, help: "Beta prior α."),
                ParameterSpec("priorBeta", .number, default: 1, help: "Beta prior β."),
            ],
            make: { p, c in .plain(try ThompsonSampling(arms: c.arms, priorAlpha: p.number("priorAlpha")!, priorBeta: p.number("priorBeta")!, seed: c.seed)) },
            restore: plain(ThompsonSampling.self)),
        RegistryEntry(
            name: GaussianThompsonSampling.name, summary: "Thompson sampling for real rewards (Normal-Gamma or known variance).",
            source: "Honda, Takemura 2014",
            parameters: [
                ParameterSpec("model", .choice(["unknown-variance", "known-variance"]), default: "unknown-variance", help: "Posterior model."),
                ParameterSpec("variance", .number, default: 1, help: "Reward variance for known-variance."),
                ParameterSpec("priorMean", .number, default: 0, help: "Prior mean of every arm."),
                ParameterSpec("priorVariance", .number, default: 100, help: "Prior variance of the mean (known-variance)."),
                ParameterSpec("priorRate", .number, default: 1, help: "Gamma prior rate of the precision (unknown-variance): about the reward variance expected."),
                ParameterSpec("initialPulls", .integer, default: 2, range: 0...1_000, help: "Pulls of each arm before sampling starts."),
            ],
            make: { p, c in
                let model: GaussianThompsonSampling.Model = p.string("model") == "known-variance"
                    ? .knownVariance(variance: p.number("variance")!, priorMean: p.number("priorMean")!, priorVariance: p.number("priorVariance")!)
                    : .unknownVariance(priorMean: p.number("priorMean")!, priorCount: 0.01, priorShape: 1, priorRate: p.number("priorRate")!)
                return .plain(try GaussianThompsonSampling(arms: c.arms, model: model, initialPulls: p.integer("initialPulls")!, seed: c.seed))
            }, restore: plain(GaussianThompsonSampling.self)),
        RegistryEntry(
            name: EpsilonGreedy.name, summary: "ε-greedy, constant or decaying ε_t = min(1, cK/(d² t)).",
            source: "baseline; Auer, Cesa-Bianchi, Fischer 2002",
            parameters: [
                ParameterSpec("schedule", .choice(["constant", "decaying"]), default: "constant", help: "How ε evolves."),
                ParameterSpec("epsilon", .number, default: 0.1, help: "ε for the constant schedule."),
                ParameterSpec("c", .number, default: 5, help: "c for the decaying schedule."),
                ParameterSpec("gap", .number, default: 0.1, help: "d, a lower bound on the best gap, for the decaying schedule."),
            ],
            make: { p, c in
                let schedule: EpsilonGreedy.Schedule = p.string("schedule") == "decaying"
                    ? .decaying(c: p.number("c")!, gap: p.number("gap")!) : .constant(epsilon: p.number("epsilon")!)
                return .plain(try EpsilonGreedy(arms: c.arms, schedule: schedule, seed: c.seed))
            }, restore: plain(EpsilonGreedy.self)),
        RegistryEntry(
            name: EXP3.name, summary: "EXP3: exponential weights for adversarial rewards.",
            source: "Auer, Cesa-Bianchi, Freund, Schapire 2002",
            parameters: [ParameterSpec("gamma", .number, note: "min(1, sqrt(K ln K / ((e − 1) T))) from the horizon", help: "Uniform exploration share in (0, 1].")],
            derive: { p, c in if p.values["gamma"] == nil { p.values["gamma"] = .number(EXP3.gamma(arms: c.arms, horizon: c.horizon)) } },
            make: { p, c in .plain(try EXP3(arms: c.arms, gamma: p.number("gamma")!, seed: c.seed)) }, restore: plain(EXP3.self)),
        RegistryEntry(
            name: EXP3IX.name, summary: "EXP3-IX: exponential weights with implicit exploration.",
            source: "Neu 2015",
            parameters: [
                ParameterSpec("learningRate", .number, note: "sqrt(2 ln K / (K T)) from the horizon", help: "η."),
                ParameterSpec("implicitExploration", .number, note: "η / 2", help: "γ added to the probability in the loss estimate."),
            ],
            derive: { p, c in
                let k = Double(max(c.arms, 2))
                let eta = p.number("learningRate") ?? (2 * log(k) / (k * Double(max(c.horizon, 1)))).squareRoot()
                p.values["learningRate"] = .number(eta)
                if p.values["implicitExploration"] == nil { p.values["implicitExploration"] = .number(eta / 2) }
            },
            make: { p, c in
                .plain(try EXP3IX(arms: c.arms, learningRate: p.number("learningRate")!, implicitExploration: p.number("implicitExploration")!, seed: c.seed))
            }, restore: plain(EXP3IX.self)),
        RegistryEntry(
            name: DiscountedUCB.name, summary: "Discounted UCB: statistics decay by γ each round (non-stationary).",
            source: "Garivier, Moulines 2011",
            parameters: [
                ParameterSpec("discount", .number, default: 0.99, help: "γ in (0, 1)."),
                ParameterSpec("exploration", .number, default: 0.6, help: "ξ in the padding."),
                ParameterSpec("rewardBound", .number, default: 1, help: "B, a bound on rewards."),
            ],
            make: { p, c in
                .plain(try DiscountedUCB(arms: c.arms, discount: p.number("discount")!, exploration: p.number("exploration")!, rewardBound: p.number("rewardBound")!))
            }, restore: plain(DiscountedUCB.self)),
        RegistryEntry(
            name: SlidingWindowUCB.name, summary: "Sliding-window UCB: statistics over the last τ rounds (non-stationary).",
            source: "Garivier, Moulines 2011",
            parameters: [
                ParameterSpec("window", .integer, note: "2 sqrt(T ln T) from the horizon (one breakpoint)", range: 1...1e7, help: "τ, rounds remembered."),
                ParameterSpec("exploration", .number, default: 0.6, help: "ξ in the padding."),
                ParameterSpec("rewardBound", .number, default: 1, help: "B, a bound on rewards."),
            ],
            derive: { p, c in
                if p.values["window"] == nil {
                    let t = Double(max(c.horizon, 2))
                    p.values["window"] = .number((2 * (t * log(t)).squareRoot()).rounded(.up))
                }
            },
            make: { p, c in
                .plain(try SlidingWindowUCB(arms: c.arms, window: p.integer("window")!, exploration: p.number("exploration")!, rewardBound: p.number("rewardBound")!))
            }, restore: plain(SlidingWindowUCB.self)),
        RegistryEntry(
            name: DiscountedThompsonSampling.name, summary: "Discounted Thompson: Beta posteriors that forget (non-stationary).",
            source: "Raj, Kalyani 2017",
            parameters: [
                ParameterSpec("discount", .number, default: 0.99, help: "γ in (0, 1)."),
                ParameterSpec("priorAlpha", .number, default: 1, help: "Beta prior α."),
                ParameterSpec("priorBeta", .number, default: 1, help: "Beta prior β."),
            ],
            make: { p, c in
                .plain(try DiscountedThompsonSampling(arms: c.arms, discount: p.number("discount")!, priorAlpha: p.number("priorAlpha")!,
                                                      priorBeta: p.number("priorBeta")!, seed: c.seed))
            }, restore: plain(DiscountedThompsonSampling.self)),
        RegistryEntry(
            name: BudgetedUCB.name, summary: "Budgeted UCB: optimistic reward per unit of cost.",
            source: "Xia et al. 2016",
            parameters: [
                ParameterSpec("exploration", .number, default: 2, help: "c in the confidence terms."),
                ParameterSpec("minimumCost", .number, default: 0.05, help: "λ, a floor on the cost lower bound."),
            ],
            make: { p, c in .plain(try BudgetedUCB(arms: c.arms, exploration: p.number("exploration")!, minimumCost: p.number("minimumCost")!)) },
            restore: plain(BudgetedUCB.self)),
        RegistryEntry(
            name: LinUCB.name, summary: "LinUCB: ridge regression on arm features with an ellipsoidal bonus (contextual).",
            source: "Li, Chu, Langford, Schapire 2010",
            parameters: [
                ParameterSpec("alpha", .number, default: 1, help: "Width of the confidence bonus."),
                ParameterSpec("regularization", .number, default: 1, help: "λ in A = λI + Σ x xᵀ."),
                ParameterSpec("sharing", .choice(["disjoint", "shared"]), default: "disjoint", help: "One model per arm, or one for all."),
            ],
            make: { p, c in
                .contextual(try LinUCB(arms: c.arms, dimension: c.contextDimension ?? 1, alpha: p.number("alpha")!,
                                       regularization: p.number("regularization")!, sharing: p.string("sharing") == "shared" ? .shared : .disjoint))
            },
            restore: { state, source, path in .contextual(try Interchange.decode(LinUCB.self, from: state, source: source, path: path)) }),
    ]

    /// Whether an entry builds a contextual policy.
    public static func isContextual(_ name: String) -> Bool { name == LinUCB.name }
}
