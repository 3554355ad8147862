import Foundation
import Testing
import AllotInterchange
@testable import AllotSimulator

/// `allot allocate rollouts` (JSON in, JSON out, state between calls, exit 2 on bad input) and the
/// simulator's GRPO scenarios.
@Suite("Rollouts from the command line and the simulator", .serialized)
struct RolloutCommandTests {
    static func allocate(_ arguments: [String], input: String, in directory: URL) throws -> CommandLineTests.Outcome {
        let file = directory.appendingPathComponent("request-\(UUID().uuidString).json")
        try input.write(to: file, atomically: true, encoding: .utf8)
        return try CommandLineTests.run(["allocate", "rollouts", "--input", file.path] + arguments, in: directory)
    }

    static let request = """
    {"prompts": [{"id": "a", "rewards": [0, 0, 0, 0]}, {"id": "b", "successes": 4, "trials": 4},
                 {"id": "c", "rewards": [1, 0, 1, 0], "lengths": [300, 320, 310, 330]}, {"id": "d", "rewards": [1, 0, 0, 0]}, {"id": "e"}]}
    """

    @Test("knapsack-rl answers with the hand-computed allocation; the output has the documented keys")
    func knapsackOutput() throws {
        let directory = RunnerTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try Self.allocate(["--budget", "40", "--max", "16"], input: Self.request, in: directory)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(json["allocation"] as? [String: Int] == ["a": 15, "b": 2, "c": 6, "d": 9, "e": 8])
        for key in ["policy", "budget", "budgetUnit", "spent", "estimates", "expectedEffectiveGroups", "value", "leftover", "solver"] {
            #expect(json[key] != nil, "\(key)")
        }
        #expect(json["spent"] as? Int == 40)
    }

    @Test("--state keeps posteriors between calls and is written atomically; the same calls give the same answers")
    func stateBetweenCalls() throws {
        let directory = RunnerTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: directory) }
        func twoCalls(_ state: String) throws -> [String] {
            let first = try Self.allocate(["--budget", "40", "--policy", "posterior", "--state", state, "--seed", "3"], input: Self.request, in: directory)
            let second = try Self.allocate(["--budget", "40", "--policy", "posterior", "--state", state],
                                           input: "{\"prompts\": [{\"id\": \"a\", \"rewards\": [1, 0]}, {\"id\": \"c\"}, {\"id\": \"e\", \"rewards\": [1, 1]}]}", in: directory)
            #expect(first.status == 0 && second.status == 0, "\(first.stderr) \(second.stderr)")
            return [first.stdout, second.stdout]
        }
        let runA = try twoCalls(directory.appendingPathComponent("a.json").path)
        let runB = try twoCalls(directory.appendingPathComponent("b.json").path)
        #expect(runA == runB)
        let state = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("a.json"))) as? [String: Any]
        let statistics = try #require((state?["statistics"] as? [String: Any])?["prompts"] as? [String: Any])
        #expect(Set(statistics.keys) == ["a", "b", "c", "d", "e"])
        #expect(((statistics["a"] as? [String: Any])?["recentRewards"] as? [Double]) == [0, 0, 0, 0, 1, 0])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.contains(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test("\"observed\" records the rewards of prompts outside this step's batch (a shuffled loader's last batch) without giving them rollouts")
    func observedPrompts() throws {
        let directory = RunnerTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let state = directory.appendingPathComponent("s.json").path
        let first = try Self.allocate(["--budget", "8", "--state", state], input: #"{"prompts": [{"id": "x"}, {"id": "y"}]}"#, in: directory)
        let second = try Self.allocate(["--budget", "8", "--state", state],
                                       input: #"{"prompts": [{"id": "z"}, {"id": "w"}], "observed": [{"id": "x", "rewards": [0, 0, 0, 0]}, {"id": "y", "rewards": [1, 0, 1, 0]}]}"#, in: directory)
        #expect(first.status == 0 && second.status == 0, "\(first.stderr) \(second.stderr)")
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any])
        #expect(Set((answer["allocation"] as? [String: Int] ?? [:]).keys) == ["z", "w"])
        let saved = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: state))) as? [String: Any]
        let prompts = try #require((saved?["statistics"] as? [String: Any])?["prompts"] as? [String: Any])
        #expect(((prompts["y"] as? [String: Any])?["recentRewards"] as? [Double]) == [1, 0, 1, 0])
        #expect(((prompts["x"] as? [String: Any])?["recentRewards"] as? [Double]) == [0, 0, 0, 0])
        let bad = try Self.allocate(["--budget", "8"], input: #"{"prompts": [{"id": "z"}], "observed": [{"id": "x", "rewards": [2]}]}"#, in: directory)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("observed[0].rewards[0]"), "\(bad.stderr)")
    }

    @Test("malformed JSON and infeasible budgets exit 2 with the field named")
    func badInput() throws {
        let directory = RunnerTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let syntax = try Self.allocate(["--budget", "10"], input: "{\"prompts\": [", in: directory)
        #expect(syntax.status == 2)
        #expect(syntax.stderr.contains("not valid JSON"))
        let reward = try Self.allocate(["--budget", "10"], input: "{\"prompts\": [{\"id\": \"a\", \"rewards\": [0.5, 3]}]}", in: directory)
        #expect(reward.status == 2)
        #expect(reward.stderr.contains("prompts[0].rewards[1]: expected a reward in [0, 1], got the number 3."), "\(reward.stderr)")
        let typo = try Self.allocate(["--budget", "10"], input: "{\"prompts\": [{\"id\": \"a\", \"reward\": [1]}]}", in: directory)
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("unknown field \"reward\". Did you mean \"rewards\"?"), "\(typo.stderr)")
        let infeasible = try Self.allocate(["--budget", "3"], input: Self.request, in: directory)
        #expect(infeasible.status == 2)
        #expect(infeasible.stderr.contains("cannot give every prompt its minimum: that needs 10"), "\(infeasible.stderr)")
        let policy = try Self.allocate(["--budget", "40", "--policy", "greedy"], input: Self.request, in: directory)
        #expect(policy.status == 2)
    }

    @Test("the GRPO scenario runs, reports pass rate and effective ratio over training, and checks its fields")
    func grpoScenario() async throws {
        let json = """
        {"version": 1, "name": "tiny-grpo", "environment": {"kind": "grpo", "prompts": 24, "batchSize": 8, "maximum": 32,
         "matchMultipliers": [1, 2]},
         "policies": ["uniform", "knapsack-rl", {"name": "posterior", "parameters": {"planning": "optimistic"}}],
         "horizon": 6, "replications": 2, "seed": 4}
        """
        let scenario = try ScenarioLoader().load(data: Data(json.utf8), file: "tiny.json", directory: "/tmp")
        let folder = RunnerTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = try await SimulationRunner(output: folder, jobs: 2).run([scenario])
        let summary = try ReportWriter(root: folder).write(results)
        let scenarioSummary = summary.scenarios[0]
        #expect(scenarioSummary.primaryMetric == "finalPassRate")
        #expect(scenarioSummary.contenders.count == 3)
        let uniform = try #require(scenarioSummary.contenders.first { $0.label == "uniform" })
        #expect(uniform.metrics["uniformMatches"] == nil)
        let knapsack = try #require(scenarioSummary.contenders.first { $0.label == "knapsack-rl" })
        #expect(knapsack.metrics["uniformMatches"] != nil)
        #expect(results[0].results[0][0].traces["passRate"]?.count == 6)
        for file in ["passRate.svg", "effectiveRatio.svg", "passRate.csv"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("tiny-grpo/\(file)").path))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("tiny-grpo/pulls.svg").path))

        let bad = json.replacingOccurrences(of: "\"batchSize\": 8", with: "\"batchSize\": 80")
        #expect(throws: InputError.self) { try ScenarioLoader().load(data: Data(bad.utf8), file: "bad.json", directory: "/tmp") }
        let unknown = json.replacingOccurrences(of: "\"knapsack-rl\"", with: "\"knapsack\"")
        do {
            _ = try ScenarioLoader().load(data: Data(unknown.utf8), file: "bad.json", directory: "/tmp")
            Issue.record("an unknown allocator loaded")
        } catch let error as InputError {
            #expect(error.description.contains("policies[1]: unknown rollout allocator \"knapsack\". Did you mean \"knapsack-rl\"?"))
        }
    }
}
