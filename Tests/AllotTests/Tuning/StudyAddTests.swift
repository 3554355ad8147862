import Foundation
import Testing
import AllotInterchange
@testable import Allot
@testable import AllotTuning

/// `Study.add` (Optuna's `add_trial`): a trial evaluated elsewhere becomes the next trial through the
/// ordinary journal entries, so a saved study replays it; what cannot be added leaves the study as it was.
@Suite("Study: adding trials evaluated elsewhere")
struct StudyAddTests {
    static let space = try! SearchSpace([SearchParameter("x", .float(low: 0, high: 1, log: false)),
                                         SearchParameter("kind", .categorical(["a", "b"]))])

    @Test("added trials are trials: numbered in order, valued or failed, with attributes; a decoded study replays them and asks the same next")
    func added() throws {
        var study = try Study(space: Self.space, schedule: .random(trials: 6, resource: 1), sampler: .tpe(seed: 1))
        #expect(try study.add(["x": .number(0.25), "kind": .choice("a")], value: 0.5, attributes: ["source": "notebook"]) == 0)
        #expect(try study.add(["x": .number(0.75), "kind": .choice("b")], value: nil) == 1)
        #expect(study.trials.map(\.state) == [.completed, .failed])
        #expect(study.trials[0].value == 0.5 && study.trials[0].attributes == ["source": "notebook"] && study.trials[0].resource == 1)
        #expect(study.best?.id == 0)
        let restored = try JSONDecoder().decode(Study.self, from: try JSONEncoder().encode(study))
        #expect(restored.trials == study.trials)
        var next = restored, same = study
        #expect(next.ask() == same.ask())
    }

    @Test("refused: a multi-fidelity scheduler, a queued configuration, a value that is not finite, definitions a fixed space does not take")
    func refused() throws {
        var asha = try Study(space: Self.space, schedule: .asha(minResource: 1, maxResource: 9, eta: 3, trials: 10))
        #expect(throws: InputError.self) { try asha.add(["x": .number(0.5), "kind": .choice("a")], value: 1) }
        var study = try Study(space: Self.space, schedule: .random(trials: 6, resource: 1))
        try study.enqueue(["x": .number(0.1)])
        let before = study.events
        #expect(throws: InputError.self) { try study.add(["x": .number(0.5), "kind": .choice("a")], value: 1) }
        var fresh = try Study(space: Self.space, schedule: .random(trials: 6, resource: 1))
        #expect(throws: StudyError.self) { try fresh.add(["x": .number(0.5), "kind": .choice("a")], value: .nan) }
        #expect(throws: InputError.self) {
            try fresh.add(["x": .number(0.5), "kind": .choice("a")], value: 1, definitions: [SearchParameter("x", .float(low: 0, high: 1, log: false))])
        }
        #expect(study.events == before && fresh.events.isEmpty && asha.events.isEmpty)
    }
}
