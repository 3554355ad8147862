import Foundation
import Testing
import AllotInterchange
import AllotTuning

/// docs/tuning.md's study example, run on a toy objective.
@Suite("docs/tuning.md example")
struct TuningGuideTests {
    /// A stand-in for training: accuracy grows with epochs and peaks near learning rate 0.01.
    static func toyAccuracy(_ configuration: Configuration, epochs: Double) -> Double {
        guard case let .number(rate)? = configuration["learningRate"] else { return 0 }
        return (1 - 1 / (1 + epochs)) * (1 - abs(log10(rate) + 2) / 3)
    }

    @Test("the study example runs and finds a learning rate near the optimum")
    func example() throws {
        func train(_ configuration: Configuration, from start: Double, to epochs: Double) -> Double {
            Self.toyAccuracy(configuration, epochs: epochs)
        }
        let space = try SearchSpace([
            SearchParameter("learningRate", .float(low: 1e-4, high: 1e-1, log: true)),
            SearchParameter("width", .integer(low: 16, high: 256, step: 16, log: false)),
            SearchParameter("optimizer", .categorical(["sgd", "adam"])),
            SearchParameter("momentum", .float(low: 0, high: 0.99, log: false), when: .init(parent: "optimizer", values: ["sgd"])),
        ])
        var study = try Study(space: space, schedule: .hyperband(maxResource: 27, eta: 3), sampler: .sobol)
        while let job = study.ask() {                       // ask until the scheduler waits for results
            // Train job.configuration to job.resource epochs, continuing from job.resumeFrom if it is set.
            let accuracy = train(job.configuration, from: job.resumeFrom ?? 0, to: job.resource)
            try study.tell(job, value: accuracy)            // or study.fail(job) if training crashed
        }
        print(study.best!.configuration, study.best!.value!)
        let checkpoint = try JSONEncoder().encode(study)    // the whole study, sampler and scheduler included
        #expect(!checkpoint.isEmpty)
        let best = try #require(study.best)
        guard case let .number(rate)? = best.configuration["learningRate"] else { Issue.record("no rate"); return }
        #expect(abs(log10(rate) + 2) < 0.5)
        #expect(best.resource == 27)
    }

    static let space = try! SearchSpace([
        SearchParameter("learningRate", .float(low: 1e-4, high: 1e-1, log: true)),
        SearchParameter("width", .integer(low: 16, high: 256, step: 16, log: false)),
        SearchParameter("optimizer", .categorical(["sgd", "adam"])),
        SearchParameter("momentum", .float(low: 0, high: 0.99, log: false), when: .init(parent: "optimizer", values: ["sgd"])),
    ])

    @Test("the storage example runs a whole ASHA study through SQLite")
    func storageExample() throws {
        let space = Self.space
        func train(_ configuration: Configuration, from start: Double, to epochs: Double) -> Double {
            Self.toyAccuracy(configuration, epochs: epochs)
        }
        let folder = RunnerTests.temporaryFolder()
        let studyFile = folder.appendingPathComponent("study.sqlite").path
        let storage = try SQLiteStudyStorage(path: studyFile)                          // e.g. "study.sqlite"
        try storage.create("mlp", study: try Study(space: space, schedule: .asha(minResource: 1, maxResource: 81, eta: 3, trials: 500),
                                                   sampler: .random(seed: 1)))          // same definition again: a no-op
        while let job = try storage.update("mlp", { $0.ask() }) {                       // any number of processes
            let accuracy = train(job.configuration, from: job.resumeFrom ?? 0, to: job.resource)
            try storage.update("mlp") { try $0.tell(job, value: accuracy) }
        }
        let study = try storage.load("mlp")
        #expect(study.trials.count == 500)
        #expect(study.best?.resource == 81)
    }

    @Test("the bandit tuner example finds a good configuration in 48 evaluations")
    func banditTunerExample() throws {
        let space = Self.space
        func evaluate(_ configuration: Configuration) -> (Double, Double) {
            guard case let .integer(width)? = configuration["width"] else { return (0, 0) }
            return (Self.toyAccuracy(configuration, epochs: 27), Double(width) / 256)
        }
        let grid = try TuningGrid(space: space, levels: 5)         // 5 values per float, integer grids thinned to 5
        var tuner = try BanditTuner(grid: grid, settings: .init(structure: .hierarchical, strategy: .ucb,
                                                                costWeight: 0.01, rewardScale: 0.05), seed: 1)
        for _ in 0..<48 {
            let proposal = try tuner.ask()
            let (accuracy, cost) = evaluate(proposal.configuration)
            try tuner.tell(proposal, value: accuracy, cost: cost)   // cost in your unit; λ trades value per unit
        }
        print(tuner.best!.configuration)                           // highest mean reward among evaluated
        guard case let .number(rate)? = tuner.best!.configuration["learningRate"] else { Issue.record("no rate"); return }
        #expect(abs(log10(rate) + 2) < 0.6, "\(tuner.best!)")
    }
}
