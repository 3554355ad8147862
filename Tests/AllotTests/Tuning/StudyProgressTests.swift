import Foundation
import Testing
@testable import Allot
@testable import AllotTuning

/// `Study.progress()`: the resource a study spent and the best it had found, job by job, as the
/// journal recorded them (what `allot study plot` draws).
@Suite("Study progress against the resource spent")
struct StudyProgressTests {
    @Test("successive halving: each job counts only what it trained past its resume point; best appears when a trial reaches R")
    func successiveHalving() throws {
        let space = try SearchSpace([SearchParameter("x", .float(low: 0, high: 1, log: false))])
        let scheduler = try SchedulerRegistry.registry.configuration("successive-halving", ["maxResource": .number(9), "minResource": .number(1),
                                                                                           "trials": .number(9)])
        var study = try Study(try StudyDefinition(space: space, scheduler: scheduler, sampler: try Study.Sampling.random(seed: 4).configuration()))
        var failedOne = false
        while !study.isFinished {
            var batch: [Study.Assignment] = []
            while let job = study.ask() { batch.append(job) }
            for job in batch {
                guard case let .number(x)? = job.configuration["x"] else { return }
                if job.resource == 1, !failedOne { failedOne = true; try study.fail(job); continue }
                try study.tell(job, value: x * job.resource)
            }
        }
        let rows = study.progress()
        #expect(rows.count == study.jobs.count)
        // 9 jobs of 1, then 3 continuing from 1 to 3 (2 each), then 1 from 3 to 9 (6): 9 + 6 + 6.
        #expect(rows.map(\.trained) == Array(repeating: 1, count: 9) + [2, 2, 2, 6])
        #expect(rows.last?.spent == 21)
        #expect(rows.filter { $0.value == nil }.count == 1)
        #expect(rows.dropLast().allSatisfy { $0.best == nil })              // nothing at R before the last job
        #expect(rows.last?.best == study.best?.value)
        #expect(zip(rows, rows.dropFirst()).allSatisfy { $0.spent < $1.spent })
    }

    @Test("a minimizing study's best so far only improves, and equals the study's best at the end")
    func bestSoFar() throws {
        let space = try SearchSpace([SearchParameter("x", .float(low: -1, high: 1, log: false))])
        var study = try Study(space: space, schedule: .random(trials: 30, resource: 2), direction: .minimize, sampler: .random(seed: 8))
        while let job = study.ask() {
            guard case let .number(x)? = job.configuration["x"] else { return }
            try study.tell(job, value: x * x)
        }
        let best = study.progress().compactMap(\.best)
        #expect(best.count == 30 && zip(best, best.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(best.last == study.best?.value)
        #expect(study.progress().last?.spent == 60)
    }
}
