import Foundation
import Testing
import AllotInterchange
@testable import Allot
@testable import AllotTuning

/// The median stopping rule (Optuna's MedianPruner): each decision checked against the rule computed
/// directly from the values so far, the warm-up and startup that disable it, failed trials, the limit on
/// decision points, and a study that replays to the same decisions.
@Suite("Median stopping")
struct MedianStoppingTests {
    static let space = try! SearchSpace([SearchParameter("x", .float(low: 0, high: 1, log: false))])

    /// Trial t's value at resource r: a learning curve with a per-trial level and noise, so curves cross.
    static func value(_ trial: Int, _ resource: Double, _ x: Double) -> Double {
        var noise = SplitMix64(seed: SplitMix64.derive(seed: UInt64(trial), index: UInt64(resource * 10)))
        return x * (1 - 1 / (1 + resource)) + 0.05 * (noise.uniform() - 0.5)
    }

    @Test("every decision of trials trained in the loop is the rule computed directly: best so far against the completed trials' median at that resource")
    func ruleAgainstDirect() throws {
        let definition = try StudyDefinition(space: Self.space, scheduler: try SchedulerRegistry.registry.configuration(
            "median", ["maxResource": 8, "interval": 2, "startupTrials": 3, "warmup": 2, "trials": 40]), sampler: try Study.Sampling.random(seed: 5).configuration())
        var study = try Study(definition)
        var curves: [Int: [Double: Double]] = [:]      // trial → resource → value
        var completed: [Int] = []
        var stopped = 0
        while var job = study.ask() {
            guard case let .number(x)? = job.configuration["x"] else { Issue.record("no x"); return }
            while true {
                let v = Self.value(job.trial, job.resource, x)
                curves[job.trial, default: [:]][job.resource] = v
                try study.tell(job, value: v)
                if job.resource == 8 { completed.append(job.trial); break }
                // The rule, directly.
                let best = curves[job.trial]!.values.max()!
                let others = completed.compactMap { curves[$0]?[job.resource] }.sorted()
                var expected = true
                if job.resource >= 2, completed.count >= 3, !others.isEmpty {
                    let m = others.count / 2
                    expected = best >= (others.count % 2 == 1 ? others[m] : (others[m - 1] + others[m]) / 2)
                }
                let next = study.promote(trial: job.trial)
                #expect((next != nil) == expected, "trial \(job.trial) at \(job.resource)")
                guard let next else { stopped += 1; break }
                #expect(next.resource == job.resource + 2)
                job = next
            }
        }
        #expect(study.trials.count == 40)
        #expect(stopped >= 10 && completed.count >= 5)                  // it both stops and lets trials finish
        #expect(Array(completed.prefix(3)) == [0, 1, 2])               // the startup trials run to the end
    }

    @Test("workers that ask get the promotions decided at a report before new trials; a failed trial never goes on; a saved study continues the same")
    func askingWorkers() throws {
        let definition = try StudyDefinition(space: Self.space, scheduler: try SchedulerRegistry.registry.configuration(
            "median", ["maxResource": 3, "startupTrials": 1, "trials": 6]), sampler: try Study.Sampling.random(seed: 1).configuration())
        var study = try Study(definition)
        var asked: [(Int, Double)] = []
        var failedOnce = false
        while let job = study.ask() {
            asked.append((job.trial, job.resource))
            if job.trial == 2, !failedOnce { failedOnce = true; try study.fail(job); continue }
            guard case let .number(x)? = job.configuration["x"] else { return }
            try study.tell(job, value: Self.value(job.trial, job.resource, x))
            if asked.count == 7 {
                let restored = try JSONDecoder().decode(Study.self, from: try JSONEncoder().encode(study))
                var a = study, b = restored
                #expect(a.ask() == b.ask())
            }
        }
        // A promotion is asked right after the report that decided it.
        for (index, (trial, resource)) in asked.enumerated() where resource > 1 {
            #expect(index > 0 && asked[index - 1].0 == trial, "trial \(trial) at \(resource)")
        }
        #expect(!asked.contains { $0.0 == 2 && $0.1 > 1 })
        #expect(study.trials[2].state == .failed)
    }

    @Test("bad settings are refused naming the parameter; more than 61 decision points is refused with the interval to use")
    func settings() throws {
        let many = #expect(throws: InputError.self) { try MedianStopping(maxResource: 100, interval: 1) }
        #expect(many?.description.contains("at least maxResource / 61") == true)
        _ = try MedianStopping(maxResource: 100, interval: 2)
        #expect(throws: InputError.self) { try MedianStopping(maxResource: 10, interval: 0) }
        // More decision points than an Int holds (found by the fuzz pass, which trapped here): an error, not a crash.
        #expect(throws: InputError.self) { try MedianStopping(maxResource: 1e15, interval: 1e-9) }
        #expect(throws: InputError.self) { try MedianStopping(maxResource: 1e15, interval: .leastNonzeroMagnitude) }
        #expect(throws: InputError.self) { try MedianStopping(maxResource: 10, warmup: -1) }
        let rungs = try MedianStopping(maxResource: 10, interval: 3).resources
        #expect(rungs == [3, 6, 9, 10])
    }
}
