import Allot
import Foundation

/// A grid tuning problem recorded from real training runs: every configuration of a grid trained with
/// a few seeds, so tuners can be replayed and compared on the same runs (the way LCDB replays curves).
/// A tuner sees the validation score and the cost of one recorded run; it is judged on the mean test
/// score of the configuration it picks.
public struct RecordedGridProblem: Sendable {
    public struct Measurement: Sendable, Equatable, Codable {
        public var validation: Double
        public var test: Double
        public var cost: Double
        public init(validation: Double, test: Double, cost: Double) {
            self.validation = validation
            self.test = test
            self.cost = cost
        }
    }

    public let grid: TuningGrid
    /// runs[arm][seed].
    public let runs: [[Measurement]]

    public init(grid: TuningGrid, runs: [[Measurement]]) throws {
        guard runs.count == grid.configurations.count, runs.allSatisfy({ !$0.isEmpty }) else {
            throw InputError.parameter("recorded grid", "runs", expected: "at least one run for each of the \(grid.configurations.count) configurations", got: "\(runs.count) lists")
        }
        self.grid = grid
        self.runs = runs
    }

    /// Trains every configuration with seeds 0..<seeds, in parallel on the available cores.
    public static func record(grid: TuningGrid, seeds: Int,
                              train: @Sendable (Configuration, UInt64) throws -> Measurement) throws -> RecordedGridProblem {
        guard seeds >= 1 else { throw InputError.parameter("recorded grid", "seeds", expected: "an integer >= 1", got: "\(seeds)") }
        let jobs = grid.configurations.count * seeds
        let results = Results(count: jobs)
        DispatchQueue.concurrentPerform(iterations: jobs) { job in
            results.set(job, Result { try train(grid.configurations[job / seeds], UInt64(job % seeds)) })
        }
        let measurements = try results.values.map { try $0!.get() }
        return try RecordedGridProblem(grid: grid, runs: (0..<grid.configurations.count).map { Array(measurements[($0 * seeds)..<(($0 + 1) * seeds)]) })
    }

    /// One recorded run of the configuration, chosen at random.
    public func evaluate(_ arm: Int, random: inout RandomSource) -> Measurement {
        runs[arm][random.integer(below: runs[arm].count)]
    }

    /// Mean test score of a configuration: what choosing it is worth.
    public func testScore(_ arm: Int) -> Double { runs[arm].reduce(0) { $0 + $1.test } / Double(runs[arm].count) }

    public var bestTestScore: Double { runs.indices.map(testScore).max()! }

    /// Mean cost of evaluating every configuration once: a grid search.
    public var gridCost: Double { runs.reduce(0) { $0 + $1.reduce(0) { $0 + $1.cost } / Double($1.count) } }

    /// A lock-protected result buffer filled from concurrent jobs.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [Result<Measurement, any Error>?]
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: Result<Measurement, any Error>) { lock.withLock { values[index] = value } }
    }
}
