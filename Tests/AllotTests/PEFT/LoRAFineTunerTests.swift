import Allot
import AllotData
@testable import AllotPEFT
import Foundation
import Testing

/// The LoRA trainer on a tiny model: ranks move by themselves, checkpoints continue exactly, and the
/// adapters learn the new domain.
@Suite struct LoRAFineTunerTests {
    static let vocabulary = CharacterCorpus.vocabulary(of: [Texts.shakespeare, Texts.milton])
    static let configuration = try! TransformerConfiguration(vocabularySize: vocabulary.count, contextLength: 12, width: 16, heads: 2, layers: 2, feedForwardWidth: 32)

    static func base() throws -> Transformer {
        let shakespeare = try CharacterCorpus(text: String(Texts.shakespeare.prefix(60_000)), vocabulary: vocabulary)
        return try Pretraining(steps: 300, batch: 8, length: 12, learningRate: 1e-2).run(configuration: configuration, corpus: shakespeare)
    }

    static func tuner(_ base: Transformer, allocator name: String, steps: Int, batch: Int = 4) throws -> LoRAFineTuner {
        let milton = try CharacterCorpus(text: String(Texts.milton.prefix(40_000)), vocabulary: vocabulary)
        let settings = try FineTuningSettings(steps: steps, batch: batch, length: 12, learningRate: 1e-2, maxRank: 6, seed: 2)
        let matrices = LoRAFineTuner.matrices(of: configuration, maxRank: 6)
        let schedule = try ReallocationSchedule(totalSteps: steps, warmupSteps: 5, finalSteps: 5, interval: 5)
        let allocator: AnyRankAllocator
        switch name {
        case "adalora": allocator = .adalora(try AdaLoRAAllocator(matrices: matrices, targetAverageRank: 2, initialRank: 4, steps: schedule))
        case "elastic": allocator = .elastic(try ElasticRankAllocator(matrices: matrices, averageRank: 2, steps: schedule))
        case "bandit-knapsack": allocator = .banditKnapsack(try BanditKnapsackRankAllocator(matrices: matrices, averageRank: 2, steps: schedule, seed: 4))
        default: allocator = .uniform(try UniformRankAllocator(matrices: matrices, averageRank: 2))
        }
        return try LoRAFineTuner(base: base, corpus: milton, settings: settings, allocator: allocator)
    }

    @Test func ranksMoveOnTheirScheduleWithoutAnyExtraCall() throws {
        let base = try Self.base()
        for name in ["adalora", "elastic", "bandit-knapsack", "uniform"] {
            var tuner = try Self.tuner(base, allocator: name, steps: 30)
            let before = tuner.rankPattern
            for _ in 0..<30 { try tuner.trainStep() }
            if name == "uniform" {
                #expect(tuner.reallocations.isEmpty && tuner.rankPattern == before)
            } else {
                #expect(!tuner.reallocations.isEmpty, "\(name) never reallocated")
                #expect(tuner.reallocations.allSatisfy { ($0 - 5) % 5 == 0 || $0 == 25 })
            }
            #expect(tuner.rankPattern.parameters(tuner.adaptedMatrices) <= tuner.allocator.budget(at: 29))
            // Inactive slots stay exactly out of the model: their λ is 0 and receives no gradient.
            for adapter in tuner.model.adapters {
                for k in 0..<adapter.maxRank where adapter.mask[k] == 0 { #expect(adapter.values[k] == 0) }
            }
        }
    }

    @Test func fineTuningLowersHeldOutBitsPerCharacter() throws {
        var tuner = try Self.tuner(try Self.base(), allocator: "bandit-knapsack", steps: 200, batch: 16)
        let before = tuner.validationBitsPerCharacter(windows: 128)
        for _ in 0..<200 { try tuner.trainStep() }
        let after = tuner.validationBitsPerCharacter(windows: 128)
        #expect(after < before - 0.05, "\(before) → \(after)")
    }

    @Test func aCheckpointContinuesExactly() throws {
        let base = try Self.base()
        for name in ["adalora", "elastic", "bandit-knapsack"] {
            var tuner = try Self.tuner(base, allocator: name, steps: 30)
            for _ in 0..<12 { try tuner.trainStep() }
            let data = try JSONEncoder().encode(tuner.checkpoint())
            var resumed = try Self.tuner(base, allocator: name, steps: 30)
            try resumed.restore(JSONDecoder().decode(LoRAFineTuner.Checkpoint.self, from: data))
            for _ in 12..<30 {
                let a = try tuner.trainStep(), b = try resumed.trainStep()
                #expect(a.loss == b.loss && a.reallocated == b.reallocated, "\(name)")
            }
            #expect(tuner.rankPattern == resumed.rankPattern)
            #expect(tuner.model.adapters == resumed.model.adapters)
        }
    }

    @Test func adaLoRAsRegulariserPullsTowardsOrthogonality() throws {
        var tuner = try Self.tuner(try Self.base(), allocator: "adalora", steps: 30)
        func deviation(_ a: LoRAAdapter) -> Double {
            let slots = a.activeSlots
            var total = 0.0
            for x in slots {
                for y in slots {
                    var dot = 0.0
                    for i in 0..<a.input { dot += Double(a.left[i * a.maxRank + x] * a.left[i * a.maxRank + y]) }
                    total += (dot - (x == y ? 1 : 0)) * (dot - (x == y ? 1 : 0))
                }
            }
            return total
        }
        let before = tuner.model.adapters.map(deviation).reduce(0, +)
        for _ in 0..<20 { try tuner.trainStep() }
        #expect(tuner.model.adapters.map(deviation).reduce(0, +) < before)
    }

    @Test func badSettingsNameTheField() throws {
        #expect(throws: InputError.parameter("fine-tuning", "maxRank", expected: "an integer >= 1", got: "0")) {
            try FineTuningSettings(maxRank: 0)
        }
        let base = try Self.base()
        let milton = try CharacterCorpus(text: String(Texts.milton.prefix(5_000)), vocabulary: Self.vocabulary)
        let matrices = LoRAFineTuner.matrices(of: Self.configuration, maxRank: 6)
        #expect(throws: InputError.self) {
            try LoRAFineTuner(base: base, corpus: milton, settings: try FineTuningSettings(length: 64, maxRank: 6),
                              allocator: .uniform(try UniformRankAllocator(matrices: matrices, averageRank: 2)))
        }
        #expect(throws: PEFTError.self) {   // allocator built for other matrices
            try LoRAFineTuner(base: base, corpus: milton, settings: try FineTuningSettings(length: 12, maxRank: 6),
                              allocator: .uniform(try UniformRankAllocator(matrices: Array(matrices.prefix(3)), averageRank: 2)))
        }
    }
}
