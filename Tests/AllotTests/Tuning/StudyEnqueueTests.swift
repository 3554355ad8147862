import Foundation
import Testing
import AllotInterchange
@testable import Allot
@testable import AllotTuning

/// Configurations a user queues ahead of the sampler (`Study.enqueue`, Optuna's `enqueue_trial`): taken
/// in order by the next new trials, partial ones completed by the sampler, bad ones refused with the
/// field named, and the queue kept by the journal through saves and storages.
@Suite("Study: enqueued configurations")
struct StudyEnqueueTests {
    static let space = try! SearchSpace([
        SearchParameter("learningRate", .float(low: 1e-4, high: 1e-1, log: true)),
        SearchParameter("width", .integer(low: 16, high: 256, step: 16, log: false)),
        SearchParameter("optimizer", .categorical(["sgd", "adam"])),
        SearchParameter("momentum", .float(low: 0, high: 0.99, log: false), when: .init(parent: "optimizer", values: ["sgd"])),
    ])

    static func study(_ sampler: Study.Sampling = .random(seed: 4), trials: Int = 6) throws -> Study {
        try Study(space: space, schedule: .random(trials: trials, resource: 1), sampler: sampler)
    }

    /// The next assignment, which must exist.
    static func next(_ study: inout Study) throws -> Study.Assignment {
        let assignment = study.ask()
        return try #require(assignment)
    }

    @Test("queued configurations become the next new trials in order; the sampler fills what a partial one leaves out")
    func order() throws {
        var study = try Self.study()
        let full: Configuration = ["learningRate": .number(0.01), "width": .integer(64), "optimizer": .choice("sgd"), "momentum": .number(0.9)]
        #expect(try study.enqueue(full))
        #expect(try study.enqueue(["optimizer": .choice("adam"), "width": .number(128)]))   // a whole number is an integer's value
        #expect(study.queued.count == 2)
        let first = try Self.next(&study), second = try Self.next(&study), third = try Self.next(&study)
        #expect(first.configuration == full)
        #expect(second.configuration["optimizer"] == .choice("adam") && second.configuration["width"] == .integer(128))
        #expect(second.configuration["momentum"] == nil)
        // The sampler's choice where the queued values are silent: trial 1's learning rate is the one a
        // study without a queue draws for trial 1.
        var plain = try Self.study()
        _ = plain.ask()
        let twin = try Self.next(&plain)
        #expect(second.configuration["learningRate"] == twin.configuration["learningRate"])
        #expect(study.queued.isEmpty)
        let unqueued = try Self.next(&plain)
        #expect(third.configuration == unqueued.configuration)     // the queue empty, the sampler again
    }

    @Test("a partial configuration on TPE: trials told so far still guide the parameters left out")
    func partialWithTPE() throws {
        var study = try Self.study(.tpe(seed: 1), trials: 30)
        for _ in 0..<12 {
            let job = try Self.next(&study)
            guard case let .number(rate)? = job.configuration["learningRate"] else { Issue.record("no learning rate"); return }
            try study.tell(job, value: -abs(Foundation.log10(rate) + 2))
        }
        try study.enqueue(["width": .integer(32)])
        let job = try Self.next(&study)
        #expect(job.configuration["width"] == .integer(32))
        #expect(job.configuration["learningRate"] != nil && job.configuration["optimizer"] != nil)
    }

    @Test("bad configurations are refused with the field named, and nothing is queued")
    func refused() throws {
        var study = try Self.study()
        func problem(_ configuration: Configuration) -> InputError? {
            do { try study.enqueue(configuration) } catch let error as InputError { return error } catch { return nil }
            return nil
        }
        #expect(problem(["learningRate": .number(5)])?.path == "configuration.learningRate")
        #expect(problem(["width": .integer(20)])?.path == "configuration.width")            // off the step grid
        #expect(problem(["width": .number(.nan)])?.path == "configuration.width")
        #expect(problem(["optimizer": .choice("rmsprop")])?.path == "configuration.optimizer")
        #expect(problem(["depth": .integer(3)]) != nil)
        let orphan = try #require(problem(["momentum": .number(0.5)]))                        // its parent left to the sampler
        #expect(orphan.path == "configuration.momentum" && orphan.description.contains("'optimizer' given too"))
        #expect(problem(["optimizer": .choice("sgd")])?.path == "configuration.momentum")      // sgd makes momentum active
        #expect(problem(["optimizer": .choice("adam"), "momentum": .number(0.5)])?.path == "configuration.momentum")
        #expect(study.queued.isEmpty && study.events.isEmpty)

        var finished = try Self.study(trials: 1)
        let job = try Self.next(&finished)
        try finished.tell(job, value: 1)
        #expect(throws: InputError.self) { try finished.enqueue(["width": .integer(16)]) }
    }

    @Test("skipIfExists: values a trial or the queue already has are not queued again")
    func skip() throws {
        var study = try Self.study()
        let first = try Self.next(&study)
        #expect(try study.enqueue(["width": first.configuration["width"]!], skipIfExists: true) == false)
        #expect(try study.enqueue(["width": .integer(240)], skipIfExists: true))
        #expect(try study.enqueue(["width": .integer(240)], skipIfExists: true) == false)
        #expect(try study.enqueue(["width": .integer(240)]))                                  // without the flag, queued twice
        #expect(study.queued.count == 2)
    }

    @Test("the queue is in the journal: a study saved with configurations queued continues identically")
    func roundTrip() throws {
        var study = try Self.study(.tpe(seed: 3))
        let job = try Self.next(&study)
        try study.tell(job, value: 0.5)
        try study.enqueue(["learningRate": .number(0.003), "optimizer": .choice("adam")])
        try study.enqueue(["width": .integer(48)])
        let text = try JSONEncoder().encode(study)
        #expect(String(decoding: text, as: UTF8.self).contains("\"type\":\"enqueue\""))
        var restored = try JSONDecoder().decode(Study.self, from: text)
        #expect(restored.queued == study.queued)
        for _ in 0..<4 {
            let (a, b) = (restored.ask(), study.ask())
            #expect(a == b)
        }
        #expect(restored.queued.isEmpty)
    }

    @Test("a journal whose new trial contradicts the queue does not replay")
    func contradiction() throws {
        let definition = try Self.study().definition
        let queued = StudyEvent.enqueue(["width": .integer(48)])
        let wrong = StudyEvent.trial(0, ["learningRate": .number(0.01), "width": .integer(64), "optimizer": .choice("adam")])
        let error = #expect(throws: InputError.self) { try Study(definition, replaying: [queued, wrong]) }
        #expect(error?.path == "events[1]")
        let text = #"{"type": "enqueue", "configuration": {"momentum": 0.5}}"#
        #expect(throws: InputError.self) {
            try StudyEvent.read(FieldReader(parsing: Data(text.utf8), source: "journal"), space: Self.space)
        }
    }

    @Test("queued in one SQLite connection, asked from another")
    func storage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("allot-enqueue-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("studies.sqlite").path
        let first = try SQLiteStudyStorage(path: path, owner: "a")
        try first.create("s", definition: try Self.study().definition)
        _ = try first.update("s") { try $0.enqueue(["width": .integer(112), "optimizer": .choice("adam")]) }
        let second = try SQLiteStudyStorage(path: path, owner: "b")
        #expect(try second.load("s").queued == [["width": .integer(112), "optimizer": .choice("adam")]])
        let asked = try second.update("s") { session in session.ask() }
        let job = try #require(asked)
        #expect(job.configuration["width"] == .integer(112))
        #expect(try first.load("s").queued.isEmpty)
    }

    @Test("the guide's example: a partial configuration on the guide's space (this suite's), Hyperband and Sobol")
    func guide() throws {
        var study = try Study(space: Self.space, schedule: .hyperband(maxResource: 27, eta: 3), sampler: .sobol)
        try study.enqueue(["learningRate": .number(0.01), "optimizer": .choice("adam")])   // width: the sampler's
        let job = try Self.next(&study)
        #expect(job.configuration["learningRate"] == .number(0.01) && job.configuration["optimizer"] == .choice("adam"))
        #expect(job.configuration["width"] != nil && job.configuration["momentum"] == nil)
    }
}
