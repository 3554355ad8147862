import Foundation
import Testing
import GRDB
@testable import AllotPostgres
@testable import Allot
@testable import AllotTuning

/// One test per crash class the outside fuzz pass found in release 583d2df: each input now gets a clear
/// error naming the field (exit 2), or works, within seconds.
@Suite("Regressions from the fuzz pass", .serialized)
struct RegressionTests {
    static func folder(_ files: [String: String] = [:]) throws -> URL { try CommandLineTests.folder(with: files) }

    static let rollouts = #"{"prompts": [{"id": "a", "rewards": [1, 0, 1]}, {"id": "b", "successes": 1, "trials": 4}, {"id": "c"}]}"#

    static func allot(_ arguments: [String], in directory: URL, stdin: String? = nil) throws -> CommandLineTests.Outcome {
        try CommandLineTests.run(arguments, in: directory, stdin: stdin)
    }

    @Test("rollouts: budgets and bounds near Int.max, NaN from json.dumps, and a duplicate id among 40,000 prompts are input errors")
    func rolloutSizes() throws {
        let directory = try Self.folder(["r.json": Self.rollouts])
        defer { try? FileManager.default.removeItem(at: directory) }
        let huge = try Self.allot(["allocate", "rollouts", "--budget", "9223372036854775000", "--input", "r.json"], in: directory)
        #expect(huge.status == 2 && huge.stderr.contains("the rollout budget is too large"), "\(huge.stderr)")
        let wide = try Self.allot(["allocate", "rollouts", "--budget", "12", "--max", "9223372036854775807", "--input", "r.json"], in: directory)
        #expect(wide.status == 2 && wide.stderr.contains("too large"), "\(wide.stderr)")
        let tokens = try Self.allot(["allocate", "rollouts", "--budget", "9000000000000000000", "--policy", "cost", "--input", "r.json"], in: directory)
        #expect(tokens.status == 2 && tokens.stderr.contains("the token budget is too large"), "\(tokens.stderr)")
        let nan = try Self.allot(["allocate", "rollouts", "--budget", "12"], in: directory, stdin: #"{"prompts": [{"id": "a", "rewards": [1, NaN]}]}"#)
        #expect(nan.status == 2 && nan.stderr.contains("prompts[0].rewards[1]: expected a reward in [0, 1], got the number NaN (not a finite number)"), "\(nan.stderr)")
        let trials = try Self.allot(["allocate", "rollouts", "--budget", "12"], in: directory, stdin: #"{"prompts": [{"id": "a", "successes": 1, "trials": 4000000000000000}]}"#)
        #expect(trials.status == 0, "counts are not materialised: \(trials.stderr)")
        let prompts = (0..<40_000).map { "{\"id\": \"p\($0)\"}" } + ["{\"id\": \"p17\"}"]
        try "{\"prompts\": [\(prompts.joined(separator: ","))]}".write(to: directory.appendingPathComponent("many.json"), atomically: true, encoding: .utf8)
        let started = Date()
        let duplicate = try Self.allot(["allocate", "rollouts", "--budget", "100000", "--input", "many.json"], in: directory)
        #expect(duplicate.status == 2 && duplicate.stderr.contains("\"p17\" more than once"), "\(duplicate.stderr)")
        #expect(Date().timeIntervalSince(started) < 10, "the duplicate check is linear")
    }

    @Test("rollout state files: wrong lengths, out-of-range estimates and another allocator's state are refused by name; a failing call leaves the file as it was")
    func rolloutStates() throws {
        let directory = try Self.folder(["r.json": Self.rollouts])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try Self.allot(["allocate", "rollouts", "--budget", "12", "--policy", "posterior", "--state", "s.json", "--input", "r.json"], in: directory).status == 0)
        let path = directory.appendingPathComponent("s.json")
        let saved = try String(contentsOf: path, encoding: .utf8)
        let infeasible = try Self.allot(["allocate", "rollouts", "--budget", "1", "--state", "s.json", "--input", "r.json"], in: directory)
        #expect(infeasible.status == 2)
        #expect(try String(contentsOf: path, encoding: .utf8) == saved, "a failing call rewrote the state")
        let other = try Self.allot(["allocate", "rollouts", "--budget", "12", "--policy", "knapsack-rl", "--state", "s.json", "--input", "r.json"], in: directory)
        #expect(other.status == 2 && other.stderr.contains("holds the state of posterior"), "\(other.stderr)")
        for (find, replace, field) in [("\"recentRewards\":[1,0,1]", "\"recentRewards\":[1,0,7]", "recentRewards"),
                                       ("\"priorAlpha\":1", "\"priorAlpha\":-1", "allocator"),
                                       ("\"window\":16", "\"window\":0", "statistics"),
                                       ("\"words\":\"", "\"words\":\"AAAA", "random")] {
            try saved.replacingOccurrences(of: find, with: replace).write(to: path, atomically: true, encoding: .utf8)
            let run = try Self.allot(["allocate", "rollouts", "--budget", "12", "--state", "s.json", "--input", "r.json"], in: directory)
            #expect(run.status == 2 && run.stderr.contains(field), "\(find): \(run.stderr)")
        }
        // A temporary left by a killed writer (its PID gone) is removed by the next write.
        try saved.write(to: path, atomically: true, encoding: .utf8)
        let abandoned = directory.appendingPathComponent(".s.json.999999.42.allot-tmp")
        try "half".write(to: abandoned, atomically: false, encoding: .utf8)
        #expect(try Self.allot(["allocate", "rollouts", "--budget", "12", "--state", "s.json", "--input", "r.json"], in: directory).status == 0)
        #expect(!FileManager.default.fileExists(atPath: abandoned.path))
    }

    @Test("ranks: huge shapes, 40,000 matrices, re-sent matrices, steps going back, a typo and another allocator's options are clear errors")
    func rankInputs() throws {
        let matrices = #"{"matrices": [{"name": "q", "input": 8, "output": 8, "maxRank": 4}, {"name": "v", "input": 8, "output": 8, "maxRank": 4}]}"#
        let directory = try Self.folder(["m.json": matrices])
        defer { try? FileManager.default.removeItem(at: directory) }
        let create = ["allocate", "ranks", "--state", "s.json", "--allocator", "adalora", "--average-rank", "2", "--total-steps", "40", "--interval", "4"]
        let wide = try Self.allot(["allocate", "ranks", "--state", "w.json", "--total-steps", "40"], in: directory,
                                  stdin: #"{"matrices": [{"name": "q", "input": 100000000000, "output": 8, "maxRank": 4}]}"#)
        #expect(wide.status == 2 && wide.stderr.contains("matrices[0].input: the input width is too large"), "\(wide.stderr)")
        let slots = try Self.allot(["allocate", "ranks", "--state", "w.json", "--total-steps", "40"], in: directory,
                                   stdin: #"{"matrices": [{"name": "q", "input": 8, "output": 8, "maxRank": 1000000}]}"#)
        #expect(slots.status == 2 && slots.stderr.contains("too large"), "\(slots.stderr)")
        let many = (0..<40_000).map { "{\"name\": \"m\($0)\", \"input\": 4, \"output\": 4, \"maxRank\": 2}" }
        try "{\"matrices\": [\(many.joined(separator: ","))]}".write(to: directory.appendingPathComponent("many.json"), atomically: true, encoding: .utf8)
        let started = Date()
        let lots = try Self.allot(["allocate", "ranks", "--state", "many-state.json", "--total-steps", "40", "--allocator", "uniform", "--average-rank", "1",
                                   "--input", "many.json"], in: directory)
        #expect(lots.status == 0, "\(lots.stderr)")
        #expect(Date().timeIntervalSince(started) < 10, "the name check is linear")

        #expect(try Self.allot(create + ["--input", "m.json"], in: directory).status == 0)
        let again = try Self.allot(create + ["--input", "m.json"], in: directory)
        #expect(again.status == 2 && again.stderr.contains("already exists"), "\(again.stderr)")
        let sensitivities = #"{"q": [1, 2, 3, 4], "v": [4, 3, 2, 1]}"#
        #expect(try Self.allot(["allocate", "ranks", "--state", "s.json"], in: directory, stdin: "{\"step\": 9, \"sensitivities\": \(sensitivities)}").status == 0)
        let back = try Self.allot(["allocate", "ranks", "--state", "s.json"], in: directory, stdin: "{\"step\": 3, \"sensitivities\": \(sensitivities)}")
        #expect(back.status == 2 && back.stderr.contains("steps never go back"), "\(back.stderr)")
        let typo = try Self.allot(["allocate", "ranks", "--state", "s.json"], in: directory, stdin: "{\"step\": 10, \"sensitivity\": \(sensitivities)}")
        #expect(typo.status == 2 && typo.stderr.contains("Did you mean \"sensitivities\"?"), "\(typo.stderr)")
        let short = try Self.allot(["allocate", "ranks", "--state", "s.json"], in: directory, stdin: #"{"step": 10, "sensitivities": {"q": [1, 2, 3], "v": [1, 1, 1, 1]}}"#)
        #expect(short.status == 2 && short.stderr.contains("expected an array of 4 numbers (a sensitivity >= 0)"), "\(short.stderr)")
        let nan = try Self.allot(["allocate", "ranks", "--state", "s.json"], in: directory, stdin: #"{"step": 10, "sensitivities": {"q": [1, 2, NaN, 4], "v": [1, 1, 1, 1]}}"#)
        #expect(nan.status == 2 && nan.stderr.contains("sensitivities.q[2]"), "\(nan.stderr)")
        let other = try Self.allot(["allocate", "ranks", "--state", "s.json", "--allocator", "bandit-knapsack"], in: directory,
                                   stdin: "{\"step\": 10, \"sensitivities\": \(sensitivities)}")
        #expect(other.status == 2 && other.stderr.contains("the state of adalora"), "\(other.stderr)")
        let budget = try Self.allot(["allocate", "ranks", "--state", "s.json", "--average-rank", "3"], in: directory,
                                    stdin: "{\"step\": 10, \"sensitivities\": \(sensitivities)}")
        #expect(budget.status == 2 && budget.stderr.contains("average rank 2"), "\(budget.stderr)")
    }

    @Test("schedules: R = 1e18, η = 1 and a Hyperband bracket of more trials than the limit are input errors")
    func scheduleSizes() throws {
        let directory = try Self.folder(["space.json": #"{"parameters": [{"name": "x", "type": "float", "low": 0, "high": 1}]}"#])
        defer { try? FileManager.default.removeItem(at: directory) }
        let brackets = try Self.allot(["brackets", "--max-resource", "1e18"], in: directory)
        #expect(brackets.status == 2 && brackets.stderr.contains("maxResource"), "\(brackets.stderr)")
        let wide = try Self.allot(["brackets", "--max-resource", "1e15", "--eta", "2"], in: directory)
        #expect(wide.status == 2 && wide.stderr.contains("too large"), "\(wide.stderr)")
        let study = try Self.allot(["study", "create", "--storage", "s.sqlite", "--space", "space.json", "--max-resource", "1e300"], in: directory)
        #expect(study.status == 2 && study.stderr.contains("maxResource"), "\(study.stderr)")
        let replay = try Self.allot(["tune", "replay", "--eta", "1", "--dataset", "3"], in: directory)
        #expect(replay.status == 2 && replay.stderr.contains("eta"), "\(replay.stderr)")
    }

    @Test("study databases another program wrote, or that are damaged, are refused with exit 2 and a sentence")
    func foreignDatabases() throws {
        let directory = try Self.folder(["space.json": #"{"parameters": [{"name": "x", "type": "float", "low": 0, "high": 1}]}"#])
        defer { try? FileManager.default.removeItem(at: directory) }
        func study(_ file: String) throws -> CommandLineTests.Outcome {
            try Self.allot(["study", "trials", "--storage", file, "--name", "s"], in: directory)
        }
        try "this is not a database at all, just text".write(to: directory.appendingPathComponent("text.sqlite"), atomically: true, encoding: .utf8)
        #expect(try study("text.sqlite").status == 2)
        /// An SQLite file written by another program.
        func foreign(_ name: String, _ sql: String) throws -> String {
            let file = "\(name).sqlite"
            let queue = try DatabaseQueue(path: directory.appendingPathComponent(file).path)
            try queue.write { try $0.execute(sql: sql) }
            return file
        }
        for (name, sql) in [("types", "CREATE TABLE studies (name TEXT, definition BLOB, created INT); CREATE TABLE events (study INT, sequence TEXT, event INT); INSERT INTO studies VALUES ('s', x'00ff', 1); INSERT INTO events VALUES (1, 'x', 7);"),
                            ("other", "CREATE TABLE people (name TEXT);"),
                            ("newer", "CREATE TABLE allot_meta (key TEXT, value TEXT); INSERT INTO allot_meta VALUES ('format', 'allot-study-database'), ('schema', '9');"),
                            ("nulls", "CREATE TABLE allot_meta (key TEXT, value TEXT); INSERT INTO allot_meta VALUES ('format', 'allot-study-database'), ('schema', '2'); CREATE TABLE studies (name TEXT, definition TEXT, created TEXT); CREATE TABLE journal (study TEXT, sequence INTEGER, entry TEXT); INSERT INTO studies VALUES ('s', NULL, NULL); INSERT INTO journal VALUES ('s', 'one', 5);")] {
            let outcome = try study(try foreign(name, sql))
            #expect(outcome.status == 2 && outcome.stderr.contains("error:"), "\(name): \(outcome.stderr)")
        }
        // Optuna's storage, named as Optuna names it (an SQLAlchemy URL): read from the same file, and refused as Optuna's.
        _ = try foreign("optuna", "CREATE TABLE alembic_version (version_num TEXT); CREATE TABLE studies (study_id INTEGER, study_name TEXT); CREATE TABLE trials (trial_id INTEGER); CREATE TABLE trial_params (param_id INTEGER);")
        let optuna = try study("sqlite:///optuna.sqlite")
        #expect(optuna.status == 2 && optuna.stderr.contains("optuna.sqlite is not a study database Allot can open: it is an Optuna storage"), "\(optuna.stderr)")
        #expect(StudyStorages.resolved("sqlite:////abs/x.db") == "/abs/x.db" && StudyStorages.resolved("sqlite:///x.db") == "x.db")
        #expect(StudyStorages.resolved("postgresql+psycopg2://u@h/db") == "postgresql://u@h/db" && StudyStorages.resolved("study.sqlite") == "study.sqlite")
        // A real database with one journal entry damaged.
        #expect(try Self.allot(["study", "create", "--storage", "ok.sqlite", "--name", "s", "--space", "space.json", "--scheduler", "random",
                                "--max-resource", "1", "--trials", "3"], in: directory).status == 0)
        _ = try Self.allot(["study", "ask", "--storage", "ok.sqlite", "--name", "s"], in: directory)
        let queue = try DatabaseQueue(path: directory.appendingPathComponent("ok.sqlite").path)
        try queue.write { try $0.execute(sql: "UPDATE journal SET entry = '{\"type\": \"tell\", \"trial\": 9, \"bracket\": 0, \"rung\": 0, \"value\": 1}' WHERE sequence = 2") }
        let outcome = try study("ok.sqlite")
        #expect(outcome.status == 2 && outcome.stderr.contains("journal entry 2"), "\(outcome.stderr)")
    }

    @Test("paths and shells: a study name cannot leave the checkpoint folder, the retry hint survives a quote, parameters cannot share a variable")
    func pathsAndShells() throws {
        let space = #"{"parameters": [{"name": "mode", "type": "categorical", "choices": ["it's; touch pwned"]}]}"#
        let directory = try Self.folder(["space.json": space, "clash.json": #"{"parameters": [{"name": "a-b", "type": "float", "low": 0, "high": 1}, {"name": "a_b", "type": "float", "low": 0, "high": 1}]}"#])
        defer { try? FileManager.default.removeItem(at: directory) }
        let clash = try Self.allot(["tune", "--storage", "c.sqlite", "--space", "clash.json", "--scheduler", "random", "--trials", "1", "--max-resource", "1", "--", "/bin/true"], in: directory)
        #expect(clash.status == 2 && clash.stderr.contains("ALLOT_PARAM_A_B"), "\(clash.stderr)")
        let failing = try Self.allot(["tune", "--storage", "t.sqlite", "--name", "../../escape", "--space", "space.json", "--scheduler", "random", "--trials", "3",
                                      "--max-resource", "1", "--quiet", "--", "/bin/sh", "-c", "cat > received.json; exit 3"], in: directory)
        #expect(failing.status == 1, "\(failing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("escape").path))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("t.sqlite.checkpoints/%2E.%2F..%2Fescape").path),
                "the name is kept, encoded, inside the checkpoint folder")
        let lines = failing.stderr.split(separator: "\n").map(String.init)
        let hint = try #require(lines.first { $0.hasPrefix("  printf") }).trimmingCharacters(in: .whitespaces)
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", hint]
        shell.currentDirectoryURL = directory
        try shell.run()
        shell.waitUntilExit()
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("pwned").path), "the hint ran a parameter value")
        let received = try String(contentsOf: directory.appendingPathComponent("received.json"), encoding: .utf8)
        #expect(received.contains("it's; touch pwned"), "the hint passes the assignment intact: \(received)")
    }

    @Test("report: a crafted results file cannot make allot write outside the report folder")
    func reportPaths() throws {
        let directory = try Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        try RunnerTests.scenario.write(to: directory.appendingPathComponent("s.json"), atomically: true, encoding: .utf8)
        #expect(try Self.allot(["simulate", "s.json", "--out", "out", "--quiet"], in: directory).status == 0)
        let runs = directory.appendingPathComponent("out/runs")
        let scenario = try #require(try FileManager.default.contentsOfDirectory(atPath: runs.path).first { $0 != "index.json" })
        let record = runs.appendingPathComponent(scenario).appendingPathComponent("experiment.json")
        let original = try String(contentsOf: record, encoding: .utf8)
        try original.replacingOccurrences(of: "\"scenario\": \"\(scenario)\"", with: "\"scenario\": \"../../evil\"").write(to: record, atomically: true, encoding: .utf8)
        let evil = try Self.allot(["report", "out"], in: directory)
        #expect(evil.status == 2, "\(evil.stderr)")
        try original.replacingOccurrences(of: "\"key\": \"regret\"", with: "\"key\": \"../../evil\"").write(to: record, atomically: true, encoding: .utf8)
        #expect(try Self.allot(["report", "out"], in: directory).status == 2)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("evil.csv").path))
        // A scenario folder that is a symbolic link is not written through.
        try original.write(to: record, atomically: true, encoding: .utf8)
        let elsewhere = directory.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: directory.appendingPathComponent("out/\(scenario)"))
        try FileManager.default.createSymbolicLink(at: directory.appendingPathComponent("out/\(scenario)"), withDestinationURL: elsewhere)
        let linked = try Self.allot(["report", "out"], in: directory)
        #expect(linked.status == 2 && linked.stderr.contains("symbolic link"), "\(linked.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }

    @Test("a curves file that is not LCDB-shaped is refused without printing its first line")
    func curvesStayPrivate() throws {
        let directory = try Self.folder(["secret.csv": "root:$6$saltsalt$hashhashhash:19000:0:99999:7:::\nline two\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try Self.allot(["tune", "replay", "--curves", "secret.csv"], in: directory)
        #expect(outcome.status == 2)
        #expect(!outcome.stderr.contains("hashhash") && !outcome.stderr.contains("root"), "\(outcome.stderr)")
    }

    @Test("kill -9 of allot tune: its trial processes die with it, and the resumed tuner runs the job once the old process is gone")
    func tuneOrphans() throws {
        let space = #"{"parameters": [{"name": "x", "type": "float", "low": 0, "high": 1}]}"#
        let script = """
            #!/bin/sh
            echo $$ >> pids
            if [ ! -f resumed ]; then sleep 60; fi
            echo '{"resource": 1, "value": 0.5}'
            """
        let directory = try Self.folder(["space.json": space, "train.sh": script])
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.appendingPathComponent("train.sh").path)
        let arguments = ["tune", "--storage", "t.sqlite", "--space", "space.json", "--scheduler", "random", "--trials", "1", "--max-resource", "1", "--quiet", "--", "./train.sh"]
        let tuner = Process()
        tuner.executableURL = CommandLineTests.executable
        tuner.arguments = arguments
        tuner.currentDirectoryURL = directory
        tuner.standardError = FileHandle.nullDevice
        tuner.standardOutput = FileHandle.nullDevice
        try tuner.run()
        let pids = directory.appendingPathComponent("pids")
        let deadline = Date().addingTimeInterval(20)
        while !FileManager.default.fileExists(atPath: pids.path), Date() < deadline { usleep(50_000) }
        usleep(200_000)
        let trial = try #require(Int32(try String(contentsOf: pids, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        kill(tuner.processIdentifier, SIGKILL)
        tuner.waitUntilExit()
        var gone = false
        for _ in 0..<60 where !gone {
            usleep(100_000)
            gone = kill(trial, 0) != 0
        }
        #expect(gone, "the trial process outlived its tuner")
        try "yes".write(to: directory.appendingPathComponent("resumed"), atomically: true, encoding: .utf8)
        let resumed = try CommandLineTests.run(arguments, in: directory)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let started = try String(contentsOf: pids, encoding: .utf8).split(separator: "\n")
        #expect(started.count == 2, "the job ran again once, after the first process was gone")
    }
}
