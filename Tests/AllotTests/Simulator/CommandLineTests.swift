import Foundation
import Testing
import AllotInterchange

/// The `allot` binary: documented exit codes (0 success, 2 bad input, 130 interrupted), errors on stderr
/// naming the field, and Ctrl-C that keeps finished work for the next run.
@Suite("allot command line", .serialized)
struct CommandLineTests {
    /// The `allot` executable built beside the test bundle.
    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("allot")
    }

    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `allot` with `arguments` in `directory`; `interruptWhen` sends SIGINT once it returns true.
    static func run(_ arguments: [String], in directory: URL, stdin: String? = nil, interruptWhen: (() -> Bool)? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if let stdin {
            let input = Pipe()
            process.standardInput = input
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        if let interruptWhen {
            let deadline = Date().addingTimeInterval(60)
            while process.isRunning, !interruptWhen(), Date() < deadline { usleep(20_000) }
            if process.isRunning { process.interrupt() }
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func folder(with files: [String: String]) throws -> URL {
        let url = RunnerTests.temporaryFolder()
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url
    }

    @Test("the binary exists where the tests look for it")
    func binaryIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.executable.path), "\(Self.executable.path)")
    }

    @Test("a valid scenario exits 0 and writes the report; bad input exits 2 with the field named")
    func exitCodes() throws {
        let good = RunnerTests.scenario
        let bad = good.replacingOccurrences(of: "\"ucb1\"", with: "\"ucb9\"")
        let directory = try Self.folder(with: ["good.json": good, "bad.json": bad])
        defer { try? FileManager.default.removeItem(at: directory) }

        let success = try Self.run(["simulate", "good.json", "--out", "out", "--quiet"], in: directory)
        #expect(success.status == 0, "\(success.stderr)")
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("out/summary.json").path))

        let unknown = try Self.run(["simulate", "bad.json", "--out", "out2"], in: directory)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("bad.json: policies[1]: unknown policy \"ucb9\". Did you mean \"ucb1\"?"), "\(unknown.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out2").path))

        #expect(try Self.run(["simulate", "missing.json"], in: directory).status == 2)
        let mistyped = try Self.run(["simulate", "functon-tuning"], in: directory)
        #expect(mistyped.status == 2)
        #expect(mistyped.stderr.contains("unknown built-in scenario (and no file of that name) \"functon-tuning\". Did you mean \"function-tuning\"?"),
                "\(mistyped.stderr)")
        #expect(try Self.run(["simulate", "good.json", "--replications", "0"], in: directory).status == 2)
        #expect(try Self.run(["simulate", "--no-such-option"], in: directory).status == 2)
        #expect(try Self.run(["report", "nowhere"], in: directory).status == 2)

        let report = try Self.run(["report", "out", "--quiet"], in: directory)
        #expect(report.status == 0, "\(report.stderr)")
    }

    @Test("allot policies lists every policy with its parameters and defaults; allot scenarios lists the kinds")
    func listings() throws {
        let directory = RunnerTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let policies = try Self.run(["policies", "--json"], in: directory)
        #expect(policies.status == 0)
        let listed = try JSONSerialization.jsonObject(with: Data(policies.stdout.utf8)) as? [[String: Any]]
        let names = (listed ?? []).compactMap { $0["name"] as? String }
        #expect(names.count == 14 + 4 + 4 + 6 + 5)   // policies, rollout and rank allocators, schedulers, samplers
        #expect(names.contains("successive-halving") && names.contains("cost-aware-halving") && names.contains("median"))
        #expect(names.contains("thompson") && names.contains("linucb") && names.contains("sliding-window-ucb"))
        #expect(names.contains("knapsack-rl") && names.contains("posterior") && names.contains("cost"))
        let text = try Self.run(["policies"], in: directory)
        #expect(text.stdout.contains("exploration") && text.stdout.contains("default 2"))
        let scenarios = try Self.run(["scenarios"], in: directory)
        #expect(scenarios.status == 0)
        for kind in ["bernoulli", "gaussian", "piecewise-stationary", "adversarial", "linear-contextual", "lcdb", "lcdb-replay"] {
            #expect(scenarios.stdout.contains(kind))
        }
        let show = try Self.run(["scenarios", "--show", "lcdb-replay"], in: directory)
        #expect(show.stdout.contains("\"kind\": \"lcdb\""))
    }

    @Test("Ctrl-C keeps finished replications, exits 130, and the same command resumes")
    func interruptAndResume() throws {
        let long = """
        {"version": 1, "name": "long", "environment": {"kind": "bernoulli", "means": [0.6, 0.5]},
         "policies": ["ucb1"], "horizon": 400000, "replications": 6, "seed": 3}
        """
        let directory = try Self.folder(with: ["long.json": long])
        defer { try? FileManager.default.removeItem(at: directory) }
        let runs = directory.appendingPathComponent("out/runs/long")
        func savedCount() -> Int {
            let folders = (try? FileManager.default.contentsOfDirectory(atPath: runs.path)) ?? []
            return folders.filter { !$0.hasSuffix(".json") }.reduce(0) { total, folder in
                total + ((try? FileManager.default.contentsOfDirectory(atPath: runs.appendingPathComponent(folder).path)) ?? [])
                    .filter { $0.hasPrefix("r") && $0.hasSuffix(".json") }.count
            }
        }
        let interrupted = try Self.run(["simulate", "long.json", "--out", "out", "--jobs", "1"], in: directory, interruptWhen: { savedCount() >= 1 })
        #expect(interrupted.status == 130, "\(interrupted.stderr)")
        #expect(interrupted.stderr.contains("run the same command again to resume"))
        let saved = savedCount()
        #expect(saved >= 1 && saved < 6)

        let resumed = try Self.run(["simulate", "long.json", "--out", "out", "--jobs", "1"], in: directory)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("resuming: \(saved) of 6 replications already saved"), "\(resumed.stderr)")
        #expect(savedCount() == 6)
    }
}
