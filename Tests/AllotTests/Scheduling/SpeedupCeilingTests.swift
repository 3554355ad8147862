import AllotData
import Foundation
import Testing
import AllotInterchange
@testable import AllotTuning

/// The speedup ceiling: the most a tuner that looks at every learner and trains its pick at full size can save.
@Suite("Speedup ceiling")
struct SpeedupCeilingTests {
    /// Three learners, two sizes, two seeds. Floors (cheapest run): a 1, b 0.5, c 3; cheapest full-size runs:
    /// a 10, b 20, c 15; exhaustive = mean full-size times 11 + 22 + 15 = 48. b is best on test, c 0.05 points behind.
    static let curves = try! LearningCurves(csv: """
        openmlid,learner,size_train,inner_seed,traintime,score_valid,score_test
        7,a,10,0,1,0.5,0.5
        7,a,10,1,2,0.5,0.5
        7,a,100,0,10,0.8,0.8
        7,a,100,1,12,0.8,0.8
        7,b,10,0,0.5,0.6,0.6
        7,b,10,1,0.7,0.6,0.6
        7,b,100,0,20,0.9,0.9
        7,b,100,1,24,0.9,0.9
        7,c,10,0,3,0.6,0.6
        7,c,10,1,3,0.6,0.6
        7,c,100,0,15,0.8995,0.8995
        7,c,100,1,15,0.8995,0.8995
        """, source: "test")

    @Test("by hand: the cheapest near-best pick pays the others' floors plus its full-size run")
    func byHand() throws {
        let problem = try RecordedTuningProblem(curves: Self.curves, dataset: 7)
        #expect(problem.exhaustiveCost == 48)
        let loose = try SpeedupCeiling(problem, tolerance: 0.001)
        // c: floors of a and b (1.5) + c's full run 15 = 16.5; b: 1 + 3 + 20 = 24.
        #expect(loose.learner == "c" && abs(loose.nearBest - 48 / 16.5) < 1e-12)
        // Any pick: a, 0.5 + 3 + 10 = 13.5. Looking at every learner once: 1 + 0.5 + 3.
        #expect(abs(loose.anyPick - 48 / 13.5) < 1e-12 && abs(loose.lookAtEveryLearner - 48 / 4.5) < 1e-12)
        let strict = try SpeedupCeiling(problem, tolerance: 0)
        #expect(strict.learner == "b" && abs(strict.nearBest - 2) < 1e-12)
        #expect(throws: InputError.self) { try SpeedupCeiling(problem, tolerance: .nan) }
        #expect(throws: InputError.self) { try SpeedupCeiling(problem, tolerance: -0.1) }
    }

    @Test("no tuner that looks at every learner beats it: on every LCDB dataset, speedup <= ceiling (near-best picks), <= any-pick ceiling always")
    func boundsEveryTuner() throws {
        let tuners: [ReplayTuner] = [
            .exhaustive, .costAwareHalving(try CostAwareHalving()), .costAwareHalving(try CostAwareHalving(rungBudget: 0.5)),
            .successiveHalving(eta: 3), .anchorHalving(start: 9, step: 3), .hyperband(eta: 3), .asha(eta: 3, workers: 4),
            .bandit(.init(structure: .flat, strategy: .ucb, costWeight: 0, rewardScale: 0.05), pulls: 40),
        ]
        let tolerance = 0.001
        var nearBestPicks = 0
        for dataset in LearningCurves.lcdbAccuracy.datasets {
            let problem = try RecordedTuningProblem(curves: .lcdbAccuracy, dataset: dataset)
            let ceiling = try SpeedupCeiling(problem, tolerance: tolerance)
            #expect(ceiling.nearBest <= ceiling.anyPick && ceiling.anyPick <= ceiling.lookAtEveryLearner)
            for tuner in tuners {
                for seed in UInt64(0)..<2 {
                    let outcome = try tuner.run(problem, seed: seed)
                    let speedup = problem.exhaustiveCost / outcome.cost
                    #expect(speedup <= ceiling.anyPick * (1 + 1e-9), "\(tuner) on \(dataset)")
                    if problem.bestTestScore - problem.finalTestScore(outcome.chosen) <= tolerance + 1e-12 {
                        nearBestPicks += 1
                        #expect(speedup <= ceiling.nearBest * (1 + 1e-9), "\(tuner) on \(dataset): \(speedup) > \(ceiling.nearBest)")
                    }
                }
            }
        }
        #expect(nearBestPicks > 100)   // the bound was exercised, not vacuous
    }
}
