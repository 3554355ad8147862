import Foundation
import Testing
import AllotInterchange
@testable import Allot
@testable import AllotTuning

/// Search spaces: validation that names the parameter, sampling inside the domains, conditional
/// parameters, and the Sobol sequence's even coverage and exact resume.
@Suite("Search spaces and samplers")
struct SearchSpaceTests {
    static func space() throws -> SearchSpace {
        try SearchSpace([
            SearchParameter("learningRate", .float(low: 1e-4, high: 1e-1, log: true)),
            SearchParameter("width", .integer(low: 16, high: 256, step: 16, log: false)),
            SearchParameter("optimizer", .categorical(["sgd", "adam"])),
            SearchParameter("momentum", .float(low: 0, high: 0.99, log: false), when: .init(parent: "optimizer", values: ["sgd"])),
        ])
    }

    @Test("invalid spaces are refused with the parameter named")
    func invalidSpaces() {
        let cases: [([SearchParameter], String)] = [
            ([SearchParameter("lr", .float(low: 1, high: 1, log: false))], "search space: parameters[0]: parameter 'lr' needs low < high (finite), got low 1.0, high 1.0."),
            ([SearchParameter("lr", .float(low: 0, high: 1, log: true))], "search space: parameters[0]: parameter 'lr' is log-scaled, so low must be > 0, got 0.0."),
            ([SearchParameter("act", .categorical([]))], "search space: parameters[0]: parameter 'act' needs at least one choice, got none."),
            ([SearchParameter("width", .integer(low: 8, high: 4, step: 1, log: false))], "search space: parameters[0]: parameter 'width' needs low <= high, got low 8, high 4."),
            ([SearchParameter("width", .integer(low: 1, high: 4, step: 0, log: false))], "search space: parameters[0]: parameter 'width' needs step >= 1, got 0."),
            ([SearchParameter("m", .float(low: 0, high: 1, log: false), when: .init(parent: "opt", values: ["sgd"]))],
             "search space: parameters[0]: parameter 'm' depends on 'opt', which must be defined before it."),
            ([SearchParameter("opt", .categorical(["adam"])), SearchParameter("m", .float(low: 0, high: 1, log: false), when: .init(parent: "opt", values: ["sgd"]))],
             "search space: parameters[1]: parameter 'm' depends on 'opt' = \"sgd\", not one of its choices (adam)."),
            ([SearchParameter("a", .categorical(["x"])), SearchParameter("a", .categorical(["y"]))], "search space: parameters[1]: parameter 'a' is defined twice."),
        ]
        for (parameters, message) in cases {
            do {
                _ = try SearchSpace(parameters)
                Issue.record("accepted: \(message)")
            } catch let error as InputError {
                #expect(error.description == message)
            } catch {
                Issue.record("\(error)")
            }
        }
    }

    @Test("a float with a step takes only low, low + step, ..., high, each equally often, as decimals; bad steps are refused naming why")
    func floatSteps() throws {
        let dropout = SearchParameter("dropout", .float(low: 0, high: 0.5, log: false, step: 0.1))
        let space = try SearchSpace([dropout])
        var counts: [Double: Int] = [:]
        var stream = SplitMix64(seed: 7)
        for _ in 0..<6_000 {
            guard case let .number(x)? = space.configuration(at: [stream.uniform()])["dropout"] else { Issue.record("no value"); return }
            counts[x, default: 0] += 1
        }
        #expect(counts.keys.sorted() == [0, 0.1, 0.2, 0.3, 0.4, 0.5])     // 0.3 itself, not 0.30000000000000004
        #expect(counts.values.allSatisfy { abs($0 - 1_000) < 120 })
        // The grid's cells in the unit interval: each value maps back to the middle of its own.
        #expect(space.unitCoordinates(of: ["dropout": .number(0.3)]) == [3.5 / 6])
        // The format keeps the step; a value off the grid is refused.
        let read = try SearchSpace.read(FieldReader(source: "s", value: space.json))
        #expect(read == space && space.json.canonicalText.contains(#""step":0.1"#))
        #expect(try space.configuration(from: FieldReader(source: "c", value: .object(["dropout": .number(0.4)]))) == ["dropout": .number(0.4)])
        let off = #expect(throws: InputError.self) { try space.configuration(from: FieldReader(source: "c", value: .object(["dropout": .number(0.25)]))) }
        #expect(off?.description.contains("in steps of 0.1") == true)
        let bad: [(ParameterDomain, String)] = [
            (.float(low: 0, high: 1, log: false, step: 0.3), "needs high - low to be a multiple of step 0.3, got low 0, high 1 (Optuna would move high to 0.9: give that)"),
            (.float(low: 0.1, high: 1, log: true, step: 0.1), "has a step, so it cannot be log-scaled (as in Optuna)"),
            (.float(low: 0, high: 1, log: false, step: -0.5), "needs step > 0 (finite), got -0.5"),
            // More steps than an Int holds: an error, not a trap where the message rounds the grid.
            (.float(low: 0, high: 1e300, log: false, step: 1e-300), "needs at most 2^53 steps of 1e-300 between low and high"),
            (.float(low: 0, high: 1e20, log: false, step: 3e-4), "needs at most 2^53 steps of 0.0003 between low and high"),
        ]
        for (domain, message) in bad {
            let error = #expect(throws: InputError.self) { try SearchSpace([SearchParameter("x", domain)]) }
            #expect(error?.description.contains(message) == true, "\(error?.description ?? "")")
        }
        // TPE proposes grid values too.
        var study = try Study(space: space, schedule: .random(trials: 30, resource: 1), sampler: .tpe(seed: 1))
        while let job = study.ask() {
            guard case let .number(x)? = job.configuration["dropout"] else { Issue.record("no value"); return }
            #expect(counts[x] != nil)
            try study.tell(job, value: -abs(x - 0.2))
        }
    }

    @Test("samples stay in their domains; log-uniform has its median at the geometric mean; conditions hold")
    func sampling() throws {
        let space = try Self.space()
        let sampler = RandomSampler(seed: 1)
        let history = SamplingHistory(trials: [], direction: .maximize)
        var rates: [Double] = []
        var withMomentum = 0
        for trial in 0..<4000 {
            let configuration = sampler.configuration(forTrial: trial, space: space, history: history)
            guard case let .number(rate)? = configuration["learningRate"], case let .integer(width)? = configuration["width"],
                  case let .choice(optimizer)? = configuration["optimizer"] else { Issue.record("missing values"); return }
            #expect(rate >= 1e-4 && rate <= 1e-1)
            #expect(width >= 16 && width <= 256 && width % 16 == 0)
            rates.append(rate)
            #expect((configuration["momentum"] != nil) == (optimizer == "sgd"))
            if configuration["momentum"] != nil { withMomentum += 1 }
        }
        rates.sort()
        #expect(abs(log10(rates[2000]) - (-2.5)) < 0.1)
        #expect(withMomentum > 1800 && withMomentum < 2200)
    }

    @Test("Sobol: with the origin GSL leaves out, the first 2^k points put one point in each of 2^k slices of every axis; a decoded sequence continues exactly")
    func sobol() throws {
        var sequence = try SobolSequence(dimension: 3)
        let points = (0..<63).map { _ in sequence.next() }
        for axis in 0..<3 {
            let slices = Set(points.map { Int($0[axis] * 64) })
            #expect(slices.count == 63 && !slices.contains(0))
        }
        let saved = try JSONEncoder().encode(sequence)
        var restored = try JSONDecoder().decode(SobolSequence.self, from: saved)
        for _ in 0..<10 { #expect(sequence.next() == restored.next()) }
        #expect(throws: NumericsError.self) { try SobolSequence(dimension: 41) }
        var copy = sequence
        _ = copy.next()
        #expect(copy.index == sequence.index + 1)
    }
}
