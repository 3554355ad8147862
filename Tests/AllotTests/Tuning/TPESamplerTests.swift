import Foundation
import Testing
import AllotInterchange
@testable import Allot
@testable import AllotTuning

/// TPE and BOHB: the density ratio against a hand computation, the startup and constant-liar rules, the
/// fidelity BOHB learns at, and whole studies on Branin / Hartmann-6 against random search.
@Suite("TPE and BOHB samplers")
struct TPESamplerTests {
    static let line = try! SearchSpace([SearchParameter("x", .float(low: 0, high: 1, log: false))])

    /// A finished single-resource history: trial i at x = points[i] reached values[i].
    static func history(_ points: [Double], _ values: [Double], running: [Double] = [], direction: Study.Direction = .maximize) -> SamplingHistory {
        var trials: [Study.Trial] = [], jobs: [Study.Job] = []
        for (i, x) in (points + running).enumerated() {
            let done = i < points.count
            trials.append(Study.Trial(id: i, configuration: ["x": .number(x)], state: done ? .completed : .running,
                                      resource: done ? 1 : nil, value: done ? values[i] : nil, reports: []))
            jobs.append(Study.Job(key: .init(trial: i, bracket: 0, rung: 0), resource: 1, resumeFrom: nil,
                                  state: done ? .completed : .running, value: done ? values[i] : nil, owner: nil, lease: nil, process: nil))
        }
        return SamplingHistory(trials: trials, jobs: jobs, direction: direction)
    }

    static func settings(startup: Int = 1, fraction: Double = 0.25, candidates: Int = 24) -> TPESampler.Settings {
        var settings = TPESampler.Settings(seed: 3)
        settings.startupTrials = startup
        settings.goodFraction = fraction
        settings.candidates = candidates
        return settings
    }

    /// Hand computation of log l(x) − log g(x) for one coordinate on [0, 1]: uniform weights plus a prior
    /// kernel N(0.5, 1) of weight 1, Gaussians truncated to [0, 1], with the bandwidths worked out by hand
    /// from the neighbour rule: the good point 0.8 alone has max(0.8 − 0, 1 − 0.8) = 0.8; the bad points
    /// 0.1, 0.35, 0.6 have 0.25 each (the outer two take their inner gap, the middle one max(0.25, 0.25)),
    /// all above the clip 1 / (n + 2).
    static func handScore(_ x: Double, good: [Double], bad: [Double], goodSigmas: [Double] = [0.8], badSigmas: [Double] = [0.25, 0.25, 0.25]) -> Double {
        func phi(_ z: Double) -> Double { 0.5 * erfc(-z / sqrt(2)) }
        func truncated(_ x: Double, _ mu: Double, _ sigma: Double) -> Double {
            exp(-0.5 * pow((x - mu) / sigma, 2)) / (sigma * sqrt(2 * Double.pi)) / (phi((1 - mu) / sigma) - phi(-mu / sigma))
        }
        func density(_ centres: [Double], _ sigmas: [Double]) -> Double {
            (zip(centres, sigmas).reduce(0) { $0 + truncated(x, $1.0, $1.1) } + truncated(x, 0.5, 1)) / Double(centres.count + 1)
        }
        return log(density(good, goodSigmas)) - log(density(bad, badSigmas))
    }

    @Test("the score is the hand-computed density ratio, and the proposal is its maximiser")
    func densityRatio() throws {
        // Four trials, maximised: x = 0.8 is best, so with γ = ⌈0.25 · 4⌉ = 1 it alone is good.
        let points = [0.1, 0.35, 0.8, 0.6], values = [0.2, 0.4, 0.9, 0.5]
        let history = Self.history(points, values)
        let sampler = TPESampler(Self.settings())
        let model = try #require(sampler.model(space: Self.line, history: history))
        for x in [0.05, 0.3, 0.5, 0.8, 0.95] {
            #expect(abs(model.score([x]) - Self.handScore(x, good: [0.8], bad: [0.1, 0.35, 0.6])) < 1e-9, "x = \(x)")
        }
        // With many candidates the proposal lands at the ratio's maximum over a fine grid.
        let grid = (0...1000).map { Double($0) / 1000 }
        let argmax = grid.max { Self.handScore($0, good: [0.8], bad: [0.1, 0.35, 0.6]) < Self.handScore($1, good: [0.8], bad: [0.1, 0.35, 0.6]) }!
        var wide = TPESampler(Self.settings(candidates: 4000))
        guard case let .number(proposed)? = wide.configuration(forTrial: 4, space: Self.line, history: history)["x"] else { Issue.record("no x"); return }
        #expect(abs(proposed - argmax) < 0.02, "proposed \(proposed), ratio maximised at \(argmax)")
        // Minimising the same values turns the choice around: x = 0.1 is now the good trial.
        let flipped = Self.history(points, values, direction: .minimize)
        guard case let .number(low)? = wide.configuration(forTrial: 4, space: Self.line, history: flipped)["x"] else { Issue.record("no x"); return }
        #expect(low < 0.25, "minimising proposes near 0.1, got \(low)")
    }

    /// Log densities Optuna 5.0's multivariate Parzen estimator computed for fixed observations
    /// (`python/benchmarks/optuna_parzen_fixture.py` wrote the fixture with Optuna installed).
    struct OptunaParzenCase: Decodable {
        var observations: [[Double]]
        var queries: [[Double]]
        var logDensities: [Double]
    }

    @Test("the Parzen estimator's densities are Optuna 5.0's: neighbour bandwidths, magic clip, prior kernel, weights by age, categorical kernel")
    func optunaParzenDensities() throws {
        struct Fixture: Decodable { var space: SearchSpace; var cases: [OptunaParzenCase] }
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/optuna-parzen/estimators.json")
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        func configuration(_ row: [Double]) -> Configuration {
            ["x": .number(row[0]), "lr": .number(row[1]), "opt": .choice(["a", "b", "c"][Int(row[2])])]
        }
        let coordinates: [ParzenEstimator.Coordinate] = [.continuous, .continuous, .categorical(choices: 3)]
        #expect(fixture.cases.map(\.observations.count) == [1, 3, 12, 40])
        for example in fixture.cases {
            let estimator = ParzenEstimator(points: example.observations.map { fixture.space.unitCoordinates(of: configuration($0)) },
                                            weights: TPESampler.weights(example.observations.count), coordinates: coordinates, priorWeight: 1)
            for (query, expected) in zip(example.queries, example.logDensities) {
                // Optuna's density is over (x, ln lr, choice); Allot's over the unit coordinates, where
                // ln lr spans ln(1 / 0.001).
                let ours = estimator.logDensity(fixture.space.unitCoordinates(of: configuration(query))) - log(log(1000.0))
                #expect(abs(ours - expected) < 1e-9 * max(1, abs(expected)), "n = \(example.observations.count), query \(query): \(ours) vs Optuna's \(expected)")
            }
        }
    }

    @Test("before startupTrials values the points are the random sampler's")
    func startup() throws {
        var sampler = TPESampler(Self.settings(startup: 5))
        let random = RandomSampler(seed: 3)
        let history = Self.history([0.1, 0.2, 0.3, 0.4], [1, 2, 3, 4])
        for trial in 0..<6 {
            #expect(sampler.configuration(forTrial: trial, space: Self.line, history: history)
                    == random.configuration(forTrial: trial, space: Self.line, history: history))
        }
        #expect(sampler.model(space: Self.line, history: Self.history([0.1, 0.2, 0.3, 0.4, 0.5], [1, 2, 3, 4, 5])) != nil)
    }

    @Test("constant liar: a running trial counts as bad, so parallel workers are pushed apart")
    func constantLiar() throws {
        // Twelve finished trials of a bump at 0.7; three workers ask one after another while the
        // earlier ones are still training.
        let points = (0..<10).map { 0.05 + 0.1 * Double($0) } + [0.68, 0.73]
        let values = points.map { -($0 - 0.7) * ($0 - 0.7) }
        var settings = Self.settings(fraction: 0.25, candidates: 200)
        func proposals(liar: Bool) throws -> [Double] {
            settings.constantLiar = liar
            var sampler = TPESampler(settings)
            var running: [Double] = []
            for trial in 12..<15 {
                guard case let .number(x)? = sampler.configuration(forTrial: trial, space: Self.line, history: Self.history(points, values, running: running))["x"] else { throw InputError.parameter("test", "x", expected: "a number", got: "none") }
                running.append(x)
            }
            return running
        }
        let honest = try proposals(liar: false), liars = try proposals(liar: true)
        func spread(_ xs: [Double]) -> Double { xs.max()! - xs.min()! }
        #expect(honest[0] == liars[0])
        #expect(spread(liars) > spread(honest), "with liars \(liars), without \(honest)")
        // The mechanism: the running point's score drops, and without the liar it is ignored.
        var sampler = TPESampler(Self.settings(fraction: 0.25))
        let busy = Self.history(points, values, running: [liars[0]])
        let liarModel = try #require(sampler.model(space: Self.line, history: busy))
        let plainModel = try #require(sampler.model(space: Self.line, history: Self.history(points, values)))
        #expect(liarModel.score([liars[0]]) < plainModel.score([liars[0]]))
        sampler = TPESampler({ var s = Self.settings(fraction: 0.25); s.constantLiar = false; return s }())
        let ignoring = try #require(sampler.model(space: Self.line, history: busy))
        #expect(abs(ignoring.score([liars[0]]) - plainModel.score([liars[0]])) < 1e-12)
    }

    @Test("multi-fidelity: BOHB's rule fits the largest resource with enough values; Optuna's ranks deeper trials first")
    func fidelityLevel() throws {
        // 6 values at resource 1, 3 of them promoted to 3, one of those to 9.
        var trials: [Study.Trial] = [], jobs: [Study.Job] = []
        for i in 0..<6 {
            trials.append(Study.Trial(id: i, configuration: ["x": .number(Double(i) / 6)], state: .completed, resource: 1, value: Double(i), reports: []))
            jobs.append(Study.Job(key: .init(trial: i, bracket: 0, rung: 0), resource: 1, resumeFrom: nil, state: .completed, value: Double(i), owner: nil, lease: nil, process: nil))
        }
        for i in 3..<6 { jobs.append(Study.Job(key: .init(trial: i, bracket: 0, rung: 1), resource: 3, resumeFrom: 1, state: .completed, value: Double(10 + i), owner: nil, lease: nil, process: nil)) }
        jobs.append(Study.Job(key: .init(trial: 5, bracket: 0, rung: 2), resource: 9, resumeFrom: 3, state: .running, value: nil, owner: nil, lease: nil, process: nil))
        let history = SamplingHistory(trials: trials, jobs: jobs, direction: .maximize)
        let atThree = TPESampler.observations(history, threshold: 3)
        #expect(atThree.values.map(\.trial) == [3, 4, 5] && atThree.values.map(\.value) == [13, 14, 15])
        #expect(atThree.pending.isEmpty)
        let atOne = TPESampler.observations(history, threshold: 4)
        #expect(atOne.values.count == 6)
        // Optuna's rule: every trial at its largest resource; the promoted ones rank first.
        let deepest = TPESampler.deepestObservations(history)
        #expect(deepest.values.map(\.resource) == [1, 1, 1, 3, 3, 3] && deepest.values.map(\.value) == [0, 1, 2, 13, 14, 15])
        #expect(deepest.pending.isEmpty)
        var tpe = TPESampler.Settings(seed: 1)
        tpe.startupTrials = 6
        tpe.goodFraction = 0.5
        let model = try #require(TPESampler(tpe).model(space: Self.line, history: history))
        // The good half is trials 3–5 (x = 0.5, 0.67, 0.83): the density ratio favours that end.
        #expect(model.score([0.75]) > model.score([0.15]))
        // A failed job is not a value.
        jobs[0].state = .failed; jobs[0].value = nil
        #expect(TPESampler.observations(SamplingHistory(trials: trials, jobs: jobs, direction: .maximize), threshold: 6).values.count == 3)
    }

    @Test("a categorical parameter: TPE learns the good choice and keeps a conditional child's values")
    func categorical() throws {
        let space = try SearchSpace([
            SearchParameter("kind", .categorical(["a", "b", "c"])),
            SearchParameter("x", .float(low: 0, high: 1, log: false), when: .init(parent: "kind", values: ["b"])),
        ])
        var study = try Study(space: space, schedule: .random(trials: 60, resource: 1), direction: .maximize, sampler: .tpe(seed: 5))
        var late: [String] = []
        while let job = study.ask() {
            guard case let .choice(kind)? = job.configuration["kind"] else { Issue.record("no kind"); return }
            var value = kind == "b" ? 1.0 : 0.0
            if case let .number(x)? = job.configuration["x"] { value -= abs(x - 0.7) }
            #expect((job.configuration["x"] != nil) == (kind == "b"))
            try study.tell(job, value: value)
            if job.trial >= 30 { late.append(kind) }
        }
        #expect(late.filter { $0 == "b" }.count >= 24, "after 30 trials most proposals pick b: \(late)")
        guard case let .number(bestX)? = study.best?.configuration["x"] else { Issue.record("best has no x"); return }
        #expect(abs(bestX - 0.7) < 0.05)
    }

    /// Best value after `trials` single-fidelity trials of `function` (minimised).
    static func run(_ function: TestFunction, _ sampling: Study.Sampling, trials: Int) throws -> Double {
        var study = try Study(space: function.space(), schedule: .random(trials: trials, resource: 1), direction: .minimize, sampler: sampling)
        while let job = study.ask() { try study.tell(job, value: function.value(job.configuration, fidelity: 1)) }
        return study.best!.value!
    }

    @Test("TPE beats random search on Branin and Hartmann-6 (median over 7 seeds, 60 and 100 trials)")
    func beatsRandom() throws {
        for (function, trials) in [(TestFunction.branin, 60), (.hartmann6, 100)] {
            var tpe: [Double] = [], random: [Double] = []
            for seed in 0..<7 {
                tpe.append(try Self.run(function, .tpe(seed: UInt64(seed)), trials: trials) - function.minimum)
                random.append(try Self.run(function, .random(seed: UInt64(seed)), trials: trials) - function.minimum)
            }
            #expect(Statistics.median(tpe) < Statistics.median(random) / 2, "\(function): TPE gaps \(tpe), random \(random)")
        }
    }

    @Test("same seed, same proposals; a saved study continues with the proposals it would have made")
    func reproducibleAndRestorable() throws {
        func proposals(stopAt: Int?) throws -> [Configuration] {
            var study = try Study(space: TestFunction.branin.space(), schedule: .random(trials: 30, resource: 1), direction: .minimize, sampler: .tpe(seed: 9))
            var seen: [Configuration] = []
            while let job = study.ask() {
                seen.append(job.configuration)
                try study.tell(job, value: TestFunction.branin.value(job.configuration, fidelity: 1))
                if seen.count == stopAt { study = try JSONDecoder().decode(Study.self, from: JSONEncoder().encode(study)) }
            }
            return seen
        }
        let straight = try proposals(stopAt: nil)
        #expect(straight.count == 30)
        #expect(try proposals(stopAt: nil) == straight)
        #expect(try proposals(stopAt: 17) == straight)
    }

    @Test("BOHB: Hyperband brackets with TPE proposals; startupTrials defaults to dimension + 1 and is stored")
    func bohb() throws {
        let definition = try StudyDefinition(space: TestFunction.hartmann6.space(), direction: .minimize,
                                             scheduler: try Study.Schedule.hyperband(maxResource: 27, eta: 3).configuration(),
                                             sampler: try Study.Sampling.bohb(seed: 1).configuration())
        #expect(definition.sampler.parameters.integer("startupTrials") == 7)
        func gap(_ sampling: Study.Sampling, seed: UInt64) throws -> Double {
            var best = Double.infinity
            var study = try Study(space: TestFunction.hartmann6.space(), schedule: .hyperband(maxResource: 27, eta: 3), direction: .minimize, sampler: sampling)
            var brackets: Set<Int> = []
            for _ in 0..<3 {   // three Hyperband iterations' worth of jobs
                while let job = study.ask() {
                    brackets.insert(job.bracket)
                    let value = TestFunction.hartmann6.value(job.configuration, fidelity: job.resource / 27)
                    if job.resource == 27 { best = min(best, value) }
                    try study.tell(job, value: value)
                }
            }
            #expect(brackets == Set(0...3))
            return best - TestFunction.hartmann6.minimum
        }
        var bohb: [Double] = [], hyperband: [Double] = []
        for seed in 0..<5 {
            bohb.append(try gap(.bohb(seed: UInt64(seed)), seed: UInt64(seed)))
            hyperband.append(try gap(.random(seed: UInt64(seed)), seed: UInt64(seed)))
        }
        #expect(Statistics.median(bohb) < Statistics.median(hyperband), "BOHB gaps \(bohb), Hyperband \(hyperband)")
    }
}
