import Foundation
import Testing
import AllotInterchange
@testable import Allot
@testable import AllotTuning

/// Studies whose objective's suggest calls define the space (define-by-run, as in Optuna): parameters
/// join the space when first asked for, a trial lists only what it asked for, parameters every trial
/// used are drawn jointly, and the journal keeps all of it through documents and storages.
@Suite("Study: define-by-run")
struct StudyDefineByRunTests {
    static let rate = SearchParameter("lr", .float(low: 1e-4, high: 1e-1, log: true))
    static let optimizer = SearchParameter("optimizer", .categorical(["sgd", "adam"]))
    static let momentum = SearchParameter("momentum", .float(low: 0, high: 0.99, log: false))
    static let layers = SearchParameter("layers", .integer(low: 1, high: 4, step: 1, log: false))

    static func study(_ sampler: Study.Sampling = .random(seed: 3), trials: Int = 40) throws -> Study {
        try Study(space: .empty, schedule: .random(trials: trials, resource: 1), sampler: sampler)
    }

    static func next(_ study: inout Study) throws -> Study.Assignment {
        let assignment = study.ask()
        return try #require(assignment)
    }

    /// An Optuna-style objective with a conditional parameter: momentum only for sgd.
    static func run(_ study: inout Study, _ job: Study.Assignment) throws -> Double {
        guard case let .number(lr) = try study.suggest(trial: job.trial, parameter: rate),
              case let .choice(choice) = try study.suggest(trial: job.trial, parameter: optimizer),
              case let .integer(depth) = try study.suggest(trial: job.trial, parameter: layers) else {
            Issue.record("a suggested value of the wrong kind")
            return 0
        }
        var value = -abs(Foundation.log10(lr) + 2) - abs(Double(depth) - 3) / 10
        if choice == "sgd", case let .number(m) = try study.suggest(trial: job.trial, parameter: momentum) { value += m / 10 }
        return value
    }

    @Test("a parameter joins the space when first asked for; asking again returns the trial's value; the trial lists what it asked for")
    func suggestedParameters() throws {
        var study = try Self.study()
        #expect(study.isDefinedByRun && study.space.dimension == 0)
        let job = try Self.next(&study)
        #expect(job.configuration.isEmpty)
        let first = try study.suggest(trial: job.trial, parameter: Self.rate)
        #expect(try study.suggest(trial: job.trial, parameter: Self.rate) == first)
        _ = try study.suggest(trial: job.trial, parameter: Self.optimizer)
        #expect(study.space.parameters.map(\.name) == ["lr", "optimizer"])
        #expect(study.space.declaredCount == 0)
        #expect(Set(study.trials[0].configuration.keys) == ["lr", "optimizer"])
        #expect(study.events.map { $0.json(space: study.space).canonicalText }.filter { $0.contains(#""type":"parameter""#) }.count == 2)
        // The definition a study stores stays empty: the parameters are in its journal.
        #expect(study.definition.json.canonicalText.contains(#""space":{"parameters":[]}"#))
    }

    @Test("a changed definition, a trial that is not running and a study created with its space are refused, naming the parameter")
    func refusals() throws {
        var study = try Self.study()
        let job = try Self.next(&study)
        _ = try study.suggest(trial: job.trial, parameter: Self.rate)
        let wider = SearchParameter("lr", .float(low: 1e-5, high: 1e-1, log: true))
        let changed = #expect(throws: InputError.self) { try study.suggest(trial: job.trial, parameter: wider) }
        #expect(changed?.path == "lr")
        #expect(changed?.description.contains("first asked for as a float in [0.0001, 0.1], log-scaled, now as a float in [1e-05, 0.1], log-scaled") == true)
        try study.tell(job, value: 1)
        #expect(throws: StudyError.notRunning(trial: 0)) { try study.suggest(trial: 0, parameter: Self.layers) }
        #expect(throws: StudyError.unknownTrial(trial: 7)) { try study.suggest(trial: 7, parameter: Self.layers) }

        var fixed = try Study(space: try SearchSpace([Self.rate]), schedule: .random(trials: 3, resource: 1))
        let fixedJob = try Self.next(&fixed)
        let closed = #expect(throws: InputError.self) { try fixed.suggest(trial: fixedJob.trial, parameter: Self.layers) }
        #expect(closed?.description.contains("create the study without parameters") == true)
    }

    @Test("only random and tpe sample a space the objective defines; the others say why")
    func samplers() throws {
        for sampler in [Study.Sampling.sobol, .bohb(seed: 0), .gp(seed: 0)] {
            let error = #expect(throws: InputError.self) { try Self.study(sampler) }
            #expect(error?.path == "name")
            #expect(error?.description.contains("samples with random or tpe") == true)
        }
        _ = try Self.study(.tpe(seed: 0))
    }

    @Test("parameters every trial with a value used are drawn jointly into the trial's proposal; a value joins the configuration only when asked for")
    func jointProposal() throws {
        var study = try Self.study()
        var job = try Self.next(&study)
        _ = try study.suggest(trial: job.trial, parameter: Self.rate)
        _ = try study.suggest(trial: job.trial, parameter: Self.momentum)
        try study.tell(job, value: 0.5)
        job = try Self.next(&study)
        #expect(job.configuration.isEmpty)
        #expect(Set(study.trials[1].proposal.keys) == ["lr", "momentum"])
        let proposed = study.trials[1].proposal["lr"]
        #expect(try study.suggest(trial: job.trial, parameter: Self.rate) == proposed)
        try study.tell(job, value: 0.4)               // this trial never asked for momentum
        #expect(study.trials[1].configuration.keys.sorted() == ["lr"])
        job = try Self.next(&study)
        #expect(Set(study.trials[2].proposal.keys) == ["lr"])   // momentum: not every trial used it
        _ = try study.suggest(trial: job.trial, parameter: Self.momentum)
        #expect(study.trials[2].configuration["momentum"] != nil)
    }

    @Test("a saved study replays to the same trials and continues exactly, in a document and in SQLite")
    func roundTrips() throws {
        var study = try Self.study(.tpe(seed: 5))
        for _ in 0..<14 {
            let job = try Self.next(&study)
            try study.tell(job, value: try Self.run(&study, job))
        }
        let running = try Self.next(&study)
        _ = try study.suggest(trial: running.trial, parameter: Self.rate)
        let restored = try JSONDecoder().decode(Study.self, from: try JSONEncoder().encode(study))
        #expect(restored.trials == study.trials && restored.space == study.space)
        var a = study, b = restored
        #expect(try Self.run(&a, running) == (try Self.run(&b, running)))
        try a.tell(running, value: 0)
        try b.tell(running, value: 0)
        for _ in 0..<3 {
            let (x, y) = (try Self.next(&a), try Self.next(&b))
            #expect(x == y)
            #expect(try Self.run(&a, x) == (try Self.run(&b, y)))
            #expect(a.trials == b.trials)
        }

        let path = FileManager.default.temporaryDirectory.appendingPathComponent("allot-dbr-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let storage = try SQLiteStudyStorage(path: path, owner: "a")
        try storage.create("s", definition: study.definition)
        for _ in 0..<4 {
            try storage.update("s") { session in
                guard let job = session.ask() else { return }
                try session.tell(job, value: try Self.run(&session.study, job))
            }
        }
        let reopened = try SQLiteStudyStorage(path: path, owner: "b").load("s")
        #expect(Array(reopened.space.parameters.map(\.name).prefix(3)) == ["lr", "optimizer", "layers"])
        #expect(reopened.trials.count == 4 && reopened.trials.allSatisfy { $0.value != nil && $0.configuration["lr"] != nil })
    }

    @Test("two trials in flight: a trial asked before another asked for its values proposes what a study read back from the journal proposes")
    func parallelWorkersAndTheMemo() throws {
        let x = SearchParameter("x", .float(low: 0, high: 1, log: false)), y = SearchParameter("y", .float(low: 0, high: 1, log: false))
        var study = try Study(space: .empty, schedule: .random(trials: 40, resource: 1),
                              sampler: .tpe(seed: 3))
        var running: [Study.Assignment] = []
        for step in 0..<40 {
            if let job = study.ask() { running.append(job) }
            guard running.count == 2 || step == 39, !running.isEmpty else { continue }
            let job = running.removeFirst()                     // the older of the two asks for its values now
            guard case let .number(a) = try study.suggest(trial: job.trial, parameter: x),
                  case let .number(b) = try study.suggest(trial: job.trial, parameter: y) else { return }
            try study.tell(job, value: -((a - 0.3) * (a - 0.3) + (b - 0.7) * (b - 0.7)))
            // A study read back from its journal has no memo: its next proposal must be the same.
            var fresh = try JSONDecoder().decode(Study.self, from: try JSONEncoder().encode(study))
            var live = study
            let (p, q) = (live.ask(), fresh.ask())
            #expect(p == q)
            if let p, let q { #expect(live.trials[p.trial].proposal == fresh.trials[q.trial].proposal, "step \(step)") }
        }
    }

    @Test("journals that do not fit are refused: a value of a parameter no entry added, a parameter added to a study created with its space")
    func damagedJournals() throws {
        let study = try Self.study()
        let definition = study.definition
        let unknown = #expect(throws: InputError.self) {
            _ = try Study(definition, replaying: [.trial(0, [:]), .suggest(trial: 0, name: "lr", value: .number(0.01))])
        }
        #expect(unknown?.description.contains("which no entry added") == true)
        let declared = try StudyDefinition(space: try SearchSpace([Self.rate]), scheduler: definition.scheduler, sampler: definition.sampler)
        #expect(throws: InputError.self) { _ = try Study(declared, replaying: [.parameter(Self.layers)]) }
        // A stored suggest entry outside the parameter's domain names the field.
        let text = #"{"format":"allot-study","version":2,"definition":\#(definition.json.canonicalText),"events":[{"type":"trial","trial":0,"configuration":{}},{"type":"parameter","parameter":{"name":"layers","type":"int","low":1,"high":4}},{"type":"suggest","trial":0,"name":"layers","value":9}]}"#
        let error = #expect(throws: InputError.self) { _ = try Study.read(FieldReader(source: "s.json", value: try JSONParser.parse(Data(text.utf8), source: "s.json"))) }
        #expect(error?.path == "events[2].value")
    }

    @Test("tpe learns a space its objective defines: better than random search at the same trials, over seeds")
    func tpeLearns() throws {
        var tpeWins = 0
        for seed in 0..<6 {
            var best: [Double] = []
            for sampler in [Study.Sampling.tpe(seed: UInt64(seed)), .random(seed: UInt64(seed))] {
                var study = try Self.study(sampler, trials: 40)
                while let job = study.ask() { try study.tell(job, value: try Self.run(&study, job)) }
                best.append(try #require(study.best?.value))
            }
            if best[0] > best[1] { tpeWins += 1 }
        }
        #expect(tpeWins >= 5)
    }

    @Test("values queued before any trial asked for their parameters are the trial's when it asks, checked against the definition then")
    func enqueued() throws {
        var study = try Self.study()
        #expect(try study.enqueue(["layers": .number(2), "optimizer": .choice("adam"), "lr": .number(0.01)]))
        #expect(try study.enqueue(["layers": .number(9)]))
        let first = try Self.next(&study)
        #expect(try study.suggest(trial: first.trial, parameter: Self.layers) == .integer(2))
        #expect(try study.suggest(trial: first.trial, parameter: Self.optimizer) == .choice("adam"))
        #expect(try study.suggest(trial: first.trial, parameter: Self.rate) == .number(0.01))
        try study.tell(first, value: 0)
        // Queued again, now that trial 0 has these values: skipped, 2 being the int parameter's 2.
        #expect(try study.enqueue(["layers": .number(2), "optimizer": .choice("adam"), "lr": .number(0.01)], skipIfExists: true) == false)
        let second = try Self.next(&study)
        let outside = #expect(throws: InputError.self) { try study.suggest(trial: second.trial, parameter: Self.layers) }
        #expect(outside?.path == "layers")
        #expect(outside?.description.contains("trial 1 was queued with layers = 9, which is not an int in [1, 4]") == true)
        // A queued number matches the categorical choice that reads as it; the journal keeps pending values.
        var other = try Self.study()
        try other.enqueue(["batch": .number(16), "note": .choice("x")])
        let restored = try JSONDecoder().decode(Study.self, from: try JSONEncoder().encode(other))
        #expect(restored.queued == other.queued)
        let job = try Self.next(&other)
        #expect(try other.suggest(trial: job.trial, parameter: SearchParameter("batch", .categorical(["8", "16"]))) == .choice("16"))
        let reread = try JSONDecoder().decode(Study.self, from: try JSONEncoder().encode(other))
        #expect(reread.trials == other.trials)
        // In a study created with its space, an unknown name is still refused.
        var fixed = try Study(space: try SearchSpace([Self.rate]), schedule: .random(trials: 3, resource: 1))
        #expect(throws: InputError.self) { try fixed.enqueue(["width": .integer(2)]) }
    }
}
