import Testing
import AllotInterchange
@testable import Allot

/// The knapsack solvers against brute force: the DP on arbitrary curves, the greedy and the Lagrangian on
/// concave ones, and the errors for infeasible or malformed input.
@Suite("Knapsack solvers")
struct KnapsackSolverTests {
    /// Every allocation within the bounds, best value first; ties broken by the lexicographically first.
    static func bruteForce(_ curves: TabulatedCurves, budget: Int, mode: BudgetMode) -> (value: Double, found: Bool) {
        var best = -Double.infinity
        var units = (0..<curves.count).map { curves.lower($0) }
        func visit(_ item: Int, _ spent: Int, _ value: Double) {
            if item == curves.count {
                if (mode == .exactly && spent == budget) || (mode == .atMost && spent <= budget) { best = max(best, value) }
                return
            }
            for u in curves.lower(item)...curves.upper(item) {
                let cost = spent + u * curves.cost(item)
                if cost > budget { break }
                units[item] = u
                visit(item + 1, cost, value + curves.value(item, units: u))
            }
        }
        visit(0, 0, 0)
        return (best, best > -.infinity)
    }

    static func randomCurves(_ random: inout RandomSource, concave: Bool, equalCosts: Bool) throws -> TabulatedCurves {
        let n = 1 + random.integer(below: 4)
        var lower: [Int] = [], values: [[Double]] = [], costs: [Int] = []
        for _ in 0..<n {
            lower.append(random.integer(below: 3))
            let length = 1 + random.integer(below: 5)
            var table = [random.uniform(from: -1, to: 1)]
            var gain = random.uniform(from: 0, to: 2)
            for _ in 1..<length {
                if concave { gain *= random.uniform(from: 0, to: 1) } else { gain = random.uniform(from: -1, to: 2) }
                table.append(table.last! + gain)
            }
            values.append(table)
            costs.append(equalCosts ? 1 : 1 + random.integer(below: 3))
        }
        return try TabulatedCurves(lower: lower, values: values, costs: costs)
    }

    @Test("dynamic programming equals brute force on 400 random instances (any curves, unequal costs, both modes)")
    func dynamicProgrammingIsExact() throws {
        var random = RandomSource(seed: 1)
        var solved = 0
        for _ in 0..<400 {
            let curves = try Self.randomCurves(&random, concave: false, equalCosts: false)
            let maximum = (0..<curves.count).reduce(0) { $0 + curves.upper($1) * curves.cost($1) }
            let budget = random.integer(below: maximum + 2)
            for mode in [BudgetMode.exactly, .atMost] {
                let reference = Self.bruteForce(curves, budget: budget, mode: mode)
                do {
                    let solution = try KnapsackSolver.dynamicProgramming(curves, budget: budget, mode: mode)
                    #expect(reference.found)
                    #expect(abs(solution.value - reference.value) < 1e-9)
                    #expect(abs(KnapsackSolver.total(curves, solution.units) - solution.value) < 1e-9)
                    let spent = (0..<curves.count).reduce(0) { $0 + solution.units[$1] * curves.cost($1) }
                    #expect(spent == solution.spent)
                    #expect(mode == .exactly ? spent == budget : spent <= budget)
                    for item in 0..<curves.count { #expect(curves.lower(item) <= solution.units[item] && solution.units[item] <= curves.upper(item)) }
                    solved += 1
                } catch is KnapsackError {
                    #expect(!reference.found)
                }
            }
        }
        #expect(solved > 500)
    }

    @Test("greedy and Lagrangian equal the DP on 400 random concave instances with equal costs")
    func fastPathsAreExactOnConcaveCurves() throws {
        var random = RandomSource(seed: 2)
        for _ in 0..<400 {
            let curves = try Self.randomCurves(&random, concave: true, equalCosts: true)
            #expect(curves.isConcave())
            let minimum = (0..<curves.count).reduce(0) { $0 + curves.lower($1) }
            let maximum = (0..<curves.count).reduce(0) { $0 + curves.upper($1) }
            let budget = minimum + random.integer(below: maximum - minimum + 1)
            for mode in [BudgetMode.exactly, .atMost] {
                let exact = try KnapsackSolver.dynamicProgramming(curves, budget: budget, mode: mode)
                let greedy = try KnapsackSolver.greedy(curves, budget: budget, mode: mode)
                let lagrangian = try KnapsackSolver.lagrangian(curves, budget: budget, mode: mode)
                let automatic = try KnapsackSolver.solve(curves, budget: budget, mode: mode)
                #expect(abs(greedy.value - exact.value) < 1e-9)
                #expect(abs(lagrangian.value - exact.value) < 1e-9)
                #expect(abs(automatic.value - exact.value) < 1e-9)
                #expect(automatic.solver == .greedy)
                if mode == .exactly { #expect(greedy.spent == budget && lagrangian.spent == budget) }
            }
        }
    }

    @Test("solve falls back to the DP when a curve is not concave")
    func nonConcaveUsesDynamicProgramming() throws {
        // Item 0 gains nothing for its first unit, then a lot: the greedy would never start it.
        let curves = try TabulatedCurves(lower: [0, 0], values: [[0, 0, 10], [0, 1, 1.5]])
        #expect(!curves.isConcave())
        let solution = try KnapsackSolver.solve(curves, budget: 2)
        #expect(solution.solver == .dynamicProgramming)
        #expect(solution.units == [2, 0])
        #expect(try KnapsackSolver.greedy(curves, budget: 2).value < solution.value)
    }

    @Test("infeasible budgets and malformed curves are refused with the field named")
    func errors() throws {
        let curves = try TabulatedCurves(lower: [2, 2], values: [[0, 1], [0, 1]])
        #expect(throws: KnapsackError.infeasible(budget: 3, minimum: 4, maximum: 6, mode: .exactly)) {
            try KnapsackSolver.solve(curves, budget: 3)
        }
        #expect(throws: KnapsackError.infeasible(budget: 7, minimum: 4, maximum: 6, mode: .exactly)) {
            try KnapsackSolver.solve(curves, budget: 7)
        }
        #expect(try KnapsackSolver.solve(curves, budget: 7, mode: .atMost).spent == 6)
        #expect(throws: InputError.parameter("knapsack", "values[1][0]", expected: "a finite number", got: "nan")) {
            try TabulatedCurves(lower: [0, 0], values: [[0, 1], [.nan]])
        }
        #expect(throws: InputError.parameter("knapsack", "costs[0]", expected: "an integer >= 1", got: "-1")) {
            try TabulatedCurves(lower: [0], values: [[0, 1]], costs: [-1])
        }
        #expect(throws: InputError.parameter("knapsack", "budget", expected: "an integer >= 0", got: "-5")) {
            try KnapsackSolver.solve(curves, budget: -5)
        }
        let message = KnapsackError.infeasible(budget: 3, minimum: 4, maximum: 6, mode: .exactly).description
        #expect(message.contains("need 4") && message.contains("budget is 3"))
    }
}
