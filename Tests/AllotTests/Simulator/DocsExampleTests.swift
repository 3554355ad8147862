import Allot
import AllotSimulator
import Foundation
import Testing

/// docs/simulator.md's "Adding an environment kind" example, through the public API only (no
/// @testable import): if a new kind cannot be written from outside the module, this stops compiling.
@Suite("docs/simulator.md example")
struct DocsExampleTests {
    /// Arms whose success probability decays with each pull (a toy "novelty" world).
    struct FadingKind: BanditEnvironmentKind {
        let name = "fading"
        let summary = "Bernoulli arms whose means shrink by a factor per pull."
        let parameters = [ParameterSpec("means", .numbers, note: "required", help: "Initial means in [0, 1].")]

        func prepare(_ environment: inout FieldReader, context: ScenarioContext) throws -> any PreparedBanditEnvironment {
            let reader = try environment.required("means", "an array of probabilities")
            return Prepared(means: try reader.numbers("probabilities in [0, 1]") { $0 >= 0 && $0 <= 1 })
        }

        struct Prepared: PreparedBanditEnvironment {
            let means: [Double]
            var armCount: Int { means.count }
            var rewardRange: RewardRange { .unitInterval }
            var definesBestArm: Bool { false }
            var summary: String { "\(means.count) fading arms" }
            func makeEnvironment(seed: UInt64) -> any BanditEnvironment { World(means: means, random: RandomSource(seed: seed)) }
        }

        struct World: BanditEnvironment {
            var means: [Double]
            var random: RandomSource
            var draw = 0.0
            var armCount: Int { means.count }
            mutating func beginRound(_ round: Int) { draw = random.uniform() }
            mutating func pull(_ arm: Int) -> Observation {
                defer { means[arm] *= 0.999 }
                return Observation(arm: arm, reward: draw < means[arm] ? 1 : 0)
            }
            func regret(of arm: Int) -> Double { means.max()! - means[arm] }
            func isOptimal(_ arm: Int) -> Bool { means[arm] >= means.max()! }
            var bestArm: Int? { nil }
        }
    }

    @Test("a kind registered from outside runs through the runner and the report")
    func customKind() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("allot-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("fading.json")
        try """
        {"version": 1, "name": "fading", "environment": {"kind": "fading", "means": [0.9, 0.6]},
         "policies": ["ucb1", "sliding-window-ucb"], "horizon": 3000, "replications": 3, "seed": 1}
        """.write(to: file, atomically: true, encoding: .utf8)

        var registry = EnvironmentRegistry.standard
        registry.register(FadingKind())
        let scenario = try ScenarioLoader(registry: registry).load(path: file.path)
        let report = folder.appendingPathComponent("fading-report")
        let results = try await SimulationRunner(output: report).run([scenario])
        let summary = try ReportWriter(root: report).write(results)
        #expect(summary.scenarios[0].environmentKind == "fading")
        #expect(summary.scenarios[0].contenders.count == 2)
        #expect(FileManager.default.fileExists(atPath: report.appendingPathComponent("fading/regret.svg").path))
        // Without registration the kind is unknown, and the error lists the valid ones.
        #expect(throws: InputError.self) { try ScenarioLoader().load(path: file.path) }
    }
}
