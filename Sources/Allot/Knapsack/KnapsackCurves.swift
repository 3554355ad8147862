/// The items of a multiple-choice knapsack: item i takes u_i units, lower(i) <= u_i <= upper(i), worth
/// value(i, u_i) and costing cost(i) · u_i. Rollouts per prompt and ranks per matrix are both this shape.
/// Solvers are generic over the curves so a closed-form curve (Knapsack RL's) is evaluated inline.
public protocol KnapsackCurves {
    var count: Int { get }
    func lower(_ item: Int) -> Int
    func upper(_ item: Int) -> Int
    /// Cost of one unit of `item` (1 for rollouts; d_in + d_out for a rank unit). Must be >= 1.
    func cost(_ item: Int) -> Int
    /// Value of giving `item` `units` units, for lower...upper.
    func value(_ item: Int, units: Int) -> Double
    /// value(units + 1) − value(units); override when a closed form is cheaper.
    func marginalGain(_ item: Int, from units: Int) -> Double
    /// True when concavity is known analytically, so `KnapsackSolver.solve` need not check every curve.
    var isKnownConcave: Bool { get }
}

extension KnapsackCurves {
    public func cost(_ item: Int) -> Int { 1 }
    public var isKnownConcave: Bool { false }

    public func marginalGain(_ item: Int, from units: Int) -> Double {
        value(item, units: units + 1) - value(item, units: units)
    }

    /// Whether every unit costs the same (the greedy and Lagrangian solvers are exact only then).
    public var hasEqualCosts: Bool {
        guard count > 0 else { return true }
        let first = cost(0)
        return (1..<count).allSatisfy { cost($0) == first }
    }

    /// Whether every curve's marginal gains are non-increasing (within `tolerance`): the condition under
    /// which the greedy on marginal gains is exactly optimal.
    public func isConcave(tolerance: Double = 1e-12) -> Bool {
        for item in 0..<count {
            var previous = Double.infinity
            for units in lower(item)..<max(lower(item), upper(item)) {
                let gain = marginalGain(item, from: units)
                if gain > previous + tolerance * max(1, abs(previous)) { return false }
                previous = gain
            }
        }
        return true
    }
}

/// Value curves given as tables: values[i][k] is the value of lower[i] + k units.
public struct TabulatedCurves: KnapsackCurves, Sendable, Equatable {
    public var lowerBounds: [Int]
    public var values: [[Double]]
    public var costs: [Int]

    /// Checks shapes and numbers; `costs` defaults to 1 per unit.
    public init(lower: [Int], values: [[Double]], costs: [Int]? = nil) throws {
        guard lower.count == values.count else {
            throw InputError.parameter("knapsack", "values", expected: "one table per item (\(lower.count))", got: "\(values.count)")
        }
        for (item, table) in values.enumerated() {
            guard lower[item] >= 0 else {
                throw InputError.parameter("knapsack", "lower[\(item)]", expected: "an integer >= 0", got: "\(lower[item])")
            }
            guard !table.isEmpty else {
                throw InputError.parameter("knapsack", "values[\(item)]", expected: "at least one value (for the lower bound)", got: "an empty table")
            }
            if let bad = table.firstIndex(where: { !$0.isFinite }) {
                throw InputError.parameter("knapsack", "values[\(item)][\(bad)]", expected: "a finite number", got: "\(table[bad])")
            }
        }
        let costs = costs ?? [Int](repeating: 1, count: lower.count)
        guard costs.count == lower.count else {
            throw InputError.parameter("knapsack", "costs", expected: "one cost per item (\(lower.count))", got: "\(costs.count)")
        }
        if let bad = costs.firstIndex(where: { $0 < 1 }) {
            throw InputError.parameter("knapsack", "costs[\(bad)]", expected: "an integer >= 1", got: "\(costs[bad])")
        }
        lowerBounds = lower
        self.values = values
        self.costs = costs
    }

    public var count: Int { values.count }
    public func lower(_ item: Int) -> Int { lowerBounds[item] }
    public func upper(_ item: Int) -> Int { lowerBounds[item] + values[item].count - 1 }
    public func cost(_ item: Int) -> Int { costs[item] }
    public func value(_ item: Int, units: Int) -> Double { values[item][units - lowerBounds[item]] }
}

/// Spend the whole budget, or at most the budget.
public enum BudgetMode: String, Sendable, Codable {
    case exactly
    case atMost
}

/// Units per item and what they are worth.
public struct KnapsackSolution: Sendable, Equatable {
    public var units: [Int]
    public var value: Double
    /// Budget used, Σ cost(i) · units[i].
    public var spent: Int
    /// Which solver produced it.
    public var solver: KnapsackSolverKind

    public init(units: [Int], value: Double, spent: Int, solver: KnapsackSolverKind) {
        self.units = units
        self.value = value
        self.spent = spent
        self.solver = solver
    }
}

/// The solvers.
public enum KnapsackSolverKind: String, Sendable, Codable {
    case dynamicProgramming = "dynamic-programming"
    case greedy
    case lagrangian
}

/// A knapsack instance that cannot be solved as given; the description names the field.
/// (A malformed curve or bound is an `InputError` with source "knapsack".)
public enum KnapsackError: AllotError, Equatable {
    /// The bounds cannot meet the budget: Σ lower · cost > budget, or (exactly) Σ upper · cost < budget.
    case infeasible(budget: Int, minimum: Int, maximum: Int, mode: BudgetMode)
    /// The dynamic program would need more than `limit` cells.
    case tooLarge(cells: Int, limit: Int)

    public var description: String {
        switch self {
        case let .infeasible(budget, minimum, maximum, mode):
            if budget < minimum {
                return "knapsack: the lower bounds need \(minimum) budget units but the budget is \(budget); raise the budget or lower the minimums."
            }
            return "knapsack: the budget \(budget) must be spent \(mode == .exactly ? "exactly" : "at most") but the upper bounds allow only \(maximum); lower the budget or raise the maximums."
        case let .tooLarge(cells, limit):
            return "knapsack: the exact dynamic program needs \(cells) cells (limit \(limit)); the curves are not concave with equal costs, so no fast exact path applies. Reduce N, the budget or the bounds."
        }
    }

    public var exitClass: ExitClass { .badInput }
}
