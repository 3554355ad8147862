import Foundation
import Testing
import AllotInterchange
@testable import AllotSimulator

/// Scenario files: every shipped one validates, and malformed ones fail with the documented errors.
@Suite("Scenario files")
struct ScenarioLoadingTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test("every built-in scenario loads and names every contender")
    func builtInScenariosValidate() throws {
        #expect(BuiltInScenarios.names.count >= 7)
        #expect(BuiltInScenarios.names.contains("lcdb-replay") && BuiltInScenarios.names.contains("minilm-ranks"))
        for name in BuiltInScenarios.names {
            let record = try BuiltInScenarios.load(name).record
            #expect(record.scenario == name)
            #expect(!record.contenders.isEmpty)
            #expect(Set(record.contenders.map(\.label)).count == record.contenders.count)
        }
    }

    @Test("every scenario file in simulations/ (built-in ones included) validates")
    func shippedFilesValidate() throws {
        let folder = Self.packageRoot.appendingPathComponent("simulations")
        var files: [URL] = []
        for sub in ["", "builtin"] {
            let directory = folder.appendingPathComponent(sub)
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".json") {
                files.append(directory.appendingPathComponent(name))
            }
        }
        #expect(files.count >= 10)
        for file in files {
            _ = try ScenarioLoader().load(path: file.path)
        }
        // The built-in files are the embedded ones, byte for byte.
        for name in BuiltInScenarios.names {
            let onDisk = try Data(contentsOf: folder.appendingPathComponent("builtin/\(name).json"))
            #expect(onDisk == BuiltInScenarios.data(named: name))
        }
    }

    static let valid = """
    {"version": 1, "name": "t", "environment": {"kind": "bernoulli", "means": [0.5, 0.4]},
     "policies": ["ucb1"], "horizon": 100}
    """

    /// Loads `json` and returns the error's description.
    func failure(_ json: String) -> String {
        do {
            _ = try ScenarioLoader().load(data: Data(json.utf8), file: "bad.json", directory: "/tmp")
            return "loaded without error"
        } catch let error as InputError {
            return error.description
        } catch {
            return "unexpected error type: \(error)"
        }
    }

    @Test("the minimal example loads with defaults (20 replications, seed 0, 100 trace points)")
    func minimalExample() throws {
        let record = try ScenarioLoader().load(data: Data(Self.valid.utf8), file: "t.json", directory: "/tmp").record
        #expect(record.replications == 20)
        #expect(record.seed == 0)
        #expect(record.traceGrid.count == 100)
        #expect(record.traceGrid.last == 100)
        #expect(record.contenders[0].parameters.number("exploration") == 2)
    }

    @Test("malformed files name the file, the field path, the expectation and what was given")
    func documentedErrors() {
        let cases: [(String, String)] = [
            ("{\"version\": 1,", "bad.json: not valid JSON"),
            ("[1, 2]", "bad.json: expected a JSON object (a scenario), got an array of 2 elements."),
            (Self.valid.replacingOccurrences(of: "\"version\": 1", with: "\"version\": 2"),
             "bad.json: version: expected the format version 1 (the only one this build reads), got the number 2."),
            (Self.valid.replacingOccurrences(of: "\"horizon\": 100", with: "\"horizn\": 100"),
             "bad.json: horizon: missing; expected \"horizon\" (rounds) or \"budget\" (total cost)."),
            (Self.valid.replacingOccurrences(of: "\"horizon\": 100", with: "\"horizon\": 100, \"replicates\": 3"),
             "bad.json: replicates: unknown field \"replicates\". Did you mean \"replications\"?"),
            (Self.valid.replacingOccurrences(of: "\"horizon\": 100", with: "\"horizon\": \"long\""),
             "bad.json: horizon: expected an integer number of rounds in 1...1_000_000_000, got the string \"long\"."),
            (Self.valid.replacingOccurrences(of: "[\"ucb1\"]", with: "[\"ucb2\"]"),
             "bad.json: policies[0]: unknown policy \"ucb2\". Did you mean \"ucb1\"? Valid: ucb1, ucb-v, kl-ucb"),
            (Self.valid.replacingOccurrences(of: "\"bernoulli\"", with: "\"bernouli\""),
             "bad.json: environment.kind: unknown environment kind \"bernouli\". Did you mean \"bernoulli\"? Valid: bernoulli, gaussian, piecewise-stationary, adversarial, linear-contextual, lcdb, grpo, lcdb-tuning, digits-tuning, function-tuning, rank-allocation, recorded-runs."),
            (Self.valid.replacingOccurrences(of: "[0.5, 0.4]", with: "[0.5, 1.4]"),
             "bad.json: environment.means[1]: expected probabilities in [0, 1], got the number 1.4."),
            (Self.valid.replacingOccurrences(of: "[\"ucb1\"]", with: "[\"ucb1\", {\"name\": \"ucb1\", \"parameters\": {\"exploration\": \"high\"}}]"),
             "bad.json: policies[1].parameters.exploration: expected a finite number, got the string \"high\"."),
            (Self.valid.replacingOccurrences(of: "[\"ucb1\"]", with: "[{\"name\": \"ucb1\", \"parameters\": {\"exploration\": -1}}]"),
             "bad.json: policies[0].parameters.exploration: expected a finite number >= 0, got -1.0."),
            (Self.valid.replacingOccurrences(of: "[\"ucb1\"]", with: "[{\"name\": \"ucb1\", \"parameters\": {\"c\": 1}}]"),
             "bad.json: policies[0].parameters.c: unknown parameter of ucb1 \"c\". Valid: exploration."),
            (Self.valid.replacingOccurrences(of: "[\"ucb1\"]", with: "[\"ucb1\", \"ucb1\"]"),
             "bad.json: policies[1]: expected a label unique within the scenario"),
            (Self.valid.replacingOccurrences(of: "[\"ucb1\"]", with: "[\"linucb\"]"),
             "bad.json: policies[0]: expected a policy for a non-contextual environment"),
            (Self.valid.replacingOccurrences(of: "\"kind\": \"bernoulli\", \"means\": [0.5, 0.4]", with: "\"kind\": \"gaussian\", \"means\": [0.5, 0.4]")
                .replacingOccurrences(of: "[\"ucb1\"]", with: "[\"thompson\"]"),
             "bad.json: policies[0]: expected a policy that accepts real-valued rewards (thompson needs rewards in [0, 1]"),
            (Self.valid.replacingOccurrences(of: "\"kind\": \"bernoulli\", \"means\": [0.5, 0.4]", with: "\"kind\": \"lcdb\", \"dataset\": 4"),
             "bad.json: environment.dataset: unknown dataset \"4\". Valid: 3, 23, 46"),
            (Self.valid.replacingOccurrences(of: "\"horizon\": 100", with: "\"horizon\": 100, \"budget\": 5"),
             "bad.json: budget: expected either \"horizon\" or \"budget\", not both, got both."),
            (Self.valid.replacingOccurrences(of: "\"means\": [0.5, 0.4]", with: "\"means\": [0.5, 0.4], \"costs\": [1]"),
             "bad.json: environment.costs: expected an array of 2 numbers (costs > 0), got an array of 1 element."),
            (Self.valid.replacingOccurrences(of: "\"means\": [0.5, 0.4]", with: "\"means\": [0.5, 0.4], \"mean\": 1"),
             "bad.json: environment.mean: unknown field \"mean\". Did you mean \"means\"? Valid: kind, means, costs."),
        ]
        for (json, expected) in cases {
            let message = failure(json)
            #expect(message.hasPrefix(expected), "\(json)\n→ \(message)")
        }
    }

    @Test("an unreadable file is reported as such")
    func missingFile() {
        #expect(throws: InputError.self) { try ScenarioLoader().load(path: "/nonexistent/scenario.json") }
    }

    @Test("command-line overrides win over the file")
    func overrides() throws {
        let loader = ScenarioLoader(overrides: ScenarioOverrides(replications: 3, seed: 9))
        let record = try loader.load(data: Data(Self.valid.utf8), file: "t.json", directory: "/tmp").record
        #expect(record.replications == 3)
        #expect(record.seed == 9)
    }

    @Test("derived defaults are resolved and recorded (EXP3's γ, the sliding window)")
    func derivedDefaults() throws {
        let json = Self.valid.replacingOccurrences(of: "[\"ucb1\"]", with: "[\"exp3\", \"sliding-window-ucb\"]")
        let record = try ScenarioLoader().load(data: Data(json.utf8), file: "t.json", directory: "/tmp").record
        let gamma = try #require(record.contenders[0].parameters.number("gamma"))
        #expect(abs(gamma - min(1, (2 * log(2.0) / ((M_E - 1) * 100)).squareRoot())) < 1e-12)
        #expect(record.contenders[1].parameters.integer("window") == Int((2 * (100 * log(100.0)).squareRoot()).rounded(.up)))
    }
}
