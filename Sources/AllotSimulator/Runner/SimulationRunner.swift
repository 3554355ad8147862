import Allot
import Foundation

/// Runs scenarios: every (scenario, contender, replication) is an independent task seeded from the
/// scenario's master seed, run in parallel on up to `jobs` cores. Results are saved as they finish, so an
/// interrupted run keeps them and the same command resumes; serial and parallel runs give the same numbers.
public struct SimulationRunner: Sendable {
    /// Progress after each finished replication.
    public struct Progress: Sendable {
        public var completed: Int
        public var total: Int
        /// Replications found on disk at the start (already counted in `completed`).
        public var resumed: Int
        public var scenario: String
        public var contender: String
    }

    public var store: ResultStore
    public var jobs: Int
    public var stop: StopSignal
    public var onProgress: (@Sendable (Progress) -> Void)?

    public init(output: URL, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, stop: StopSignal = StopSignal(),
                onProgress: (@Sendable (Progress) -> Void)? = nil) {
        store = ResultStore(root: output)
        self.jobs = max(1, jobs)
        self.stop = stop
        self.onProgress = onProgress
    }

    /// The seed of replication `replication` of a scenario with master seed `seed` (shared by its contenders).
    public static func replicationSeed(master seed: UInt64, replication: Int) -> UInt64 {
        SplitMix64.derive(seed: seed, index: UInt64(replication))
    }

    private struct Task: Sendable {
        var scenario: Int
        var contender: Int
        var replication: Int
    }

    /// Runs (or resumes) every scenario and returns all results in scenario, contender, replication order.
    public func run(_ scenarios: [LoadedScenario]) async throws -> [ScenarioResults] {
        var seen: Set<String> = []
        for scenario in scenarios {
            guard seen.insert(scenario.record.scenario).inserted else {
                throw InputError(source: scenario.record.file, path: "name", problem: .invalid(
                    expected: "a scenario name not used by another scenario in the same run", got: "\"\(scenario.record.scenario)\""))
            }
        }
        var results: [[[ReplicationResult?]]] = scenarios.map { scenario in
            scenario.record.contenders.map { _ in [ReplicationResult?](repeating: nil, count: scenario.record.replications) }
        }
        var pending: [Task] = []
        try store.writeIndex(scenarios.map(\.record.scenario))
        for (s, scenario) in scenarios.enumerated() {
            let record = scenario.record
            try store.prepare(record)
            for c in record.contenders.indices {
                for r in 0..<record.replications {
                    if let saved = store.saved(record, c, r) { results[s][c][r] = saved } else { pending.append(Task(scenario: s, contender: c, replication: r)) }
                }
            }
        }
        let total = results.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } }
        let resumed = total - pending.count
        var completed = resumed
        if resumed > 0, let onProgress {
            onProgress(Progress(completed: completed, total: total, resumed: resumed, scenario: "", contender: ""))
        }

        // Parallel replications fill the cores; OpenBLAS's own threads would only contend with them.
        let threadsBefore = jobs > 1 ? BLASThreads.limit(to: 1) : nil
        defer { if let threadsBefore { BLASThreads.set(threadsBefore) } }
        let store = self.store
        let stop = self.stop
        var firstError: (any Error)?
        try await withThrowingTaskGroup(of: (Task, Result<ReplicationResult, any Error>).self) { group in
            var next = 0
            var running = 0
            func launch() {
                while running < jobs, next < pending.count, firstError == nil, stop.admit() {
                    let task = pending[next]
                    let experiment = scenarios[task.scenario].experiment
                    let seed = Self.replicationSeed(master: experiment.record.seed, replication: task.replication)
                    group.addTask {
                        let outcome = Result { try experiment.runReplication(contender: task.contender, replication: task.replication, seed: seed, stop: stop) }
                        return (task, outcome)
                    }
                    next += 1
                    running += 1
                }
            }
            launch()
            while let (task, outcome) = try await group.next() {
                running -= 1
                switch outcome {
                case let .success(result):
                    let record = scenarios[task.scenario].record
                    do {
                        try store.save(result, record, task.contender)
                        results[task.scenario][task.contender][task.replication] = result
                        completed += 1
                        onProgress?(Progress(completed: completed, total: total, resumed: resumed, scenario: record.scenario,
                                             contender: record.contenders[task.contender].label))
                    } catch {
                        firstError = firstError ?? error
                        stop.raise()
                    }
                case let .failure(error):
                    if case SimulationError.interrupted = error {} else {
                        firstError = firstError ?? error
                        stop.raise()
                    }
                }
                launch()
            }
        }
        if let firstError { throw firstError }
        guard completed == total else { throw SimulationError.interrupted(saved: completed, total: total) }
        return scenarios.enumerated().map { s, scenario in
            ScenarioResults(record: scenario.record, results: results[s].map { $0.map { $0! } })
        }
    }
}
