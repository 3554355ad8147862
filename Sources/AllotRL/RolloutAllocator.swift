import Allot
import Foundation

/// One GRPO step's question: how many rollouts each prompt gets under a fixed total.
public struct RolloutRequest: Sendable, Equatable {
    /// Prompt ids of the batch, in the trainer's order.
    public var prompts: [String]
    /// Total rollouts (for the cost-aware allocator: total tokens).
    public var budget: Int
    /// Rollouts per prompt, at least and at most.
    public var minimum: Int
    public var maximum: Int

    public init(prompts: [String], budget: Int, minimum: Int = 2, maximum: Int = 128) {
        self.prompts = prompts
        self.budget = budget
        self.minimum = minimum
        self.maximum = maximum
    }

    /// Rejects requests no allocation can satisfy, naming the field. Linear in the number of prompts, and
    /// every sum checked: no size a caller can give overflows or allocates more than the limits allow.
    public func validate(unitCosts: [Int]? = nil) throws {
        guard !prompts.isEmpty else { throw InputError.parameter("request", "prompts", expected: "at least one prompt", got: "none") }
        try Limits.check(prompts.count, atMost: Limits.maxPrompts, "the number of prompts", source: "request", path: "prompts")
        var seen = Set<String>(minimumCapacity: prompts.count)
        for id in prompts where !seen.insert(id).inserted {
            throw InputError.parameter("request", "prompts", expected: "distinct prompt ids", got: "\"\(id)\" more than once")
        }
        try Limits.check(maximum, atMost: Limits.maxRollouts, "the most rollouts per prompt", source: "request", path: "maximum")
        try Limits.check(budget, atMost: unitCosts == nil ? Limits.maxRollouts : Limits.maxTokens,
                         unitCosts == nil ? "the rollout budget" : "the token budget", source: "request", path: "budget")
        // V(N, p) is concave from N = 1 on (a lone rollout never has a gradient, so V(0) = V(1) = 0): with a
        // minimum of at least 1 the exact greedy applies.
        guard minimum >= 1 else {
            throw InputError.parameter("request", "minimum", expected: "an integer >= 1 (every prompt of the batch gets a rollout)", got: "\(minimum)")
        }
        guard maximum >= minimum else {
            throw InputError.parameter("request", "maximum", expected: "an integer >= minimum (\(minimum))", got: "\(maximum)")
        }
        guard budget >= 0 else { throw InputError.parameter("request", "budget", expected: "an integer >= 0", got: "\(budget)") }
        // Costs are at most 2^24 tokens and counts at most 10^8, so each product fits; sums saturate.
        let costs = unitCosts ?? [Int](repeating: 1, count: prompts.count)
        func total(_ units: Int) -> Int {
            costs.reduce(0) { sum, cost in
                let (product, overflow) = cost.multipliedReportingOverflow(by: units)
                let (next, carried) = sum.addingReportingOverflow(product)
                return overflow || carried ? Int.max : next
            }
        }
        let floor = total(minimum)
        if budget < floor { throw RolloutError.infeasible(budget: budget, minimum: floor, maximum: total(maximum)) }
        if unitCosts == nil, budget > total(maximum) {
            throw RolloutError.infeasible(budget: budget, minimum: floor, maximum: total(maximum))
        }
    }
}

/// The answer: rollouts per prompt, and how the allocator saw the batch.
public struct RolloutAllocation: Sendable, Equatable, Codable {
    /// Rollouts per prompt, aligned with the request's prompts.
    public var counts: [Int]
    /// The success rate each prompt was planned with (nil: no history and no prior in this allocator).
    public var estimates: [Double?]
    /// Σ V(N_i, p_i) under the planning estimates.
    public var value: Double
    /// Expected number of groups with both outcomes, Σ P(non-degenerate).
    public var expectedEffectiveGroups: Double
    /// Rollouts given to prompts at p = 0 beyond their floor (Knapsack RL's leftover rule).
    public var leftover: Int
    /// The solver that produced the counts ("greedy", "lagrangian", "uniform").
    public var solver: String
}

/// Decides rollouts per prompt from the prompts' statistics. Implementations are value types with Codable
/// state (the posterior allocator's random source), so a trainer checkpoint restores them exactly.
public protocol RolloutAllocator: Codable, Sendable {
    /// The name used by `allot allocate rollouts --policy` and in scenario files.
    static var name: String { get }
    mutating func allocate(_ request: RolloutRequest, statistics: RolloutStatistics) throws -> RolloutAllocation
}

/// A rollout observation or budget that cannot be used; the description names the field. (A parameter
/// or request field out of range is an `InputError`.)
public enum RolloutError: AllotError, Equatable {
    case invalidObservation(prompt: String, field: String, expected: String, got: String)
    case infeasible(budget: Int, minimum: Int, maximum: Int)

    public var description: String {
        switch self {
        case let .invalidObservation(prompt, field, expected, got):
            return "prompt \"\(prompt)\": '\(field)' must be \(expected), got \(got)."
        case let .infeasible(budget, minimum, maximum):
            if budget < minimum {
                return "budget \(budget) cannot give every prompt its minimum: that needs \(minimum). Raise the budget or lower --min."
            }
            return "budget \(budget) exceeds what the maximums allow (\(maximum)). Lower the budget or raise --max."
        }
    }

    public var exitClass: ExitClass { .badInput }

    public var field: String? {
        switch self {
        case let .invalidObservation(_, field, _, _): return field
        case .infeasible: return "budget"
        }
    }
}

extension RolloutAllocation {
    /// Builds the diagnostics for `counts` planned with `estimates`.
    init(counts: [Int], estimates: [Double?], leftover: Int, solver: String) {
        self.counts = counts
        self.estimates = estimates
        var value = 0.0, effective = 0.0
        for (count, estimate) in zip(counts, estimates) {
            guard let p = estimate, count > 0 else { continue }
            // P(non-degenerate) and V share p^N and (1 − p)^N: two pow per prompt, not four.
            let degenerate = pow(p, Double(count)) + pow(1 - p, Double(count))
            effective += max(0, 1 - degenerate)
            value += (1 - degenerate) * p * (1 - p) * (1 - p)
        }
        self.value = value
        expectedEffectiveGroups = effective
        self.leftover = leftover
        self.solver = solver
    }
}
