import Allot
import AllotPEFT
import Benchmark
import Foundation

/// Training-step and reallocation costs of the rank experiment's model (3 blocks, width 128, 4 heads,
/// context 64, batch 16: 1,024 tokens per step), on one OpenBLAS thread. Weights are random: the cost
/// of a step does not depend on what was learned.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .mallocCountTotal], timeUnits: .milliseconds,
                                           maxDuration: .seconds(10), maxIterations: 30)
    FloatGEMM.setThreads(1)
    let configuration = try! TransformerConfiguration(vocabularySize: 80, contextLength: 64, width: 128, heads: 4, layers: 3)
    var random = RandomSource(seed: 1)
    let inputs = (0..<1024).map { _ in random.integer(below: 80) }, targets = (0..<1024).map { _ in random.integer(below: 80) }

    let gemmShare = BenchmarkMetric.custom("GEMM share of the step (%)", polarity: .prefersLarger, useScalingFactor: false)
    let gemmCalls = BenchmarkMetric.custom("GEMM calls per step", useScalingFactor: false)
    Benchmark("pretraining step: forward + backward, 1,024 tokens",
              configuration: .init(metrics: [.wallClock, .mallocCountTotal, gemmShare, gemmCalls])) { benchmark in
        let model = Transformer(configuration: configuration, seed: 1)
        let workspace = TransformerWorkspace()
        var gradients: TransformerParameters? = TransformerParameters(zerosFor: configuration)
        var none: [LoRAGradient]? = nil
        _ = model.lossAndGradients(inputs: inputs, targets: targets, batch: 16, workspace: workspace, base: &gradients, adapters: &none)
        // The GEMM share of a step, measured once outside the timed loop.
        FloatGEMM.profiledNanoseconds = 0
        FloatGEMM.profiling = true
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<5 { _ = model.lossAndGradients(inputs: inputs, targets: targets, batch: 16, workspace: workspace, base: &gradients, adapters: &none) }
        let total = DispatchTime.now().uptimeNanoseconds - start
        FloatGEMM.profiling = false
        benchmark.measurement(gemmShare, Int((100 * Double(FloatGEMM.profiledNanoseconds) / Double(total)).rounded()))
        benchmark.measurement(gemmCalls, FloatGEMM.profiledCalls / 5)
        FloatGEMM.profiledCalls = 0
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(model.lossAndGradients(inputs: inputs, targets: targets, batch: 16, workspace: workspace, base: &gradients, adapters: &none))
        }
    }

    let matrices = (0..<3).flatMap { l in
        MatrixKind.allCases.map { kind in
            AdaptedMatrix(name: "layers.\(l).\(kind)", input: configuration.shape(of: kind).input, output: configuration.shape(of: kind).output, maxRank: 16)
        }
    }
    let schedule = try! ReallocationSchedule(totalSteps: 100_000, warmupSteps: 0, finalSteps: 0, interval: 1)

    Benchmark("LoRA fine-tuning step (frozen base, rank 4 adapters): forward + backward, 1,024 tokens") { benchmark in
        var model = Transformer(configuration: configuration, seed: 1)
        try model.attachAdapters(rank: 4, maxRank: 16, alpha: 16, scaling: .standard, seed: 2)
        let workspace = TransformerWorkspace()
        var none: TransformerParameters? = nil
        var gradients: [LoRAGradient]? = model.adapters.map(LoRAGradient.init)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(model.lossAndGradients(inputs: inputs, targets: targets, batch: 16, workspace: workspace, base: &none, adapters: &gradients))
        }
    }

    // One reallocation of the bandit-knapsack and elastic allocators on the 18 matrices (maxRank 16,
    // average rank 4), with a full set of element-level sensitivities observed before it.
    func sensitivities() -> [TripletSensitivity] {
        var random = RandomSource(seed: 3)
        return matrices.map { m in
            TripletSensitivity(values: (0..<16).map { _ in Float(random.uniform()) }, left: (0..<(16 * m.input)).map { _ in Float(random.uniform()) },
                               right: (0..<(16 * m.output)).map { _ in Float(random.uniform()) })
        }
    }
    let observed = sensitivities()
    Benchmark("bandit-knapsack: observe one step's sensitivities", configuration: .init(timeUnits: .microseconds)) { benchmark in
        var allocator = try BanditKnapsackRankAllocator(matrices: matrices, averageRank: 4, steps: schedule, seed: 1)
        for step in benchmark.scaledIterations { allocator.observe(observed, step: step) }
    }
    Benchmark("bandit-knapsack: reallocate (UCB + exact knapsack)", configuration: .init(timeUnits: .microseconds)) { benchmark in
        var allocator = try BanditKnapsackRankAllocator(matrices: matrices, averageRank: 4, steps: schedule, seed: 1)
        allocator.observe(observed, step: 0)
        let current = allocator.initialPattern
        for step in benchmark.scaledIterations { blackHole(try allocator.reallocate(step: step, current: current)) }
    }
    Benchmark("AdaLoRA: observe one step's sensitivities (element-level EMAs)", configuration: .init(timeUnits: .microseconds)) { benchmark in
        var allocator = try AdaLoRAAllocator(matrices: matrices, targetAverageRank: 4, steps: schedule)
        for step in benchmark.scaledIterations { allocator.observe(observed, step: step) }
    }
    Benchmark("elastic: reallocate", configuration: .init(timeUnits: .microseconds)) { benchmark in
        var allocator = try ElasticRankAllocator(matrices: matrices, averageRank: 4, steps: schedule)
        allocator.observe(observed, step: 0)
        let current = allocator.initialPattern
        for step in benchmark.scaledIterations { blackHole(try allocator.reallocate(step: step, current: current)) }
    }
}
