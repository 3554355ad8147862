import Foundation
import Testing
import AllotInterchange
@testable import Allot
@testable import AllotTuning

/// Cost-aware halving as a study's scheduler: the by-hand trace of the replay's test (four learners at
/// 10, 30, 90, 270), driven through the scheduler and through a `Study` told measured costs, its
/// journal round trip, and what it refuses.
@Suite("Cost-aware halving scheduler")
struct CostAwareHalvingSchedulerTests {
    /// A good and linear in time, B as good at the end and 10× cheaper, C best at full size but
    /// quadratic in time, D bad and constant in time (the replay test's curves).
    static let values: [[Double]] = [[0.80, 0.85, 0.88, 0.90], [0.78, 0.84, 0.89, 0.91], [0.79, 0.83, 0.86, 0.95], [0.5, 0.5, 0.5, 0.5]]
    static let costs: [[Double]] = [[1, 3, 9, 27], [0.1, 0.3, 0.9, 2.7], [2, 18, 162, 1458], [0.25, 0.25, 0.25, 0.25]]
    static let learners = ["A", "B", "C", "D"]

    static func drive(_ scheduler: inout CostAwareHalvingScheduler) throws -> [SchedulerJob] {
        var handed: [SchedulerJob] = []
        while true {
            var batch: [SchedulerJob] = []
            while let job = scheduler.nextJob() { batch.append(job) }
            if batch.isEmpty { return handed }
            for job in batch { try scheduler.report(job, value: values[job.configuration][job.rung], cost: costs[job.configuration][job.rung]) }
            handed += batch
        }
    }

    @Test("budget = the first rung's cost; the leader goes on free, then best first while predicted costs fit, at most half")
    func byHand() throws {
        var scheduler = try CostAwareHalvingScheduler(trials: 4, minResource: 10, maxResource: 270)
        #expect(scheduler.resources == [10, 30, 90, 270])
        #expect(scheduler.budget == nil)
        let jobs = try Self.drive(&scheduler)
        // Budget 1 + 0.1 + 2 + 0.25 = 3.35. At 30, two of four: A leads (free), C's predicted 2 · 3 = 6
        // does not fit, B's 0.3 does. At 90 both (at least two). At 270 B leads, A's predicted 27 does not fit.
        #expect(scheduler.members == [[0, 1, 2, 3], [0, 1], [0, 1], [1]])
        #expect(abs(try #require(scheduler.budget) - 3.35) < 1e-12)
        #expect(jobs.map(\.resource) == [10, 10, 10, 10, 30, 30, 90, 90, 270])
        #expect(scheduler.peek() == nil)

        var wide = try CostAwareHalvingScheduler(trials: 4, minResource: 10, maxResource: 270, keep: 1)
        _ = try Self.drive(&wide)
        // No count cap: D (0.75 at 30) fits beside B; at 270 D's exponent is 0, so its 0.25 fits.
        #expect(wide.members == [[0, 1, 2, 3], [0, 1, 3], [0, 1, 3], [1, 3]])

        var generous = try CostAwareHalvingScheduler(trials: 4, minResource: 10, maxResource: 270, rungBudget: 1_000, keep: 1)
        _ = try Self.drive(&generous)
        // Every cost fits: each rung is the whole field ranked by the rung below.
        #expect(generous.members == [[0, 1, 2, 3], [0, 2, 1, 3], [0, 1, 2, 3], [1, 0, 2, 3]])
    }

    @Test("a study with measured costs asks the same jobs, picks B, and a saved journal continues identically")
    func study() throws {
        let space = try SearchSpace([SearchParameter("learner", .categorical(Self.learners))])
        let scheduler = try SchedulerRegistry.registry.configuration("cost-aware-halving", ["maxResource": .number(270), "trials": .number(4)])
        let definition = try StudyDefinition(space: space, scheduler: scheduler, sampler: try Study.Sampling.random(seed: 0).configuration())
        #expect(definition.scheduler.parameters.number("minResource") == 10)   // 270 / 3³, stored in the definition

        func run(explicitCost: Bool, saveAfter: Int?) throws -> (Study, [String]) {
            var study = try Study(definition)
            for learner in Self.learners { try study.enqueue(["learner": .choice(learner)]) }
            var asked: [String] = [], told = 0, clock = 1_000.0
            while !study.isFinished {
                var batch: [Study.Assignment] = []
                while let assignment = study.ask(now: clock) { batch.append(assignment) }
                for assignment in batch {
                    let learner = Self.learners.firstIndex(of: assignment.configuration["learner"]!.description)!
                    asked.append("\(Self.learners[learner])@\(JSONValue.format(assignment.resource))")
                    let cost = Self.costs[learner][assignment.rung]
                    clock += cost
                    if explicitCost {
                        try study.tell(assignment, value: Self.values[learner][assignment.rung], cost: cost, now: 0)
                    } else {
                        try study.tell(assignment, value: Self.values[learner][assignment.rung], now: clock)   // timed from ask to tell
                        clock -= cost   // the next job of this batch was asked at the same time
                    }
                    told += 1
                    if told == saveAfter {
                        let data = try JSONEncoder().encode(study)
                        study = try JSONDecoder().decode(Study.self, from: data)
                    }
                }
                clock += 1
            }
            return (study, asked)
        }

        let (study, asked) = try run(explicitCost: true, saveAfter: nil)
        #expect(asked == ["A@10", "B@10", "C@10", "D@10", "A@30", "B@30", "A@90", "B@90", "B@270"])
        #expect(study.best?.configuration["learner"] == .choice("B"))
        #expect(study.jobs.map(\.cost) == [1, 0.1, 2, 0.25, 3, 0.3, 9, 0.9, 2.7])
        for saveAfter in [2, 5, 8] {
            let (resumed, again) = try run(explicitCost: true, saveAfter: saveAfter)
            #expect(again == asked)
            #expect(resumed.events == study.events)
        }
        let (timed, timedAsked) = try run(explicitCost: false, saveAfter: 6)
        #expect(timedAsked == asked)
        let measured = timed.jobs.map { $0.cost ?? -1 }
        #expect(zip(measured, study.jobs.map { $0.cost! }).allSatisfy { abs($0 - $1) < 1e-9 })
    }

    @Test("a job without a cost, a job it could not have handed out, a bad cost: errors naming them; a failed trial never goes on")
    func refusals() throws {
        var scheduler = try CostAwareHalvingScheduler(trials: 3, minResource: 1, maxResource: 9, rungBudget: 10, keep: 1)
        let first = try #require(scheduler.peek())
        try scheduler.adopt(first)
        #expect(throws: SchedulerError.self) { try scheduler.report(first, value: 0.5) }
        #expect(throws: SchedulerError.self) { try scheduler.report(first, value: 0.5, cost: .nan) }
        #expect(throws: SchedulerError.self) { try scheduler.adopt(SchedulerJob(configuration: 2, rung: 0, resource: 1)) }   // out of order
        #expect(throws: SchedulerError.self) { try scheduler.adopt(SchedulerJob(configuration: 1, rung: 0, resource: 2)) }   // wrong resource
        #expect(throws: SchedulerError.self) { try scheduler.adopt(SchedulerJob(configuration: 0, rung: 1, resource: 3)) }   // rung not decided
        #expect(throws: SchedulerError.self) { try scheduler.adopt(SchedulerJob(configuration: 1, rung: 0, resource: 1, bracket: 1)) }
        try scheduler.report(first, value: -.infinity, cost: nil)   // failed: no cost needed, never promoted
        let second = try #require(scheduler.peek())
        try scheduler.adopt(second)
        let third = try #require(scheduler.peek())
        try scheduler.adopt(third)
        try scheduler.report(second, value: 0.2, cost: 1)
        #expect(throws: SchedulerError.self) { try scheduler.report(second, value: 0.2, cost: 1) }   // told twice
        try scheduler.report(third, value: 0.1, cost: 1)
        #expect(scheduler.members[1] == [1, 2])   // everything fits and nothing is capped, but the failed trial stays out
        #expect(throws: SchedulerError.self) { try scheduler.adopt(SchedulerJob(configuration: 0, rung: 1, resource: 3)) }   // not a member
        for (name, value) in [("rungBudget", JSONValue.number(0)), ("keep", .number(1.5)), ("trials", .number(0))] {
            #expect(throws: InputError.self) {
                _ = try SchedulerRegistry.registry.build(try SchedulerRegistry.registry.configuration("cost-aware-halving", ["maxResource": .number(9), name: value]), ())
            }
        }

        let space = try SearchSpace([SearchParameter("x", .float(low: 0, high: 1, log: false))])
        var study = try Study(StudyDefinition(space: space, scheduler: try SchedulerRegistry.registry.configuration("cost-aware-halving", ["maxResource": .number(9), "trials": .number(2)]),
                                              sampler: try Study.Sampling.random(seed: 0).configuration()))
        let asked = study.ask()
        let job = try #require(asked)
        for cost in [-1, Double.nan, .infinity] {
            #expect(throws: StudyError.self) { try study.tell(job, value: 0.5, cost: cost) }
        }
        try study.tell(job, value: 0.5, cost: 0)
        // A journal entry with a bad cost is refused, naming the field.
        let entry = #"{"type":"tell","trial":0,"bracket":0,"rung":0,"value":0.5,"cost":-1}"#
        #expect(throws: InputError.self) { _ = try StudyEvent.read(FieldReader(source: "journal", value: try JSONParser.parse(entry, source: "journal")), space: space) }
    }
}
