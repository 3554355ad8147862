import Allot
import Foundation

/// How a posterior allocator turns a prompt's Beta posterior into the rate it plans with.
public enum PosteriorPlanning: String, Codable, Sendable, CaseIterable {
    /// A draw from the posterior (Thompson): uncertain prompts sometimes look promising and get tried.
    case thompson
    /// The rate in the central credible interval closest to the one V values most: optimism on the value.
    case optimistic
    /// The posterior mean (no exploration bonus; for comparison).
    case mean
}

/// Turns discounted Beta posteriors into planning rates (shared by the posterior and cost-aware allocators).
public struct PosteriorEstimator: Codable, Sendable, Equatable {
    public var planning: PosteriorPlanning
    public var priorAlpha: Double
    public var priorBeta: Double
    /// Mass of the credible interval used by `optimistic`.
    public var credibleLevel: Double
    public private(set) var random: RandomSource

    public init(planning: PosteriorPlanning = .thompson, priorAlpha: Double = 1, priorBeta: Double = 1,
                credibleLevel: Double = 0.9, seed: UInt64) throws {
        guard priorAlpha > 0, priorAlpha.isFinite else { throw InputError.parameter("posterior", "priorAlpha", expected: "a finite number > 0", got: "\(priorAlpha)") }
        guard priorBeta > 0, priorBeta.isFinite else { throw InputError.parameter("posterior", "priorBeta", expected: "a finite number > 0", got: "\(priorBeta)") }
        guard credibleLevel > 0, credibleLevel < 1 else {
            throw InputError.parameter("posterior", "credibleLevel", expected: "a number strictly between 0 and 1", got: "\(credibleLevel)")
        }
        self.planning = planning
        self.priorAlpha = priorAlpha
        self.priorBeta = priorBeta
        self.credibleLevel = credibleLevel
        random = RandomSource(seed: seed)
    }

    private enum CodingKeys: String, CodingKey { case planning, priorAlpha, priorBeta, credibleLevel, random }

    /// Validated: the prior and level as the initialiser demands, and a valid random source.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let planning = try container.decode(PosteriorPlanning.self, forKey: .planning)
        let alpha = try container.decode(Double.self, forKey: .priorAlpha), beta = try container.decode(Double.self, forKey: .priorBeta)
        let level = try container.decode(Double.self, forKey: .credibleLevel)
        self = try Decoding.validated(container) {
            try PosteriorEstimator(planning: planning, priorAlpha: alpha, priorBeta: beta, credibleLevel: level, seed: 0)
        }
        random = try container.decode(RandomSource.self, forKey: .random)
    }

    /// Planning rates for `prompts`, strictly inside (0, 1). `rollouts` is the typical group size, whose
    /// most valuable rate the optimistic planning aims for.
    public mutating func rates(for prompts: [String], statistics: RolloutStatistics, rollouts: Int) throws -> [Double] {
        let target = planning == .optimistic ? RolloutValue.mostValuableRate(rollouts: max(rollouts, 1)) : 0
        return try prompts.map { prompt in
            let posterior = statistics[prompt]?.posterior(priorAlpha: priorAlpha, priorBeta: priorBeta)
                ?? BetaEstimate(priorAlpha: priorAlpha, priorBeta: priorBeta)
            let rate: Double
            switch planning {
            case .thompson: rate = posterior.sample(using: &random)
            case .mean: rate = posterior.mean
            case .optimistic:
                let interval = try posterior.credibleInterval(level: credibleLevel)
                rate = min(max(target, interval.lower), interval.upper)
            }
            return min(max(rate, 1e-9), 1 - 1e-9)
        }
    }
}

/// Knapsack RL with uncertainty (Allot's own): each prompt keeps a discounted Beta posterior, and the
/// knapsack plans on a Thompson draw (or an optimistic rate) instead of the last-16 mean. A prompt seen
/// twice is not judged as if its rate were known: 0 of 2 is Beta(1, 3), which still gets tried now and
/// then, while 0 of 200 is ruled out. No special cases for p = 0 or 1: every planning rate is inside
/// (0, 1), every prompt starts at the minimum, and the exact greedy spends exactly B.
public struct PosteriorKnapsackAllocator: RolloutAllocator, Equatable {
    public static let name = "posterior"

    public var estimator: PosteriorEstimator

    public init(planning: PosteriorPlanning = .thompson, priorAlpha: Double = 1, priorBeta: Double = 1,
                credibleLevel: Double = 0.9, seed: UInt64) throws {
        estimator = try PosteriorEstimator(planning: planning, priorAlpha: priorAlpha, priorBeta: priorBeta,
                                           credibleLevel: credibleLevel, seed: seed)
    }

    public mutating func allocate(_ request: RolloutRequest, statistics: RolloutStatistics) throws -> RolloutAllocation {
        try request.validate()
        let n = request.prompts.count
        let rates = try estimator.rates(for: request.prompts, statistics: statistics, rollouts: request.budget / n)
        let counts = RolloutKnapsack.solve(rates: rates, lower: [Int](repeating: request.minimum, count: n),
                                           upper: [Int](repeating: request.maximum, count: n), budget: request.budget)
        return RolloutAllocation(counts: counts, estimates: rates, leftover: 0, solver: "exact (price search + greedy)")
    }
}

/// The posterior knapsack under a token budget: each rollout of prompt i costs its expected response
/// length L_i (its mean so far, else the mean over all prompts, else `defaultLength`), and the total
/// Σ N_i L_i must stay within the budget. Long-answer prompts must earn their tokens. Solved by the greedy
/// on value per token, which is exact for the continuous relaxation of these concave curves and within one
/// rollout's value of the integer optimum (unequal costs make the exact problem a true knapsack).
public struct CostAwareKnapsackAllocator: RolloutAllocator, Equatable {
    public static let name = "cost"

    public var estimator: PosteriorEstimator
    /// Tokens per rollout assumed before any length is known.
    public let defaultLength: Double

    private enum CodingKeys: String, CodingKey { case estimator, defaultLength }

    /// Validated: a default length >= 1 and a valid estimator.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let length = try container.decode(Double.self, forKey: .defaultLength)
        self = try Decoding.validated(container) { try CostAwareKnapsackAllocator(defaultLength: length, seed: 0) }
        estimator = try container.decode(PosteriorEstimator.self, forKey: .estimator)
    }

    public init(planning: PosteriorPlanning = .thompson, defaultLength: Double = 512, seed: UInt64) throws {
        guard defaultLength >= 1, defaultLength <= 1e9 else {
            throw InputError.parameter("cost", "defaultLength", expected: "a number in 1...1e9 (tokens)", got: "\(defaultLength)")
        }
        estimator = try PosteriorEstimator(planning: planning, seed: seed)
        self.defaultLength = defaultLength
    }

    /// Tokens one rollout of each prompt is expected to cost.
    public func costs(for prompts: [String], statistics: RolloutStatistics) -> [Int] {
        let fallback = statistics.meanLength ?? defaultLength
        // A length is at most the token limit, so a cost times a count never overflows.
        return prompts.map { Int(min(max(1, (statistics[$0]?.meanLength ?? fallback).rounded()), Double(Limits.maxRolloutTokens))) }
    }

    /// `request.budget` is in tokens; the allocation spends at most that.
    public mutating func allocate(_ request: RolloutRequest, statistics: RolloutStatistics) throws -> RolloutAllocation {
        let costs = costs(for: request.prompts, statistics: statistics)
        try request.validate(unitCosts: costs)
        let n = request.prompts.count
        let meanCost = Double(costs.reduce(0, +)) / Double(n)
        let rates = try estimator.rates(for: request.prompts, statistics: statistics,
                                        rollouts: Int(min(max(1, Double(request.budget) / (meanCost * Double(n))), 1e6)))
        let curves = RolloutCurves(rates: rates, lowers: [Int](repeating: request.minimum, count: n),
                                   uppers: [Int](repeating: request.maximum, count: n), costs: costs)
        let solution = try KnapsackSolver.greedy(curves, budget: request.budget, mode: .atMost)
        return RolloutAllocation(counts: solution.units, estimates: rates, leftover: 0, solver: "greedy (value per token)")
    }
}
