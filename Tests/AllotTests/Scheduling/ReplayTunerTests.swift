import AllotData
import Foundation
import Testing
import AllotInterchange
@testable import Allot
@testable import AllotSimulator
@testable import AllotTuning

/// Tuners replayed on recorded LCDB curves: what they evaluate and spend follows their schedules.
@Suite("Replay tuners")
struct ReplayTunerTests {
    static let problem = try! RecordedTuningProblem(curves: LearningCurves.lcdbAccuracy, dataset: 23)

    @Test("the problem replays recorded runs: sizes snap to anchors, scores come from the file")
    func problemReplays() {
        let problem = Self.problem
        #expect(problem.configurations == 20)
        #expect(problem.smallestSize == 16 && problem.largestSize == 1192)
        #expect(problem.size(for: 0, resource: 20) == 23)
        #expect(problem.size(for: 0, resource: 5_000) == 1192)
        var random = RandomSource(seed: 1)
        var splits = ReplaySplits(problem, random: &random)
        let records = LearningCurves.lcdbAccuracy.records(dataset: 23).filter { $0.learner == problem.learners[3] && $0.trainingSize == 64 }
        for _ in 0..<20 {
            let m = problem.evaluate(3, resource: 64, splits: &splits)
            #expect(records.contains { $0.validationScore == m.validation && $0.testScore == m.test && $0.trainTime == m.trainTime && $0.innerSeed == m.innerSeed })
        }
        #expect(problem.bestTestScore >= problem.finalTestScore(0))
        #expect(throws: InputError.self) { try RecordedTuningProblem(curves: LearningCurves.lcdbAccuracy, dataset: 4) }
    }

    @Test("replayed evaluations share splits: the k-th evaluation of every learner uses the same inner seed, repeats use new ones, then cycle")
    func splitsAreShared() {
        let problem = Self.problem
        #expect(problem.innerSeeds == [0, 1, 2, 3, 4])
        var random = RandomSource(seed: 7)
        var splits = ReplaySplits(problem, random: &random)
        // Learners 3 and 5 at 64 samples, five evaluations each: the same seed order for both, every seed once.
        let first = (0..<5).map { _ in problem.evaluate(3, resource: 64, splits: &splits).innerSeed }
        let second = (0..<5).map { _ in problem.evaluate(5, resource: 64, splits: &splits).innerSeed }
        #expect(first == second)
        #expect(Set(first).count == 5)
        // A new size starts the order again (the same split, a larger training subset); a sixth evaluation cycles.
        #expect(problem.evaluate(3, resource: 1192, splits: &splits).innerSeed == first[0])
        #expect(problem.evaluate(3, resource: 64, splits: &splits).innerSeed == first[0])
        // Another seed, another order (some seed of the 10 tried differs from this one).
        let orders = (0..<10).map { seed -> [Int] in
            var random = RandomSource(seed: UInt64(100 + seed))
            var splits = ReplaySplits(problem, random: &random)
            return (0..<5).map { _ in problem.evaluate(3, resource: 64, splits: &splits).innerSeed }
        }
        #expect(Set(orders).count > 1)
        // A learner with fewer recorded seeds at a size (gradient boosting on 1128 has seeds 0 and 1 at full
        // size) uses those it has, in the replay's order.
        let sparse = try! RecordedTuningProblem(curves: LearningCurves.lcdbAccuracy, dataset: 1128)
        let boosting = sparse.learners.firstIndex(of: "GradientBoostingClassifier")!
        var sparseSplits = ReplaySplits(sparse, random: &random)
        let seeds = (0..<4).map { _ in sparse.evaluate(boosting, resource: 1251, splits: &sparseSplits).innerSeed }
        #expect(Set(seeds) == [0, 1] && seeds[0] != seeds[1] && seeds[2] == seeds[0] && seeds[3] == seeds[1])
    }

    @Test("random search evaluates its configurations once each on the full set; exhaustive tries every learner")
    func randomSearch() throws {
        let outcome = try ReplayTuner.randomSearch(configurations: 5).run(Self.problem, seed: 2)
        #expect(outcome.evaluations == 5)
        let all = try ReplayTuner.randomSearch(configurations: 20).run(Self.problem, seed: 2)
        #expect(all.evaluations == 20)
        #expect(throws: InputError.self) { try ReplayTuner.randomSearch(configurations: 0).run(Self.problem, seed: 1) }
    }

    @Test("successive halving keeps ⌊n/η⌋ per rung; Hyperband runs its brackets (fewer configs when the pool is small)")
    func halvingAndHyperband() throws {
        // 20 learners, sizes 16 → 1192: the first rung is 1192/27 ≈ 44 samples (the stated rule), then
        // rungs of 20, 6, 2, 1 learners at R/27, R/9, R/3 and R.
        let halving = try ReplayTuner.successiveHalving(eta: 3).run(Self.problem, seed: 3)
        #expect(halving.evaluations == 20 + 6 + 2 + 1)
        let schedule = try HyperbandSchedule(maxResource: 1192.0 / 16, eta: 3)
        #expect(schedule.maxBracket == 3)
        let expected = schedule.brackets.reduce(0) { total, bracket in
            let drawn = min(bracket[0].configurations, 20)
            let scale = Double(drawn) / Double(bracket[0].configurations)
            return total + bracket.reduce(0) { $0 + max(1, Int((Double($1.configurations) * scale).rounded(.down))) }
        }
        let hyperband = try ReplayTuner.hyperband(eta: 3).run(Self.problem, seed: 3)
        #expect(hyperband.evaluations == expected)
    }

    @Test("the first-rung rule: full size / η³, never below the smallest size, or the caller's; rungs η× apart end at the full size")
    func firstRungRule() throws {
        #expect(try SuccessiveHalvingRule.firstRung(maxResource: 810, eta: 3, minResource: nil, smallest: 16) == 30)
        #expect(try SuccessiveHalvingRule.firstRung(maxResource: 200, eta: 3, minResource: nil, smallest: 16) == 16)
        #expect(try SuccessiveHalvingRule.firstRung(maxResource: 10, eta: 3, minResource: nil, smallest: 16) == 10)
        #expect(try SuccessiveHalvingRule.firstRung(maxResource: 810, eta: 3, minResource: 100, smallest: 16) == 100)
        #expect(throws: InputError.self) { try SuccessiveHalvingRule.firstRung(maxResource: 810, eta: 3, minResource: 1_000, smallest: 16) }
        #expect(throws: InputError.self) { try SuccessiveHalvingRule.firstRung(maxResource: 810, eta: 1, minResource: nil, smallest: 16) }
        #expect(SuccessiveHalvingRule.rungs(configurations: 20, firstRung: 30, maxResource: 810, eta: 3)
                == [Rung(configurations: 20, resource: 30), Rung(configurations: 6, resource: 90), Rung(configurations: 2, resource: 270), Rung(configurations: 1, resource: 810)])
        #expect(SuccessiveHalvingRule.rungs(configurations: 20, firstRung: 810, maxResource: 810, eta: 3) == [Rung(configurations: 20, resource: 810)])
        // Finalists re-evaluated: the same rungs, the last one paid three times.
        let once = try ReplayTuner.successiveHalving(eta: 3).run(Self.problem, seed: 3)
        let thrice = try ReplayTuner.successiveHalving(eta: 3, finalEvaluations: 3).run(Self.problem, seed: 3)
        #expect(thrice.evaluations == once.evaluations && thrice.cost > once.cost)
    }

    @Test("exhaustive evaluates every learner once at full size; naive SH keeps the best third every 3 anchors up")
    func exhaustiveAndAnchorHalving() throws {
        let exhaustive = try ReplayTuner.exhaustive.run(Self.problem, seed: 1)
        #expect(exhaustive.evaluations == 20)
        // Dataset 23 records 14 sizes (16 … 1192): start 9 below the largest (anchor 4), then anchors 7, 10, 13.
        #expect(Self.problem.sizes.count == 14)
        let naive = try ReplayTuner.anchorHalving(start: 9, step: 3).run(Self.problem, seed: 1)
        #expect(naive.evaluations == 20 + 7 + 3 + 1)
        #expect(naive.cost < exhaustive.cost)
        let fromTheTop = try ReplayTuner.anchorHalving(start: 0, step: 3).run(Self.problem, seed: 1)
        #expect(fromTheTop.evaluations == 20)
        // A step past the largest size goes straight there (and a huge one does not overflow).
        #expect(try ReplayTuner.anchorHalving(start: 9, step: .max).run(Self.problem, seed: 1).evaluations == 20 + 7)
        #expect(throws: InputError.self) { try ReplayTuner.anchorHalving(start: 9, step: 0).run(Self.problem, seed: 1) }
    }

    @Test("ASHA's cost includes training its pick at full size; Hyperband with R < η evaluates every learner")
    func ashaAccountingAndTinyHyperband() throws {
        var charged = 0
        for dataset in LearningCurves.lcdbAccuracy.datasets {
            let problem = try RecordedTuningProblem(curves: .lcdbAccuracy, dataset: dataset)
            let outcome = try ReplayTuner.asha(eta: 3, workers: 4).run(problem, seed: 9)
            guard outcome.finalTrainingCost > 0 else { continue }
            charged += 1
            // The charge is a recorded full-size training time of the learner chosen, inside the total.
            let full = LearningCurves.lcdbAccuracy.records(dataset: dataset).filter {
                $0.learner == problem.learners[outcome.chosen] && $0.trainingSize == problem.size(for: outcome.chosen, resource: Double(problem.largestSize))
            }
            #expect(full.contains { $0.trainTime == outcome.finalTrainingCost }, "dataset \(dataset)")
            #expect(outcome.cost > outcome.finalTrainingCost)
        }
        #expect(charged > 0, "some picks never reached the full size and had to be trained there")
        // A curve file with sizes 16 and 32 only: R = 2 < η = 3.
        var csv = "openmlid,learner,size_train,inner_seed,traintime,score_valid,score_test\n"
        for (index, learner) in ["a", "b", "c", "d"].enumerated() {
            for size in [16, 32] { csv += "7,\(learner),\(size),0,1.0,\(0.5 + 0.1 * Double(index)),\(0.5 + 0.1 * Double(index))\n" }
        }
        let tiny = try RecordedTuningProblem(curves: LearningCurves(csv: csv, source: "tiny.csv"), dataset: 7)
        let hyperband = try ReplayTuner.hyperband(eta: 3).run(tiny, seed: 1)
        #expect(hyperband.evaluations == 4 && tiny.learners[hyperband.chosen] == "d")
    }

    @Test("ASHA starts every learner once and spends less than trying every learner at full size")
    func asha() throws {
        let outcome = try ReplayTuner.asha(eta: 3, workers: 4).run(Self.problem, seed: 4)
        #expect(outcome.evaluations >= 20)
        #expect(outcome.cost < Self.problem.exhaustiveCost)
        #expect(try ReplayTuner.asha(eta: 3, workers: 4).run(Self.problem, seed: 4) == outcome)
    }

    @Test("the lcdb-tuning scenario cycles through datasets and reports test regret and relative cost")
    func scenario() async throws {
        let json = """
        {"version": 1, "name": "tuning", "environment": {"kind": "lcdb-tuning", "dataset": "all"},
         "policies": ["exhaustive", "hyperband", {"name": "asha", "parameters": {"workers": 2}}], "horizon": 1, "replications": 26, "seed": 5}
        """
        let scenario = try ScenarioLoader().load(data: Data(json.utf8), file: "t.json", directory: "/tmp")
        let folder = RunnerTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = try await SimulationRunner(output: folder, jobs: 2).run([scenario])
        let datasets = results[0].results[0].map { Int($0.metrics["dataset"]!) }
        #expect(Set(datasets).count == 25)
        #expect(datasets[25] == datasets[0])
        let exhaustive = results[0].results[0]
        #expect(exhaustive.allSatisfy { abs($0.metrics["relativeCost"]! - 1) < 0.5 })
        let summary = try ReportWriter(root: folder).write(results)
        #expect(summary.scenarios[0].contenders[0].metrics["dataset"] == nil)
        let bad = json.replacingOccurrences(of: "\"hyperband\"", with: "{\"name\": \"hyperband\", \"parameters\": {\"eta\": 1}}")
        #expect(throws: InputError.self) { try ScenarioLoader().load(data: Data(bad.utf8), file: "t.json", directory: "/tmp") }
    }
}

/// Cost-aware halving on curves small enough to follow by hand, and on the LCDB dataset that motivated it.
@Suite("Cost-aware halving")
struct CostAwareHalvingTests {
    /// Four learners at sizes 10, 30, 90, 270 (one recorded run each; test = validation):
    /// A good and linear in time, B as good at the end and 10× cheaper, C best at full size but
    /// quadratic in time, D bad and constant in time.
    static let curves: LearningCurves = {
        let learners: [(String, [Double], [Double])] = [
            ("A", [0.80, 0.85, 0.88, 0.90], [1, 3, 9, 27]),
            ("B", [0.78, 0.84, 0.89, 0.91], [0.1, 0.3, 0.9, 2.7]),
            ("C", [0.79, 0.83, 0.86, 0.95], [2, 18, 162, 1458]),
            ("D", [0.5, 0.5, 0.5, 0.5], [0.25, 0.25, 0.25, 0.25]),
        ]
        var csv = "openmlid,learner,size_train,inner_seed,traintime,score_valid,score_test\n"
        for (name, values, times) in learners {
            for (i, size) in [10, 30, 90, 270].enumerated() { csv += "7,\(name),\(size),0,\(times[i]),\(values[i]),\(values[i])\n" }
        }
        return try! LearningCurves(csv: csv, source: "test")
    }()

    @Test("each rung's time is the first rung's; the leader goes on free, then best first while predicted times fit")
    func byHand() throws {
        let problem = try RecordedTuningProblem(curves: Self.curves, dataset: 7)
        let tuner = try CostAwareHalving(keep: 1, finalBudget: 1)   // no count cap, the finals in one rung's time
        #expect(try CostAwareHalvingScheduler(trials: 4, minResource: 10, maxResource: 270).resources == [10, 30, 90, 270])
        var random = RandomSource(seed: 1)
        var splits = ReplaySplits(problem, random: &random)
        var ledger = Ledger()
        let trace = try tuner.run(problem, splits: &splits, ledger: &ledger)
        // Budget 1 + 0.1 + 2 + 0.25 = 3.35 per rung. At 30: A leads (free); C's predicted 2 · 3 = 6 does not
        // fit; B (0.3) and D (0.75) do. At 90 the same three. At 270: B leads; A's predicted 27 does not fit;
        // D (time exponent 0: 0.25) does.
        #expect(trace == [[0, 1, 2, 3], [0, 1, 3], [0, 1, 3], [1, 3]])
        // Finals: 2.7 + 0.25 spent; a second B (2.7) does not fit, one more D (0.25) does, then nothing.
        #expect(ledger.evaluations == 4 + 3 + 3 + 2 + 1)
        #expect(abs(ledger.cost - (1 + 3 + 9 + 0.1 + 0.3 + 0.9 + 2.7 + 2 + 0.25 * 5)) < 1e-9)
        #expect(ledger.incumbent?.configuration == 1)
        #expect(throws: InputError.self) { try CostAwareHalving(rungBudget: 0) }
        #expect(throws: InputError.self) { try CostAwareHalving(finalEvaluations: 0) }
        for keep in [0, 1.5, .nan] { #expect(throws: InputError.self) { try CostAwareHalving(keep: keep) } }
        for budget in [0, -1, .infinity] { #expect(throws: InputError.self) { try CostAwareHalving(finalBudget: budget) } }
    }

    @Test("the defaults: at most half of a rung goes on (at least two), and the finals get two rungs' time")
    func keepAndFinalBudget() throws {
        let problem = try RecordedTuningProblem(curves: Self.curves, dataset: 7)
        var random = RandomSource(seed: 1)
        var splits = ReplaySplits(problem, random: &random)
        var ledger = Ledger()
        let trace = try CostAwareHalving().run(problem, splits: &splits, ledger: &ledger)
        // At 30 two of four go on: A (the leader), then C does not fit (6 > 3.35) and B does. At 90 both
        // (at least two). At 270 B leads and A's predicted 27 does not fit: one finalist, no re-evaluation.
        #expect(trace == [[0, 1, 2, 3], [0, 1], [0, 1], [1]])
        #expect(ledger.evaluations == 4 + 2 + 2 + 1)
        #expect(abs(ledger.cost - (3.35 + 3 + 0.3 + 9 + 0.9 + 2.7)) < 1e-9)
        #expect(ledger.incumbent?.configuration == 1)
        // Without the cap, two rungs' time for the finals (6.7): B and D at 270 (2.95), then B once more
        // (5.65), and D four more times (to 6.65); a second re-evaluation of B (8.6) does not fit.
        var wideSplits = ReplaySplits(problem, random: &random)
        var wide = Ledger()
        _ = try CostAwareHalving(keep: 1).run(problem, splits: &wideSplits, ledger: &wide)
        #expect(wide.evaluations == 4 + 3 + 3 + 2 + 1 + 4)
        #expect(abs(wide.cost - (1 + 3 + 9 + 0.1 + 0.3 + 0.9 + 2.7 * 2 + 2 + 0.25 * 8)) < 1e-9)
    }

    @Test("on LCDB 41159 (gradient boosting leads until 4,096 samples, a random forest wins at full size) it keeps the forest; successive halving does not")
    func crossingCurves() throws {
        let problem = try RecordedTuningProblem(curves: .lcdbAccuracy, dataset: 41159)
        let forest = try #require(problem.learners.firstIndex(of: "RandomForestClassifier"))
        #expect(problem.finalTestScore(forest) == problem.bestTestScore)
        var kept = 0, halvingRegret = 0.0
        for seed in 0..<10 {
            if try ReplayTuner.costAwareHalving(CostAwareHalving()).run(problem, seed: UInt64(seed)).chosen == forest { kept += 1 }
            halvingRegret += problem.bestTestScore - problem.finalTestScore(try ReplayTuner.successiveHalving(eta: 3).run(problem, seed: UInt64(seed)).chosen)
        }
        #expect(kept >= 9)
        #expect(halvingRegret / 10 > 0.01)
    }
}
