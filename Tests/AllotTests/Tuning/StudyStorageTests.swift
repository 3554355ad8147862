import Foundation
import Testing
import AllotInterchange
@testable import AllotTuning

/// The SQLite study storage: two workers on one study never get the same job, a worker killed mid-trial
/// loses nothing told and its jobs are handed out again, and the result equals an uninterrupted run.
@Suite("Study storage (SQLite)", .serialized)
struct StudyStorageTests {
    static func makeStudy() throws -> Study {
        try Study(space: StudyTests.space, schedule: .hyperband(maxResource: 27, eta: 3), sampler: .random(seed: 7))
    }

    static func temporaryDatabase() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("allot-study-\(UUID().uuidString).sqlite").path
    }

    /// Asks and tells until the study is finished; returns every assignment this worker received.
    static func work(_ storage: SQLiteStudyStorage, _ name: String) throws -> [Study.Assignment] {
        var received: [Study.Assignment] = []
        while true {
            let assignment = try storage.update(name) { $0.ask() }
            guard let assignment else {
                if try storage.load(name).isFinished { return received }
                usleep(1_000)   // another worker holds the jobs this rung waits for
                continue
            }
            received.append(assignment)
            let value = StudyTests.objective(assignment.configuration, assignment.resource)
            try storage.update(name) { try $0.tell(assignment, value: value) }
        }
    }

    @Test("workers that create the same new file at once all open it (switching to WAL does not wait on the busy timeout)")
    func simultaneousCreation() throws {
        let folder = RunnerTests.temporaryFolder()
        for round in 0..<20 {
            let path = folder.appendingPathComponent("new-\(round).sqlite").path
            let failures = Collected()
            DispatchQueue.concurrentPerform(iterations: 3) { _ in
                do { _ = try SQLiteStudyStorage(path: path).names() } catch { failures.add("\(error)") }
            }
            #expect(failures.items.isEmpty, "round \(round): \(failures.items)")
        }
    }

    @Test("two workers (two connections, as two processes would be) never run the same job, and run them all")
    func twoWorkers() throws {
        let path = Self.temporaryDatabase()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = try SQLiteStudyStorage(path: path, owner: "worker-a")
        let second = try SQLiteStudyStorage(path: path, owner: "worker-b")
        try first.create("race", study: try Self.makeStudy())
        try second.create("race", study: try Self.makeStudy())   // same definition: a no-op
        let results = LockedResults()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            do { results.add(try Self.work(index == 0 ? first : second, "race")) } catch { results.fail("\(error)") }
        }
        #expect(results.errors.isEmpty, "\(results.errors)")
        let all = results.assignments
        #expect(Set(all.map { "\($0.trial)/\($0.rung)/\($0.bracket)" }).count == all.count)
        // R = 27, η = 3: brackets (27,1)(9,3)(3,9)(1,27) · (12,3)(4,9)(1,27) · (6,9)(2,27) · (4,27).
        #expect(all.count == 27 + 9 + 3 + 1 + 12 + 4 + 1 + 6 + 2 + 4)
        #expect(throws: StudyStorageError.exists(name: "race")) {
            try first.create("race", study: try Study(space: StudyTests.space, schedule: .random(trials: 3, resource: 1), sampler: .random(seed: 1)))
        }
    }

    @Test("a worker killed mid-trial loses no told trial; its jobs are requeued; the best equals an uninterrupted run")
    func killedWorkerResumes() throws {
        // Uninterrupted reference.
        let referencePath = Self.temporaryDatabase()
        defer { try? FileManager.default.removeItem(atPath: referencePath) }
        let reference = try SQLiteStudyStorage(path: referencePath)
        try reference.create("s", study: try Self.makeStudy())
        _ = try Self.work(reference, "s")
        let expected = try reference.load("s").best

        // A worker whose process is gone: a real pid that has exited.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        let dead = "\(ProcessInfo.processInfo.hostName):\(process.processIdentifier)"

        let path = Self.temporaryDatabase()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let victim = try SQLiteStudyStorage(path: path, owner: dead)
        try victim.create("s", study: try Self.makeStudy())
        var asked: [Study.Assignment] = []
        for _ in 0..<5 { if let a = try victim.update("s", { $0.ask() }) { asked.append(a) } }
        for a in asked.prefix(2) {
            try victim.update("s") { try $0.tell(a, value: StudyTests.objective(a.configuration, a.resource)) }
        }
        // "kill -9": the victim never tells the other three. A new process opens the file and carries on.
        let survivor = try SQLiteStudyStorage(path: path)
        let received = try Self.work(survivor, "s")
        let requeued = Set(asked.suffix(3))
        #expect(requeued.isSubset(of: Set(received)))
        let study = try survivor.load("s")
        for a in asked.prefix(2) {
            // Told before the kill: kept (and possibly promoted further since).
            #expect((study.trials[a.trial].resource ?? 0) >= a.resource && study.trials[a.trial].value != nil)
        }
        #expect(study.best == expected)
        #expect(study.isFinished)
    }

    @Test("reopening the file gives the same study; an unknown study is a clear error")
    func persistence() throws {
        let path = Self.temporaryDatabase()
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let storage = try SQLiteStudyStorage(path: path)
            try storage.create("p", study: try Self.makeStudy())
            for _ in 0..<7 {
                let a = try storage.update("p") { $0.ask() }!
                try storage.update("p") { try $0.tell(a, value: 0.5) }
            }
        }
        let reopened = try SQLiteStudyStorage(path: path)
        let study = try reopened.load("p")
        #expect(study.trials.filter { $0.value == 0.5 }.count == 7)
        #expect(throws: StudyStorageError.missing(name: "q")) { try reopened.load("q") }
    }
}

/// Results gathered from concurrent workers.
final class LockedResults: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Study.Assignment] = []
    private var failures: [String] = []
    func add(_ items: [Study.Assignment]) { lock.withLock { stored += items } }
    func fail(_ message: String) { lock.withLock { failures.append(message) } }
    var assignments: [Study.Assignment] { lock.withLock { stored } }
    var errors: [String] { lock.withLock { failures } }
}
