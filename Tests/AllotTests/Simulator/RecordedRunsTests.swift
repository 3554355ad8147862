import Foundation
import Testing
import AllotData
import AllotInterchange
@testable import AllotSimulator

/// Recorded real-model runs: the compiled-in recordings parse, the recorded-runs kind replays exactly
/// the recorded scores (replication i = the i-th seed), and bad scenarios fail naming the field.
@Suite("Recorded runs")
struct RecordedRunsTests {
    @Test("every compiled-in recording parses: each group's methods hold at least 5 seeds with finite scores")
    func recordingsParse() throws {
        #expect(!RecordedRuns.all.isEmpty)
        for recording in RecordedRuns.all {
            #expect(!recording.groups.isEmpty, "\(recording.name)")
            for group in recording.groups {
                for method in recording.methods(in: group) {
                    let runs = recording.runs(group: group, method: method)
                    #expect(runs.count >= 5, "\(recording.name) \(group) \(method): \(runs.count) seeds")
                    #expect(Set(runs.map(\.seed)).count == runs.count)
                    #expect(runs.allSatisfy { $0.score.isFinite && $0.parameters > 0 })
                }
            }
        }
    }

    @Test("a malformed recording is refused with its line")
    func malformedRecording() throws {
        let header = RecordedRuns.columns.joined(separator: ",")
        #expect(throws: RecordedRunsError.self) { try RecordedRuns(name: "x", summary: "", scoreTitle: "", higherIsBetter: true, csv: "a,b\n") }
        do {
            _ = try RecordedRuns(name: "x", summary: "", scoreTitle: "", higherIsBetter: true, csv: "\(header)\nr2,lora,1,0.5,10,1\nr2,lora,2,nan,10,1\n")
            Issue.record("a NaN score was accepted")
        } catch let error as RecordedRunsError {
            #expect(error.line == 3)
        }
        let parsed = try RecordedRuns(name: "x", summary: "", scoreTitle: "", higherIsBetter: true, csv: "\(header)\nr2,b,2,0.25,10,1\nr2,b,1,0.5,10,1\nr4,a,1,0.75,20,1\n")
        #expect(parsed.groups == ["r2", "r4"])
        #expect(parsed.runs(group: "r2", method: "b").map(\.score) == [0.5, 0.25])
    }

    static func scenario(group: String = "r2", policies: String = #"["lora", "adalora"]"#, replications: Int = 5) -> String {
        """
        {"version": 1, "name": "replay", "environment": {"kind": "recorded-runs", "recording": "minilm-authorship-ranks", "group": "\(group)"},
         "policies": \(policies), "horizon": 1, "replications": \(replications), "seed": 1}
        """
    }

    static func load(_ json: String) throws -> LoadedScenario {
        try ScenarioLoader().load(data: Data(json.utf8), file: "replay.json", directory: "/tmp")
    }

    @Test("the recorded-runs kind replays the recorded scores seed by seed")
    func replaysRecordedScores() throws {
        let recording = try #require(RecordedRuns.named("minilm-authorship-ranks"))
        let loaded = try Self.load(Self.scenario())
        #expect(loaded.record.metrics.first { $0.primary }?.lowerIsBetter == false)
        for (contender, method) in ["lora", "adalora"].enumerated() {
            let runs = recording.runs(group: "r2", method: method)
            for replication in 0..<5 {
                let result = try loaded.experiment.runReplication(contender: contender, replication: replication, seed: 9, stop: StopSignal())
                #expect(result.metrics["score"] == runs[replication].score)
                #expect(result.metrics["parameters"] == runs[replication].parameters)
            }
        }
        let loss = try Self.load(Self.scenario(group: "r4").replacingOccurrences(of: "minilm-authorship-ranks", with: "minilm-mlm-ranks"))
        #expect(loss.record.metrics.first { $0.primary }?.lowerIsBetter == true)
    }

    @Test("the built-in minilm-tuning scenario replays the tuning recording, sizes counted in training steps")
    func tuningRecording() throws {
        let recording = try #require(RecordedRuns.named("minilm-authorship-tuning"))
        let loaded = try BuiltInScenarios.load("minilm-tuning")
        #expect(loaded.record.metrics.first { $0.key == "parameters" }?.title == "training steps spent")
        for (contender, method) in recording.methods(in: "b54").enumerated() {
            let runs = recording.runs(group: "b54", method: method)
            #expect(runs.allSatisfy { $0.parameters <= 54 * 24 })   // no study spent more than its budget
            let first = try loaded.experiment.runReplication(contender: contender, replication: 0, seed: 1, stop: StopSignal())
            #expect(first.metrics["score"] == runs[0].score)
        }
    }

    @Test("the built-in grpo-arithmetic scenario replays the GRPO recording: allocators at uniform's rollouts per step, uniform at other budgets")
    func grpoRecording() throws {
        let recording = try #require(RecordedRuns.named("grpo-arithmetic"))
        #expect(recording.groups == ["token-mean", "group-mean"])
        let loaded = try BuiltInScenarios.load("grpo-arithmetic")
        #expect(loaded.record.metrics.first { $0.key == "parameters" }?.title == "rollouts per step")
        for (contender, method) in recording.methods(in: "token-mean").enumerated() {
            let runs = recording.runs(group: "token-mean", method: method)
            let perPrompt = method.hasPrefix("uniform-") ? Double(method.dropFirst("uniform-".count))! : 8
            // Every allocator but the token-priced one spends exactly the rollouts it was given.
            if method != "cost" { #expect(runs.allSatisfy { $0.parameters == perPrompt * 32 }, "\(method)") }
            #expect(runs.allSatisfy { (0...1).contains($0.score) })
            let first = try loaded.experiment.runReplication(contender: contender, replication: 0, seed: 1, stop: StopSignal())
            #expect(first.metrics["score"] == runs[0].score)
        }
    }

    @Test("a replay has no decision loop: its report shows no decisions per second (not 0)")
    func replayHasNoRate() async throws {
        let folder = RunnerTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = try await SimulationRunner(output: folder, jobs: 2).run([try Self.load(Self.scenario())])
        #expect(results[0].decisionsPerSecond().isEmpty)
        try ReportWriter(root: folder).write(results)
        let report = try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8)
        let row = try #require(report.split(separator: "\n").first { $0.hasPrefix("| 1 |") })
        #expect(row.hasSuffix("| – |"))
    }

    @Test("an unknown group, method or recording, or more replications than seeds, is an error naming the field")
    func badScenarios() throws {
        func path(_ json: String) -> String? {
            do { _ = try Self.load(json); return nil } catch let error as InputError { return error.path } catch { return "\(error)" }
        }
        #expect(path(Self.scenario(group: "r3")) == "environment.group")
        #expect(path(Self.scenario(replications: 50)) == "replications")
        #expect(path(Self.scenario(policies: #"["nope"]"#))?.hasPrefix("policies") == true)
        #expect(path(Self.scenario().replacingOccurrences(of: "minilm-authorship-ranks", with: "other")) == "environment.recording")
    }
}
