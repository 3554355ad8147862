import Allot
import AllotTuning
import Benchmark
import Foundation

/// Ask + tell overhead of an in-memory study: one iteration runs a whole study of 10,000 trials (a
/// constant objective, so only the study's own work is measured); divide by 10,000 for the per-trial cost.
/// Target: under 50 µs per trial.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal],
        timeUnits: .milliseconds,
        maxDuration: .seconds(10),
        maxIterations: 20
    )

    let space = try! SearchSpace([
        SearchParameter("learningRate", .float(low: 1e-4, high: 1e-1, log: true)),
        SearchParameter("width", .integer(low: 16, high: 256, step: 16, log: false)),
        SearchParameter("optimizer", .categorical(["sgd", "adam"])),
        SearchParameter("momentum", .float(low: 0, high: 0.99, log: false), when: .init(parent: "optimizer", values: ["sgd"])),
    ])

    func register(_ name: String, _ schedule: Study.Schedule) {
        Benchmark("\(name): 10,000 trials, ask + tell") { benchmark in
            for _ in benchmark.scaledIterations {
                var study = try Study(space: space, schedule: schedule, sampler: .random(seed: 1))
                var asked = 0
                while let assignment = study.ask() {
                    asked += 1
                    try study.tell(assignment, value: Double(asked % 97))
                }
                blackHole(study.best)
            }
        }
    }
    register("random search", .random(trials: 10_000, resource: 1))
    register("ASHA (η = 3, 1 to 81)", .asha(minResource: 1, maxResource: 81, eta: 3, trials: 10_000))

    // The same through the SQLite storage (a temporary file): one transaction per ask and one per tell.
    Benchmark("SQLite storage, random search: 10,000 trials, ask + tell", configuration: .init(maxDuration: .seconds(60), maxIterations: 3)) { benchmark in
        for _ in benchmark.scaledIterations {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("allot-bench-\(UUID().uuidString).sqlite").path
            defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
            let storage = try SQLiteStudyStorage(path: path)
            try storage.create("bench", study: try Study(space: space, schedule: .random(trials: 10_000, resource: 1), sampler: .random(seed: 1)))
            var asked = 0
            while let assignment = try storage.update("bench", { $0.ask() }) {
                asked += 1
                try storage.update("bench") { try $0.tell(assignment, value: Double(asked % 97)) }
            }
        }
    }

    // The bandit tuner's own work per evaluation (ask + tell), hierarchical over a 240-point grid.
    Benchmark("bandit tuner, hierarchical UCB: 10,000 evaluations, ask + tell") { benchmark in
        let grid = try TuningGrid(space: space, levels: 5)
        for _ in benchmark.scaledIterations {
            var tuner = try BanditTuner(grid: grid, settings: .init(rewardScale: 0.05), seed: 1)
            for i in 0..<10_000 {
                let proposal = try tuner.ask()
                try tuner.tell(proposal, value: Double(i % 97) / 97)
            }
            blackHole(tuner.best)
        }
    }

    // The digits MLP: one epoch (1,078 training images) at width 64, batch 32, single thread.
    Benchmark("digits MLP: one epoch, width 64, batch 32", configuration: .init(timeUnits: .microseconds)) { benchmark in
        FloatGEMM.setThreads(1)
        var model = try DigitsMLP(.init(learningRate: 0.05, width: 64, weightDecay: 1e-4, batchSize: 32), seed: 1)
        for _ in benchmark.scaledIterations { model.train(epochs: 1) }
        blackHole(model.epochsTrained)
    }
}
