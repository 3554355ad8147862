import Allot
import AllotRL
import Benchmark

/// One rollout allocation per iteration (ALGORITHMS §4): N prompts with 16 recorded rewards each
/// (success rates spread over (0, 1)), budget B, 2 to 128 rollouts per prompt. Targets: N = 1,024,
/// B = 16,384 under 1 ms; N = 100,000, B = 1,600,000 under 1 s. The exact dynamic program of the
/// reference implementation runs once on the small instance for comparison.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal],
        timeUnits: .microseconds,
        maxDuration: .seconds(3),
        maxIterations: 1_000
    )

    func batch(_ n: Int) throws -> ([String], RolloutStatistics) {
        var statistics = try RolloutStatistics()
        var random = RandomSource(seed: 1)
        let prompts = (0..<n).map { "prompt-\($0)" }
        for prompt in prompts {
            let p = random.uniform(from: 0.02, to: 0.98)
            try statistics.record(prompt: prompt, rewards: (0..<16).map { _ in random.bernoulli(p) ? 1 : 0 })
        }
        return (prompts, statistics)
    }

    func register<A: RolloutAllocator>(_ name: String, n: Int, budget: Int, _ make: @escaping @Sendable () throws -> A) {
        Benchmark("\(name) N=\(n) B=\(budget)", configuration: .init(maxIterations: n > 10_000 ? 10 : 1_000)) { benchmark in
            let (prompts, statistics) = try batch(n)
            let request = RolloutRequest(prompts: prompts, budget: budget, minimum: 2, maximum: 128)
            var allocator = try make()
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                blackHole(try allocator.allocate(request, statistics: statistics))
            }
            benchmark.stopMeasurement()
        }
    }

    for (n, budget) in [(1_024, 16_384), (100_000, 1_600_000)] {
        register("knapsack-rl", n: n, budget: budget) { try KnapsackRLAllocator() }
        register("posterior (thompson)", n: n, budget: budget) { try PosteriorKnapsackAllocator(seed: 1) }
        register("uniform", n: n, budget: budget) { UniformAllocator() }
    }

    /// The same V(N, p) curves as tables, for the generic solvers.
    func curves(_ n: Int) throws -> TabulatedCurves {
        var random = RandomSource(seed: 1)
        let rates = (0..<n).map { _ in random.uniform(from: 0.02, to: 0.98) }
        return try TabulatedCurves(lower: [Int](repeating: 2, count: n),
                                   values: rates.map { p in (2...128).map { RolloutValue.value(rollouts: $0, successRate: p) } })
    }
    Benchmark("generic heap greedy N=1024 B=16384", configuration: .init(maxIterations: 1_000)) { benchmark in
        let table = try curves(1_024)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try KnapsackSolver.greedy(table, budget: 16_384)) }
        benchmark.stopMeasurement()
    }
    Benchmark("exact dynamic program N=1024 B=16384 (reference method)", configuration: .init(maxDuration: .seconds(60), maxIterations: 1)) { benchmark in
        let table = try curves(1_024)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try KnapsackSolver.dynamicProgramming(table, budget: 16_384)) }
        benchmark.stopMeasurement()
    }
}
