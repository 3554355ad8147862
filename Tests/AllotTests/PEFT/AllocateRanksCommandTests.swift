import Allot
import Foundation
import Testing

/// `allot allocate ranks`: the JSON interface a PyTorch / PEFT trainer calls once per step.
@Suite("allot allocate ranks", .serialized)
struct AllocateRanksCommandTests {
    static let matrices = """
        {"matrices": [{"name": "q", "input": 8, "output": 8, "maxRank": 6}, {"name": "v", "input": 8, "output": 8, "maxRank": 6},
                      {"name": "up", "input": 8, "output": 32, "maxRank": 6}]}
        """

    @Test("create, then one call per step: ranks follow the sensitivities, within the budget, state kept in the file")
    func stepByStep() throws {
        let directory = RunnerTests.temporaryFolder()
        let options = ["allocate", "ranks", "--state", "ranks.json", "--average-rank", "2", "--total-steps", "60", "--warmup-steps", "10",
                       "--final-steps", "10", "--interval", "10"]
        let created = try CommandLineTests.run(options, in: directory, stdin: Self.matrices)
        #expect(created.status == 0, "\(created.stderr)")
        var response = try JSONSerialization.jsonObject(with: Data(created.stdout.utf8)) as! [String: Any]
        #expect(response["ranks"] as? [String: Double] == ["q": 2, "v": 2, "up": 2])
        let budget = response["budget"] as! Double
        #expect(budget == 2 * (16 + 16 + 40))
        var random = RandomSource(seed: 1)
        var moved = 0
        for step in 0..<60 {
            // "q" matters most; "up" barely.
            var active = response["active"] as! [String: [Double]]
            func scores(_ name: String, _ scale: Double) -> String {
                let slots = Set(active[name]!.map(Int.init))
                return "[" + (0..<6).map { slots.contains($0) ? String(scale * (1 + 0.2 * random.uniform())) : "0" }.joined(separator: ",") + "]"
            }
            let request = #"{"step": \#(step), "sensitivities": {"q": \#(scores("q", 1.0)), "v": \#(scores("v", 0.3)), "up": \#(scores("up", 0.01))}}"#
            let result = try CommandLineTests.run(options, in: directory, stdin: request)
            #expect(result.status == 0, "\(result.stderr)")
            response = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
            #expect((response["parameters"] as! Double) <= budget)
            if response["reallocated"] as! Bool { moved += 1 }
            active = response["active"] as! [String: [Double]]
        }
        #expect(moved > 0)
        let ranks = response["ranks"] as! [String: Double]
        #expect(ranks["q"]! > ranks["up"]!)
    }

    @Test("bad input exits 2 naming the field")
    func badInput() throws {
        let directory = RunnerTests.temporaryFolder()
        let noSteps = try CommandLineTests.run(["allocate", "ranks", "--state", "s.json"], in: directory, stdin: Self.matrices)
        #expect(noSteps.status == 2 && noSteps.stderr.contains("--total-steps"))
        let short = try CommandLineTests.run(["allocate", "ranks", "--state", "s.json", "--total-steps", "10", "--warmup-steps", "5", "--final-steps", "5"],
                                             in: directory, stdin: Self.matrices)
        #expect(short.status == 2 && short.stderr.contains("never reaches its final phase"))
        _ = try CommandLineTests.run(["allocate", "ranks", "--state", "s.json", "--total-steps", "100"], in: directory, stdin: Self.matrices)
        let missing = try CommandLineTests.run(["allocate", "ranks", "--state", "s.json"], in: directory,
                                               stdin: #"{"step": 0, "sensitivities": {"q": [0,0,0,0,0,0], "v": [0,0,0,0,0,0]}}"#)
        #expect(missing.status == 2 && missing.stderr.contains("sensitivities.up"))
        let short6 = try CommandLineTests.run(["allocate", "ranks", "--state", "s.json"], in: directory,
                                              stdin: #"{"step": 0, "sensitivities": {"q": [1], "v": [0,0,0,0,0,0], "up": [0,0,0,0,0,0]}}"#)
        #expect(short6.status == 2 && short6.stderr.contains("sensitivities.q"))
    }
}
