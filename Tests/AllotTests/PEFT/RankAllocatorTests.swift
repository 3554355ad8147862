import Allot
@testable import AllotPEFT
import Foundation
import Testing

@Suite struct RankAllocatorTests {
    static func model(seed: UInt64 = 1, noise: Double = 0.3, drift: Double = 0.5) throws -> SyntheticRankModel {
        try SyntheticRankModel(layers: 2, width: 8, maxRank: 8, noise: noise, drift: drift, seed: seed)
    }

    static func allocators(_ matrices: [AdaptedMatrix], steps: Int, seed: UInt64 = 3) throws -> [AnyRankAllocator] {
        let schedule = try ReallocationSchedule(totalSteps: steps, warmupSteps: steps / 10, finalSteps: steps / 5, interval: 10)
        return [
            .uniform(try UniformRankAllocator(matrices: matrices, averageRank: 3)),
            .adalora(try AdaLoRAAllocator(matrices: matrices, targetAverageRank: 3, steps: schedule)),
            .elastic(try ElasticRankAllocator(matrices: matrices, averageRank: 3, steps: schedule)),
            .banditKnapsack(try BanditKnapsackRankAllocator(matrices: matrices, averageRank: 3, steps: schedule, seed: seed)),
            .banditKnapsack(try BanditKnapsackRankAllocator(matrices: matrices, averageRank: 3, steps: schedule, strategy: .thompson, seed: seed)),
        ]
    }

    @Test func adaLoRAScheduleEqualsTheClosedForm() throws {
        let steps = try ReallocationSchedule(totalSteps: 1000, warmupSteps: 100, finalSteps: 200, interval: 10)
        let schedule = try AdaLoRASchedule(initialBudget: 9000, finalBudget: 1000, steps: steps)
        #expect(schedule.budget(at: 0) == 9000)
        #expect(schedule.budget(at: 99) == 9000)
        #expect(schedule.budget(at: 100) == 9000)                     // t_i: b(0)
        #expect(schedule.budget(at: 450) == 1000 + 8000 / 8)          // midpoint of [t_i, T − t_f): (1 − 1/2)³ = 1/8
        #expect(schedule.budget(at: 800) == 1000)                     // T − t_f: b(T)
        #expect(schedule.budget(at: 999) == 1000)
        let t = 300, progress = Double(t - 100) / 700
        #expect(schedule.budget(at: t) == 1000 + Int(8000 * (1 - progress) * (1 - progress) * (1 - progress)))
        // Non-increasing throughout.
        #expect((1..<1000).allSatisfy { schedule.budget(at: $0) <= schedule.budget(at: $0 - 1) })
        #expect(steps.isReallocationStep(100) && steps.isReallocationStep(110) && !steps.isReallocationStep(105))
        #expect(steps.isReallocationStep(800) && !steps.isReallocationStep(810) && !steps.isReallocationStep(99))
    }

    @Test func misconfiguredSchedulesAreRejectedUpFront() {
        // t_f is a duration: 600 + 500 >= 1000 can never reach the final phase.
        #expect(throws: InputError.parameter("schedule", "totalSteps",
            expected: "more than warmupSteps + finalSteps (600 + 500 = 1100), or the schedule never reaches its final phase", got: "1000")) {
            try ReallocationSchedule(totalSteps: 1000, warmupSteps: 600, finalSteps: 500, interval: 10)
        }
        #expect(throws: InputError.self) { try ReallocationSchedule(totalSteps: 1000, warmupSteps: 0, finalSteps: 0, interval: 0) }
        #expect(throws: InputError.self) { try ReallocationSchedule(totalSteps: 1000, warmupSteps: -1, finalSteps: 0, interval: 1) }
        let steps = try! ReallocationSchedule(totalSteps: 100, warmupSteps: 10, finalSteps: 10, interval: 5)
        #expect(throws: InputError.self) { try AdaLoRASchedule(initialBudget: 10, finalBudget: 20, steps: steps) }
        let matrices = [AdaptedMatrix(name: "a", input: 4, output: 4, maxRank: 4)]
        #expect(throws: InputError.self) { try AdaLoRAAllocator(matrices: matrices, targetAverageRank: 8, steps: steps) }   // above maxRank
        #expect(throws: InputError.self) { try ElasticRankAllocator(matrices: matrices, averageRank: 2, steps: steps, pruneFraction: 1.5) }
    }

    @Test func noReallocationEverExceedsTheBudget() throws {
        let steps = 400
        for seed in 1...3 as ClosedRange<UInt64> {
            for var allocator in try Self.allocators(try Self.model(seed: seed).adaptedMatrices, steps: steps, seed: seed) {
                var model = try Self.model(seed: seed)
                try model.apply(allocator.initialPattern)
                let finalBudget = allocator.budget(at: steps - 1)
                var changes = 0
                // The budget holds after every reallocation (AdaLoRA's b(t) shrinks between its ΔT-spaced
                // reallocations, so between them it is the budget of the last one that binds).
                var binding = allocator.budget(at: 0)
                #expect(model.rankPattern.parameters(model.adaptedMatrices) <= binding)
                for step in 0..<steps {
                    model.advance()
                    if try model.allocateRanks(with: &allocator, step: step) {
                        changes += 1
                        binding = allocator.budget(at: step)
                    }
                    let used = model.rankPattern.parameters(model.adaptedMatrices)
                    #expect(used <= binding, "\(allocator.allocatorName) step \(step): \(used) > \(binding)")
                }
                #expect(model.rankPattern.parameters(model.adaptedMatrices) <= finalBudget)
                if case .uniform = allocator { #expect(changes == 0) } else { #expect(changes > 0, "\(allocator.allocatorName) never moved") }
            }
        }
    }

    @Test func aSnapshotContinuesIdentically() throws {
        let steps = 300
        for var allocator in try Self.allocators(try Self.model().adaptedMatrices, steps: steps) {
            var model = try Self.model()
            try model.apply(allocator.initialPattern)
            for step in 0..<120 {
                model.advance()
                try model.allocateRanks(with: &allocator, step: step)
            }
            var restored = try JSONDecoder().decode(AnyRankAllocator.self, from: JSONEncoder().encode(allocator))
            var twin = model
            for step in 120..<steps {
                model.advance()
                twin.advance()
                try model.allocateRanks(with: &allocator, step: step)
                try twin.allocateRanks(with: &restored, step: step)
                #expect(model.rankPattern == twin.rankPattern, "\(allocator.allocatorName) diverged at step \(step)")
            }
        }
    }

    @Test func knapsackRanksEqualBruteForce() throws {
        var random = RandomSource(seed: 12)
        for _ in 0..<30 {
            let count = 2 + random.integer(below: 3)
            let matrices = (0..<count).map { AdaptedMatrix(name: "m\($0)", input: 2 + random.integer(below: 5), output: 2 + random.integer(below: 5), maxRank: 4) }
            let values = matrices.map { _ in random.uniform(from: 0, to: 3) }
            let decays = matrices.map { _ in random.uniform(from: 0.3, to: 0.95) }
            let budget = matrices.reduce(0) { $0 + $1.unitCost } + random.integer(below: 40)
            let ranks = try BanditKnapsackRankAllocator.knapsackRanks(matrices: matrices, values: values, decays: decays, budget: budget)
            func value(_ r: [Int]) -> Double { r.indices.reduce(0) { $0 + values[$1] * (1 - pow(decays[$1], Double(r[$1]))) / (1 - decays[$1]) } }
            func cost(_ r: [Int]) -> Int { r.indices.reduce(0) { $0 + r[$1] * matrices[$1].unitCost } }
            var best = -1.0
            var choice = [Int](repeating: 1, count: count)
            func search(_ i: Int) {
                if i == count {
                    if cost(choice) <= budget { best = max(best, value(choice)) }
                    return
                }
                for r in 1...4 { choice[i] = r; search(i + 1) }
            }
            search(0)
            #expect(cost(ranks) <= budget)
            #expect(abs(value(ranks) - best) < 1e-9, "knapsack \(ranks) worth \(value(ranks)), brute force \(best)")
        }
    }

    @Test func maxStepBoundsEveryMoveAndTheBoundedKnapsackIsExact() throws {
        let steps = 300
        let model0 = try Self.model()
        let schedule = try ReallocationSchedule(totalSteps: steps, warmupSteps: 30, finalSteps: 60, interval: 10)
        var allocator = try BanditKnapsackRankAllocator(matrices: model0.adaptedMatrices, averageRank: 3, steps: schedule, maxStep: 1, seed: 2)
        var model = model0
        try model.apply(allocator.initialPattern)
        var moved = 0
        for step in 0..<steps {
            let before = model.rankPattern.ranks
            model.advance()
            if try model.allocateRanks(with: &allocator, step: step) {
                moved += 1
                #expect(zip(before, model.rankPattern.ranks).allSatisfy { abs($0 - $1) <= 1 })
            }
        }
        #expect(moved > 0)
        // Bounded knapsack against enumeration inside the bounds.
        let matrices = (0..<3).map { AdaptedMatrix(name: "m\($0)", input: 3 + $0, output: 4, maxRank: 5) }
        let marginal: [[Double]] = [[5, 3, 2, 1, 0.5], [4, 3.5, 3, 2.5, 2], [1, 0.9, 0.8, 0.7, 0.6]]
        let bounds = [(2, 3), (1, 2), (2, 4)]
        let ranks = try BanditKnapsackRankAllocator.knapsackRanks(matrices: matrices, marginalValues: marginal, budget: 60, bounds: bounds)
        func value(_ r: [Int]) -> Double { r.indices.reduce(0) { $0 + marginal[$1].prefix(r[$1]).reduce(0, +) } }
        var best = -1.0
        for a in 2...3 { for b in 1...2 { for c in 2...4 where a * 7 + b * 8 + c * 9 <= 60 { best = max(best, value([a, b, c])) } } }
        #expect(abs(value(ranks) - best) < 1e-12)
        #expect(ranks.indices.allSatisfy { ranks[$0] >= bounds[$0].0 && ranks[$0] <= bounds[$0].1 })
    }

    /// A matrix whose sensitivities are all zero (frozen, or off the loss's path) used to get its full
    /// rank at the first reallocation: zero read as "never observed", the optimism meant for unseen arms.
    @Test func aMatrixObservedAtZeroKeepsOnlyTheRankFloor() throws {
        let matrices = (0..<4).map { AdaptedMatrix(name: "m\($0)", input: 8, output: 8, maxRank: 6) }
        let schedule = try ReallocationSchedule(totalSteps: 40, warmupSteps: 4, finalSteps: 4, interval: 4)
        for strategy in [BanditKnapsackRankAllocator.Strategy.ucb(exploration: 1), .thompson] {
            var allocator = try BanditKnapsackRankAllocator(matrices: matrices, averageRank: 2, steps: schedule, strategy: strategy, seed: 1)
            var pattern = allocator.initialPattern
            for step in 0..<36 {
                let sensitivities = matrices.indices.map { m in
                    let value: Float = m == 0 ? 0 : 0.01 * Float(m) * (1 + 0.1 * Float(step % 3))
                    return TripletSensitivity(values: Array(repeating: value, count: 6), left: Array(repeating: value, count: 6),
                                              right: Array(repeating: value, count: 6))
                }
                allocator.observe(sensitivities, step: step)
                if let next = try allocator.reallocate(step: step, current: pattern) { pattern = next }
            }
            #expect(pattern.ranks[0] == 1, "\(strategy): \(pattern.ranks)")
            #expect(pattern.ranks[3] > 2)
        }
    }

    @Test func banditKnapsackTracksTheImportantMatricesBetterThanUniform() throws {
        let steps = 600
        var captured: [String: Double] = [:]
        for var allocator in try Self.allocators(try Self.model(drift: 0).adaptedMatrices, steps: steps) {
            var model = try Self.model(drift: 0)
            try model.apply(allocator.initialPattern)
            for step in 0..<steps {
                model.advance()
                try model.allocateRanks(with: &allocator, step: step)
            }
            let oracle = try model.oracleValue(budget: allocator.budget(at: steps - 1))
            captured[allocator.allocatorName, default: 0] = max(captured[allocator.allocatorName, default: 0], model.value(of: model.rankPattern.ranks) / oracle)
        }
        #expect(captured["bandit-knapsack"]! > captured["uniform"]!)
        #expect(captured["bandit-knapsack"]! > 0.95)
    }
}
