import Foundation
import Testing
import AllotInterchange
@testable import Allot
@testable import AllotTuning

/// PED-ANOVA importances (`ParameterImportance`): Optuna 5.0's numbers on the same histories, what the
/// numbers mean on a function whose important parameter is known, and the observations a study gives.
@Suite("Parameter importance (PED-ANOVA)")
struct ParameterImportanceTests {
    @Test("Optuna 5.0's PED-ANOVA importances on 16 histories: every kind of parameter, a conditional one, both directions, four settings")
    func optunaImportances() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/optuna-importance/importances.json")
        var root = FieldReader(source: "fixture", path: "", value: try JSONParser.parse(Data(contentsOf: url), source: "fixture"))
        let space = try SearchSpace.read(try root.required("space", "the space"))
        var checked = 0
        for var example in try root.required("cases", "cases").elements() {
            let observations = try example.required("trials", "trials").elements().map { (trial: FieldReader) in
                var trial = trial
                return ParameterImportance.Observation(configuration: try space.configuration(from: try trial.required("configuration", "configuration"), partial: true),
                                                value: try trial.required("value", "value").number())
            }
            let evaluator = try ParameterImportance(targetQuantile: try example.required("targetQuantile", "").number(),
                                                    regionQuantile: try example.required("regionQuantile", "").number(),
                                                    local: try example.required("local", "").bool())
            let minimize = try example.required("direction", "").string() == "minimize"
            let ours = try evaluator.evaluate(space: space, observations: observations, minimize: minimize)
            for (name, expected) in try example.required("importances", "").members() {
                let value: Double = try expected.number()
                let mine = try #require(ours.first { $0.name == name }).importance
                #expect(abs(mine - value) <= 1e-9 * max(abs(value), 1e-6), "\(observations.count) trials, \(name): \(mine) vs Optuna's \(value)")
                checked += 1
            }
            #expect(Set(ours.map(\.name)) == Set(try example.required("importances", "").members().map(\.0)))
        }
        #expect(checked == 16 * 8)
    }

    static let space = try! SearchSpace([SearchParameter("x", .float(low: 0, high: 1, log: false)),
                                         SearchParameter("noise", .float(low: 0, high: 1, log: false)),
                                         SearchParameter("kind", .categorical(["a", "b"]))])

    /// A random history of f(x, noise, kind) = (x − 0.2)², where `noise` and `kind` change nothing.
    static func history(_ count: Int, seed: UInt64) -> [ParameterImportance.Observation] {
        let sampler = RandomSampler(seed: seed)
        return (0..<count).map { trial in
            let configuration = sampler.configuration(forTrial: trial, space: space, history: SamplingHistory(trials: [], direction: .minimize))
            guard case let .number(x)? = configuration["x"] else { return .init(configuration: configuration, value: .nan) }
            return .init(configuration: configuration, value: (x - 0.2) * (x - 0.2))
        }
    }

    @Test("the parameter the value depends on comes first, far ahead of two that change nothing, in every seed")
    func knownImportance() throws {
        let evaluator = try ParameterImportance()
        for seed in 0..<5 as Range<UInt64> {
            let ranked = try evaluator.evaluate(space: Self.space, observations: Self.history(200, seed: seed), minimize: true)
            #expect(ranked[0].name == "x")
            #expect(ranked[0].importance > 10 * max(ranked[1].importance, ranked[2].importance), "seed \(seed): \(ranked)")
        }
        // Maximizing the same values turns the question around: the worst trials sit at x = 1, still x.
        #expect(try evaluator.evaluate(space: Self.space, observations: Self.history(200, seed: 9), minimize: false)[0].name == "x")
    }

    @Test("too few trials, values that are not finite, unknown parameters and bad quantiles")
    func edges() throws {
        let evaluator = try ParameterImportance()
        let one = try evaluator.evaluate(space: Self.space, observations: Self.history(1, seed: 1), minimize: true)
        #expect(one.map(\.importance) == [0, 0, 0])
        var history = Self.history(60, seed: 2)
        let clean = try evaluator.evaluate(space: Self.space, observations: history, minimize: true)
        history.append(.init(configuration: history[0].configuration, value: .nan))
        history.append(.init(configuration: history[1].configuration, value: -.infinity))
        #expect(try evaluator.evaluate(space: Self.space, observations: history, minimize: true).map(\.importance) == clean.map(\.importance))
        #expect(try evaluator.evaluate(space: Self.space, observations: history, minimize: true, parameters: ["kind", "x"]).map(\.name) == ["x", "kind"])
        #expect(throws: InputError.self) { try evaluator.evaluate(space: Self.space, observations: history, minimize: true, parameters: ["y"]) }
        // A fine step on a wide domain, or a huge integer range, has more cells than an Int holds: 50 cells, no trap.
        #expect(ParameterImportance.gridCounts(.float(low: 0, high: 1e300, log: false, step: 1e-300), [.number(1e299)]).count == 50)
        #expect(ParameterImportance.gridCounts(.integer(low: Int.min / 2, high: Int.max / 2, step: 1, log: false), [.integer(0)]) .count == 50)
        for (target, region) in [(0.0, 1.0), (0.5, 0.5), (0.1, 1.5), (.nan, 1.0), (0.2, -1.0)] {
            #expect(throws: InputError.self) { try ParameterImportance(targetQuantile: target, regionQuantile: region) }
        }
    }

    @Test("a study's observations: its completed trials, or every trial's value at a resource it reached")
    func studyObservations() throws {
        let space = try SearchSpace([SearchParameter("x", .float(low: 0, high: 1, log: false))])
        let scheduler = try SchedulerRegistry.registry.configuration("successive-halving", ["maxResource": .number(9), "minResource": .number(1),
                                                                                           "trials": .number(9)])
        var study = try Study(try StudyDefinition(space: space, scheduler: scheduler, sampler: try Study.Sampling.random(seed: 4).configuration()))
        while !study.isFinished {
            var batch: [Study.Assignment] = []
            while let job = study.ask() { batch.append(job) }
            for job in batch {
                guard case let .number(x)? = job.configuration["x"] else { return }
                try study.tell(job, value: x * job.resource)
            }
        }
        let completed = try study.importanceObservations()
        #expect(completed.count == 1)                                     // 9 → 3 → 1
        let first = try study.importanceObservations(resource: 1)
        #expect(first.count == 9)
        for observation in first {
            guard case let .number(x)? = observation.configuration["x"] else { Issue.record("no x"); continue }
            #expect(observation.value == x)                                  // its value at resource 1, not where it ended
        }
        #expect(try study.importanceObservations(resource: 3).count == 3)
        #expect(throws: InputError.self) { try study.importanceObservations(resource: 2) }
    }
}
