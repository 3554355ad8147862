import Allot
@testable import AllotTuning
import Foundation
import Testing

/// `allot tune -- COMMAND`: the external-command protocol, resume after kill -9, errors, and replay.
@Suite("allot tune", .serialized)
struct TuneCommandTests {
    /// A shell objective: value = 1 − (x − 0.3)² − 0.5/r at each resource unit r it trains through,
    /// resuming from ALLOT_RESUME_FROM; sleeps a little per unit so a test can kill the tuner mid-trial.
    static let objective = """
        #!/bin/sh
        start=${ALLOT_RESUME_FROM:-0}
        r=$((start + 1))
        while [ "$r" -le "$ALLOT_RESOURCE" ]; do
          sleep 0.02
          awk -v x="$ALLOT_PARAM_X" -v r="$r" -v c="$ALLOT_PARAM_KIND" 'BEGIN { b = (c == "good") ? 0 : 0.1; printf "{\\"resource\\": %d, \\"value\\": %.10f}\\n", r, 1 - (x - 0.3)^2 - 0.5 / r - b }'
          r=$((r + 1))
        done
        """

    static let space = """
        {"parameters": [{"name": "x", "type": "float", "low": 0, "high": 1},
                        {"name": "kind", "type": "categorical", "choices": ["good", "bad"]}]}
        """

    static func folder() throws -> URL {
        let url = try CommandLineTests.folder(with: ["space.json": space, "objective.sh": objective])
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.appendingPathComponent("objective.sh").path)
        return url
    }

    static func tuneArguments(storage: String, scheduler: String = "hyperband") -> [String] {
        ["tune", "--space", "space.json", "--storage", storage, "--scheduler", scheduler, "--max-resource", "9", "--eta", "3"]
            + (scheduler == "hyperband" ? [] : ["--trials", "30"]) + ["--seed", "4", "--workers", "2", "--json", "--", "./objective.sh"]
    }

    @Test("the command gets the assignment on stdin and in ALLOT_* variables; its value lines are reported")
    func protocolReachesTheCommand() throws {
        let directory = try Self.folder()
        let script = directory.appendingPathComponent("echo.sh")
        try """
            #!/bin/sh
            cat > "$ALLOT_CHECKPOINT.stdin"
            echo "lr=$ALLOT_PARAM_LEARNING_RATE opt=$ALLOT_PARAM_OPTIMIZER_NAME r=$ALLOT_RESOURCE from=$ALLOT_RESUME_FROM trial=$ALLOT_TRIAL"
            echo '{"resource": 1, "value": 0.5}'
            echo '{"resource": 3, "value": 0.75, "note": "extra fields are fine"}'
            """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let command = try TrialCommand(arguments: [script.path], checkpointDirectory: directory.appendingPathComponent("ck").path)
        let assignment = Study.Assignment(trial: 7, configuration: ["learning_rate": .number(0.25), "optimizer-name": .choice("adam")],
                                          resource: 3, resumeFrom: 1, rung: 1, bracket: 0)
        var reports: [[Double]] = []
        var lines: [String] = []
        let space = try SearchSpace([SearchParameter("learning_rate", .float(low: 0.01, high: 1, log: true)),
                                     SearchParameter("optimizer-name", .categorical(["adam", "sgd"]))])
        let outcome = try command.run(assignment, space: space, report: { reports.append([$0, $1]) }, output: { lines.append($0) })
        #expect(outcome == TrialCommand.Outcome(status: 0, value: 0.75, reports: 2, failure: nil))
        #expect(reports == [[1, 0.5], [3, 0.75]])
        #expect(lines == ["lr=0.25 opt=adam r=3 from=1 trial=7"])
        let stdin = try String(contentsOfFile: directory.appendingPathComponent("ck/trial-7.stdin").path, encoding: .utf8)
        let object = try JSONSerialization.jsonObject(with: Data(stdin.utf8)) as! [String: Any]
        #expect(object["resource"] as? Double == 3 && object["resumeFrom"] as? Double == 1 && object["trial"] as? Int == 7)
        #expect((object["configuration"] as? [String: Any])?["optimizer-name"] as? String == "adam")
    }

    @Test("the training command starts as from a shell: no signal blocked, none ignored, whichever thread started it")
    func commandSignals() throws {
        let directory = try Self.folder()
        // grep reads its own status: the mask and ignored set the command was started with (this test's
        // threads block nearly every signal, the worst case a launcher can hand allot).
        try """
            #!/bin/sh
            grep -q '^SigBlk:[[:space:]]*[0-9a-f]*[08]0000000$' /proc/self/status || exit 7   # signals 1-31 (glibc keeps 32 and up)
            grep -q '^SigIgn:[[:space:]]*[0-9a-f]*[08]0000000$' /proc/self/status || exit 8
            echo '{"resource": 1, "value": 0.5}'
            """.write(to: directory.appendingPathComponent("signals.sh"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.appendingPathComponent("signals.sh").path)
        let result = try CommandLineTests.run(["tune", "--space", "space.json", "--storage", "s.sqlite", "--scheduler", "random", "--trials", "4",
                                               "--max-resource", "1", "--workers", "2", "--json", "--", "./signals.sh"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let study = try SQLiteStudyStorage(path: directory.appendingPathComponent("s.sqlite").path, owner: "observer").load("tune")
        #expect(study.trials.count == 4 && study.trials.allSatisfy { $0.value == 0.5 }, "\(study.trials.map(\.state))")
    }

    @Test("a value line after a progress bar's carriage return on the same line is read; the progress is shown as output")
    func carriageReturns() throws {
        let assignment = Study.Assignment(trial: 0, configuration: ["x": .number(1)], resource: 3, resumeFrom: nil, rung: 0, bracket: 0)
        let space = try SearchSpace([SearchParameter("x", .float(low: 0, high: 2, log: false))])
        var reports: [Double] = [], shown: [String] = []
        let script = #"for e in 1 2 3; do printf '\repoch %s 50%%\r{"resource": %s, "value": 0.%s}\n' $e $e $e; done"#
        let outcome = try TrialCommand(arguments: ["/bin/sh", "-c", script]).run(assignment, space: space, report: { _, value in reports.append(value) },
                                                                                output: { shown.append($0) })
        #expect(outcome.failure == nil && outcome.value == 0.3)
        #expect(reports == [0.1, 0.2, 0.3])
        #expect(shown == ["epoch 1 50%", "epoch 2 50%", "epoch 3 50%"])
    }

    @Test("attributes the command prints are kept with its trial, failed or not; refused ones are logged, not fatal")
    func attributes() throws {
        let directory = try Self.folder()
        try """
            #!/bin/sh
            echo '{"resource": 1, "value": 0.5, "attributes": {"epoch_seconds": 1.5}}'
            echo '{"attributes": {"test_accuracy": 0.75, "log": "runs/'$ALLOT_TRIAL'"}}'
            echo '{"attributes": {"empty": null, "note": "kept"}, "other": 1}'
            echo '{"attributes": {"test_accuracy": 0.8, "bad": null}}'
            [ "$ALLOT_TRIAL" = 1 ] && exit 3
            exit 0
            """.write(to: directory.appendingPathComponent("attrs.sh"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.appendingPathComponent("attrs.sh").path)
        let result = try CommandLineTests.run(["tune", "--space", "space.json", "--storage", "s.sqlite", "--scheduler", "random", "--trials", "2",
                                               "--max-resource", "1", "--json", "--", "./attrs.sh"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("attribute not kept") && result.stderr.contains("attributes.bad"))
        #expect(result.stderr.contains(#"{"attributes": {"empty": null, "note": "kept"}, "other": 1}"#))   // not an attribute line: shown
        let study = try SQLiteStudyStorage(path: directory.appendingPathComponent("s.sqlite").path, owner: "observer").load("tune")
        #expect(study.trials.map(\.state) == [.completed, .failed])
        for trial in study.trials {
            #expect(trial.attributes == ["epoch_seconds": .number(1.5), "test_accuracy": .number(0.8), "log": .string("runs/\(trial.id)")])
        }
        let listed = try CommandLineTests.run(["study", "trials", "--storage", "s.sqlite", "--name", "tune"], in: directory)
        #expect(listed.stdout.contains(#""attributes":{"epoch_seconds":1.5,"log":"runs/0","test_accuracy":0.8}"#))
    }

    @Test("a Python command's value lines arrive as it prints them, not when it exits (PYTHONUNBUFFERED)")
    func pythonUnbuffered() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else { return }
        let directory = RunnerTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let flag = directory.appendingPathComponent("reported").path
        // The command prints a value, then waits until the report has reached allot (the flag file).
        let script = "import json, os, time\nprint(json.dumps({'resource': 1, 'value': 0.5}))\n"
            + "for _ in range(1000):\n    if os.path.exists(\(String(reflecting: flag))): break\n    time.sleep(0.01)\nelse:\n    raise SystemExit(3)\n"
        let assignment = Study.Assignment(trial: 0, configuration: ["x": .number(1)], resource: 1, resumeFrom: nil, rung: 0, bracket: 0)
        let space = try SearchSpace([SearchParameter("x", .float(low: 0, high: 2, log: false))])
        // As on a machine that does not set it (this one may): allot must set it itself.
        let preset = getenv("PYTHONUNBUFFERED").map { String(cString: $0) }
        unsetenv("PYTHONUNBUFFERED")
        defer { if let preset { setenv("PYTHONUNBUFFERED", preset, 1) } }
        let outcome = try TrialCommand(arguments: ["/usr/bin/python3", "-c", script], timeout: 30).run(assignment, space: space, report: { _, _ in
            FileManager.default.createFile(atPath: flag, contents: Data())
        }, output: { _ in })
        #expect(outcome.failure == nil && outcome.value == 0.5, "\(outcome)")
    }

    @Test("a command that exits non-zero, prints no value, or runs past the timeout fails its trial")
    func failures() throws {
        let assignment = Study.Assignment(trial: 0, configuration: ["x": .number(1)], resource: 1, resumeFrom: nil, rung: 0, bracket: 0)
        let space = try SearchSpace([SearchParameter("x", .float(low: 0, high: 2, log: false))])
        func outcome(_ script: String, timeout: Double? = nil) throws -> TrialCommand.Outcome {
            try TrialCommand(arguments: ["/bin/sh", "-c", script], timeout: timeout).run(assignment, space: space, report: { _, _ in }, output: { _ in })
        }
        #expect(try outcome("echo '{\"value\": 1}'; exit 3").failure == "exit status 3")
        #expect(try outcome("echo '{\"value\": 1}'; exit 3").value == nil)
        #expect(try outcome("echo hello").failure == "printed no {\"resource\": r, \"value\": v} line")
        #expect(try outcome("echo \"{'resource': 1, 'value': 0.5}\"").failure
                == "printed no {\"resource\": r, \"value\": v} line (it printed a Python dict, whose quotes are not JSON's: print(json.dumps({...})))")
        let started = Date()
        #expect(try outcome("sleep 5", timeout: 0.2).failure == "timed out after 0.2 s")
        #expect(Date().timeIntervalSince(started) < 3)   // the shell's `sleep` child was stopped too
        #expect(throws: InputError.self) { try TrialCommand(arguments: ["surely-not-a-program-on-path"]) }
        #expect(throws: InputError.self) { try TrialCommand(arguments: []) }
    }

    @Test("tune runs the study to the end and prints the best trial; running it again resumes (nothing to do)")
    func tuneToTheEnd() throws {
        let directory = try Self.folder()
        let first = try CommandLineTests.run(Self.tuneArguments(storage: "a.sqlite"), in: directory)
        #expect(first.status == 0, "\(first.stderr)")
        let best = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as! [String: Any]
        #expect(best["resource"] as? Double == 9)
        #expect((best["configuration"] as? [String: Any])?["kind"] as? String == "good")
        #expect(first.stderr.contains("| best"))
        let study = try SQLiteStudyStorage(path: directory.appendingPathComponent("a.sqlite").path).load("tune")
        #expect(study.isFinished)
        #expect(study.trials.count == 9 + 5 + 3)   // Hyperband R = 9, η = 3: three brackets
        let again = try CommandLineTests.run(Self.tuneArguments(storage: "a.sqlite"), in: directory)
        #expect(again.status == 0 && again.stdout == first.stdout)
        #expect(!again.stderr.contains("trial "))   // nothing re-ran
    }

    @Test("kill -9 mid-study, then the same command: no told trial lost, same best trial as an uninterrupted run")
    func killNineThenResume() throws {
        let directory = try Self.folder()
        let reference = try CommandLineTests.run(Self.tuneArguments(storage: "reference.sqlite", scheduler: "asha") + [], in: directory)
        #expect(reference.status == 0, "\(reference.stderr)")

        let process = Process()
        process.executableURL = CommandLineTests.executable
        process.arguments = Self.tuneArguments(storage: "killed.sqlite", scheduler: "asha")
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let path = directory.appendingPathComponent("killed.sqlite").path
        func toldTrials() -> [Study.Trial] {
            ((try? SQLiteStudyStorage(path: path, owner: "observer").load("tune"))?.trials ?? []).filter { $0.value != nil }
        }
        let deadline = Date().addingTimeInterval(60)
        while toldTrials().count < 6, Date() < deadline { usleep(20_000) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let before = toldTrials()
        #expect(before.count >= 6)
        let interrupted = try SQLiteStudyStorage(path: path, owner: "observer").load("tune")
        #expect(!interrupted.isFinished)

        let resumed = try CommandLineTests.run(Self.tuneArguments(storage: "killed.sqlite", scheduler: "asha"), in: directory)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout == reference.stdout)   // the same best trial, value and configuration
        let after = try SQLiteStudyStorage(path: path, owner: "observer").load("tune")
        #expect(after.isFinished)
        for trial in before {   // every value told before the kill is still there
            #expect(after.trials[trial.id].configuration == trial.configuration)
            #expect(after.trials[trial.id].reports.starts(with: trial.reports))
        }
    }

    @Test("two allot tune processes on one study never run the same job twice, and finish it together")
    func twoProcesses() throws {
        let directory = try Self.folder()
        let marker = directory.appendingPathComponent("marked.sh")
        try """
            #!/bin/sh
            mkdir "runs/$ALLOT_TRIAL-$ALLOT_RUNG" || exit 9
            exec ./objective.sh
            """.write(to: marker, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: marker.path)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("runs"), withIntermediateDirectories: true)
        var arguments = Self.tuneArguments(storage: "shared.sqlite", scheduler: "asha")
        arguments[arguments.count - 1] = "./marked.sh"
        let processes = try (0..<2).map { number -> Process in
            let process = Process()
            process.executableURL = CommandLineTests.executable
            process.arguments = arguments
            process.currentDirectoryURL = directory
            process.standardOutput = FileHandle.nullDevice
            _ = FileManager.default.createFile(atPath: directory.appendingPathComponent("stderr-\(number)").path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: directory.appendingPathComponent("stderr-\(number)"))
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        let logs = (0..<2).map { (try? String(contentsOf: directory.appendingPathComponent("stderr-\($0)"), encoding: .utf8)) ?? "" }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 }, "\(logs.map { $0.split(separator: "\n").filter { !$0.contains(" done") }.suffix(6) })")
        let study = try SQLiteStudyStorage(path: directory.appendingPathComponent("shared.sqlite").path, owner: "observer").load("tune")
        #expect(study.isFinished)
        #expect(study.trials.allSatisfy { $0.state != .failed })   // a second run of a job would have failed on mkdir
        let runs = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("runs").path)
        // Rungs at resources 1, 3, 9: a trial that reached resource r ran log3(r) + 1 jobs, each exactly once.
        let jobs = study.trials.reduce(0) { $0 + Int((log(($1.resource ?? 1)) / log(3.0)).rounded()) + 1 }
        #expect(runs.count == jobs)
    }

    @Test("Ctrl-C stops the running commands and exits 130; the same command then finishes the study")
    func interruptThenResume() throws {
        let directory = try Self.folder()
        let path = directory.appendingPathComponent("i.sqlite").path
        let interrupted = try CommandLineTests.run(Self.tuneArguments(storage: "i.sqlite", scheduler: "asha"), in: directory, interruptWhen: {
            (((try? SQLiteStudyStorage(path: path, owner: "observer").load("tune"))?.trials ?? []).filter { $0.value != nil }).count >= 3
        })
        #expect(interrupted.status == 130, "\(interrupted.stderr)")
        #expect(interrupted.stderr.contains("stopping: told trials are saved"))
        let resumed = try CommandLineTests.run(Self.tuneArguments(storage: "i.sqlite", scheduler: "asha"), in: directory)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try SQLiteStudyStorage(path: path, owner: "observer").load("tune").isFinished)
    }

    @Test("bad input exits 2 with the problem named; a command that always fails exits 1 with a hint")
    func badInput() throws {
        let directory = try Self.folder()
        let missing = try CommandLineTests.run(["tune", "--space", "space.json", "--storage", "b.sqlite", "--max-resource", "9", "--", "no-such-trainer"], in: directory)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("command: expected a program on PATH"))
        let noCommand = try CommandLineTests.run(["tune", "--space", "space.json", "--storage", "b.sqlite", "--max-resource", "9"], in: directory)
        #expect(noCommand.status == 2)
        #expect(noCommand.stderr.contains("give the training command after --"))
        let slowHeartbeat = try CommandLineTests.run(["tune", "--space", "space.json", "--storage", "b.sqlite", "--max-resource", "9",
                                                      "--lease", "5", "--heartbeat", "6", "--", "/bin/true"], in: directory)
        #expect(slowHeartbeat.status == 2 && slowHeartbeat.stderr.contains("--heartbeat must be at least 0.1 s and shorter than --lease"))
        let emptyOwner = try CommandLineTests.run(["tune", "--space", "space.json", "--storage", "b.sqlite", "--max-resource", "9",
                                                   "--owner", "", "--", "/bin/true"], in: directory)
        #expect(emptyOwner.status == 2 && emptyOwner.stderr.contains("--owner must be a name"))
        let failing = try CommandLineTests.run(["tune", "--space", "space.json", "--storage", "c.sqlite", "--max-resource", "9", "--", "/bin/false"], in: directory)
        #expect(failing.status == 1)
        #expect(failing.stderr.contains("failed for the first 3 trials"))
        #expect(failing.stderr.contains("| /bin/false"))
    }

    @Test("the built-in digits objective follows the protocol and resumes from its checkpoint")
    func digitsObjective() throws {
        let directory = try Self.folder()
        let checkpoint = directory.appendingPathComponent("digits.ck").path
        let input = #"{"resource": 2, "resumeFrom": null, "checkpoint": "\#(checkpoint)", "configuration": {"learning_rate": 0.1, "width": 16, "weight_decay": 0.0001, "batch_size": "64"}}"#
        let first = try CommandLineTests.run(["objective", "digits"], in: directory, stdin: input)
        #expect(first.status == 0, "\(first.stderr)")
        let lines = first.stdout.split(separator: "\n")
        #expect(lines.count == 2 && lines[1].contains("\"resource\":2"))
        let more = input.replacingOccurrences(of: #""resource": 2, "resumeFrom": null"#, with: #""resource": 3, "resumeFrom": 2"#)
        let resumed = try CommandLineTests.run(["objective", "digits"], in: directory, stdin: more)
        #expect(resumed.stdout.split(separator: "\n").count == 1 && resumed.stdout.contains("\"resource\":3"))
        let straight = try CommandLineTests.run(["objective", "digits"], in: directory,
                                                stdin: more.replacingOccurrences(of: checkpoint, with: checkpoint + ".other"))
        #expect(straight.stdout.split(separator: "\n").last == resumed.stdout.split(separator: "\n").last)
    }

    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        ?? ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").map { "\($0)/python3" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test("docs/examples/train.py tunes through allot tune (when python3 is installed)", .enabled(if: python != nil))
    func pythonExample() throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/examples")
        let directory = try Self.folder()
        let result = try CommandLineTests.run(["tune", "--space", examples.appendingPathComponent("space.json").path, "--storage", "py.sqlite",
                                               "--scheduler", "hyperband", "--max-resource", "9", "--workers", "2", "--json", "--",
                                               Self.python!, examples.appendingPathComponent("train.py").path], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let best = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        #expect(best["resource"] as? Double == 9)
        #expect((best["value"] as? Double ?? 0) > 0.85)   // two noisy rings, quadratic features
        let study = try SQLiteStudyStorage(path: directory.appendingPathComponent("py.sqlite").path, owner: "observer").load("tune")
        #expect(study.isFinished && study.trials.allSatisfy { $0.state != .failed })
        // Promoted trials resumed: their reports continue from resumeFrom instead of restarting at epoch 1.
        let promoted = study.trials.filter { $0.reports.count > 1 && $0.reports.map(\.resource) != $0.reports.map(\.resource).sorted() }
        #expect(promoted.isEmpty)
    }

    @Test("tune replay runs a scheduler on a curves file, per dataset with the median")
    func replay() throws {
        let result = try CommandLineTests.run(["tune", "replay", "--scheduler", "asha", "--dataset", "3", "--json"], in: try Self.folder())
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]
        #expect(rows.count == 1 && rows[0]["dataset"] as? Double == 3)
        let table = try CommandLineTests.run(["tune", "replay", "--scheduler", "bandit", "--pulls", "30"], in: try Self.folder())
        #expect(table.status == 0 && table.stdout.split(separator: "\n").count == 25 + 2)
        let bad = try CommandLineTests.run(["tune", "replay", "--scheduler", "grid"], in: try Self.folder())
        #expect(bad.status == 2 && bad.stderr.contains("--scheduler must be"))
    }

    @Test("tune ceiling prints each dataset's speedup ceiling and how many reach the target; bad options exit 2")
    func ceiling() throws {
        let result = try CommandLineTests.run(["tune", "ceiling", "--json", "--target", "6"], in: try Self.folder())
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let rows = summary["datasets"] as! [[String: Any]]
        #expect(rows.count == 25)
        let nearBest = rows.map { $0["nearBest"] as! Double }
        #expect(summary["reachingTarget"] as? Double == Double(nearBest.filter { $0 >= 6 }.count))
        #expect(rows.allSatisfy { ($0["nearBest"] as! Double) <= ($0["anyPick"] as! Double) })
        let table = try CommandLineTests.run(["tune", "ceiling", "--dataset", "3"], in: try Self.folder())
        #expect(table.status == 0 && table.stdout.contains("DecisionTreeClassifier") && table.stdout.split(separator: "\n").count == 4)
        for bad in [["--tolerance", "nan"], ["--target", "0"], ["--dataset", "x"], ["--curves", "missing.csv"]] {
            let outcome = try CommandLineTests.run(["tune", "ceiling"] + bad, in: try Self.folder())
            #expect(outcome.status == 2 && outcome.stderr.contains(bad[0]), "\(bad): \(outcome.stderr)")
        }
    }
}
