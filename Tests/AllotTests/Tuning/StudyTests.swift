import Foundation
import Testing
import AllotInterchange
@testable import Allot
@testable import AllotTuning

/// The ask/tell study: Hyperband's rungs as the paper counts them, promotions that resume, the best
/// trial, ASHA with several workers, and a save/restore that continues identically.
@Suite("Study (ask/tell)")
struct StudyTests {
    static let space = try! SearchSpace([SearchParameter("x", .float(low: 0, high: 1, log: false))])

    /// A toy objective: better for larger x, improving with resource.
    static func objective(_ configuration: Configuration, _ resource: Double) -> Double {
        guard case let .number(x)? = configuration["x"] else { return 0 }
        return x * (1 - 1 / (1 + resource))
    }

    @Test("Hyperband R = 81, η = 3 asks exactly the table's jobs; promotions resume from the previous resource")
    func hyperband() throws {
        var study = try Study(space: Self.space, schedule: .hyperband(maxResource: 81, eta: 3), sampler: .random(seed: 2))
        var jobsAt: [Double: Int] = [:]
        var resumed = 0
        while !study.isFinished {
            var batch: [Study.Assignment] = []
            while let assignment = study.ask() { batch.append(assignment) }
            for assignment in batch {
                jobsAt[assignment.resource, default: 0] += 1
                if let from = assignment.resumeFrom {
                    #expect(from < assignment.resource)
                    resumed += 1
                }
                try study.tell(assignment, value: Self.objective(assignment.configuration, assignment.resource))
            }
        }
        #expect(jobsAt == [1: 81, 3: 27 + 34, 9: 9 + 11 + 15, 27: 3 + 3 + 5 + 8, 81: 1 + 1 + 1 + 2 + 5])
        #expect(study.trials.count == 81 + 34 + 15 + 8 + 5)
        #expect(resumed == (27 + 9 + 3 + 1) + (11 + 3 + 1) + (5 + 1) + 2)
        let best = try #require(study.best)
        #expect(best.resource == 81)
        let finalists = study.trials.filter { $0.resource == 81 }
        #expect(best.value == finalists.compactMap(\.value).max())
        #expect(finalists.allSatisfy { $0.state == .completed })
    }

    @Test("successive halving as a study's scheduler: the first rung by the stated rule (written into the definition), ⌊n/η⌋ kept, the best at R; a journal replays it")
    func successiveHalving() throws {
        let configuration = try SchedulerRegistry.registry.configuration("successive-halving", ["maxResource": .number(81), "trials": .number(27)])
        let definition = try StudyDefinition(space: Self.space, scheduler: configuration, sampler: try Study.Sampling.random(seed: 5).configuration())
        #expect(definition.scheduler.parameters.number("minResource") == 3)          // 81 / 3³, stored
        var study = try Study(definition)
        var jobsAt: [Double: Int] = [:]
        while !study.isFinished {
            var batch: [Study.Assignment] = []
            while let assignment = study.ask() { batch.append(assignment) }
            for assignment in batch {
                jobsAt[assignment.resource, default: 0] += 1
                try study.tell(assignment, value: Self.objective(assignment.configuration, assignment.resource))
            }
        }
        #expect(jobsAt == [3: 27, 9: 9, 27: 3, 81: 1])
        #expect(study.trials.count == 27)
        // The winner is the best of the rung-27 trials by the objective (x × (1 − 1/28)): the largest x among them.
        let third = study.trials.filter { ($0.resource ?? 0) >= 27 }
        let largest = third.max { a, b in
            guard case let .number(x)? = a.configuration["x"], case let .number(y)? = b.configuration["x"] else { return false }
            return x < y
        }
        #expect(study.best?.id == largest?.id && study.best?.resource == 81)
        // Rebuilt from its journal, the study is the same.
        let replayed = try JSONDecoder().decode(Study.self, from: JSONEncoder().encode(study))
        #expect(replayed.best == study.best && replayed.isFinished)
        // A first rung given explicitly is kept; one above R is refused by name.
        let given = try StudyDefinition(space: Self.space, scheduler: try SchedulerRegistry.registry.configuration("successive-halving",
            ["maxResource": .number(81), "minResource": .number(9)]), sampler: try Study.Sampling.random(seed: 5).configuration())
        #expect(given.scheduler.parameters.number("minResource") == 9)
        #expect(throws: InputError.self) {
            try StudyDefinition(space: Self.space, scheduler: try SchedulerRegistry.registry.configuration("successive-halving",
                ["maxResource": .number(81), "minResource": .number(100)]), sampler: try Study.Sampling.random(seed: 5).configuration())
        }
    }

    @Test("a study saved mid-run and restored asks and decides exactly as the original")
    func saveAndRestore() throws {
        var study = try Study(space: Self.space, schedule: .asha(minResource: 1, maxResource: 27, eta: 3, trials: 30),
                              direction: .minimize, sampler: .sobol)
        var pending: [Study.Assignment] = []
        for _ in 0..<10 { if let a = study.ask() { pending.append(a) } }
        for a in pending.prefix(6) { try study.tell(a, value: -Self.objective(a.configuration, a.resource)) }
        pending.removeFirst(6)
        var restored = try JSONDecoder().decode(Study.self, from: JSONEncoder().encode(study))
        func drive(_ s: inout Study, _ open: [Study.Assignment]) throws -> [Study.Assignment] {
            var open = open, log: [Study.Assignment] = []
            while true {
                while open.count < 3, let a = s.ask() { open.append(a); log.append(a) }
                guard !open.isEmpty else { return log }
                let a = open.removeFirst()
                try s.tell(a, value: -Self.objective(a.configuration, a.resource))
            }
        }
        let original = try drive(&study, pending)
        let again = try drive(&restored, pending)
        #expect(original == again)
        #expect(study.best == restored.best)
        #expect(study.trials.count == 30)
    }

    @Test("fail never promotes; telling twice or reporting outside a run is an error")
    func failuresAndErrors() throws {
        var study = try Study(space: Self.space, schedule: .random(trials: 3, resource: 5), sampler: .random(seed: 1))
        let asked = study.ask()
        let a = try #require(asked)
        try study.report(trial: a.trial, resource: 1, value: 0.2)
        try study.fail(a)
        #expect(study.trials[a.trial].state == .failed)
        #expect(throws: StudyError.unknownAssignment(trial: a.trial)) { try study.tell(a, value: 1) }
        #expect(throws: StudyError.notRunning(trial: a.trial)) { try study.report(trial: a.trial, resource: 2, value: 0.3) }
        let askedAgain = study.ask()
        let b = try #require(askedAgain)
        #expect(throws: StudyError.self) { try study.tell(b, value: .nan) }
        try study.tell(b, value: 0.7)
        #expect(study.best?.id == b.trial)
        #expect(throws: InputError.self) { try Study(space: Self.space, schedule: .hyperband(maxResource: 81, eta: 1), sampler: .random(seed: 1)) }
    }
}
