import Allot

/// Allot's bandit-knapsack ranks: each matrix is an arm whose reward is the observed importance of its
/// components (mean triplet score over its active slots, noisy from batch to batch, drifting as
/// training moves on: discounted statistics follow it). At every reallocation each matrix's value
/// curve is its learned spectrum — the smoothed importances of its active components, sorted, then
/// extrapolated geometrically at the decay they show (ρ̂, or `decay` with one component) — scaled by an
/// optimistic (UCB) or sampled (Thompson) factor μ̃_i / μ_i. The exact knapsack solver then chooses
/// ranks under the parameter budget with a rank unit costing input + output. Every matrix keeps
/// rank >= 1 so its arm keeps being observed.
public struct BanditKnapsackRankAllocator: RankAllocator, Equatable {
    public static let name = "bandit-knapsack"

    public enum Strategy: Codable, Sendable, Equatable {
        /// μ + c · σ · √(2 ln n / n_i).
        case ucb(exploration: Double)
        /// μ̃ ~ N(μ, σ² / n_i).
        case thompson
    }

    public let matrices: [AdaptedMatrix]
    public let averageRank: Int
    public let steps: ReallocationSchedule
    public let strategy: Strategy
    /// Per-observation discount of the arm statistics (1: no forgetting).
    public let discount: Double
    /// Value of the (r+1)-th unit relative to the r-th.
    public let decay: Double
    /// The most a matrix's rank may change at one reallocation (nil: any change the knapsack picks). A
    /// moved component is re-initialised, so small steps keep more of what was learned.
    public let maxStep: Int?
    public private(set) var importance: ComponentImportance
    /// Each arm's discounted observations (count, sum, sum of squares), Allot's `GaussianEstimate`.
    private var arms: [GaussianEstimate]
    private var active: [[Int]]
    private var random: RandomSource

    public init(matrices: [AdaptedMatrix], averageRank: Int, steps: ReallocationSchedule, strategy: Strategy = .ucb(exploration: 1),
                discount: Double = 0.99, decay: Double = 0.8, beta: Double = 0.85, maxStep: Int? = nil, seed: UInt64) throws {
        try RankBudget.validate(averageRank: Double(averageRank), matrices: matrices)
        if let maxStep, maxStep < 1 { throw InputError.parameter("bandit-knapsack", "maxStep", expected: "an integer >= 1", got: "\(maxStep)") }
        self.maxStep = maxStep
        guard discount > 0, discount <= 1 else { throw InputError.parameter("bandit-knapsack", "discount", expected: "a number in (0, 1]", got: "\(discount)") }
        guard decay > 0, decay < 1 else { throw InputError.parameter("bandit-knapsack", "decay", expected: "a number in (0, 1)", got: "\(decay)") }
        if case let .ucb(c) = strategy, !(c >= 0) {
            throw InputError.parameter("bandit-knapsack", "exploration", expected: "a number >= 0", got: "\(c)")
        }
        self.matrices = matrices
        self.averageRank = averageRank
        self.steps = steps
        self.strategy = strategy
        self.discount = discount
        self.decay = decay
        importance = try ComponentImportance(matrices: matrices, beta: beta)
        arms = [GaussianEstimate](repeating: GaussianEstimate(), count: matrices.count)
        active = RankPattern(uniform: averageRank, matrices: matrices).active
        random = RandomSource(seed: seed)
    }

    private enum CodingKeys: String, CodingKey {
        case matrices, averageRank, steps, strategy, discount, decay, maxStep, importance, count, sum, squares, active, random
    }

    /// Validated: parameters as the initialiser demands, one finite statistic per matrix (counts >= 0),
    /// importances shaped like the matrices, an active pattern within the budget, a valid random source.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let matrices = try container.decode([AdaptedMatrix].self, forKey: .matrices)
        let averageRank = try container.decode(Int.self, forKey: .averageRank)
        let steps = try container.decode(ReallocationSchedule.self, forKey: .steps)
        let strategy = try container.decode(Strategy.self, forKey: .strategy)
        let discount = try container.decode(Double.self, forKey: .discount), decay = try container.decode(Double.self, forKey: .decay)
        let maxStep = try container.decodeIfPresent(Int.self, forKey: .maxStep)
        let importance = try container.decode(ComponentImportance.self, forKey: .importance)
        self = try Decoding.validated(container) {
            try BanditKnapsackRankAllocator(matrices: matrices, averageRank: averageRank, steps: steps, strategy: strategy, discount: discount,
                                            decay: decay, beta: importance.beta, maxStep: maxStep, seed: 0)
        }
        try Decoding.require(importance.fits(matrices), container, .importance, "expected one importance per slot of each matrix")
        self.importance = importance
        var columns: [[Double]] = []
        for key in [CodingKeys.count, .sum, .squares] {
            let values = try container.decode([Double].self, forKey: key)
            try Decoding.requireCount(values.count, of: key, in: container, is: matrices.count, "one per matrix")
            try Decoding.requireFinite(values, container, key, atLeast: key == .sum ? nil : 0)
            columns.append(values)
        }
        arms = matrices.indices.map { GaussianEstimate(count: columns[0][$0], sum: columns[1][$0], squares: columns[2][$0]) }
        active = try RankPatternCheck.active(container, .active, matrices: matrices, budget: budget(at: 0))
        random = try container.decode(RandomSource.self, forKey: .random)
    }

    /// The format snapshots have always had: the arms as three columns.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(matrices, forKey: .matrices)
        try container.encode(averageRank, forKey: .averageRank)
        try container.encode(steps, forKey: .steps)
        try container.encode(strategy, forKey: .strategy)
        try container.encode(discount, forKey: .discount)
        try container.encode(decay, forKey: .decay)
        try container.encodeIfPresent(maxStep, forKey: .maxStep)
        try container.encode(importance, forKey: .importance)
        try container.encode(arms.map(\.count), forKey: .count)
        try container.encode(arms.map(\.sum), forKey: .sum)
        try container.encode(arms.map(\.squares), forKey: .squares)
        try container.encode(active, forKey: .active)
        try container.encode(random, forKey: .random)
    }

    public var initialPattern: RankPattern { RankPattern(uniform: averageRank, matrices: matrices) }

    public func budget(at step: Int) -> Int { RankBudget.parameters(averageRank: Double(averageRank), matrices: matrices) }

    public mutating func observe(_ sensitivities: [TripletSensitivity], step: Int) {
        let observations = importance.observe(sensitivities, active: active)
        for m in matrices.indices where !active[m].isEmpty {
            arms[m].decay(by: discount)
            arms[m].record(observations[m])
        }
    }

    /// The importance each arm is valued at for the next allocation.
    public mutating func estimates() -> [Double] {
        let total = arms.reduce(0) { $0 + $1.count }
        return matrices.indices.map { m in
            let arm = arms[m]
            guard arm.count > 0 else { return .infinity }
            switch strategy {
            case let .ucb(c): return arm.mean + c * arm.variance.squareRoot() * (2 * Foundation.log(max(total, 2)) / arm.count).squareRoot()
            case .thompson: return arm.sample(using: &random)
            }
        }
    }

    public mutating func reallocate(step: Int, current: RankPattern) throws -> RankPattern? {
        active = current.active
        guard steps.isReallocationStep(step), step < steps.finalPhaseStart else { return nil }
        let optimistic = estimates()
        let curves = matrices.indices.map { m in spectrum(m, active: current.active[m], factor: optimistic[m]) }
        let now = current.ranks
        let bounds = maxStep.map { limit in matrices.indices.map { (max(1, now[$0] - limit), min(matrices[$0].maxRank, now[$0] + limit)) } }
        let ranks = try Self.knapsackRanks(matrices: matrices, marginalValues: curves, budget: budget(at: step), bounds: bounds)
        let pattern = importance.pattern(ranks: ranks, from: current.active, matrices: matrices)
        active = pattern.active
        return pattern
    }

    /// Marginal values of units 1...maxRank of matrix m: its sorted component importances, extrapolated,
    /// times the arm's optimism factor μ̃ / μ.
    func spectrum(_ m: Int, active: [Int], factor estimate: Double) -> [Double] {
        let observed = active.map { importance.values[m][$0] }.sorted(by: >)
        let mean = arms[m].mean
        let factor = estimate.isFinite && mean > 0 ? max(0, estimate / mean) : 2   // unobserved arms look promising
        guard let first = observed.first, first > 0 else {
            // Observed and worth nothing (a frozen matrix, or one off the loss's path: its gradients are
            // zero) is not the same as never observed: it gets no value, so it keeps the rank-1 floor
            // instead of the optimism meant for arms not yet seen.
            guard arms[m].count == 0 else { return Array(repeating: 0, count: matrices[m].maxRank) }
            return (0..<matrices[m].maxRank).map { Foundation.pow(decay, Double($0)) * factor }
        }
        let last = max(observed.last!, first * 1e-6)
        let ratio = observed.count >= 2 ? min(0.99, max(0.3, Foundation.pow(last / first, 1 / Double(observed.count - 1)))) : decay
        return (0..<matrices[m].maxRank).map { j in
            (j < observed.count ? observed[j] : last * Foundation.pow(ratio, Double(j - observed.count + 1))) * factor
        }
    }

    /// Ranks maximising Σ_i Σ_{j < r_i} marginal_i[j] subject to Σ r_i (input_i + output_i) <= budget and
    /// 1 <= r_i <= maxRank: the exact knapsack on costs divided by their greatest common divisor.
    /// `bounds` limits each rank to (lower, upper) (a trust region around the current pattern).
    public static func knapsackRanks(matrices: [AdaptedMatrix], marginalValues: [[Double]], budget: Int,
                                     bounds: [(Int, Int)]? = nil) throws -> [Int] {
        let divisor = matrices.map(\.unitCost).reduce(0, greatestCommonDivisor)
        let limits = bounds ?? matrices.map { (1, $0.maxRank) }
        let curves = try TabulatedCurves(
            lower: limits.map(\.0),
            values: matrices.indices.map { i in
                var total = (0..<(limits[i].0 - 1)).reduce(0.0) { $0 + marginalValues[i][$1] }
                return (limits[i].0...limits[i].1).map { r in total += marginalValues[i][r - 1]; return total }
            },
            costs: matrices.map { $0.unitCost / divisor })
        do {
            return try KnapsackSolver.solve(curves, budget: budget / divisor, mode: .atMost).units
        } catch KnapsackError.tooLarge {
            // Widths with a small common divisor make the exact program too large: the greedy on value per
            // parameter is within one rank unit's value of the optimum for these concave curves.
            return try KnapsackSolver.greedy(curves, budget: budget / divisor, mode: .atMost).units
        }
    }

    /// Ranks maximising Σ_i v_i (1 − ρ_i^{r_i}) / (1 − ρ_i) (geometric spectra) under the same constraints.
    public static func knapsackRanks(matrices: [AdaptedMatrix], values: [Double], decays: [Double], budget: Int) throws -> [Int] {
        try knapsackRanks(matrices: matrices, marginalValues: matrices.indices.map { i in
            (0..<matrices[i].maxRank).map { values[i] * Foundation.pow(decays[i], Double($0)) }
        }, budget: budget)
    }

    static func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int { b == 0 ? a : greatestCommonDivisor(b, a % b) }
}

import Foundation
