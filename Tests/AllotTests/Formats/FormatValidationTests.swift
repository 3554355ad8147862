import Foundation
import Testing
@testable import Allot
@testable import AllotPEFT
@testable import AllotRL
@testable import AllotTuning

/// Every format Allot reads back validates what it reads: structural mutations of a valid document
/// (each number made negative, huge, fractional or NaN; each array shortened or lengthened; each member
/// removed or retyped) either decode into something safe to use, or fail with an input error naming
/// the place — never a trap.
@Suite("Validated decoding")
struct FormatValidationTests {
    /// Structural mutations of `value`, each at one place.
    static func mutations(of value: JSONValue, limit: Int = 4_000) -> [(path: String, value: JSONValue)] {
        var results: [(String, JSONValue)] = []
        func visit(_ node: JSONValue, path: String, rebuild: (JSONValue) -> JSONValue) {
            guard results.count < limit else { return }
            switch node {
            case let .number(x):
                for replacement: JSONValue in [-1, .number(-x - 1), 1e300, .number(.nan), 0.5, .number(x + 1), "text", .null] {
                    results.append((path, rebuild(replacement)))
                }
            case let .string(text):
                for replacement: JSONValue in ["", .string(text + "x"), 7, .null] { results.append((path, rebuild(replacement))) }
            case .bool: results.append((path, rebuild(.number(1))))
            case .null: results.append((path, rebuild(.number(0))))
            case let .array(elements):
                if !elements.isEmpty {
                    results.append((path + "[-1]", rebuild(.array(Array(elements.dropLast())))))
                    results.append((path + "[+1]", rebuild(.array(elements + [elements.last!]))))
                }
                results.append((path + "[]", rebuild(.array([]))))
                for (offset, element) in elements.enumerated().prefix(6) {
                    visit(element, path: "\(path)[\(offset)]") { replaced in
                        var copy = elements
                        copy[offset] = replaced
                        return rebuild(.array(copy))
                    }
                }
            case let .object(object):
                for member in object.members {
                    var without = object
                    without[member.key] = nil
                    results.append((path + "-" + member.key, rebuild(.object(without))))
                    visit(member.value, path: path + "." + member.key) { replaced in
                        var copy = object
                        copy[member.key] = replaced
                        return rebuild(.object(copy))
                    }
                }
                results.append((path + "{}", rebuild(.array([]))))
            }
        }
        visit(value, path: "", rebuild: { $0 })
        return results
    }

    /// Decodes every mutation with `decode`, which must throw only Allot errors and, when it succeeds,
    /// give something `use` can exercise without a trap.
    static func check(_ name: String, _ value: JSONValue, limit: Int = 4_000, decode: (JSONValue) throws -> Void) {
        var refused = 0, accepted = 0
        for (path, mutated) in mutations(of: value, limit: limit) {
            do {
                try decode(mutated)
                accepted += 1
            } catch is AllotError {
                refused += 1
            } catch {
                Issue.record("\(name) \(path): not an Allot error: \(type(of: error)) \(error)")
            }
        }
        #expect(refused > 0, "\(name): no mutation was refused")
    }

    static func play(_ policy: inout any Policy) throws {
        var random = RandomSource(seed: 3)
        for _ in 0..<30 {
            let arm = try policy.select()
            try policy.update(Observation(arm: arm, reward: random.uniform()))
        }
        if policy.armCount >= 2 { _ = try policy.select(k: 2) }
    }

    @Test("policy snapshots: every mutation refused or safe to play")
    func policies() throws {
        for entry in PolicyRegistry.registry.entries where !PolicyRegistry.isContextual(entry.name) {
            var policy = try AnyPolicy(try PolicyRegistry.registry.configuration(entry.name), context: PolicyContext(arms: 3, horizon: 100, seed: 1))
            for arm in 0..<3 { try policy.update(Observation(arm: arm, reward: 0.5)) }
            let snapshot = try policy.snapshot()
            Self.check(entry.name, snapshot, limit: 1_500) { value in
                var restored = try AnyPolicy.restore(value, source: "snapshot").policy
                guard restored.armCount > 0 else { return }
                try Self.play(&restored)
            }
            let restored = try AnyPolicy.restore(snapshot, source: "snapshot")
            #expect(try restored.snapshot() == snapshot, "\(entry.name): snapshot round trip")
        }
        // LinUCB: its factor is recomputed from the matrix it factors.
        var lin = try LinUCB(arms: 2, dimension: 2)
        try lin.update(Observation(arm: 0, reward: 1), context: [1, 0])
        Self.check("linucb", try Interchange.encode(lin), limit: 1_500) { value in
            var restored = try Interchange.decode(LinUCB.self, from: value, source: "linucb")
            guard restored.armCount > 0 else { return }
            let contexts = Matrix(rows: restored.armCount, columns: restored.dimension, repeating: 0.5)
            _ = try restored.select(contexts: contexts)
        }
    }

    @Test("rollout states: every mutation refused or safe to allocate from")
    func rolloutStates() throws {
        for name in RolloutAllocatorRegistry.registry.names {
            var state = try RolloutState(configuration: try RolloutAllocatorRegistry.registry.configuration(name), seed: 4)
            try state.record([PromptObservation(id: "a", evidence: .rewards([1, 0, 1], lengths: [10, 20, 30])),
                              PromptObservation(id: "b", evidence: .counts(successes: 0, trials: 4), meanLength: 50)])
            let budget = name == CostAwareKnapsackAllocator.name ? 2_000 : 16
            _ = try state.allocate(prompts: ["a", "b", "c"], budget: budget, minimum: 2, maximum: 8)
            Self.check(name, try state.encoded()) { value in
                var restored = try RolloutState.decode(value, source: "state", expecting: nil)
                let allocation = try restored.allocate(prompts: ["a", "b", "c"], budget: budget, minimum: 2, maximum: 8)
                if !restored.countsTokens { #expect(allocation.counts.reduce(0, +) == budget) }
            }
        }
    }

    @Test("rank states: every mutation refused or safe to step, within budget")
    func rankStates() throws {
        let matrices = [AdaptedMatrix(name: "q", input: 8, output: 8, maxRank: 4), AdaptedMatrix(name: "v", input: 8, output: 16, maxRank: 4)]
        let schedule = try ReallocationSchedule(totalSteps: 40, warmupSteps: 4, finalSteps: 8, interval: 4)
        for name in RankAllocatorRegistry.registry.names {
            var state = try RankState(matrices: matrices, configuration: try RankAllocatorRegistry.registry.configuration(name), averageRank: 2,
                                      schedule: schedule, seed: 2)
            for step in 0..<6 { try state.step(step, sensitivities: [[1, 2, 3, 4], [4, 3, 2, 1]]) }
            Self.check(name, try state.encoded(), limit: 2_500) { value in
                var restored = try RankState.decode(value, source: "state")
                for step in 6..<14 {
                    try restored.step(step, sensitivities: restored.matrices.map { [Double](repeating: 1, count: $0.maxRank) })
                    #expect(restored.pattern.parameters(restored.matrices) <= restored.budget)
                }
            }
        }
    }

    @Test("study documents: a tampered journal is refused, never trusted or trapped on")
    func studies() throws {
        var study = try Study(space: StudyTests.space, schedule: .asha(minResource: 1, maxResource: 9, eta: 3, trials: 6), sampler: .random(seed: 1))
        for _ in 0..<4 { if let a = study.ask() { try study.tell(a, value: 0.5) } }
        _ = study.ask()
        Self.check("study", study.json, limit: 2_500) { value in
            var restored = try Study.read(FieldReader(source: "study", value: value))
            while let a = restored.ask() { try restored.tell(a, value: 0.25) }
        }
    }
}
