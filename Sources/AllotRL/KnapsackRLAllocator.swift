import Allot
import Foundation

/// Knapsack RL (Li et al. 2025), with the reference implementation's rules:
///
/// - p_i is the mean of the prompt's last 16 rewards; a prompt never seen gets the uniform share B / N;
/// - prompts with 0 < p_i < 1 start at the minimum and compete in the knapsack for V(N, p_i);
/// - prompts at p = 0 or p = 1 get the minimum (a floor), nothing more from the knapsack;
/// - the knapsack is only given what the uncertain prompts plausibly need, Σ min(max, ⌊ln(1 − α) /
///   ln max(p, 1 − p)⌋) (α = 0.9: enough rollouts to see both outcomes with 90% probability); budget
///   beyond that is leftover and goes to the p = 0 prompts (hard prompts are where new solutions appear);
/// - the counts sum to exactly B and lie within [min, max];
/// - `fallback: false` (the reference's `allow_fallback=False`) skips the leftover rule: the knapsack
///   gets the whole budget, and only what it cannot place goes elsewhere.
///
/// Where Allot differs from the reference, on purpose: the knapsack maximises Σ V(N_i, p_i) exactly (greedy
/// on V's concave marginal gains) instead of the reference DP, which scores a prompt left at its floor as 0
/// rather than V(floor); leftover never pushes a prompt above the maximum (the reference can), and what
/// cannot be placed goes back to the knapsack, then to unseen and p = 1 prompts.
public struct KnapsackRLAllocator: RolloutAllocator, Equatable {
    public static let name = "knapsack-rl"

    /// α: the probability of a non-degenerate group the need estimate aims for.
    public let confidence: Double
    /// The reference's `allow_fallback`: when the uncertain prompts need less than the budget, the rest
    /// goes to p = 0 prompts (true), or all of it to the knapsack over the uncertain ones (false).
    public let fallback: Bool

    public init(confidence: Double = 0.9, fallback: Bool = true) throws {
        guard confidence > 0, confidence < 1 else {
            throw InputError.parameter("knapsack-rl", "confidence", expected: "a number strictly between 0 and 1", got: "\(confidence)")
        }
        self.confidence = confidence
        self.fallback = fallback
    }

    private enum CodingKeys: String, CodingKey { case confidence, fallback }

    /// Validated: a state file with an α outside (0, 1) is refused. Files from before `fallback` existed
    /// decode with the reference's default (true).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let confidence = try container.decode(Double.self, forKey: .confidence)
        let fallback = try container.decodeIfPresent(Bool.self, forKey: .fallback) ?? true
        self = try Decoding.validated(container) { try KnapsackRLAllocator(confidence: confidence, fallback: fallback) }
    }

    /// Rollouts a prompt with rate p needs to see both outcomes with probability α, capped at `maximum`.
    public func need(successRate p: Double, maximum: Int) -> Int {
        // A rate a hair from 0 or 1 makes ln max(p, 1 − p) round to 0: it needs the maximum.
        let need = log(1 - confidence) / log(max(p, 1 - p))
        return need.isFinite ? Int(min(Double(maximum), max(0, need))) : maximum
    }

    public mutating func allocate(_ request: RolloutRequest, statistics: RolloutStatistics) throws -> RolloutAllocation {
        try request.validate()
        let n = request.prompts.count
        let (minimum, maximum) = (request.minimum, request.maximum)
        let rates = request.prompts.map { statistics[$0]?.recentSuccessRate }
        var unknown: [Int] = [], zero: [Int] = [], one: [Int] = [], effective: [Int] = []
        for (index, rate) in rates.enumerated() {
            switch rate {
            case nil: unknown.append(index)
            case 0?: zero.append(index)
            case 1?: one.append(index)
            default: effective.append(index)
            }
        }
        let share = min(max(request.budget / n, minimum), maximum)
        var counts = rates.map { $0 == nil ? share : minimum }
        var remaining = request.budget - counts.reduce(0, +)
        var leftover = 0
        var solver = "none"
        if !effective.isEmpty, remaining > 0 {
            var knapsackBudget = remaining
            let need = effective.reduce(0) { $0 + self.need(successRate: rates[$1]!, maximum: maximum) }
            if fallback, need < remaining {
                let extra = remaining - need
                let unplaced = Distribution.spread(extra, over: zero, counts: &counts, maximum: maximum)
                leftover = extra - unplaced
                knapsackBudget = need + unplaced
            }
            let capacity = effective.count * (maximum - minimum)
            let spend = min(knapsackBudget, capacity)
            let units = RolloutKnapsack.solve(rates: effective.map { rates[$0]! }, lower: effective.map { counts[$0] },
                                              upper: [Int](repeating: maximum, count: effective.count),
                                              budget: effective.count * minimum + spend)
            for (position, index) in effective.enumerated() { counts[index] = units[position] }
            solver = "exact (price search + greedy)"
            remaining = knapsackBudget - spend
        }
        // Whatever is still unspent: p = 0 prompts first, then unseen ones, then p = 1.
        let before = remaining
        remaining = Distribution.spread(remaining, over: zero, counts: &counts, maximum: maximum)
        leftover += before - remaining
        remaining = Distribution.spread(remaining, over: unknown, counts: &counts, maximum: maximum)
        remaining = Distribution.spread(remaining, over: one, counts: &counts, maximum: maximum)
        remaining = Distribution.spread(remaining, over: effective, counts: &counts, maximum: maximum)
        precondition(remaining == 0, "a validated request always fits")
        return RolloutAllocation(counts: counts, estimates: rates, leftover: leftover, solver: solver)
    }
}
