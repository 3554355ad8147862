import Foundation
import Testing
import AllotInterchange
@testable import Allot
@testable import AllotTuning

/// User attributes of trials (`Study.setAttribute`, Optuna's `set_user_attr`): kept by the journal
/// through documents and storages, listed with the trial, and bad ones refused with the field named.
@Suite("Study: user attributes of trials")
struct StudyAttributeTests {
    static let space = try! SearchSpace([SearchParameter("x", .float(low: 0, high: 1, log: false))])

    static func study() throws -> Study {
        try Study(space: space, schedule: .random(trials: 3, resource: 1), sampler: .random(seed: 2))
    }

    @Test("set on a running or a finished trial, replaced by key, listed with the trial, kept by a saved study")
    func roundTrip() throws {
        var study = try Self.study()
        let asked = study.ask()
        let job = try #require(asked)
        try study.setAttribute(trial: job.trial, key: "note", value: "warmup on")
        try study.tell(job, value: 0.5)
        try study.setAttribute(trial: job.trial, key: "test_accuracy", value: .number(0.87))
        try study.setAttribute(trial: job.trial, key: "note", value: .object(JSONObject([(key: "curve", value: .array([.number(0.1), .number(0.2)]))])))
        #expect(study.trials[0].attributes == ["test_accuracy": .number(0.87), "note": .object(JSONObject([(key: "curve", value: .array([.number(0.1), .number(0.2)]))]))])
        let listed = StudyJSON.trial(study.trials[0], space: Self.space).canonicalText
        #expect(listed.contains(#""attributes":{"note":{"curve":[0.1,0.2]},"test_accuracy":0.87}"#))

        let restored = try JSONDecoder().decode(Study.self, from: try JSONEncoder().encode(study))
        #expect(restored.trials == study.trials)
        var next = restored, same = study
        #expect(next.ask() == same.ask())            // the attributes change nothing the study decides
    }

    @Test("the study's own attributes: kept by the journal without a trial, replaced by key")
    func studyAttributes() throws {
        var study = try Self.study()
        try study.setAttribute(trial: nil, key: "dataset", value: "v1")
        try study.setAttribute(trial: nil, key: "dataset", value: "v2")
        #expect(study.attributes == ["dataset": "v2"] && study.trials.isEmpty)
        #expect(study.events.last?.json(space: Self.space).canonicalText == #"{"key":"dataset","type":"attribute","value":"v2"}"#)
        let restored = try JSONDecoder().decode(Study.self, from: try JSONEncoder().encode(study))
        #expect(restored.attributes == study.attributes)
    }

    @Test("a trial without attributes lists as it always did")
    func unchangedListing() throws {
        var study = try Self.study()
        let asked = study.ask()
        let job = try #require(asked)
        try study.tell(job, value: 0.5)
        #expect(!StudyJSON.trial(study.trials[0], space: Self.space).canonicalText.contains("attributes"))
    }

    @Test("an attribute of a trial that does not exist, and bad entries in a journal, are refused naming the field")
    func refused() throws {
        var study = try Self.study()
        #expect(throws: StudyError.unknownTrial(trial: 4)) { try study.setAttribute(trial: 4, key: "k", value: .number(1)) }
        func read(_ text: String) -> InputError? {
            do { _ = try StudyEvent.read(FieldReader(parsing: Data(text.utf8), source: "journal"), space: Self.space) }
            catch let error as InputError { return error } catch { return nil }
            return nil
        }
        #expect(read(#"{"type": "attribute", "trial": 0, "key": "", "value": 1}"#)?.path == "key")
        #expect(read(#"{"type": "attribute", "trial": 0, "key": "k"}"#)?.path == "value")
        #expect(read(#"{"type": "attribute", "trial": -1, "key": "k", "value": 1}"#)?.path == "trial")
        let huge = String(repeating: "a", count: Limits.maxAttributeBytes)
        #expect(read(#"{"type": "attribute", "trial": 0, "key": "k", "value": "\#(huge)"}"#)?.path == "value")
        #expect(read(#"{"type": "attribute", "trial": 0, "key": "k", "value": 1, "extra": 2}"#) != nil)
        let event = try #require(try? StudyEvent.read(FieldReader(parsing: Data(#"{"type": "attribute", "trial": 0, "key": "k", "value": [1, "a"]}"#.utf8), source: "journal"), space: Self.space))
        #expect(event == .attribute(trial: 0, key: "k", value: .array([.number(1), .string("a")])))
        // An attribute of a trial the journal has not created does not replay.
        let error = #expect(throws: InputError.self) { try Study(study.definition, replaying: [event]) }
        #expect(error?.path == "events[0]")
    }

    @Test("set in one SQLite connection, listed by another")
    func storage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("allot-attribute-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("studies.sqlite").path
        let first = try SQLiteStudyStorage(path: path, owner: "a")
        try first.create("s", definition: try Self.study().definition)
        let asked = try first.update("s") { $0.ask() }
        let job = try #require(asked)
        try first.update("s") { try $0.setAttribute(trial: job.trial, key: "checkpoint", value: "runs/0/last.pt") }
        let second = try SQLiteStudyStorage(path: path, owner: "b")
        #expect(try second.load("s").trials[0].attributes == ["checkpoint": "runs/0/last.pt"])
    }
}
