import Foundation
import Testing
import AllotInterchange

/// `allot finetune` end to end on the tiny model.
@Suite("allot finetune", .serialized)
struct FinetuneCommandTests {
    @Test("writes the rank pattern (JSON, SVG heatmap), the validation curve and a summary within the budget")
    func writesItsReport() throws {
        let directory = RunnerTests.temporaryFolder()
        let result = try CommandLineTests.run(["finetune", "--model", "tiny", "--pretrain-steps", "30", "--steps", "40", "--evaluate-every", "20",
                                               "--allocator", "elastic", "--average-rank", "2", "--max-rank", "6", "--batch", "4",
                                               "--out", "out", "--cache", "cache"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("elastic, average rank 2: validation"))
        #expect(result.stderr.contains("step 20: loss"))
        let out = directory.appendingPathComponent("out")
        let ranks = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("ranks.json"))) as! [String: Any]
        let table = ranks["ranks"] as! [[Double]]
        #expect(table.count == 2 && table.allSatisfy { $0.count == 6 })
        #expect(ranks["kinds"] as? [String] == ["query", "key", "value", "output", "up", "down"])
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as! [String: Any]
        #expect((summary["adapterParameters"] as! Double) <= (summary["budget"] as! Double))
        #expect((summary["reallocations"] as! Double) > 0)
        let svg = try String(contentsOf: out.appendingPathComponent("ranks.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<?xml") && svg.contains("layer 1") && svg.contains(">up<"))
        let curve = try String(contentsOf: out.appendingPathComponent("validation.csv"), encoding: .utf8).split(separator: "\n")
        #expect(curve.first == "step,validation_bits_per_char" && curve.count == 4)   // steps 0, 20, 40
        // The base was cached: a second run does not pretrain again.
        let again = try CommandLineTests.run(["finetune", "--model", "tiny", "--pretrain-steps", "30", "--steps", "2", "--max-rank", "6",
                                              "--average-rank", "2", "--batch", "4", "--out", "out2", "--cache", "cache"], in: directory)
        #expect(again.status == 0 && !again.stderr.contains("pretraining step"))
    }

    @Test("a run killed with SIGKILL resumes from its last evaluation and ends exactly where an uninterrupted run ends")
    func killedRunResumes() throws {
        let directory = RunnerTests.temporaryFolder()
        let options = ["finetune", "--model", "tiny", "--pretrain-steps", "30", "--steps", "200", "--evaluate-every", "10", "--allocator",
                       "bandit-knapsack", "--average-rank", "2", "--max-rank", "6", "--batch", "4", "--cache", "cache"]
        let reference = try CommandLineTests.run(options + ["--out", "reference"], in: directory)
        #expect(reference.status == 0, "\(reference.stderr)")
        let process = Process()
        process.executableURL = CommandLineTests.executable
        process.arguments = options + ["--out", "killed"]
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let checkpoint = directory.appendingPathComponent("killed/checkpoint.json").path
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: checkpoint), process.isRunning, Date() < deadline { usleep(5_000) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the run finished before it could be killed")
        let resumed = try CommandLineTests.run(options + ["--out", "killed"], in: directory)
        #expect(resumed.status == 0 && resumed.stderr.contains("resuming from step"), "\(resumed.stderr)")
        for file in ["validation.csv", "ranks.json"] {
            #expect(try Data(contentsOf: directory.appendingPathComponent("killed/\(file)")) == Data(contentsOf: directory.appendingPathComponent("reference/\(file)")), "\(file)")
        }
    }

    @Test("bad options exit 2 naming the option")
    func badOptions() throws {
        let directory = RunnerTests.temporaryFolder()
        let unknown = try CommandLineTests.run(["finetune", "--allocator", "adaptive"], in: directory)
        #expect(unknown.status == 2 && unknown.stderr.contains("--allocator must be one of uniform, adalora, elastic, bandit-knapsack"))
        let tooHigh = try CommandLineTests.run(["finetune", "--model", "tiny", "--pretrain-steps", "5", "--average-rank", "9", "--max-rank", "6",
                                                "--steps", "10", "--cache", "cache"], in: directory)
        #expect(tooHigh.status == 2 && tooHigh.stderr.contains("averageRank: expected a number in (0, 6]"))
    }
}
