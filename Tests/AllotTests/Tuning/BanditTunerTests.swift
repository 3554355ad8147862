import Allot
import AllotData
@testable import AllotTuning
import Foundation
import Testing

@Suite struct BanditTunerTests {
    /// Four parameters of six values: 1,296 configurations.
    static func separableGrid() throws -> TuningGrid {
        let space = try SearchSpace((0..<4).map { SearchParameter("p\($0)", .integer(low: 0, high: 5, step: 1, log: false)) })
        return try TuningGrid(space: space, levels: 6)
    }

    /// A separable objective: each parameter has its own best value (p_i = i + 1); maximum 1.
    static func objective(_ configuration: Configuration, random: inout RandomSource) -> Double {
        var value = 1.0
        for i in 0..<4 {
            guard case let .integer(x)? = configuration["p\(i)"] else { return 0 }
            value -= 0.04 * Double(abs(x - (i + 1)))
        }
        return value + random.normal(standardDeviation: 0.01)
    }

    @Test func gridFollowsTheSpace() throws {
        let space = try SearchSpace([
            SearchParameter("lr", .float(low: 0.001, high: 0.1, log: true)),
            SearchParameter("layers", .integer(low: 1, high: 3, step: 1, log: false)),
            SearchParameter("optimizer", .categorical(["adam", "sgd"])),
            SearchParameter("momentum", .float(low: 0, high: 0.9, log: false), when: .init(parent: "optimizer", values: ["sgd"])),
        ])
        let grid = try TuningGrid(space: space, levels: 3)
        let rates = grid.values[0].map { value -> Double in if case let .number(x) = value { return x } else { return .nan } }
        #expect(rates.count == 3 && abs(rates[0] - 0.001) < 1e-15 && abs(rates[1] - 0.01) < 1e-12 && abs(rates[2] - 0.1) < 1e-12)   // log-spaced
        #expect(grid.values[1] == [.integer(1), .integer(2), .integer(3)])
        #expect(grid.values[3] == [.number(0), .number(0.45), .number(0.9)])
        // adam: 3 × 3 (momentum inactive, its 3 values collapse); sgd: 3 × 3 × 3.
        #expect(grid.configurations.count == 9 + 27)
        #expect(Set(grid.configurations).count == grid.configurations.count)
        #expect(grid.configurations.allSatisfy { ($0["optimizer"] == .choice("sgd")) == ($0["momentum"] != nil) })
    }

    @Test func badGridsAreRejectedWithTheField() throws {
        let space = try SearchSpace([SearchParameter("width", .integer(low: 8, high: 64, step: 8, log: false))])
        #expect(throws: InputError.parameter("tuning grid", "grid.width", expected: "values inside the parameter's domain", got: "12")) {
            try TuningGrid(space: space, values: [[.integer(12)]])
        }
        #expect(throws: InputError.parameter("tuning grid", "levels", expected: "an integer >= 2", got: "1")) {
            try TuningGrid(space: space, levels: 1)
        }
        let wide = try SearchSpace((0..<8).map { SearchParameter("p\($0)", .float(low: 0, high: 1, log: false)) })
        #expect(throws: InputError.self) { try TuningGrid(space: wide, levels: 5) }   // 390,625 points
    }

    @Test func hierarchicalFindsTheOptimumWithAFractionOfTheGrid() throws {
        let grid = try Self.separableGrid()
        var found = 0
        for seed in 0..<10 as Range<UInt64> {
            var tuner = try BanditTuner(grid: grid, settings: .init(structure: .hierarchical, strategy: .ucb, rewardScale: 0.05), seed: seed)
            var random = RandomSource(seed: seed + 100)
            for _ in 0..<130 {   // 10% of the grid
                let proposal = try tuner.ask()
                try tuner.tell(proposal, value: Self.objective(proposal.configuration, random: &random))
            }
            #expect(tuner.evaluations == 130)
            let best = tuner.best!.configuration
            let gap = (0..<4).reduce(0.0) { total, i in
                guard case let .integer(x)? = best["p\(i)"] else { return 1 }
                return total + 0.04 * Double(abs(x - (i + 1)))
            }
            #expect(gap <= 0.04, "seed \(seed): \(best)")
            if gap == 0 { found += 1 }
        }
        #expect(found >= 7)
    }

    @Test func flatBanditSpreadsItsFirstPullsOverTheGrid() throws {
        let grid = try Self.separableGrid()
        var tuner = try BanditTuner(grid: grid, settings: .init(structure: .flat, strategy: .ucb, rewardScale: 0.05), seed: 4)
        var firstValues = Set<ParameterValue>()
        for _ in 0..<20 {
            let proposal = try tuner.ask()
            firstValues.insert(proposal.configuration["p0"]!)
            try tuner.tell(proposal, value: 0.5)
        }
        #expect(firstValues.count >= 4)   // not 20 pulls of p0 = 0 walking the grid in order
    }

    @Test func flatBanditIdentifiesTheBestOfASmallGrid() throws {
        let space = try SearchSpace([SearchParameter("arm", .integer(low: 0, high: 7, step: 1, log: false))])
        let grid = try TuningGrid(space: space, levels: 8)
        for strategy in [BanditTuner.Strategy.ucb, .thompson] {
            var tuner = try BanditTuner(grid: grid, settings: .init(structure: .flat, strategy: strategy, rewardScale: 0.1), seed: 2)
            var random = RandomSource(seed: 3)
            var pullsOfBest = 0
            for _ in 0..<400 {
                let proposal = try tuner.ask()
                guard case let .integer(arm)? = proposal.configuration["arm"] else { Issue.record("no arm"); return }
                if arm == 5 { pullsOfBest += 1 }
                try tuner.tell(proposal, value: (arm == 5 ? 0.8 : 0.7) + random.normal(standardDeviation: 0.05))
            }
            #expect(tuner.best?.configuration["arm"] == .integer(5), "\(strategy)")
            #expect(pullsOfBest > 150, "\(strategy) pulled the best arm \(pullsOfBest) of 400 times")
        }
    }

    @Test func costWeightPrefersTheCheaperOfTwoEqualConfigurations() throws {
        let space = try SearchSpace([SearchParameter("size", .categorical(["small", "large"]))])
        let grid = try TuningGrid(space: space)
        var tuner = try BanditTuner(grid: grid, settings: .init(structure: .flat, strategy: .ucb, costWeight: 0.1, rewardScale: 0.1), seed: 1)
        var random = RandomSource(seed: 1)
        for _ in 0..<100 {
            let proposal = try tuner.ask()
            let cost = proposal.configuration["size"] == .choice("large") ? 2.0 : 0.5
            try tuner.tell(proposal, value: 0.9 + random.normal(standardDeviation: 0.01), cost: cost)
        }
        #expect(tuner.best?.configuration["size"] == .choice("small"))
        #expect(tuner.records[0]!.evaluations > tuner.records[1]!.evaluations)
    }

    @Test func aSnapshotContinuesIdentically() throws {
        let grid = try Self.separableGrid()
        for structure in BanditTuner.Structure.allCases {
            for strategy in [BanditTuner.Strategy.ucb, .thompson] {
                var tuner = try BanditTuner(grid: grid, settings: .init(structure: structure, strategy: strategy, rewardScale: 0.05), seed: 9)
                var random = RandomSource(seed: 10)
                for _ in 0..<30 {
                    let proposal = try tuner.ask()
                    try tuner.tell(proposal, value: Self.objective(proposal.configuration, random: &random))
                }
                var copy = try JSONDecoder().decode(BanditTuner.self, from: JSONEncoder().encode(tuner))
                var randomCopy = random
                for _ in 0..<30 {
                    let a = try tuner.ask(), b = try copy.ask()
                    #expect(a == b)
                    try tuner.tell(a, value: Self.objective(a.configuration, random: &random))
                    try copy.tell(b, value: Self.objective(b.configuration, random: &randomCopy))
                }
                #expect(tuner.records == copy.records)
            }
        }
    }

    @Test func misuseIsAnError() throws {
        let grid = try Self.separableGrid()
        var tuner = try BanditTuner(grid: grid, seed: 0)
        let proposal = try tuner.ask()
        #expect(throws: InputError.self) { _ = try tuner.ask() }
        #expect(throws: InputError.self) { try tuner.tell(proposal, value: .nan) }
        #expect(throws: InputError.self) { try tuner.tell(proposal, value: 1, cost: -1) }
        try tuner.tell(proposal, value: 1)
        #expect(throws: InputError.self) { try tuner.tell(proposal, value: 1) }
        #expect(throws: InputError.parameter("bandit tuner", "costWeight", expected: "a finite number >= 0", got: "-1.0")) {
            try BanditTuner(grid: grid, settings: .init(costWeight: -1), seed: 0)
        }
    }

    @Test func gridTunersSpendWhatTheyEvaluate() throws {
        let space = try SearchSpace([SearchParameter("x", .integer(low: 0, high: 9, step: 1, log: false))])
        let grid = try TuningGrid(space: space, levels: 10)
        // Configuration x: validation x/10 (+ seed noise), test x/10, cost x + 1.
        let problem = try RecordedGridProblem.record(grid: grid, seeds: 2) { configuration, seed in
            guard case let .integer(x)? = configuration["x"] else { throw InputError.parameter("test", "x", expected: "", got: "") }
            return .init(validation: Double(x) / 10 + Double(seed) * 0.001, test: Double(x) / 10, cost: Double(x + 1))
        }
        #expect(problem.gridCost == 55)
        #expect(problem.bestTestScore == 0.9)
        let grid1 = try GridTuner.gridSearch.run(problem, seed: 1)
        #expect(grid1.chosen == 9 && grid1.cost == 55 && grid1.evaluations == 10)
        let random = try GridTuner.randomSearch(evaluations: 4).run(problem, seed: 1)
        #expect(random.evaluations == 4 && random.cost >= 4 && random.cost <= 34)
        let bandit = try GridTuner.bandit(.init(structure: .flat, rewardScale: 0.1), evaluations: 30).run(problem, seed: 1)
        #expect(bandit.chosen == 9 && bandit.evaluations == 30)
    }

    @Test func banditTunersReplayTheLCDBCurves() throws {
        let problem = try RecordedTuningProblem(curves: .lcdbAccuracy, dataset: 3)
        let outcome = try ReplayTuner.bandit(.init(structure: .flat, strategy: .ucb, rewardScale: 0.05), pulls: 2 * problem.configurations).run(problem, seed: 7)
        #expect(outcome.evaluations == 2 * problem.configurations)
        #expect(outcome.cost >= problem.exhaustiveCost * 0.5)   // every learner is tried at full size at least once
        #expect(problem.bestTestScore - problem.finalTestScore(outcome.chosen) < 0.05)
        let again = try ReplayTuner.bandit(.init(structure: .flat, strategy: .ucb, rewardScale: 0.05), pulls: 2 * problem.configurations).run(problem, seed: 7)
        #expect(again == outcome)
    }
}
