import Foundation
import Testing
import AllotInterchange
@testable import Allot
@testable import AllotTuning

/// Studies with several objectives (Optuna's `directions`): Pareto dominance and hypervolume against
/// brute force, MOTPE's split on a hand-worked history, and the study's journal, front, refusals and
/// saved definition.
@Suite("Study: several objectives")
struct MultiObjectiveStudyTests {
    static let space = try! SearchSpace([SearchParameter("x", .float(low: 0, high: 1, log: false)),
                                         SearchParameter("y", .float(low: 0, high: 1, log: false))])

    static func study(_ sampler: Study.Sampling = .random(seed: 2), directions: [Study.Direction] = [.minimize, .maximize],
                      trials: Int = 40) throws -> Study {
        try Study(StudyDefinition(space: space, directions: directions, scheduler: try Study.Schedule.random(trials: trials, resource: 1).configuration(),
                                  sampler: try sampler.configuration()))
    }

    static func zdt1(_ c: Configuration) -> [Double] {
        guard case let .number(x)? = c["x"], case let .number(y)? = c["y"] else { return [.nan, .nan] }
        let g = 1 + 9 * y
        return [x, g * (1 - (x / g).squareRoot())]
    }

    static func points(_ count: Int, dimension: Int, seed: UInt64, grid: Int? = nil) -> [[Double]] {
        var stream = SplitMix64(seed: seed)
        return (0..<count).map { _ in (0..<dimension).map { _ in grid.map { Double(Int(stream.uniform() * Double($0))) } ?? stream.uniform() } }
    }

    @Test("the front and the ranks agree with brute-force dominance, duplicates included")
    func frontAndRanks() {
        for seed in 0..<20 {
            let points = Self.points(30, dimension: 2 + Int(seed % 2), seed: UInt64(seed), grid: 6)    // a coarse grid makes ties and duplicates
            let brute = points.indices.filter { i in !points.indices.contains { j in
                zip(points[j], points[i]).allSatisfy { $0 <= $1 } && zip(points[j], points[i]).contains { $0 < $1 } } }
            #expect(ParetoFront.front(points) == brute)
            let ranks = ParetoFront.ranks(points)
            for i in points.indices {
                let dominators = points.indices.filter { ParetoFront.dominates(points[$0], points[i]) }
                #expect(dominators.allSatisfy { ranks[$0] < ranks[i] })
                if ranks[i] > 0 { #expect(dominators.contains { ranks[$0] == ranks[i] - 1 }) } else { #expect(dominators.isEmpty) }
            }
        }
    }

    @Test("hypervolume equals the count of unit cells the points dominate, in two, three and four objectives")
    func hypervolumeOnAGrid() {
        for dimension in 2...4 {
            for seed in 0..<6 {
                let size = 5
                let points = Self.points(8, dimension: dimension, seed: UInt64(100 * dimension + seed), grid: size)
                let reference = [Double](repeating: Double(size), count: dimension)
                var cells = 0
                var corner = [Int](repeating: 0, count: dimension)
                repeat {
                    if points.contains(where: { p in zip(p, corner).allSatisfy { $0 <= Double($1) } }) { cells += 1 }
                    var k = 0
                    while k < dimension { corner[k] += 1; if corner[k] < size { break }; corner[k] = 0; k += 1 }
                    if k == dimension { break }
                } while true
                #expect(ParetoFront.hypervolume(points, reference: reference) == Double(cells))
            }
        }
        #expect(ParetoFront.hypervolume([[2, 2]], reference: [1, 1]) == 0)      // beyond the reference: nothing
    }

    @Test("MOTPE's split: whole fronts first, the next front's share by hypervolume, weights by contribution")
    func paretoSplit() {
        // Minimised. Front: (1,5) (2,2) (5,1); then (3,3); then (4,4); then (6,6).
        let values: [[Double]] = [[3, 3], [1, 5], [6, 6], [2, 2], [4, 4], [5, 1]]
        let observations = values.enumerated().map { TPESampler.Observation(trial: $0, configuration: [:], value: $1[0], values: $1) }
        func good(_ count: Int) -> [Int] {
            TPESampler.paretoSplit(observations, count: count, directions: [.minimize, .minimize]).good.map(\.trial).sorted()
        }
        #expect(good(3) == [1, 3, 5])
        #expect(good(4) == [0, 1, 3, 5])
        // Two of the front: reference 1.1 × worst = (5.5, 5.5). Alone, (2,2) dominates 3.5² = 12.25, more
        // than (1,5)'s 4.5 × 0.5 or (5,1)'s 0.5 × 4.5; with it, (1,5) adds 1 × 0.5 and (5,1) 0.5 × 1: a tie
        // the earlier point wins.
        #expect(good(2) == [1, 3])
        #expect(good(1) == [3])
        // Maximising the second objective turns the picture over: (6,6) then leads it.
        let flipped = TPESampler.paretoSplit(observations, count: 1, directions: [.minimize, .maximize]).good.map(\.trial)
        #expect(flipped.count == 1 && ParetoFront.front(values.map { [$0[0], -$0[1]] }).contains(flipped[0]))
        let split = TPESampler.paretoSplit(observations, count: 4, directions: [.minimize, .minimize])
        #expect(split.weights[0]! == 1e-12)                                     // (3,3) is off the good group's front
        #expect(split.weights[3]! == 1)                                         // (2,2) adds the most
        #expect(split.bad.map(\.trial).sorted() == [2, 4])
    }

    @Test("a study's Pareto front is the brute-force front of its completed trials; best is nil")
    func studyFront() throws {
        var study = try Self.study()
        while let job = study.ask() { try study.tell(job, values: Self.zdt1(job.configuration)) }
        #expect(study.isFinished && study.best == nil)
        let signed = study.trials.map { [$0.values![0], -$0.values![1]] }           // objective 1 is maximised
        #expect(study.paretoFront.map(\.id) == ParetoFront.front(signed))
        #expect(study.trials.allSatisfy { $0.value == $0.values![0] })
    }

    @Test("tells with another number of values, or a NaN, are refused naming the values; nothing changes")
    func refusedTells() throws {
        var study = try Self.study()
        let asked = study.ask()
        let job = try #require(asked)
        #expect(throws: StudyError.objectiveCount(trial: job.trial, expected: 2, got: 1)) { try study.tell(job, value: 1) }
        #expect(throws: StudyError.objectiveCount(trial: job.trial, expected: 2, got: 3)) { try study.tell(job, values: [1, 2, 3]) }
        #expect(throws: StudyError.invalidValue(trial: job.trial, value: .infinity)) { try study.tell(job, values: [1, .infinity]) }
        #expect(throws: StudyError.self) { try study.tell(job, values: [.nan, 1]) }
        #expect(StudyError.objectiveCount(trial: 0, expected: 2, got: 1).description.contains("values"))
        #expect(study.runningAssignments == [job])
        try study.tell(job, values: [1, 2])
        var single = try Study(space: Self.space, schedule: .random(trials: 2, resource: 1))
        let askedOne = single.ask()
        let one = try #require(askedOne)
        #expect(throws: StudyError.objectiveCount(trial: 0, expected: 1, got: 2)) { try single.tell(one, values: [1, 2]) }
    }

    @Test("schedulers that rank by one value, samplers that model one, and bad direction counts are refused")
    func refusedDefinitions() throws {
        let random = try Study.Schedule.random(trials: 4, resource: 1).configuration()
        #expect(throws: InputError.self) {
            try StudyDefinition(space: Self.space, directions: [.minimize, .minimize],
                                scheduler: try Study.Schedule.hyperband(maxResource: 27, eta: 3).configuration(), sampler: try Study.Sampling.tpe(seed: 0).configuration())
        }
        #expect(throws: InputError.self) {
            try StudyDefinition(space: Self.space, directions: [.minimize, .minimize], scheduler: random, sampler: try Study.Sampling.gp(seed: 0).configuration())
        }
        #expect(throws: InputError.self) { try StudyDefinition(space: Self.space, directions: [], scheduler: random, sampler: try Study.Sampling.sobol.configuration()) }
        #expect(throws: InputError.self) {
            try StudyDefinition(space: Self.space, directions: Array(repeating: .minimize, count: 9), scheduler: random, sampler: try Study.Sampling.sobol.configuration())
        }
    }

    @Test("saved and restored: the definition is version 3 with directions, and the study continues exactly")
    func roundTrip() throws {
        var study = try Self.study(.tpe(seed: 5), trials: 30)
        for _ in 0..<18 { let asked = study.ask(); let job = try #require(asked); try study.tell(job, values: Self.zdt1(job.configuration)) }
        let text = try Interchange.encode(study).canonicalText
        #expect(text.contains("\"directions\":[\"minimize\",\"maximize\"]") && text.contains("\"version\":3") && text.contains("\"values\":["))
        var restored = try Interchange.decode(Study.self, from: try JSONParser.parse(text, source: "test"), source: "test", path: "")
        #expect(restored.paretoFront.map(\.id) == study.paretoFront.map(\.id))
        for _ in 0..<5 {
            let askedA = study.ask(), askedB = restored.ask()
            let a = try #require(askedA), b = try #require(askedB)
            #expect(a == b)
            try study.tell(a, values: Self.zdt1(a.configuration))
            try restored.tell(b, values: Self.zdt1(b.configuration))
        }
        // One objective keeps writing version 2 with "direction", which releases before several objectives read.
        let single = try Study(space: Self.space, schedule: .random(trials: 2, resource: 1))
        let singleText = try Interchange.encode(single).canonicalText
        #expect(singleText.contains("\"direction\":\"maximize\"") && !singleText.contains("directions"))
        // A version 3 definition with one direction is not one this release writes.
        let broken = text.replacingOccurrences(of: "\"directions\":[\"minimize\",\"maximize\"]", with: "\"directions\":[\"minimize\"]")
        #expect(throws: InputError.self) { try Interchange.decode(Study.self, from: try JSONParser.parse(broken, source: "test"), source: "test", path: "") }
    }

    @Test("added trials take values; importances name their objective")
    func addAndImportances() throws {
        var study = try Self.study(trials: 60)
        try study.add(["x": .number(0.5), "y": .number(0.5)], values: [0.5, 3])
        #expect(throws: StudyError.objectiveCount(trial: 1, expected: 2, got: 1)) { try study.add(["x": .number(0.5), "y": .number(0.5)], value: 1) }
        while let job = study.ask() { try study.tell(job, values: Self.zdt1(job.configuration)) }
        #expect(study.trials[0].values == [0.5, 3])
        #expect(throws: InputError.self) { try study.importances(try ParameterImportance()) }
        // Objective 0 is x itself; objective 1 (maximised) depends mostly on y.
        let first = try study.importances(try ParameterImportance(), objective: 0).importances
        let second = try study.importances(try ParameterImportance(), objective: 1).importances
        #expect(first[0].name == "x" && second[0].name == "y")
    }

    @Test("a coordinate's marginal density is the full density with the other coordinates integrated out")
    func marginals() {
        let points: [ParzenEstimator.Point] = [[0.2, 1, 0.7], [0.25, 0, nil], [0.8, 2, 0.1]]
        let estimator = ParzenEstimator(points: points, weights: [1, 2, 1], coordinates: [.continuous, .categorical(choices: 3), .continuous], priorWeight: 1)
        // Continuous: integrates to 1 over [0, 1] (midpoint rule); categorical: sums to 1 over the choices.
        for j in [0, 2] {
            let cells = 4_000
            let mass = (0..<cells).reduce(0.0) { $0 + exp(estimator.logMarginalDensity((Double($1) + 0.5) / Double(cells), coordinate: j)) } / Double(cells)
            #expect(abs(mass - 1) < 1e-6)
        }
        #expect(abs((0..<3).reduce(0.0) { $0 + exp(estimator.logMarginalDensity(Double($1), coordinate: 1)) } - 1) < 1e-12)
        // With only that coordinate observed, the marginal is the density itself.
        let one = ParzenEstimator(points: [[0.3], [0.6]], weights: [1, 1], coordinates: [.continuous], priorWeight: 1)
        for x in [0.05, 0.3, 0.5, 0.9] { #expect(abs(one.logMarginalDensity(x, coordinate: 0) - one.logDensity([x])) < 1e-12) }
        // Draws of one coordinate follow its marginal: the share below 0.5 matches the density's mass there.
        var stream = SplitMix64(seed: 9)
        let below = (0..<20_000).filter { _ in estimator.sample(coordinate: 0, &stream) < 0.5 }.count
        let mass = (0..<2_000).reduce(0.0) { $0 + exp(estimator.logMarginalDensity((Double($1) + 0.5) / 4_000, coordinate: 0)) } / 4_000
        #expect(abs(Double(below) / 20_000 - mass) < 0.015)
    }

    @Test("multivariate false (each parameter on its own) is stored, reproducible, and on DTLZ2 ahead of the joint kernel")
    func univariate() throws {
        let three = try SearchSpace((0..<5).map { SearchParameter("x\($0)", .float(low: 0, high: 1, log: false)) })
        func dtlz2(_ c: Configuration) -> [Double] {
            let x = (0..<5).map { i -> Double in if case let .number(v)? = c["x\(i)"] { return v }; return .nan }
            let g = x[2...].reduce(0) { $0 + ($1 - 0.5) * ($1 - 0.5) }
            return [(1 + g) * cos(x[0] * .pi / 2) * cos(x[1] * .pi / 2), (1 + g) * cos(x[0] * .pi / 2) * sin(x[1] * .pi / 2), (1 + g) * sin(x[0] * .pi / 2)]
        }
        func run(_ multivariate: Bool, seed: UInt64) throws -> (Study, Double) {
            let sampler = try SamplerRegistry.registry.configuration("tpe", ["seed": .number(Double(seed)), "multivariate": .bool(multivariate)])
            var study = try Study(StudyDefinition(space: three, directions: [.minimize, .minimize, .minimize],
                                                  scheduler: try Study.Schedule.random(trials: 100, resource: 1).configuration(), sampler: sampler))
            while let job = study.ask() { try study.tell(job, values: dtlz2(job.configuration)) }
            return (study, ParetoFront.hypervolume(study.trials.map { $0.values! }, reference: [2.5, 2.5, 2.5]))
        }
        let (study, _) = try run(false, seed: 1)
        #expect(study.definition.sampler.json.canonicalText.contains("\"multivariate\":false"))
        #expect(try run(false, seed: 1).0.trials.map(\.configuration) == study.trials.map(\.configuration))
        var wins = 0
        for seed in UInt64(0)..<4 where try run(false, seed: seed).1 > run(true, seed: seed).1 { wins += 1 }
        #expect(wins >= 3)
    }

    @Test("constraints: infeasible trials are never the best nor on the front, TPE ranks them last by violation, bad values are refused")
    func constraints() throws {
        // One objective: maximise x + y subject to x + y <= 1 (constraint x + y - 1 <= 0).
        var single = try Study(space: Self.space, schedule: .random(trials: 40, resource: 1), sampler: .tpe(seed: 3))
        while let job = single.ask() {
            guard case let .number(x)? = job.configuration["x"], case let .number(y)? = job.configuration["y"] else { return }
            try single.tell(job, values: [x + y], constraints: [x + y - 1])
        }
        let best = try #require(single.best)
        let feasible = single.trials.filter { $0.constraints![0] <= 0 }
        #expect(best.isFeasible && best.value == feasible.map { $0.value! }.max())
        #expect(single.trials.contains { !$0.isFeasible && $0.value! > best.value! })      // the unconstrained best is not it
        // TPE's split: feasible first by value, then infeasible by violation.
        let observations = [(0, 0.9, 0.5), (1, 0.8, 0.0), (2, 0.7, 0.1), (3, 0.2, 0.0), (4, 0.95, 0.3)].map {
            TPESampler.Observation(trial: $0.0, configuration: [:], value: $0.1, violation: $0.2)
        }
        let split = TPESampler.split(observations, count: 3, directions: [.maximize])
        #expect(split.good.map(\.trial) == [1, 3, 2] && split.bad.map(\.trial) == [4, 0])
        // Two objectives with one feasible trial: it, then the least violating, weighted almost nothing.
        let pairs = observations.map { TPESampler.Observation(trial: $0.trial, configuration: [:], value: $0.value, values: [$0.value, 1 - $0.value],
                                                              violation: $0.trial == 3 ? 0 : $0.violation + 0.01) }
        let paired = TPESampler.split(pairs, count: 2, directions: [.minimize, .minimize])
        #expect(paired.good.map(\.trial) == [3, 1] && paired.weights?[1] == 1e-12 && paired.weights?[3] == 1)
        // Two objectives: the front is of feasible trials only.
        var two = try Self.study(trials: 30)
        while let job = two.ask() {
            let values = Self.zdt1(job.configuration)
            try two.tell(job, values: values, constraints: [values[0] - 0.5])
        }
        let allowed = two.trials.filter(\.isFeasible)
        let signed = allowed.map { [$0.values![0], -$0.values![1]] }
        #expect(two.paretoFront.map(\.id) == ParetoFront.front(signed).map { allowed[$0].id })
        #expect(two.paretoFront.allSatisfy { $0.values![0] <= 0.5 })
        // Bad values name the field; a journal round trip keeps them.
        var bad = try Self.study(trials: 2)
        let asked = bad.ask()
        let job = try #require(asked)
        #expect(throws: InputError.self) { try bad.tell(job, values: [1, 2], constraints: [.nan]) }
        #expect(throws: InputError.self) { try bad.tell(job, values: [1, 2], constraints: []) }
        try bad.tell(job, values: [1, 2], constraints: [0.5, -1])
        let text = try Interchange.encode(bad).canonicalText
        #expect(text.contains("\"constraints\":[0.5,-1]"))
        let restored = try Interchange.decode(Study.self, from: try JSONParser.parse(text, source: "test"), source: "test", path: "")
        #expect(restored.trials[0].constraints == [0.5, -1] && !restored.trials[0].isFeasible && restored.paretoFront.isEmpty)
    }

    @Test("TPE with the Pareto split finds a larger hypervolume on ZDT1 than random search, on every seed")
    func tpeBeatsRandom() throws {
        func volume(_ sampler: Study.Sampling) throws -> Double {
            var study = try Self.study(sampler, directions: [.minimize, .minimize], trials: 80)
            while let job = study.ask() { try study.tell(job, values: Self.zdt1(job.configuration)) }
            return ParetoFront.hypervolume(study.trials.map { $0.values! }, reference: [1.1, 11])
        }
        for seed in UInt64(0)..<4 { #expect(try volume(.tpe(seed: seed)) > volume(.random(seed: seed))) }
    }
}
