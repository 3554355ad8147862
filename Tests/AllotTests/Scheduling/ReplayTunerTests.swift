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
        let records = LearningCurves.lcdbAccuracy.records(dataset: 23).filter { $0.learner == problem.learners[3] && $0.trainingSize == 64 }
        for _ in 0..<20 {
            let m = problem.evaluate(3, resource: 64, random: &random)
            #expect(records.contains { $0.validationScore == m.validation && $0.testScore == m.test && $0.trainTime == m.trainTime })
        }
        #expect(problem.bestTestScore >= problem.finalTestScore(0))
        #expect(throws: InputError.self) { try RecordedTuningProblem(curves: LearningCurves.lcdbAccuracy, dataset: 4) }
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
        // 20 learners, sizes 16 → 1192 (R = 74.5 in units of 16, s = 3): rungs of 20, 6, 2, 1 learners at
        // R/27, R/9, R/3 and R.
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
