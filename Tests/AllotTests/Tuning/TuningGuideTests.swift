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
        let checkpoint = try JSONEncoder().encode(study)    // the whole study, sampler and scheduler included
        #expect(!checkpoint.isEmpty)
        let best = try #require(study.best)
        guard case let .number(rate)? = best.configuration["learningRate"] else { Issue.record("no rate"); return }
        #expect(abs(log10(rate) + 2) < 0.5)
        #expect(best.resource == 27)
    }
}
