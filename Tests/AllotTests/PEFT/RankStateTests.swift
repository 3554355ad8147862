import Foundation
import Testing
@testable import Allot
@testable import AllotPEFT

/// The rank state behind `allot allocate ranks` and `allot serve`: whatever steps a trainer calls at,
/// every reallocation point passed is performed exactly once, the final pattern is fixed, the pattern
/// never exceeds the budget in force, and a saved state continues exactly.
@Suite("Rank state")
struct RankStateTests {
    static func matrices(_ random: inout RandomSource) -> [AdaptedMatrix] {
        (0..<(2 + random.integer(below: 5))).map { i in
            AdaptedMatrix(name: "m\(i)", input: 4 + random.integer(below: 28), output: 4 + random.integer(below: 28), maxRank: 4 + random.integer(below: 5))
        }
    }

    /// Calls at: every step, every ΔT with an offset, random gaps, repeats.
    static func calls(_ kind: Int, total: Int, interval: Int, random: inout RandomSource) -> [Int] {
        switch kind {
        case 0: return Array(0..<total)
        case 1:
            let offset = interval - 1
            return Array(stride(from: offset, to: total + interval, by: interval))
        case 2:
            var steps: [Int] = [], step = 0
            while step < total + 5 { steps.append(step); step += 1 + random.integer(below: 2 * interval) }
            return steps
        default:
            var steps: [Int] = [], step = 0
            while step < total + 5 {
                steps.append(step)
                if random.uniform() < 0.3 { steps.append(step) }   // the same step twice
                step += random.integer(below: 4)
            }
            return steps
        }
    }

    @Test("property: over random configurations and call sequences, every point is performed once, parameters <= budget after every call, and a decoded state continues exactly")
    func catchUp() throws {
        var random = RandomSource(seed: 2026)
        for trial in 0..<120 {
            let matrices = Self.matrices(&random)
            let total = 20 + random.integer(below: 80)
            let warmup = random.integer(below: total / 3), final = random.integer(below: total / 3), interval = 1 + random.integer(below: 9)
            let schedule = try ReallocationSchedule(totalSteps: total, warmupSteps: warmup, finalSteps: final, interval: interval)
            let name = RankAllocatorRegistry.registry.names[trial % 4]
            let averageRank = 1 + random.integer(below: 3)
            let configuration = try RankAllocatorRegistry.registry.configuration(name)
            var state = try RankState(matrices: matrices, configuration: configuration, averageRank: averageRank, schedule: schedule, seed: UInt64(trial))
            var performed: [Int] = []
            let steps = Self.calls(trial % 4, total: total, interval: interval, random: &random)
            for step in steps {
                let sensitivities = matrices.map { matrix in (0..<matrix.maxRank).map { _ in random.uniform() * random.uniform() } }
                var copy = try RankState.decode(try state.encoded(), source: "round trip")
                let points = try state.step(step, sensitivities: sensitivities)
                let copyPoints = try copy.step(step, sensitivities: sensitivities)
                #expect(points == copyPoints && state.pattern == copy.pattern, "\(name): a decoded state diverged at step \(step)")
                performed += points
                let used = state.pattern.parameters(matrices)
                #expect(used <= state.budget, "\(name) trial \(trial): \(used) parameters over the budget \(state.budget) at step \(step) (calls \(steps.prefix(8)))")
            }
            let last = steps.last!
            #expect(performed == schedule.points(after: nil, through: last), "\(name) trial \(trial): points \(performed)")
            if last >= schedule.finalPhaseStart {
                #expect(state.budget == RankBudget.parameters(averageRank: Double(averageRank), matrices: matrices), "\(name): not at the final budget")
            }
        }
    }

    @Test("a trainer calling every ΔT with an offset (99, 199, ...) still reallocates, and AdaLoRA ends at its final budget")
    func offsetCalls() throws {
        let matrices = (0..<6).map { AdaptedMatrix(name: "m\($0)", input: 16, output: 16, maxRank: 8) }
        let schedule = try ReallocationSchedule(totalSteps: 1000, warmupSteps: 100, finalSteps: 200, interval: 100)
        for name in ["adalora", "elastic", "bandit-knapsack"] {
            var state = try RankState(matrices: matrices, configuration: try RankAllocatorRegistry.registry.configuration(name), averageRank: 4,
                                      schedule: schedule, seed: 1)
            var moved = 0
            for step in stride(from: 99, through: 999, by: 100) {
                let before = state.pattern
                let sensitivities = matrices.indices.map { m in (0..<8).map { Double((m + 1) * (8 - $0)) } }
                try state.step(step, sensitivities: sensitivities)
                if state.pattern != before { moved += 1 }
            }
            #expect(moved > 0, "\(name) never moved")
            if name == "adalora" {
                #expect(state.pattern.parameters(matrices) <= RankBudget.parameters(averageRank: 4, matrices: matrices))
            }
        }
    }

    @Test("a step earlier than the last is refused; bad rows name the matrix and the slot")
    func errors() throws {
        let matrices = [AdaptedMatrix(name: "q", input: 8, output: 8, maxRank: 4)]
        let schedule = try ReallocationSchedule(totalSteps: 100, warmupSteps: 10, finalSteps: 20, interval: 10)
        var state = try RankState(matrices: matrices, configuration: try RankAllocatorRegistry.registry.configuration("elastic"), averageRank: 2,
                                  schedule: schedule, seed: 0)
        try state.step(5, sensitivities: [[1, 1, 1, 1]])
        #expect(throws: InputError.self) { try state.step(4, sensitivities: [[1, 1, 1, 1]]) }
        try state.step(5, sensitivities: [[1, 1, 1, 1]])   // the same step again is fine
    }

    @Test("decoding refuses states that do not hold together: another allocator's parameters, a pattern over budget, wrong lengths")
    func validatedDecoding() throws {
        let matrices = [AdaptedMatrix(name: "q", input: 8, output: 8, maxRank: 4), AdaptedMatrix(name: "v", input: 8, output: 8, maxRank: 4)]
        let schedule = try ReallocationSchedule(totalSteps: 100, warmupSteps: 10, finalSteps: 20, interval: 10)
        let state = try RankState(matrices: matrices, configuration: try RankAllocatorRegistry.registry.configuration("bandit-knapsack"), averageRank: 2,
                                  schedule: schedule, seed: 0)
        let good = try state.encoded()
        /// The state with the value at `path` (object keys) replaced.
        func edited(_ path: [String], _ value: JSONValue) -> JSONValue {
            func replace(_ node: JSONValue, _ rest: ArraySlice<String>) -> JSONValue {
                guard let key = rest.first, case var .object(object) = node else { return value }
                object[key] = replace(object[key] ?? .null, rest.dropFirst())
                return .object(object)
            }
            return replace(good, path[...])
        }
        func refused(_ candidate: JSONValue, _ fragment: String) {
            do {
                _ = try RankState.decode(candidate, source: "s.json")
                Issue.record("accepted a state with \(fragment)")
            } catch let error as InputError {
                #expect(error.source == "s.json", "\(error)")
            } catch { Issue.record("\(fragment): \(type(of: error)) \(error)") }
        }
        refused(edited(["averageRank"], 3), "another budget than its allocator's")
        refused(edited(["pattern", "active"], [[0, 1, 2, 3], [0, 1, 2, 3]]), "a pattern over budget")
        refused(edited(["state", "discount"], 0.5), "parameters that differ from the configuration")
        refused(edited(["allocator", "name"], "elastic"), "another allocator's name")
        refused(edited(["state", "count"], [0]), "a statistic of the wrong length")
        refused(edited(["state", "sum"], [0, .number(.nan)]), "NaN in a statistic")
        refused(edited(["state", "active"], [[0, 7], [0, 1]]), "a slot beyond maxRank")
        refused(edited(["format"], "allot-rollout-state"), "another format")
        refused(edited(["version"], 3), "a newer version")
        refused(edited(["lastStep"], -4), "a negative step")
        #expect(throws: Never.self) { _ = try RankState.decode(good, source: "s.json") }
    }
}
