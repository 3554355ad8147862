import Allot
@testable import AllotPEFT
import Foundation
import Testing

/// The transformer's hand-written backward pass against central finite differences (in double-checked
/// single precision: a tiny model, a few coordinates of every tensor kind).
@Suite struct TransformerGradientTests {
    static let configuration = try! TransformerConfiguration(vocabularySize: 7, contextLength: 5, width: 8, heads: 2, layers: 2, feedForwardWidth: 12)
    static let inputs = [1, 4, 2, 6, 0, 3, 3, 5, 1, 2]
    static let targets = [4, 2, 6, 0, 3, 3, 5, 1, 2, 6]

    static func numeric(_ model: Transformer, perturb: (inout Transformer, Float) -> Void) -> Double {
        let h: Float = 2e-3
        var plus = model, minus = model
        perturb(&plus, h)
        perturb(&minus, -h)
        let workspace = TransformerWorkspace()
        let up = Double(plus.loss(inputs: inputs, targets: targets, batch: 2, workspace: workspace))
        let down = Double(minus.loss(inputs: inputs, targets: targets, batch: 2, workspace: workspace))
        return (up - down) / Double(2 * h)
    }

    static func close(_ analytic: Float, _ numeric: Double) -> Bool {
        abs(Double(analytic) - numeric) <= 2e-3 + 0.05 * abs(numeric)
    }

    @Test func baseGradientsMatchFiniteDifferences() {
        var model = Transformer(configuration: Self.configuration, seed: 11)
        // Larger weights than the init so every path carries signal.
        model.parameters.forEachTensor { tensor in for i in tensor.indices { tensor[i] *= 10 } }
        var base: TransformerParameters? = TransformerParameters(zerosFor: Self.configuration)
        var none: [LoRAGradient]? = nil
        _ = model.lossAndGradients(inputs: Self.inputs, targets: Self.targets, batch: 2, workspace: TransformerWorkspace(), base: &base, adapters: &none)
        let gradients = base!
        var random = RandomSource(seed: 3)
        var checked = 0
        let topLevel: [WritableKeyPath<TransformerParameters, [Float]>] = TransformerParameters.tensors
        for path in topLevel {
            for _ in 0..<3 {
                let i = random.integer(below: gradients[keyPath: path].count)
                let numeric = Self.numeric(model) { m, h in m.parameters[keyPath: path][i] += h }
                #expect(Self.close(gradients[keyPath: path][i], numeric), "\(path)[\(i)]: analytic \(gradients[keyPath: path][i]), numeric \(numeric)")
                checked += 1
            }
        }
        for l in 0..<Self.configuration.layers {
            for path in TransformerParameters.Block.tensors {
                for _ in 0..<3 {
                    let i = random.integer(below: gradients.blocks[l][keyPath: path].count)
                    let numeric = Self.numeric(model) { m, h in m.parameters.blocks[l][keyPath: path][i] += h }
                    #expect(Self.close(gradients.blocks[l][keyPath: path][i], numeric),
                            "block \(l) \(path)[\(i)]: analytic \(gradients.blocks[l][keyPath: path][i]), numeric \(numeric)")
                    checked += 1
                }
            }
        }
        #expect(checked == 3 * (5 + 2 * 10))
    }

    @Test func adapterGradientsMatchFiniteDifferences() throws {
        var model = Transformer(configuration: Self.configuration, seed: 5)
        model.parameters.forEachTensor { tensor in for i in tensor.indices { tensor[i] *= 10 } }
        try model.attachAdapters(rank: 2, maxRank: 3, alpha: 4, scaling: .standard, seed: 9)
        var random = RandomSource(seed: 8)
        // Non-zero λ and larger P, Q so that every adapter gradient is non-trivial.
        for a in model.adapters.indices {
            for k in 0..<3 { model.adapters[a].values[k] = Float(random.normal()) }
            for i in model.adapters[a].left.indices { model.adapters[a].left[i] *= 20 }
            for i in model.adapters[a].right.indices { model.adapters[a].right[i] *= 20 }
        }
        var none: TransformerParameters? = nil
        var gradients: [LoRAGradient]? = model.adapters.map(LoRAGradient.init)
        _ = model.lossAndGradients(inputs: Self.inputs, targets: Self.targets, batch: 2, workspace: TransformerWorkspace(), base: &none, adapters: &gradients)
        var nonZero = 0
        for a in model.adapters.indices {
            let g = gradients![a]
            for _ in 0..<2 {
                let i = random.integer(below: g.left.count)
                let numeric = Self.numeric(model) { m, h in m.adapters[a].left[i] += h }
                #expect(Self.close(g.left[i], numeric), "adapter \(a) P[\(i)]: \(g.left[i]) vs \(numeric)")
                let j = random.integer(below: g.right.count)
                let numericQ = Self.numeric(model) { m, h in m.adapters[a].right[j] += h }
                #expect(Self.close(g.right[j], numericQ), "adapter \(a) Q[\(j)]: \(g.right[j]) vs \(numericQ)")
                if g.left[i] != 0 { nonZero += 1 }
            }
            for k in 0..<3 {
                let numeric = Self.numeric(model) { m, h in m.adapters[a].values[k] += h }
                #expect(Self.close(g.values[k], numeric), "adapter \(a) λ[\(k)]: \(g.values[k]) vs \(numeric)")
                if k == 2 { #expect(g.values[k] == 0 && abs(numeric) < 1e-6) }   // the inactive slot does nothing
            }
        }
        #expect(nonZero > model.adapters.count)
    }

    @Test func reallocationKeepsSurvivingComponentsUnchanged() throws {
        var random = RandomSource(seed: 1)
        var adapter = LoRAAdapter(input: 6, output: 5, maxRank: 4, rank: 3, alpha: 8, scaling: .standard, random: &random)
        for k in 0..<4 { adapter.values[k] = Float(k + 1) }
        // Prune slot 1: ΔW afterwards equals ΔW before minus slot 1's part, though the scale went from α/3 to α/2.
        var expected = LoRAAdapter(input: 6, output: 5, maxRank: 4, rank: 3, alpha: 8, scaling: .standard, random: &random)
        expected = adapter
        expected.values[1] = 0
        let before = expected.delta()
        adapter.setActive([0, 2], random: &random)
        #expect(adapter.rank == 2 && adapter.scale == 4)
        for (x, y) in zip(adapter.delta(), before) { #expect(abs(x - y) < 1e-5) }
        // Growing a slot changes nothing until it learns (λ starts at 0).
        let pruned = adapter.delta()
        adapter.setActive([0, 2, 3], random: &random)
        for (x, y) in zip(adapter.delta(), pruned) { #expect(abs(x - y) < 1e-5) }
        var stabilized = LoRAAdapter(input: 2, output: 2, maxRank: 4, rank: 4, alpha: 8, scaling: .rankStabilized, random: &random)
        #expect(stabilized.scale == 4)
        stabilized.setActive([0], random: &random)
        #expect(stabilized.scale == 8)
    }
}

@Suite struct OrthogonalityTests {
    /// The regulariser's gradient against finite differences of ‖PᵀP − I‖² (columns) and ‖QQᵀ − I‖² (rows).
    @Test func orthogonalityGradientMatchesFiniteDifferences() {
        var random = RandomSource(seed: 4)
        let mask: [Float] = [1, 0, 1]
        for rows in [false, true] {
            let length = 5
            let x = (0..<(3 * length)).map { _ in Float(random.normal()) }
            func penalty(_ m: [Float]) -> Double {
                var total = 0.0
                for a in 0..<3 where mask[a] == 1 {
                    for b in 0..<3 where mask[b] == 1 {
                        var dot = 0.0
                        for j in 0..<length { dot += Double(rows ? m[a * length + j] * m[b * length + j] : m[j * 3 + a] * m[j * 3 + b]) }
                        total += (dot - (a == b ? 1 : 0)) * (dot - (a == b ? 1 : 0))
                    }
                }
                return total
            }
            var gradient = [Float](repeating: 0, count: x.count)
            LoRAFineTuner.addOrthogonality(x, slotsAlongRows: rows, length: length, mask: mask, weight: 1, into: &gradient)
            for i in x.indices {
                var plus = x, minus = x
                plus[i] += 1e-3
                minus[i] -= 1e-3
                let numeric = (penalty(plus) - penalty(minus)) / 2e-3
                #expect(abs(Double(gradient[i]) - numeric) < 2e-2 + 1e-2 * abs(numeric), "rows \(rows) [\(i)]: \(gradient[i]) vs \(numeric)")
            }
        }
    }
}
