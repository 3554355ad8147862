import Foundation
import Testing
import AllotInterchange
@testable import AllotTuning
import AllotPostgres

/// The PostgreSQL study storage against a real server (scripts/postgres-cluster.sh).
@Suite("Study storage (PostgreSQL)", .serialized)
struct PostgresStorageTests {
    static let space = try! SearchSpace([SearchParameter("x", .float(low: 0, high: 1, log: false))])

    static func value(_ assignment: Study.Assignment) -> Double {
        guard case let .number(x)? = assignment.configuration["x"] else { return 0 }
        return (1 - (x - 0.3) * (x - 0.3)) * (1 - 1 / (1 + assignment.resource))
    }

    @Test("the same semantics as SQLite: a whole Hyperband study, two connections racing, no job handed out twice")
    func racingWorkers() throws {
        let url = PostgresCluster.database()
        let definition = try StudyDefinition(space: Self.space, scheduler: try Study.Schedule.hyperband(maxResource: 9, eta: 3).configuration(),
                                             sampler: try Study.Sampling.random(seed: 3).configuration())
        try PostgresStudyStorage(url: url).create("race", definition: definition)
        let jobs = Collected()
        let group = DispatchGroup()
        for worker in 0..<2 {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                do {
                    let storage = try PostgresStudyStorage(url: url, owner: "worker-\(worker)")
                    while true {
                        guard let job = try storage.update("race", { $0.ask() }) else {
                            if try storage.load("race").isFinished { return }
                            usleep(2_000)
                            continue
                        }
                        jobs.add("\(job.trial)/\(job.bracket)/\(job.rung)")
                        try storage.update("race") { try $0.tell(job, value: Self.value(job)) }
                    }
                } catch {
                    jobs.add("error: \(error)")
                }
            }
        }
        group.wait()
        let handed = jobs.items
        #expect(!handed.contains { $0.hasPrefix("error") }, "\(handed.filter { $0.hasPrefix("error") })")
        #expect(Set(handed).count == handed.count, "a job was handed out twice")
        // The same study in memory, driven alone, hands out exactly these jobs.
        var alone = try Study(definition)
        var expected: [String] = []
        while let job = alone.ask() { expected.append("\(job.trial)/\(job.bracket)/\(job.rung)"); try alone.tell(job, value: Self.value(job)) }
        #expect(Set(handed) == Set(expected))
        let stored = try PostgresStudyStorage(url: url).load("race")
        #expect(stored.isFinished && stored.best?.id == alone.best?.id)
    }

    @Test("four allot tune processes on one ASHA study, one killed with SIGKILL mid-trial: its job is handed out again when its lease expires, every job completes once")
    func fourWorkersOneKilled() throws {
        let directory = try TuneCommandTests.folder()
        let url = PostgresCluster.database()
        // Each run leaves runs/<trial>-<rung>-<worker>-<pid>; slow enough (0.15 s a unit) that a kill lands mid-trial.
        try """
            #!/bin/sh
            touch "runs/$ALLOT_TRIAL-$ALLOT_RUNG-$WORKER-$$"
            start=${ALLOT_RESUME_FROM:-0}
            r=$((start + 1))
            while [ "$r" -le "$ALLOT_RESOURCE" ]; do
              sleep 0.15
              awk -v x="$ALLOT_PARAM_X" -v r="$r" 'BEGIN { printf "{\\"resource\\": %d, \\"value\\": %.10f}\\n", r, 1 - (x - 0.3)^2 - 0.5 / r }'
              r=$((r + 1))
            done
            """.write(to: directory.appendingPathComponent("marked.sh"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.appendingPathComponent("marked.sh").path)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("runs"), withIntermediateDirectories: true)
        let processes = (0..<4).map { worker -> Process in
            let process = Process()
            process.executableURL = CommandLineTests.executable
            process.arguments = ["tune", "--space", "space.json", "--storage", url, "--scheduler", "asha", "--max-resource", "9", "--eta", "3",
                                 "--trials", "12", "--seed", "5", "--lease", "2", "--owner", "worker-\(worker)", "--checkpoints", "checkpoints",
                                 "--quiet", "--json", "--", "./marked.sh"]
            process.currentDirectoryURL = directory
            process.environment = ProcessInfo.processInfo.environment.merging(["WORKER": "\(worker)"]) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        func runs() -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("runs").path)) ?? [] }
        // Kill worker 0 while its second trial runs.
        let deadline = Date().addingTimeInterval(60)
        while runs().filter({ $0.split(separator: "-")[2] == "0" }).count < 2, Date() < deadline { usleep(20_000) }
        kill(processes[0].processIdentifier, SIGKILL)
        processes[0].waitUntilExit()
        // The run worker 0 started last (by the marker's time, not its name) is the one it was killed in.
        func started(_ name: String) -> Date {
            (try? FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent("runs/\(name)").path)[.modificationDate] as? Date) ?? .distantPast
        }
        let killedRun = try #require(runs().filter { $0.split(separator: "-")[2] == "0" }.max { started($0) < started($1) }.map { $0.split(separator: "-") })
        let killedJob = "\(killedRun[0])-\(killedRun[1])"
        for process in processes.dropFirst() { process.waitUntilExit() }
        #expect(processes.dropFirst().allSatisfy { $0.terminationStatus == 0 })

        let study = try PostgresStudyStorage(url: url, owner: "").load("tune")
        #expect(study.isFinished)
        #expect(study.trials.count == 12 && study.trials.allSatisfy { $0.state != .running && $0.state != .failed }, "\(study.trials.map(\.state))")
        var asks: [String: Int] = [:], tells: [String: Int] = [:], requeues: [String] = []
        for event in study.events {
            switch event {
            case let .ask(key, _, _, _, _, _): asks["\(key.trial)-\(key.rung)", default: 0] += 1
            case let .tell(key, _, _, _): tells["\(key.trial)-\(key.rung)", default: 0] += 1
            case let .requeue(key, reason): requeues.append("\(key.trial)-\(key.rung): \(reason)")
            default: break
            }
        }
        #expect(tells.values.allSatisfy { $0 == 1 }, "a result counted twice: \(tells.filter { $0.value > 1 })")
        #expect(Set(tells.keys) == Set(asks.keys), "every job asked was completed")
        #expect(requeues == ["\(killedJob): the lease of worker-0 expired"])
        #expect(asks[killedJob] == 2, "the killed job was handed out again, once")
        // Only the killed job ran twice; the rerun was by another worker.
        let reruns = Dictionary(grouping: runs(), by: { $0.split(separator: "-").prefix(2).joined(separator: "-") }).filter { $0.value.count > 1 }
        #expect(Array(reruns.keys) == [killedJob])
        for trial in study.trials {
            let resources = trial.reports.map(\.resource)
            #expect(resources == resources.sorted() && Set(resources).count == resources.count, "trial \(trial.id) has a report twice: \(resources)")
        }
        // The best trial is the one the told values imply: the highest value among the trials at the largest resource.
        let top = study.trials.compactMap(\.resource).max()
        let implied = study.trials.filter { $0.resource == top }.max { $0.value! < $1.value! }
        #expect(study.best?.id == implied?.id && study.best?.value == implied?.value)
        let best = try CommandLineTests.run(["study", "best", "--storage", url, "--name", "tune"], in: directory)
        #expect(best.status == 0 && best.stdout.contains("\"id\":\(implied?.id ?? -1)"), "\(best.stdout) \(best.stderr)")
    }

    @Test("a job whose lease expired goes to the next asker; the old owner's late tell is recorded if it comes first, refused after the rerun's")
    func leases() throws {
        let url = PostgresCluster.database()
        let definition = try StudyDefinition(space: Self.space, scheduler: try Study.Schedule.random(trials: 3, resource: 1).configuration(),
                                             sampler: try Study.Sampling.random(seed: 1).configuration())
        let a = try PostgresStudyStorage(url: url, owner: "machine-a", lease: 0.5)
        let b = try PostgresStudyStorage(url: url, owner: "machine-b", lease: 30)
        try a.create("leases", definition: definition)
        let first = try #require(try a.update("leases") { $0.ask() })
        let second = try #require(try b.update("leases") { $0.ask() })
        #expect(first.trial != second.trial)
        usleep(800_000)                                   // a's lease runs out; it never renews
        let third = try #require(try b.update("leases") { $0.ask() })
        #expect(third.trial == first.trial, "the expired job is handed out again first")
        try b.update("leases") { try $0.tell(third, value: 0.7) }
        // a comes back late and tells the same job: refused, the value stays b's.
        #expect(throws: StudyError.unknownAssignment(trial: first.trial)) { try a.update("leases") { try $0.tell(first, value: 0.1) } }
        var study = try b.load("leases")
        #expect(study.trials[first.trial].value == 0.7)
        #expect(study.events.filter { if case .requeue = $0 { return true } else { return false } }.count == 1)

        // A late tell that comes before anyone asked for the requeued job again is recorded, and the job
        // is not handed out a second time.
        try b.update("leases") { try $0.tell(second, value: 0.2) }
        let c = try PostgresStudyStorage(url: url, owner: "machine-c", lease: 0.5)
        try c.create("late", definition: definition)
        let slow = try #require(try c.update("late") { $0.ask() })
        usleep(800_000)
        let requeued = try b.update("late") { $0.study.requeuedAssignments.count }   // any operation hands expired jobs back
        #expect(requeued == 1)
        try c.update("late") { try $0.tell(slow, value: 0.9) }
        study = try b.load("late")
        #expect(study.trials[slow.trial].value == 0.9)
        var handed: [Int] = []
        while let job = try b.update("late", { $0.ask() }) { handed.append(job.trial); try b.update("late") { try $0.tell(job, value: 0.5) } }
        #expect(!handed.contains(slow.trial) && handed.count == 2)
        #expect(try b.load("late").isFinished)
    }

    @Test("SQLite → PostgreSQL → SQLite with allot study copy lists identical trials, the 583d2df fixture included")
    func copy() throws {
        let folder = RunnerTests.temporaryFolder()
        let fixture = PostgresCluster.root.appendingPathComponent("Tests/Fixtures/release-583d2df/studies/studies.sqlite")
        try FileManager.default.copyItem(at: fixture, to: folder.appendingPathComponent("old.sqlite"))
        let url = PostgresCluster.database()
        let there = try CommandLineTests.run(["study", "copy", "--from", "old.sqlite", "--to", url], in: folder)
        #expect(there.status == 0, "\(there.stderr)")
        let back = try CommandLineTests.run(["study", "copy", "--from", url, "--to", "new.sqlite"], in: folder)
        #expect(back.status == 0, "\(back.stderr)")
        for name in try SQLiteStudyStorage(path: folder.appendingPathComponent("old.sqlite").path, owner: "").names() {
            let listings = try ["old.sqlite", url, "new.sqlite"].map { storage in
                try CommandLineTests.run(["study", "trials", "--storage", storage, "--name", name], in: folder).stdout
            }
            #expect(listings[0] == listings[1] && listings[1] == listings[2], "study \(name)")
            #expect(listings[0].contains("\"id\":0"))
        }
        // A second copy into the same storage is refused, not merged.
        #expect(try CommandLineTests.run(["study", "copy", "--from", "old.sqlite", "--to", url], in: folder).status == 2)
    }

    @Test("a server restart in the middle of a study is survived: the operation is retried, no tell is lost")
    func restart() throws {
        let url = PostgresCluster.database()
        let definition = try StudyDefinition(space: Self.space, scheduler: try Study.Schedule.random(trials: 6, resource: 1).configuration(),
                                             sampler: try Study.Sampling.random(seed: 2).configuration())
        let storage = try PostgresStudyStorage(url: url, owner: "worker")
        try storage.create("restart", definition: definition)
        var told: [Int: Double] = [:]
        for index in 0..<6 {
            if index == 3 { PostgresCluster.restart() }     // every connection is cut here
            let job = try #require(try storage.update("restart") { $0.ask() })
            try storage.update("restart") { try $0.tell(job, value: Self.value(job)) }
            told[job.trial] = Self.value(job)
        }
        let study = try PostgresStudyStorage(url: url).load("restart")
        #expect(study.isFinished)
        #expect(Dictionary(uniqueKeysWithValues: study.trials.map { ($0.id, $0.value ?? -1) }) == told)
    }

    @Test("a wrong database, password or host is exit 2 with a message, at once; a foreign schema is refused")
    func badLocations() throws {
        let folder = RunnerTests.temporaryFolder()
        let socket = PostgresCluster.directory
        for storage in ["postgresql://postgres@/no_such_database?host=\(socket)", "postgresql://nobody@/allot?host=\(socket)",
                        "postgresql://postgres@127.0.0.1:1/allot"] {
            let started = Date()
            let result = try CommandLineTests.run(["study", "trials", "--storage", storage, "--name", "s"], in: folder)
            #expect(result.status == 2, "\(storage): \(result.stderr)")
            #expect(result.stderr.contains("cannot connect to PostgreSQL"))
            #expect(Date().timeIntervalSince(started) < 15)
        }
        let url = PostgresCluster.database()
        PostgresCluster.run(["-c", "psql '\(url)' -qc 'CREATE SCHEMA allot; CREATE TABLE allot.mine (x int)'"])
        let foreign = try CommandLineTests.run(["study", "trials", "--storage", url, "--name", "s"], in: folder)
        #expect(foreign.status == 2 && foreign.stderr.contains("not a study database"), "\(foreign.stderr)")
    }
}

/// Strings added from several threads.
final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String] = []
    func add(_ value: String) { lock.withLock { values.append(value) } }
    var items: [String] { lock.withLock { values } }
}
