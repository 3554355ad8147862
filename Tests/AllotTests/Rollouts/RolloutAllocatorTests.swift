import Foundation
import Testing
import AllotInterchange
@testable import Allot
@testable import AllotRL

/// Rollout allocators: Knapsack RL's reference rules on hand-computed cases, exact budgets and bounds on
/// random requests, posterior behaviour, and state that survives a save and restore.
@Suite("Rollout allocators")
struct RolloutAllocatorTests {
    static func statistics(_ rewards: [String: [Double]], lengths: [String: Double] = [:]) throws -> RolloutStatistics {
        var statistics = try RolloutStatistics()
        for (prompt, values) in rewards.sorted(by: { $0.key < $1.key }) {
            try statistics.record(prompt: prompt, rewards: values, lengths: lengths[prompt].map { [Double](repeating: $0, count: values.count) } ?? [])
        }
        return statistics
    }

    @Test("V(N, p) and its marginal gain follow the formula; V is concave in N")
    func valueFormula() {
        for p in [0.05, 0.25, 0.5, 0.8] {
            for n in 1..<40 {
                let expected = (1 - pow(p, Double(n)) - pow(1 - p, Double(n))) * p * (1 - p) * (1 - p)
                #expect(abs(RolloutValue.value(rollouts: n, successRate: p) - expected) < 1e-15)
                let gain = RolloutValue.marginalGain(from: n, successRate: p)
                #expect(abs(gain - (RolloutValue.value(rollouts: n + 1, successRate: p) - RolloutValue.value(rollouts: n, successRate: p))) < 1e-15)
                #expect(RolloutValue.marginalGain(from: n + 1, successRate: p) <= gain + 1e-18)
            }
        }
        #expect(RolloutValue.value(rollouts: 8, successRate: 0) == 0)
        #expect(RolloutValue.value(rollouts: 8, successRate: 1) == 0)
        let best = RolloutValue.mostValuableRate(rollouts: 2)
        #expect(abs(best - 0.4) < 1e-6)   // 2 p² (1 − p)³ peaks at p = 2/5
    }

    @Test("Knapsack RL, hand-computed: floors at p = 0 and 1, unseen prompts get B / N, leftover to p = 0")
    func knapsackRLReferenceRules() throws {
        // p: a = 0, b = 1, c = 0.5, d = 0.25, e unseen. B = 40, min 2, max 16.
        // e gets 40 / 5 = 8; a, b, c, d get the floor 2 (8 + 8 = 16 placed, 24 left).
        // Need: c ⌊ln 0.1 / ln 0.5⌋ = 3, d ⌊min(16, ln 0.1 / ln 0.75 = 8.004)⌋ = 8: 11 < 24, so the
        // leftover 13 goes to a (the only p = 0 prompt, 2 + 13 = 15 <= 16) and the knapsack spends 11 on
        // c and d: the best split of their 2 + 2 + 11 = 15 rollouts, found by brute force below.
        let statistics = try Self.statistics(["a": [0, 0, 0, 0], "b": [1, 1, 1, 1], "c": [1, 0, 1, 0], "d": [1, 0, 0, 0]])
        var allocator = try KnapsackRLAllocator()
        let request = RolloutRequest(prompts: ["a", "b", "c", "d", "e"], budget: 40, minimum: 2, maximum: 16)
        let allocation = try allocator.allocate(request, statistics: statistics)
        #expect(allocator.need(successRate: 0.5, maximum: 16) == 3)
        #expect(allocator.need(successRate: 0.25, maximum: 16) == 8)
        // Brute force the c/d split of 2 + 2 + 11 = 15 rollouts.
        var best = (value: -1.0, c: 0)
        for c in 2...13 {
            let value = RolloutValue.value(rollouts: c, successRate: 0.5) + RolloutValue.value(rollouts: 15 - c, successRate: 0.25)
            if value > best.value + 1e-15 { best = (value, c) }
        }
        #expect(allocation.counts == [15, 2, best.c, 15 - best.c, 8])
        #expect(best.c == 6)
        #expect(allocation.leftover == 13)
        #expect(allocation.counts.reduce(0, +) == 40)
        #expect(allocation.estimates[4] == nil && allocation.estimates[0] == 0 && allocation.estimates[1] == 1)
    }

    @Test("Knapsack RL: leftover beyond the p = 0 prompts' maximum goes back to the knapsack, then to the rest")
    func leftoverOverflow() throws {
        let statistics = try Self.statistics(["zero": [0, 0], "one": [1, 1], "mid": [1, 0]])
        var allocator = try KnapsackRLAllocator()
        // Floors 3 × 2 = 6; B = 30 leaves 24; need(mid) = 3 → leftover 21, but "zero" takes at most 10 − 2 = 8.
        let allocation = try allocator.allocate(RolloutRequest(prompts: ["zero", "one", "mid"], budget: 30, minimum: 2, maximum: 10), statistics: statistics)
        #expect(allocation.counts == [10, 10, 10])
        // With no uncertain prompt at all, everything beyond the floors goes to p = 0 prompts first.
        let allocation2 = try allocator.allocate(RolloutRequest(prompts: ["zero", "one"], budget: 12, minimum: 2, maximum: 10), statistics: statistics)
        #expect(allocation2.counts == [10, 2])
        #expect(allocation2.leftover == 8)
    }

    @Test("every allocator spends exactly B (the cost one at most its token budget) within [min, max], on 300 random requests")
    func budgetsAndBounds() throws {
        var random = RandomSource(seed: 5)
        for trial in 0..<300 {
            let n = 1 + random.integer(below: 30)
            let minimum = 1 + random.integer(below: 3), maximum = minimum + 1 + random.integer(below: 20)
            let budget = n * minimum + random.integer(below: n * (maximum - minimum) + 1)
            var statistics = try RolloutStatistics()
            let prompts = (0..<n).map { "p\($0)" }
            for prompt in prompts where random.uniform() < 0.8 {
                let p = [0, 1, random.uniform()][random.integer(below: 3)]
                try statistics.record(prompt: prompt, rewards: (0..<(1 + random.integer(below: 20))).map { _ in random.bernoulli(p) ? 1 : 0 },
                                      lengths: random.uniform() < 0.5 ? [] : [random.uniform(from: 50, to: 900)])
            }
            let request = RolloutRequest(prompts: prompts, budget: budget, minimum: minimum, maximum: maximum)
            var allocators: [any RolloutAllocator] = [UniformAllocator(), try KnapsackRLAllocator()]
            for planning in PosteriorPlanning.allCases { allocators.append(try PosteriorKnapsackAllocator(planning: planning, seed: UInt64(trial))) }
            for var allocator in allocators {
                let counts = try allocator.allocate(request, statistics: statistics).counts
                #expect(counts.reduce(0, +) == budget, "\(type(of: allocator))")
                #expect(counts.allSatisfy { $0 >= minimum && $0 <= maximum })
            }
            var cost = try CostAwareKnapsackAllocator(seed: UInt64(trial))
            let costs = cost.costs(for: prompts, statistics: statistics)
            let tokens = costs.reduce(0) { $0 + $1 * minimum } + random.integer(below: 20_000)
            let counts = try cost.allocate(RolloutRequest(prompts: prompts, budget: tokens, minimum: minimum, maximum: maximum), statistics: statistics).counts
            #expect(zip(counts, costs).reduce(0) { $0 + $1.0 * $1.1 } <= tokens)
            #expect(counts.allSatisfy { $0 >= minimum && $0 <= maximum })
        }
    }

    @Test("the posterior allocator does not trust two observations: 0 of 2 still gets tried, 0 of 200 does not")
    func posteriorUncertainty() throws {
        var statistics = try RolloutStatistics(discount: 1)
        try statistics.record(prompt: "seen-twice", rewards: [0, 0])
        try statistics.record(prompt: "seen-often", rewards: [Double](repeating: 0, count: 200))
        try statistics.record(prompt: "middling", rewards: [Double](repeating: 1, count: 30) + [Double](repeating: 0, count: 70))
        var posterior = try PosteriorKnapsackAllocator(planning: .thompson, seed: 3)
        var twice = 0, often = 0
        for _ in 0..<200 {
            let counts = try posterior.allocate(RolloutRequest(prompts: ["seen-twice", "seen-often", "middling"], budget: 24, minimum: 2, maximum: 20),
                                                statistics: statistics).counts
            twice += counts[0]
            often += counts[1]
        }
        #expect(twice > 2 * often)
        // Knapsack RL's point estimate puts both at p = 0: the same floor for each.
        var reference = try KnapsackRLAllocator()
        let counts = try reference.allocate(RolloutRequest(prompts: ["seen-twice", "seen-often", "middling"], budget: 24, minimum: 2, maximum: 20), statistics: statistics).counts
        #expect(counts[0] == counts[1])
        // Optimistic planning is deterministic and aims inside the credible interval.
        var optimistic = try PosteriorKnapsackAllocator(planning: .optimistic, seed: 1)
        let a = try optimistic.allocate(RolloutRequest(prompts: ["seen-twice", "middling"], budget: 20, minimum: 2, maximum: 16), statistics: statistics)
        let b = try optimistic.allocate(RolloutRequest(prompts: ["seen-twice", "middling"], budget: 20, minimum: 2, maximum: 16), statistics: statistics)
        #expect(a == b)
    }

    @Test("statistics and allocator state survive encode → decode and continue identically")
    func stateRoundTrip() throws {
        var statistics = try Self.statistics(["a": [1, 0, 1], "b": [0, 0]], lengths: ["a": 300])
        var allocator = try PosteriorKnapsackAllocator(seed: 9)
        let request = RolloutRequest(prompts: ["a", "b", "c"], budget: 30, minimum: 2, maximum: 20)
        _ = try allocator.allocate(request, statistics: statistics)
        let savedStatistics = try JSONEncoder().encode(statistics)
        let savedAllocator = try JSONEncoder().encode(allocator)
        var restoredStatistics = try JSONDecoder().decode(RolloutStatistics.self, from: savedStatistics)
        var restoredAllocator = try JSONDecoder().decode(PosteriorKnapsackAllocator.self, from: savedAllocator)
        #expect(restoredStatistics == statistics)
        for step in 0..<5 {
            let original = try allocator.allocate(request, statistics: statistics)
            let restored = try restoredAllocator.allocate(request, statistics: restoredStatistics)
            #expect(original == restored)
            let rewards = [Double(step % 2), 1, 0]
            try statistics.record(prompt: "c", rewards: rewards)
            try restoredStatistics.record(prompt: "c", rewards: rewards)
        }
        #expect(statistics["a"]?.meanLength == 300)
        #expect(statistics["a"]?.recentRewards == [1, 0, 1])
    }

    @Test("statistics keep the last 16 rewards and discount the posterior evidence")
    func statisticsWindow() throws {
        var statistics = try RolloutStatistics(window: 16, discount: 0.5)
        try statistics.record(prompt: "p", rewards: [Double](repeating: 1, count: 10))
        try statistics.record(prompt: "p", rewards: [Double](repeating: 0, count: 10))
        #expect(statistics["p"]?.recentRewards.count == 16)
        #expect(statistics["p"]?.recentSuccessRate == 6.0 / 16)
        #expect(statistics["p"]?.successes == 5)
        #expect(statistics["p"]?.failures == 10)
    }

    @Test("bad requests and observations are refused with the field named")
    func errors() throws {
        var allocator = try KnapsackRLAllocator()
        let statistics = try RolloutStatistics()
        #expect(throws: RolloutError.infeasible(budget: 5, minimum: 6, maximum: 384)) {
            try allocator.allocate(RolloutRequest(prompts: ["a", "b", "c"], budget: 5), statistics: statistics)
        }
        #expect(throws: RolloutError.infeasible(budget: 400, minimum: 6, maximum: 384)) {
            try allocator.allocate(RolloutRequest(prompts: ["a", "b", "c"], budget: 400), statistics: statistics)
        }
        #expect(throws: InputError.parameter("request", "prompts", expected: "distinct prompt ids", got: "\"a\" more than once")) {
            try allocator.allocate(RolloutRequest(prompts: ["a", "a"], budget: 8), statistics: statistics)
        }
        var mutable = statistics
        #expect(throws: RolloutError.invalidObservation(prompt: "x", field: "rewards[1]", expected: "a number in [0, 1]", got: "nan")) {
            try mutable.record(prompt: "x", rewards: [1, .nan])
        }
        let limit = PromptStatistics.maxRollouts
        try mutable.record(prompt: "big", successes: 1, trials: limit - 1)
        #expect(throws: RolloutError.invalidObservation(prompt: "big", field: "rewards", expected: "at most 1 more rollouts for this prompt", got: "2")) {
            try mutable.record(prompt: "big", rewards: [1, 0])
        }
        #expect(throws: RolloutError.invalidObservation(prompt: "big", field: "trials", expected: "at most 1 more rollouts for this prompt", got: "\(Int.max)")) {
            try mutable.record(prompt: "big", successes: 0, trials: .max)
        }
        try mutable.record(prompt: "big", rewards: [1])
        #expect(mutable["big"]?.rollouts == limit)
        let saved = String(decoding: try JSONEncoder().encode(mutable), as: UTF8.self)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(RolloutStatistics.self, from: Data(saved.replacingOccurrences(of: "\(limit)", with: "\(Int.max - 2)").utf8))
        }
        #expect(throws: InputError.self) { try KnapsackRLAllocator(confidence: 1) }
        #expect(throws: InputError.parameter("request", "minimum", expected: "an integer >= 1 (every prompt of the batch gets a rollout)", got: "0")) {
            try allocator.allocate(RolloutRequest(prompts: ["a"], budget: 4, minimum: 0), statistics: statistics)
        }
        #expect(RolloutValue.marginalGain(from: 0, successRate: 0.4) == RolloutValue.value(rollouts: 1, successRate: 0.4))
        #expect(RolloutError.infeasible(budget: 5, minimum: 6, maximum: 384).description.contains("needs 6"))
    }
}

/// The rollout knapsack (price search + greedy) against the generic solvers it replaces on the hot path.
@Suite("Rollout knapsack")
struct RolloutKnapsackTests {
    @Test("equals the heap greedy and the DP on 300 random instances, ties and p in {0, 1} included")
    func matchesGenericSolvers() throws {
        var random = RandomSource(seed: 8)
        for trial in 0..<300 {
            let n = 1 + random.integer(below: 12)
            // Rates from a coarse grid make ties common; some prompts at 0 or 1.
            let rates = (0..<n).map { _ in [0, 1, 0.5, 0.25, 0.75, random.uniform()][random.integer(below: 6)] }
            let lower = (0..<n).map { _ in 1 + random.integer(below: 3) }
            let upper = lower.map { $0 + random.integer(below: 9) }
            let budget = lower.reduce(0, +) + random.integer(below: zip(lower, upper).reduce(0) { $0 + $1.1 - $1.0 } + 1)
            let units = RolloutKnapsack.solve(rates: rates, lower: lower, upper: upper, budget: budget)
            #expect(units.reduce(0, +) == budget)
            #expect(zip(units, zip(lower, upper)).allSatisfy { $0 >= $1.0 && $0 <= $1.1 })
            let curves = RolloutCurves(rates: rates, lowers: lower, uppers: upper, costs: nil)
            let value = KnapsackSolver.total(curves, units)
            let greedy = try KnapsackSolver.greedy(curves, budget: budget)
            #expect(abs(value - greedy.value) < 1e-12, "trial \(trial)")
            if trial < 100 {
                let exact = try KnapsackSolver.dynamicProgramming(curves, budget: budget)
                #expect(abs(value - exact.value) < 1e-12)
            }
        }
    }
}
