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

    /// Values at 270 by repetition: C's first split is lucky (0.95, then 0.86), B's is a little unlucky.
    static let repeated: [[Double]] = [[0.90, 0.90, 0.90, 0.90, 0.90], [0.91, 0.92, 0.92, 0.92, 0.92], [0.95, 0.86, 0.86, 0.86, 0.86], [0.5, 0.5, 0.5, 0.5, 0.5]]

    static func value(_ job: SchedulerJob) -> Double { job.rung == 3 ? repeated[job.configuration][job.repetition] : values[job.configuration][job.rung] }

    @Test("re-evaluations at R: rounds of the two best by mean while their first cost fits the final budget; the pick is the best mean")
    func reEvaluations() throws {
        var scheduler = try CostAwareHalvingScheduler(trials: 4, minResource: 10, maxResource: 270, rungBudget: 1_000, keep: 1)
        var handed: [SchedulerJob] = []
        while true {
            var batch: [SchedulerJob] = []
            while let job = scheduler.nextJob() { batch.append(job) }
            if batch.isEmpty { break }
            for job in batch { try scheduler.report(job, value: Self.value(job), cost: Self.costs[job.configuration][job.rung]) }
            handed += batch
        }
        // Budget 3,350, R's rung may spend 6,700; its four jobs cost 1,487.95. Round 1: C (0.95) and B (0.91)
        // again; C falls to a mean of 0.905, B rises to 0.915. Round 2: B, C (0.887 after). Rounds 3 and 4:
        // B and A (0.90). Four rounds = finalEvaluations − 1; 4,468.75 spent in all.
        let repeats = handed.filter { $0.repetition > 0 }.map { "\(Self.learners[$0.configuration])\($0.repetition)" }
        #expect(repeats == ["C1", "B1", "B2", "C2", "B3", "A1", "B4", "A2"])
        #expect(handed.filter { $0.repetition > 0 }.allSatisfy { $0.rung == 3 && $0.resource == 270 })
        #expect(scheduler.finalRanking == [1, 0, 2, 3])
        #expect(scheduler.finalValues[1]!.count == 5 && scheduler.finalValues[0]!.count == 3 && scheduler.finalValues[3]!.count == 1)
        #expect(scheduler.peek() == nil)

        // One evaluation each: C's lucky split wins, as it would without re-evaluations.
        var once = try CostAwareHalvingScheduler(trials: 4, minResource: 10, maxResource: 270, rungBudget: 1_000, keep: 1, finalEvaluations: 1)
        while let job = once.nextJob() { try once.report(job, value: Self.value(job), cost: Self.costs[job.configuration][job.rung]) }
        #expect(once.finalRanking.first == 2)
        // A final budget below what R's rung already cost (0.44 · 3,350 < 1,487.95): no re-evaluation.
        var tight = try CostAwareHalvingScheduler(trials: 4, minResource: 10, maxResource: 270, rungBudget: 1_000, keep: 1, finalBudget: 0.44)
        while let job = tight.nextJob() { #expect(job.repetition == 0); try tight.report(job, value: Self.value(job), cost: Self.costs[job.configuration][job.rung]) }

        // Refusals: a repetition not in the round, one with the wrong number, one told before it was handed out;
        // schedulers without re-evaluations refuse them.
        var partial = try CostAwareHalvingScheduler(trials: 4, minResource: 10, maxResource: 270, rungBudget: 1_000, keep: 1)
        while let job = partial.peek(), job.repetition == 0 { try partial.adopt(job); try partial.report(job, value: Self.value(job), cost: Self.costs[job.configuration][job.rung]) }
        #expect(partial.peek() == SchedulerJob(configuration: 2, rung: 3, resource: 270, repetition: 1))
        #expect(throws: SchedulerError.self) { try partial.adopt(SchedulerJob(configuration: 0, rung: 3, resource: 270, repetition: 1)) }
        #expect(throws: SchedulerError.self) { try partial.adopt(SchedulerJob(configuration: 2, rung: 3, resource: 270, repetition: 2)) }
        #expect(throws: SchedulerError.self) { try partial.report(SchedulerJob(configuration: 2, rung: 3, resource: 270, repetition: 1), value: 0.9, cost: 1) }
        var hyperband = try HyperbandScheduler(maxResource: 9, eta: 3)
        #expect(throws: SchedulerError.self) { try hyperband.adopt(SchedulerJob(configuration: 0, rung: 0, resource: 1, repetition: 1)) }
        var asha = try ASHA(minResource: 1, maxResource: 9, eta: 3, maxConfigurations: 4)
        #expect(throws: SchedulerError.self) { try asha.adopt(SchedulerJob(configuration: 0, rung: 0, resource: 1, repetition: 1)) }
        var halving = try SuccessiveHalvingScheduler(trials: 4, minResource: 1, maxResource: 9, eta: 3)
        #expect(throws: SchedulerError.self) { try halving.adopt(SchedulerJob(configuration: 0, rung: 0, resource: 1, repetition: 1)) }
        var random = try RandomSearchScheduler(trials: 4, resource: 1)
        #expect(throws: SchedulerError.self) { try random.adopt(SchedulerJob(configuration: 0, rung: 0, resource: 1, repetition: 1)) }
    }

    @Test("a study's re-evaluations: fresh starts with a repetition number, the trial's value the mean, journals that continue; old definitions keep none")
    func studyReEvaluations() throws {
        let space = try SearchSpace([SearchParameter("learner", .categorical(Self.learners))])
        let scheduler = try SchedulerRegistry.registry.configuration(
            "cost-aware-halving", ["maxResource": .number(270), "trials": .number(4), "rungBudget": .number(1_000), "keep": .number(1)])
        let definition = try StudyDefinition(space: space, scheduler: scheduler, sampler: try Study.Sampling.random(seed: 0).configuration())
        #expect(definition.scheduler.parameters.integer("finalEvaluations") == 5 && definition.scheduler.parameters.number("finalBudget") == 2)

        func run(saveAfter: Int?) throws -> (Study, [String]) {
            var study = try Study(definition)
            for learner in Self.learners { try study.enqueue(["learner": .choice(learner)]) }
            var asked: [String] = [], told = 0
            while !study.isFinished {
                var batch: [Study.Assignment] = []
                while let assignment = study.ask(now: 0) { batch.append(assignment) }
                for assignment in batch {
                    let learner = Self.learners.firstIndex(of: assignment.configuration["learner"]!.description)!
                    asked.append("\(Self.learners[learner])@\(JSONValue.format(assignment.resource))" + (assignment.repetition > 0 ? "#\(assignment.repetition)" : ""))
                    if assignment.repetition > 0 {
                        #expect(assignment.resumeFrom == nil)   // trained afresh
                        #expect(StudyJSON.assignment(assignment, space: space).canonicalText.contains("\"repetition\":\(assignment.repetition)"))
                    }
                    let job = SchedulerJob(configuration: learner, rung: assignment.rung, resource: assignment.resource, repetition: assignment.repetition)
                    try study.tell(assignment, value: Self.value(job), cost: Self.costs[learner][assignment.rung], now: 0)
                    told += 1
                    if told == saveAfter { study = try JSONDecoder().decode(Study.self, from: try JSONEncoder().encode(study)) }
                }
            }
            return (study, asked)
        }
        let (study, asked) = try run(saveAfter: nil)
        #expect(Array(asked.suffix(8)) == ["C@270#1", "B@270#1", "B@270#2", "C@270#2", "B@270#3", "A@270#1", "B@270#4", "A@270#2"])
        let best = try #require(study.best)
        #expect(best.configuration["learner"] == .choice("B") && best.evaluations == 5)
        #expect(abs(best.value! - (0.91 + 4 * 0.92) / 5) < 1e-12)
        #expect(study.trials[2].evaluations == 3 && abs(study.trials[2].value! - (0.95 + 2 * 0.86) / 3) < 1e-12)
        #expect(StudyJSON.trial(best, space: space).canonicalText.contains("\"evaluations\":5"))
        #expect(study.events.contains { $0.json(space: space).canonicalText.contains("\"repetition\":4") })
        for saveAfter in [17, 20, 23] {   // before the finals, inside round 1, inside round 3
            let (resumed, again) = try run(saveAfter: saveAfter)
            #expect(again == asked)
            #expect(resumed.events == study.events)
        }

        // A definition stored by the release before re-evaluations (no finalEvaluations) keeps none.
        var stored = definition.json
        guard case var .object(root) = stored, case var .object(schedulerObject)? = root["scheduler"], case var .object(parameters)? = schedulerObject["parameters"] else {
            Issue.record("a definition is an object"); return
        }
        parameters["finalEvaluations"] = nil
        parameters["finalBudget"] = nil
        schedulerObject["parameters"] = .object(parameters)
        root["scheduler"] = .object(schedulerObject)
        stored = .object(root)
        let old = try StudyDefinition.read(FieldReader(source: "definition", value: stored))
        #expect(old.scheduler.parameters.integer("finalEvaluations") == 1)
        var oldStudy = try Study(old)
        for learner in Self.learners { try oldStudy.enqueue(["learner": .choice(learner)]) }
        while !oldStudy.isFinished {
            var batch: [Study.Assignment] = []
            while let assignment = oldStudy.ask(now: 0) { batch.append(assignment) }
            for assignment in batch {
                #expect(assignment.repetition == 0)
                let learner = Self.learners.firstIndex(of: assignment.configuration["learner"]!.description)!
                try oldStudy.tell(assignment, value: Self.value(SchedulerJob(configuration: learner, rung: assignment.rung, resource: assignment.resource)),
                                  cost: Self.costs[learner][assignment.rung])
            }
        }
        #expect(oldStudy.best?.configuration["learner"] == .choice("C"))
        let reread = try StudyDefinition.read(FieldReader(source: "definition", value: definition.json))
        #expect(reread == definition)

        // A journal entry naming a repetition the scheduler did not hand out is refused.
        let entry = #"{"type":"ask","trial":0,"bracket":0,"rung":0,"repetition":1,"resource":10}"#
        let event = try StudyEvent.read(FieldReader(source: "journal", value: try JSONParser.parse(entry, source: "journal")), space: space)
        #expect(throws: InputError.self) {
            _ = try Study(definition, replaying: [.trial(0, ["learner": .choice("A")]), event])
        }
    }
}
