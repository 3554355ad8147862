import Foundation
import Testing
@testable import Allot
@testable import AllotTuning

/// Files written by release 583d2df (Tests/Fixtures/release-583d2df, made with that build) open with
/// this one and continue: an upgrade never turns a file a user kept into an error.
@Suite("Files from release 583d2df", .serialized)
struct ReleaseFixtureTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/release-583d2df")

    /// A scratch copy of one fixture folder (fixtures are never written to).
    static func copy(_ folder: String) throws -> URL {
        let directory = RunnerTests.temporaryFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent(folder).path) {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(folder).appendingPathComponent(name),
                                             to: directory.appendingPathComponent(name))
        }
        return directory
    }

    static func json(_ text: String) throws -> JSONValue { try JSONParser.parse(text, source: "output") }

    @Test("the study database migrates: the same trials and best trial as that release listed, for Hyperband, ASHA and a killed allot tune")
    func studiesListTheSame() throws {
        let directory = try Self.copy("studies")
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["hb", "asha", "tuned"] {
            let trials = try CommandLineTests.run(["study", "trials", "--storage", "studies.sqlite", "--name", name], in: directory)
            #expect(trials.status == 0, "\(trials.stderr)")
            let expected = try String(contentsOf: directory.appendingPathComponent("expected-\(name)-trials.json"), encoding: .utf8)
            #expect(try Self.json(trials.stdout) == Self.json(expected), "\(name): trials differ")
            let best = try CommandLineTests.run(["study", "best", "--storage", "studies.sqlite", "--name", name], in: directory)
            let expectedBest = try String(contentsOf: directory.appendingPathComponent("expected-\(name)-best.json"), encoding: .utf8)
            #expect(try Self.json(best.stdout) == Self.json(expectedBest), "\(name): best differs")
        }
        // The old tables are kept beside the new schema.
        let storage = try SQLiteStudyStorage(path: directory.appendingPathComponent("studies.sqlite").path, owner: "")
        #expect(try storage.names() == ["asha", "hb", "tuned"])
    }

    @Test("migrated studies continue to the end: Hyperband's drawn-but-unasked trials first, ASHA to its 20 trials")
    func studiesContinue() throws {
        let directory = try Self.copy("studies")
        defer { try? FileManager.default.removeItem(at: directory) }
        let storage = try SQLiteStudyStorage(path: directory.appendingPathComponent("studies.sqlite").path, owner: "test")
        let listed = try Self.json(try String(contentsOf: directory.appendingPathComponent("expected-hb-trials.json"), encoding: .utf8))
        guard case let .array(oldTrials) = listed else { Issue.record("not an array"); return }
        for name in ["hb", "asha"] {
            var asked: [Study.Assignment] = []
            while true {
                let (assignment, finished) = try storage.update(name) { session -> (Study.Assignment?, Bool) in
                    let next = session.ask()
                    return (next, session.study.isFinished)
                }
                if finished { break }
                if let assignment {
                    asked.append(assignment)
                    let lr = assignment.configuration["learning_rate"].flatMap { if case let .number(x) = $0 { return x } else { return nil } } ?? 0
                    try storage.update(name) { try $0.tell(assignment, value: lr * assignment.resource) }
                } else {
                    // Only the fixture's asked-and-never-told jobs are left: their workers answer now.
                    let running = try storage.load(name).runningAssignments
                    #expect(!running.isEmpty)
                    for job in running { try storage.update(name) { try $0.tell(job, value: 0.5) } }
                }
            }
            let study = try storage.load(name)
            #expect(study.isFinished)
            if name == "hb" {
                #expect(study.trials.count == 27 + 12 + 6 + 4)
                // Trial 12 was drawn by the old release when bracket 0 opened; it is handed out with that configuration.
                let first = try #require(asked.first { $0.trial == 12 })
                let oldConfiguration = try study.space.configuration(from: FieldReader(source: "t", value: oldTrials[12].value(for: "configuration")!))
                #expect(first.configuration == oldConfiguration)
            } else {
                #expect(study.trials.count == 20)
            }
        }
    }

    @Test("re-running the same allot tune command resumes the migrated study (the seed is recovered), reports kept")
    func tuneResumes() throws {
        let directory = try Self.copy("studies")
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try CommandLineTests.run(["tune", "--storage", "studies.sqlite", "--name", "tuned", "--space", "space.json", "--scheduler", "random",
                                            "--trials", "8", "--max-resource", "3", "--workers", "2", "--seed", "3", "--json", "--quiet", "--", "./train.sh"],
                                           in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        let study = try SQLiteStudyStorage(path: directory.appendingPathComponent("studies.sqlite").path, owner: "").load("tuned")
        #expect(study.isFinished && study.trials.count == 8)
        #expect(study.trials[0].reports.count == 3)   // reported by the killed run
        #expect(study.best?.id == 7 && study.best?.value == 0.73)
    }

    @Test("rollout state files continue with the same allocation, random state included")
    func rolloutStates() throws {
        let directory = try Self.copy("rollouts")
        defer { try? FileManager.default.removeItem(at: directory) }
        for policy in ["knapsack-rl", "posterior", "cost", "uniform"] {
            let budget = policy == "cost" ? "9000" : "32"
            let run = try CommandLineTests.run(["allocate", "rollouts", "--budget", budget, "--policy", policy, "--state", "rollouts-\(policy).json",
                                                "--input", "rollouts-request.json"], in: directory)
            #expect(run.status == 0, "\(policy): \(run.stderr)")
            let expected = try String(contentsOf: directory.appendingPathComponent("expected-rollouts-\(policy).json"), encoding: .utf8)
            #expect(try Self.json(run.stdout) == Self.json(expected), "\(policy): allocation differs")
            let rewritten = try String(contentsOf: directory.appendingPathComponent("rollouts-\(policy).json"), encoding: .utf8)
            #expect(rewritten.contains("\"version\":2"), "\(policy): the state is rewritten in format 2")
        }
    }

    @Test("rank state files continue with the same patterns at steps 10 to 15 (budget now the one in force)")
    func rankStates() throws {
        let directory = try Self.copy("ranks")
        defer { try? FileManager.default.removeItem(at: directory) }
        let requests = try String(contentsOf: directory.appendingPathComponent("ranks-requests-steps10-15.jsonl"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        for allocator in ["uniform", "adalora", "elastic", "bandit-knapsack"] {
            let expected = try String(contentsOf: directory.appendingPathComponent("expected-ranks-\(allocator)-steps10-15.jsonl"), encoding: .utf8)
                .split(separator: "\n").map { try Self.json(String($0)) }
            for (request, old) in zip(requests, expected) {
                try request.write(to: directory.appendingPathComponent("request.json"), atomically: true, encoding: .utf8)
                let run = try CommandLineTests.run(["allocate", "ranks", "--state", "ranks-\(allocator).json", "--input", "request.json"], in: directory)
                #expect(run.status == 0, "\(allocator): \(run.stderr)")
                let new = try Self.json(run.stdout)
                for key in ["active", "ranks", "parameters", "reallocated", "step"] {
                    #expect(new.value(for: key) == old.value(for: key), "\(allocator) \(key): \(run.stdout) vs \(old.canonicalText)")
                }
                guard case let .number(budget)? = new.value(for: "budget"), case let .number(parameters)? = new.value(for: "parameters") else { continue }
                #expect(parameters <= budget)
                if allocator != "adalora" { #expect(new.value(for: "budget") == old.value(for: "budget")) }
            }
        }
    }

    @Test("a fine-tuning checkpoint resumes: the finished run is picked up, with the same curve and summary")
    func finetuneCheckpoint() throws {
        let directory = try Self.copy("finetune")
        defer { try? FileManager.default.removeItem(at: directory) }
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: directory.appendingPathComponent("ft"), withIntermediateDirectories: true)
        try fileManager.createDirectory(at: directory.appendingPathComponent("cache"), withIntermediateDirectories: true)
        try fileManager.moveItem(at: directory.appendingPathComponent("checkpoint.json"), to: directory.appendingPathComponent("ft/checkpoint.json"))
        for name in try fileManager.contentsOfDirectory(atPath: directory.path) where name.hasPrefix("base-") {
            try fileManager.moveItem(at: directory.appendingPathComponent(name), to: directory.appendingPathComponent("cache/\(name)"))
        }
        let run = try CommandLineTests.run(["finetune", "--model", "tiny", "--pretrain-steps", "20", "--steps", "40", "--evaluate-every", "10",
                                            "--average-rank", "2", "--max-rank", "4", "--allocator", "adalora", "--cache", "cache", "--out", "ft"], in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("resuming from step 40"), "\(run.stderr)")
        let old = try Self.json(try String(contentsOf: directory.appendingPathComponent("summary.json"), encoding: .utf8))
        let new = try Self.json(try String(contentsOf: directory.appendingPathComponent("ft/summary.json"), encoding: .utf8))
        for key in ["finalValidationBitsPerChar", "adapterParameters", "budget", "reallocations"] {
            #expect(new.value(for: key) == old.value(for: key), "\(key)")
        }
    }

    @Test("saved simulation results re-render: allot report gives the summary that release wrote")
    func simulationResults() throws {
        let directory = try Self.copy("simulate")
        defer { try? FileManager.default.removeItem(at: directory) }
        let old = try Self.json(try String(contentsOf: directory.appendingPathComponent("summary.json"), encoding: .utf8))
        let run = try CommandLineTests.run(["report", "."], in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        let new = try Self.json(try String(contentsOf: directory.appendingPathComponent("summary.json"), encoding: .utf8))
        #expect(new == old)
    }

    @Test("policy snapshots decode and continue with the same 50 choices")
    func policySnapshots() throws {
        func check<P: Policy>(_ name: String, _ type: P.Type) throws {
            let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("policies/\(name).json"))
            var policy = try Interchange.decode(P.self, from: data, source: name)
            var viaFoundation = try JSONDecoder().decode(P.self, from: data)
            let next = try JSONDecoder().decode([Int].self, from: Data(contentsOf: Self.fixtures.appendingPathComponent("policies/\(name).next.json")))
            #expect(try SnapshotTests.play(&policy, rounds: 50, start: 200, seed: 1) == next, "\(name)")
            #expect(try SnapshotTests.play(&viaFoundation, rounds: 50, start: 200, seed: 1) == next, "\(name) (Foundation's decoder)")
        }
        try check("ucb1", UCB1.self)
        try check("ucb-v", UCBV.self)
        try check("kl-ucb", KLUCB.self)
        try check("kl-ucb-gaussian", KLUCB.self)
        try check("bayes-ucb", BayesUCB.self)
        try check("thompson", ThompsonSampling.self)
        try check("gaussian-thompson", GaussianThompsonSampling.self)
        try check("gaussian-thompson-known", GaussianThompsonSampling.self)
        try check("epsilon-greedy", EpsilonGreedy.self)
        try check("epsilon-greedy-decaying", EpsilonGreedy.self)
        try check("exp3", EXP3.self)
        try check("exp3-ix", EXP3IX.self)
        try check("discounted-ucb", DiscountedUCB.self)
        try check("sliding-window-ucb", SlidingWindowUCB.self)
        try check("discounted-thompson", DiscountedThompsonSampling.self)
        try check("budgeted-ucb", BudgetedUCB.self)
    }
}
