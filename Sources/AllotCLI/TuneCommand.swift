import Allot
import AllotPostgres
import AllotTuning
import ArgumentParser
import Foundation

/// `allot tune`: a study in SQLite driven to the end by running an external training command per
/// assignment; `allot tune replay` runs a tuner on recorded learning curves.
struct TuneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tune",
        abstract: "Tune hyperparameters by running a training command per trial (or replay recorded curves).",
        subcommands: [Run.self, Replay.self, Ceiling.self],
        defaultSubcommand: Run.self
    )

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Run COMMAND for every trial the scheduler asks for; resume by running the same command again.",
            discussion: """
            COMMAND gets the assignment as JSON on stdin and in ALLOT_* environment variables, trains to the \
            resource, and prints {"resource": r, "value": v} lines. See docs/tuning.md for the protocol and a \
            Python example; `allot objective digits` is a built-in command that follows it.
            """)
        @Option(help: "The SQLite file holding the study (created if missing; an existing study is resumed), or a postgresql:// URL.")
        var storage: String
        @Option(help: "The study's name.")
        var name = "tune"
        @OptionGroup var definition: StudyDefinitionOptions
        @Option(help: "Seconds a running trial stays this tuner's without a heartbeat; after that another worker may take it (the grace period for a worker that died).")
        var lease = 60.0
        @Option(help: "Seconds between lease renewals (default: a third of --lease).")
        var heartbeat: Double?
        @Option(help: "This worker's name in the study (default host:pid). Give each worker its own, e.g. a Slurm array task's ID; a name that is not host:pid is judged only by its lease.")
        var owner: String?
        @Option(help: "Trials run at once.")
        var workers = 1
        @Option(name: .customLong("trial-timeout"), help: "Seconds after which a trial is stopped and failed.")
        var trialTimeout: Double?
        @Option(help: "Directory for per-trial checkpoints (default: <storage>.checkpoints/<name>; allot-checkpoints/<name> for a PostgreSQL URL).")
        var checkpoints: String?
        @Flag(help: "Print the best trial as JSON instead of a table.")
        var json = false
        @Flag(help: "No per-trial progress lines.")
        var quiet = false
        @Argument(parsing: .postTerminator, help: "The training command, after --.")
        var command: [String] = []

        func validate() throws {
            guard workers >= 1, workers <= 1_000 else { throw ValidationError("--workers must be in 1...1000, got \(workers).") }
            guard lease >= 1, lease <= 1e7 else { throw ValidationError("--lease must be a number of seconds in 1...1e7, got \(lease).") }
            if let heartbeat, !(heartbeat >= 0.1 && heartbeat < lease) {
                throw ValidationError("--heartbeat must be at least 0.1 s and shorter than --lease (\(lease) s), got \(heartbeat).")
            }
            if let owner, owner.isEmpty || owner.utf8.count > 256 { throw ValidationError("--owner must be a name of 1 to 256 bytes.") }
            guard !command.isEmpty else { throw ValidationError("give the training command after --, e.g. `allot tune ... -- python train.py`.") }
        }

        func run() throws {
            let studyDefinition = try definition.makeDefinition()
            guard !studyDefinition.isMultiObjective else {
                throw ValidationError("allot tune reads one value per trial; for several objectives run the study from Python (allot.Study(directions=...)) or with allot study ask/tell.")
            }
            try TrialCommand.checkVariables(studyDefinition.space)
            // The study's name becomes a folder name only in an encoded form that cannot leave the folder.
            let trialCommand = try TrialCommand(arguments: command, checkpointDirectory: checkpoints ?? "\(StudyStorages.defaultCheckpoints(for: storage))/\(FileName.component(name))",
                                                timeout: trialTimeout, wrapper: [Self.executable, "__trial-wrapper", "--"])
            let storage = try StudyStorages.open(self.storage, owner: owner, lease: lease)
            try storage.create(name, definition: studyDefinition)
            let stop = StopSignal()
            let signals = StopOnSignals(stop: stop, message: "\nstopping: told trials are saved; running ones are handed out again on the next run\n")
            let tuner = ExternalTuner(storage: storage, name: name, command: trialCommand, stop: stop, quiet: quiet, lease: lease,
                                      heartbeat: heartbeat ?? lease / 3)
            try tuner.run(workers: workers)
            withExtendedLifetime(signals) {}
            if stop.isRaised {
                throw Interrupted(saved: tuner.completed, total: tuner.completed + tuner.running, unit: "trials")
            }
            let study = try storage.load(name)
            if json {
                print(StudyJSON.text(study.best.map { StudyJSON.trial($0, space: study.space) } ?? .null))
            } else {
                print(BestTrialTable.render(study))
            }
        }

        /// This binary, which runs each trial under `__trial-wrapper`.
        static var executable: String {
            URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        }
    }
}

/// Drives a stored study with an external command on `workers` threads. Every ask, report and tell is
/// its own storage transaction, so a killed tuner loses nothing that was told, and the next run
/// requeues the trials it was running.
final class ExternalTuner: @unchecked Sendable {
    let storage: any StudyStorage
    let name: String
    let command: TrialCommand
    let stop: StopSignal
    let quiet: Bool
    let lease: Double
    let heartbeat: Double
    private let lock = NSLock()
    private var children: [Int32: Process] = [:]
    private(set) var completed = 0
    private(set) var running = 0
    private var failuresWithoutSuccess = 0
    private var anySuccess = false
    private var fatal: (any Error)?

    /// After this many failed trials with no success at all, the command is assumed broken.
    static let failuresBeforeGivingUp = 3

    init(storage: any StudyStorage, name: String, command: TrialCommand, stop: StopSignal, quiet: Bool, lease: Double, heartbeat: Double) {
        self.storage = storage
        self.name = name
        self.command = command
        self.stop = stop
        self.quiet = quiet
        self.lease = lease
        self.heartbeat = heartbeat
        stop.onRaise { [weak self] in self?.terminateChildren() }
    }

    func run(workers: Int) throws {
        let done = TrialCommand.Flag()
        // The heartbeat: renew this tuner's leases every `heartbeat` seconds (a third of a lease unless
        // told), so no other worker takes a trial that is still training here.
        let renewer = Thread { [self] in
            var last = Date()
            while !done.isSet {
                usleep(50_000)
                guard Date().timeIntervalSince(last) >= self.heartbeat else { continue }
                last = Date()
                _ = try? storage.update(name) { try $0.heartbeat(lease: lease) }
            }
        }
        renewer.start()
        defer { done.set() }
        let space = try storage.load(name).space
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            do { try work(space: space) } catch {
                lock.withLock { if fatal == nil { fatal = error } }
                stop.raise()
            }
        }
        if let fatal { throw fatal }
    }

    private func work(space: SearchSpace) throws {
        while !stop.isRaised {
            let (assignment, finished) = try storage.update(name) { session -> (Study.Assignment?, Bool) in
                let assignment = session.ask()
                return (assignment, assignment == nil && session.study.isFinished)
            }
            guard let assignment else {
                if finished { return }
                Thread.sleep(forTimeInterval: 0.05)   // trials running elsewhere decide what comes next
                continue
            }
            lock.withLock { running += 1 }
            defer { lock.withLock { running -= 1 } }
            let started = Date()
            let outcome = try command.run(assignment, space: space, report: { resource, value in
                _ = try? self.storage.update(self.name) { try $0.report(trial: assignment.trial, resource: resource, value: value) }
            }, output: { line in
                if !self.quiet { self.log("[trial \(assignment.trial)] \(line)") }
            }, started: { process in
                self.lock.withLock { self.children[process.processIdentifier] = process }
                // Recorded so a tuner resumed after a kill does not hand this job out while its process lives.
                _ = try? self.storage.update(self.name) { try $0.recordProcess(assignment, group: process.processIdentifier) }
                if self.stop.isRaised { TrialCommand.stop(process) }
            })
            let seconds = Date().timeIntervalSince(started)
            lock.withLock { children = children.filter { $0.value.isRunning } }
            // A trial stopped because we are stopping stays running in the log: the next run requeues it.
            if stop.isRaised { return }
            let best: Study.Trial?
            do {
                best = try storage.update(name) { session -> Study.Trial? in
                    // The command's run time is the job's cost (what a cost-aware scheduler budgets).
                    if let value = outcome.value { try session.tell(assignment, value: value, cost: seconds) } else { try session.fail(assignment) }
                    for (key, value) in outcome.attributes.sorted(by: { $0.key < $1.key }) {
                        try session.setAttribute(trial: assignment.trial, key: key, value: value)
                    }
                    return session.study.best
                }
            } catch StudyError.unknownAssignment {
                // This worker was too slow: its lease ran out, another worker ran the job and told it
                // first. The study keeps that result; this one is not counted twice.
                log("trial \(assignment.trial) rung \(assignment.rung): already told by another worker after this one's lease expired; this result is not counted")
                continue
            }
            for refused in outcome.refusedAttributes { log("[trial \(assignment.trial)] attribute not kept: \(refused)") }
            try account(assignment, outcome, best: best, space: space)
        }
    }

    private func account(_ assignment: Study.Assignment, _ outcome: TrialCommand.Outcome, best: Study.Trial?, space: SearchSpace) throws {
        let (done, failures) = lock.withLock { () -> (Int, Int) in
            completed += 1
            if outcome.value != nil { anySuccess = true } else if !anySuccess { failuresWithoutSuccess += 1 }
            return (completed, failuresWithoutSuccess)
        }
        if !quiet {
            let result = outcome.value.map { String(format: "%.6g", $0) } ?? "failed (\(outcome.failure ?? ""))"
            let bestText = best.map { " | best \(String(format: "%.6g", $0.value!)) (trial \($0.id))" } ?? ""
            let again = assignment.repetition > 0 ? " (re-evaluation \(assignment.repetition))" : ""
            log("trial \(assignment.trial) rung \(assignment.rung) to \(TrialCommand.number(assignment.resource))\(again): \(result) | \(done) done\(bestText)")
        }
        if failures >= Self.failuresBeforeGivingUp, outcome.value == nil {
            throw TuneError.commandKeepsFailing(count: failures, last: outcome.failure ?? "",
                                                example: (try? JSONWriter.text(command.input(assignment, space: space))) ?? "{}", command: command.arguments)
        }
    }

    private func log(_ line: String) {
        lock.withLock { FileHandle.standardError.write(Data((line + "\n").utf8)) }
    }

    private func terminateChildren() {
        lock.withLock { for process in children.values { TrialCommand.stop(process) } }
    }
}

/// The training command is unusable.
enum TuneError: AllotError {
    case commandKeepsFailing(count: Int, last: String, example: String, command: [String])

    var description: String {
        switch self {
        case let .commandKeepsFailing(count, last, example, command):
            return """
                the training command failed for the first \(count) trials (last: \(last)); stopping. Try one trial by hand:
                  printf '%s\\n' \(ShellQuote.word(example)) | \(ShellQuote.command(command))
                It must print a line {"resource": r, "value": v} and exit with status 0.
                """
        }
    }

    var exitClass: ExitClass { .failure }
}


/// The final summary of `allot tune`: the best trial and the top trials at the largest resource.
enum BestTrialTable {
    static func render(_ study: Study, top: Int = 5) -> String {
        let completed = study.trials.filter { $0.value != nil && $0.state != .failed }
        let failed = study.trials.filter { $0.state == .failed }.count
        guard let best = study.best else { return "no trial finished (\(failed) failed)." }
        let largest = completed.compactMap(\.resource).max()!
        let ranked = completed.filter { $0.resource == largest }
            .sorted { $0.value! != $1.value! ? (study.direction == .maximize) == ($0.value! > $1.value!) : $0.id < $1.id }
            .prefix(top)
        func configuration(_ trial: Study.Trial) -> String {
            trial.configuration.keys.sorted().map { "\($0)=\(format(trial.configuration[$0]!))" }.joined(separator: " ")
        }
        var lines = ["best trial \(best.id): value \(String(format: "%.6g", best.value!)) at resource \(TrialCommand.number(best.resource!))",
                     "  \(configuration(best))",
                     "",
                     "\(study.trials.count) trials (\(completed.count) with a value, \(failed) failed); top \(ranked.count) at resource \(TrialCommand.number(largest)):",
                     "  trial  value       configuration"]
        for trial in ranked {
            lines.append("  " + String(trial.id).padding(toLength: 5, withPad: " ", startingAt: 0) + "  "
                         + String(format: "%.6g", trial.value!).padding(toLength: 10, withPad: " ", startingAt: 0) + "  " + configuration(trial))
        }
        return lines.joined(separator: "\n")
    }

    static func format(_ value: ParameterValue) -> String {
        switch value {
        case let .number(x): return String(format: "%.4g", x)
        case let .integer(x): return String(x)
        case let .choice(x): return x
        }
    }
}
