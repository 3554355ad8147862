import Foundation
import Testing
import AllotInterchange
@testable import AllotSimulator

/// The runner: results depend only on seeds (serial = parallel, rerun = identical bytes), interrupted runs
/// resume to the same result, and saved results are reused only when they match.
@Suite("Simulation runner")
struct RunnerTests {
    static let scenario = """
    {"version": 1, "name": "small", "environment": {"kind": "bernoulli", "means": [0.7, 0.5, 0.3]},
     "policies": ["thompson", "ucb1", {"name": "epsilon-greedy", "parameters": {"epsilon": 0.2}}],
     "horizon": 600, "replications": 6, "seed": 11, "tracePoints": 20}
    """

    static func load(_ json: String = scenario, replications: Int? = nil) throws -> LoadedScenario {
        try ScenarioLoader(overrides: ScenarioOverrides(replications: replications)).load(data: Data(json.utf8), file: "small.json", directory: "/tmp")
    }

    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("allot-test-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `scenarios` into a fresh folder and returns summary.json's bytes.
    static func summaryBytes(jobs: Int, _ scenarios: [LoadedScenario]) async throws -> Data {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = try await SimulationRunner(output: folder, jobs: jobs).run(scenarios)
        try ReportWriter(root: folder).write(results)
        return try Data(contentsOf: folder.appendingPathComponent("summary.json"))
    }

    @Test("the same seed gives a byte-identical summary.json; serial equals parallel")
    func reproducibleAcrossJobs() async throws {
        let scenarios = [try Self.load(), try BuiltInScenarios.load("adversarial-alternating", loader: ScenarioLoader(overrides: .init(replications: 3)))]
        let serial = try await Self.summaryBytes(jobs: 1, scenarios)
        let parallel = try await Self.summaryBytes(jobs: 4, scenarios)
        let again = try await Self.summaryBytes(jobs: 2, scenarios)
        #expect(serial == parallel)
        #expect(serial == again)
        let other = try await Self.summaryBytes(jobs: 2, [try ScenarioLoader(overrides: .init(seed: 12)).load(data: Data(Self.scenario.utf8), file: "small.json", directory: "/tmp")])
        #expect(other != serial)
    }

    @Test("an interrupted run keeps its finished replications and resumes to the same result")
    func interruptedRunResumes() async throws {
        let scenario = try Self.load()
        let reference = try await Self.summaryBytes(jobs: 2, [scenario])

        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let stop = StopSignal(afterAdmissions: 7)
        await #expect(throws: SimulationError.self) {
            _ = try await SimulationRunner(output: folder, jobs: 2, stop: stop).run([scenario])
        }
        let store = ResultStore(root: folder)
        let saved = (0..<3).flatMap { c in (0..<6).compactMap { store.saved(scenario.record, c, $0) } }
        #expect(saved.count >= 1 && saved.count <= 7)

        let resumedCount = LockedCounter()
        let results = try await SimulationRunner(output: folder, jobs: 2, onProgress: { progress in
            if progress.scenario.isEmpty { resumedCount.set(progress.resumed) }
        }).run([scenario])
        #expect(resumedCount.value == saved.count)
        try ReportWriter(root: folder).write(results)
        #expect(try Data(contentsOf: folder.appendingPathComponent("summary.json")) == reference)
    }

    @Test("more replications reuse the saved ones; a changed parameter re-runs only that policy")
    func savedResultsAreReusedOnlyWhenTheyMatch() async throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try await SimulationRunner(output: folder, jobs: 2).run([try Self.load(replications: 4)])

        let counter = LockedCounter()
        _ = try await SimulationRunner(output: folder, jobs: 2, onProgress: { if $0.scenario.isEmpty { counter.set($0.resumed) } })
            .run([try Self.load(replications: 6)])
        #expect(counter.value == 12)

        let changed = Self.scenario.replacingOccurrences(of: "\"epsilon\": 0.2", with: "\"epsilon\": 0.3")
        let counter2 = LockedCounter()
        _ = try await SimulationRunner(output: folder, jobs: 2, onProgress: { if $0.scenario.isEmpty { counter2.set($0.resumed) } })
            .run([try Self.load(changed)])
        #expect(counter2.value == 12)
    }

    @Test("allot report re-renders the same summary from saved results")
    func reportRerenders() async throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Two scenarios whose run order differs from their alphabetical order.
        let other = try BuiltInScenarios.load("adversarial-alternating", loader: ScenarioLoader(overrides: .init(replications: 2)))
        let results = try await SimulationRunner(output: folder, jobs: 2).run([try Self.load(), other])
        try ReportWriter(root: folder).write(results)
        let first = try Data(contentsOf: folder.appendingPathComponent("summary.json"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("summary.json"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("small"))
        try ReportWriter(root: folder).write(try ResultStore(root: folder).loadAll())
        #expect(try Data(contentsOf: folder.appendingPathComponent("summary.json")) == first)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("small/regret.svg").path))
    }

    @Test("a folder without saved runs is reported, not crashed on")
    func reportWithoutResults() {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: SimulationError.self) { try ResultStore(root: folder).loadAll() }
    }

    @Test("two scenarios with one name in one run are refused")
    func duplicateScenarioNames() async throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        await #expect(throws: InputError.self) {
            _ = try await SimulationRunner(output: folder).run([try Self.load(), try Self.load()])
        }
    }
}

/// A counter written from the runner's progress callback.
final class LockedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = 0
    func set(_ value: Int) { lock.withLock { stored = value } }
    var value: Int { lock.withLock { stored } }
}
