import AllotInterchange
/// Elastic prune-and-expand ranks (ElaLoRA, 2025): at every reallocation, drop the weakest components
/// globally (by smoothed importance), then spend the freed parameters on new rank-1 components for the
/// matrices with the highest importance per parameter, one per matrix per pass in that order. The
/// parameter budget is never exceeded; every matrix keeps at least one component, so its importance
/// stays observable.
public struct ElasticRankAllocator: RankAllocator, Equatable {
    public static let name = "elastic"
    public let matrices: [AdaptedMatrix]
    public let averageRank: Int
    public let steps: ReallocationSchedule
    /// Share of the active components pruned at each reallocation (at least one).
    public let pruneFraction: Double
    public private(set) var importance: ComponentImportance
    private var active: [[Int]]

    public init(matrices: [AdaptedMatrix], averageRank: Int, steps: ReallocationSchedule, pruneFraction: Double = 0.1, beta: Double = 0.85) throws {
        try RankBudget.validate(averageRank: Double(averageRank), matrices: matrices)
        guard pruneFraction > 0, pruneFraction < 1 else {
            throw InputError.parameter("elastic", "pruneFraction", expected: "a number in (0, 1)", got: "\(pruneFraction)")
        }
        self.matrices = matrices
        self.averageRank = averageRank
        self.steps = steps
        self.pruneFraction = pruneFraction
        importance = try ComponentImportance(matrices: matrices, beta: beta)
        active = RankPattern(uniform: averageRank, matrices: matrices).active
    }

    private enum CodingKeys: String, CodingKey { case matrices, averageRank, steps, pruneFraction, importance, active }

    /// Validated: parameters as the initialiser demands, importances shaped like the matrices, and an
    /// active pattern that fits them and the budget.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let matrices = try container.decode([AdaptedMatrix].self, forKey: .matrices)
        let averageRank = try container.decode(Int.self, forKey: .averageRank)
        let steps = try container.decode(ReallocationSchedule.self, forKey: .steps)
        let pruneFraction = try container.decode(Double.self, forKey: .pruneFraction)
        let importance = try container.decode(ComponentImportance.self, forKey: .importance)
        self = try Decoding.validated(container) {
            try ElasticRankAllocator(matrices: matrices, averageRank: averageRank, steps: steps, pruneFraction: pruneFraction, beta: importance.beta)
        }
        try Decoding.require(importance.fits(matrices), container, .importance, "expected one importance per slot of each matrix")
        self.importance = importance
        active = try RankPatternCheck.active(container, .active, matrices: matrices, budget: budget(at: 0))
    }

    public var initialPattern: RankPattern { RankPattern(uniform: averageRank, matrices: matrices) }

    public func budget(at step: Int) -> Int { RankBudget.parameters(averageRank: Double(averageRank), matrices: matrices) }

    public mutating func observe(_ sensitivities: [TripletSensitivity], step: Int) {
        importance.observe(sensitivities, active: active)
    }

    public mutating func reallocate(step: Int, current: RankPattern) throws -> RankPattern? {
        active = current.active
        guard steps.isReallocationStep(step), step < steps.finalPhaseStart else { return nil }
        var ranks = current.ranks
        // Prune: the weakest components globally, keeping one per matrix.
        let total = ranks.reduce(0, +)
        let count = max(1, Int((pruneFraction * Double(total)).rounded()))
        var candidates: [(value: Double, matrix: Int)] = []
        for m in matrices.indices {
            let sorted = current.active[m].map { importance.values[m][$0] }.sorted()
            for value in sorted.dropLast() { candidates.append((value, m)) }   // the best of each matrix stays
        }
        candidates.sort { ($0.value, $0.matrix) < ($1.value, $1.matrix) }
        for candidate in candidates.prefix(count) { ranks[candidate.matrix] -= 1 }
        // Expand: importance per parameter, highest first, one component per matrix per pass.
        let budget = budget(at: step)
        var used = zip(ranks, matrices).reduce(0) { $0 + $1.0 * $1.1.unitCost }
        let order = matrices.indices.sorted {
            let a = importance.mean($0, active: current.active[$0]) / Double(matrices[$0].unitCost)
            let b = importance.mean($1, active: current.active[$1]) / Double(matrices[$1].unitCost)
            return (a, -$0) > (b, -$1)
        }
        var grew = true
        while grew {
            grew = false
            for m in order where ranks[m] < matrices[m].maxRank && used + matrices[m].unitCost <= budget {
                ranks[m] += 1
                used += matrices[m].unitCost
                grew = true
            }
        }
        let pattern = importance.pattern(ranks: ranks, from: current.active, matrices: matrices)
        active = pattern.active
        return pattern
    }
}
