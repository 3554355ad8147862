import Foundation
import Testing
@testable import Allot

/// The Gaussian process, its log expected improvement and the L-BFGS that fits and searches them.
@Suite("Gaussian process, LogEI, bounded L-BFGS")
struct GaussianProcessTests {
    // MARK: L-BFGS

    @Test("L-BFGS: Rosenbrock's minimum unbounded; a box that cuts the minimum off gives the projected optimum")
    func lbfgs() {
        var optimizer = BoundedLBFGS()
        optimizer.maxIterations = 500
        optimizer.gradientTolerance = 1e-8
        optimizer.relativeDecrease = 0
        let rosenbrock = optimizer.minimize(from: [-1.2, 1]) { x, g in
            g[0] = -400 * x[0] * (x[1] - x[0] * x[0]) - 2 * (1 - x[0])
            g[1] = 200 * (x[1] - x[0] * x[0])
            return 100 * pow(x[1] - x[0] * x[0], 2) + pow(1 - x[0], 2)
        }
        #expect(rosenbrock.converged)
        #expect(abs(rosenbrock.point[0] - 1) < 1e-6 && abs(rosenbrock.point[1] - 1) < 1e-6)

        // A separable quadratic centred at (2, -3, 0.5) in the box [0, 1]³: the optimum is the clamped centre.
        let centre = [2.0, -3, 0.5], weights = [1.0, 10, 100]
        var boxed = BoundedLBFGS(lower: [0, 0, 0], upper: [1, 1, 1])
        boxed.gradientTolerance = 1e-9
        let result = boxed.minimize(from: [0.3, 0.7, 0.9]) { x, g in
            var value = 0.0
            for i in 0..<3 { g[i] = 2 * weights[i] * (x[i] - centre[i]); value += weights[i] * pow(x[i] - centre[i], 2) }
            return value
        }
        #expect(result.converged)
        #expect(result.point[0] == 1 && result.point[1] == 0 && abs(result.point[2] - 0.5) < 1e-9)

        // NaN values are backed away from, never accepted: log x below 0.5 is "undefined" here.
        let guarded = BoundedLBFGS().minimize(from: [2]) { x, g in
            guard x[0] > 0.5 else { g[0] = 0; return .nan }
            g[0] = 2 * (x[0] - 0.6)
            return pow(x[0] - 0.6, 2)
        }
        #expect(abs(guarded.point[0] - 0.6) < 1e-4 && guarded.value.isFinite)
    }

    // MARK: LogEI

    @Test("log h(z) and its slope against mpmath at 50 digits, across the three ways it is computed",
          arguments: [(2.0, 0.69738354578822831219, 0.48655931878528386862), (0, -0.91893853320467274178, 1.2533141373155002512),
                      (-3, -7.8696860596030285171, 3.5323375176251605167), (-4.99, -16.690729996795876685, 5.3524172382768836176),
                      (-5.01, -16.797966327739523427, 5.3712170796668083204), (-10, -55.553122036122355927, 10.194383033412553306),
                      (-29.9, -454.7229981194962739, 29.966666911139964664), (-30.1, -460.73628739874303834, 30.166226849616996054),
                      (-40, -808.29856835661996024, 40.049906657648518193), (-100, -5010.1295788002497923, 100.01999400419586505),
                      (-1000, -500014.73445209115845, 1000.001999994000042)])
    func logImprovement(z: Double, logH: Double, slope: Double) {
        let (value, computedSlope) = LogExpectedImprovement.logStandardImprovement(z)
        #expect(abs(value - logH) <= 1e-11 * max(1, abs(logH)))
        #expect(abs(computedSlope - slope) <= 1e-9 * slope)
    }

    @Test("log EI's derivatives in the mean and σ match finite differences")
    func logEIDerivatives() {
        for (mean, sigma) in [(0.3, 0.2), (-2.0, 0.1), (-40.0, 0.5), (1.0, 3.0)] {
            let at = LogExpectedImprovement.value(mean: mean, standardDeviation: sigma, threshold: 0.5)
            let h = 1e-6
            let dm = (LogExpectedImprovement.value(mean: mean + h, standardDeviation: sigma, threshold: 0.5).value
                - LogExpectedImprovement.value(mean: mean - h, standardDeviation: sigma, threshold: 0.5).value) / (2 * h)
            let ds = (LogExpectedImprovement.value(mean: mean, standardDeviation: sigma + h, threshold: 0.5).value
                - LogExpectedImprovement.value(mean: mean, standardDeviation: sigma - h, threshold: 0.5).value) / (2 * h)
            #expect(abs(at.dMean - dm) < 1e-5 * max(1, abs(dm)))
            #expect(abs(at.dSigma - ds) < 1e-5 * max(1, abs(ds)))
        }
    }

    // MARK: the process

    /// Matérn 5/2 written out, for the hand computation.
    static func matern(_ r: Double) -> Double { (1 + 5.0.squareRoot() * r + 5.0 / 3 * r * r) * exp(-5.0.squareRoot() * r) }

    @Test("posterior mean and variance against a hand computation on three points")
    func posteriorByHand() throws {
        let xs = [0.0, 0.5, 1.0], ys = [1.0, -0.5, 0.25]
        let kernel = GaussianProcess.Kernel(inverseSquaredLengthscales: [4], scale: 1.5, noise: 0.01)
        let process = try GaussianProcess(inputs: xs.map { [$0] }, targets: ys, categorical: [false], kernel: kernel)
        // K + noise I, then Cramer's rule for the 3 × 3 solves.
        func k(_ a: Double, _ b: Double) -> Double { 1.5 * Self.matern(2 * abs(a - b)) }
        let K = (0..<3).map { i in (0..<3).map { j in k(xs[i], xs[j]) + (i == j ? 0.01 : 0) } }
        func det(_ m: [[Double]]) -> Double {
            m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
        }
        func solve(_ b: [Double]) -> [Double] {
            (0..<3).map { column in det((0..<3).map { i in (0..<3).map { j in j == column ? b[i] : K[i][j] } }) / det(K) }
        }
        let x = 0.25
        let kx = xs.map { k(x, $0) }
        let mean = zip(kx, solve(ys)).map(*).reduce(0, +)
        let variance = 1.5 - zip(kx, solve(kx)).map(*).reduce(0, +)
        let (m, v) = process.posterior(at: [x])
        #expect(abs(m - mean) < 1e-12 && abs(v - variance) < 1e-12)
        let batch = process.posteriors(at: [[x], [0.9]])
        #expect(abs(batch.means[0] - m) < 1e-12 && abs(batch.variances[0] - v) < 1e-12)
        #expect(abs(batch.means[1] - process.posterior(at: [0.9]).mean) < 1e-12)
        // The log marginal likelihood: −½ yᵀK⁻¹y − ½ log det K − (n/2) log 2π.
        let expected = -0.5 * zip(ys, solve(ys)).map(*).reduce(0, +) - 0.5 * log(det(K)) - 1.5 * log(2 * Double.pi)
        #expect(abs(process.logMarginalLikelihood - expected) < 1e-10)
    }

    /// Seeded inputs in [0, 1]^d (the last coordinate categorical, three choices) and targets.
    static func data(_ n: Int, dimension d: Int, seed: UInt64) -> ([[Double]], [Double]) {
        var stream = SplitMix64(seed: seed)
        let inputs = (0..<n).map { _ in (0..<d).map { j in j == d - 1 ? Double(Int(stream.uniform() * 3)) : stream.uniform() } }
        let targets = inputs.map { x in sin(6 * x[0]) + x[1] * x[1] - (x[d - 1] == 1 ? 0.5 : 0) + 0.05 * (stream.uniform() - 0.5) }
        return (inputs, targets)
    }

    @Test("the fitting loss's gradient and the posterior's gradients match finite differences (continuous and Hamming inputs)")
    func gradients() throws {
        let (inputs, targets) = Self.data(25, dimension: 3, seed: 3)
        let categorical = [false, false, true]
        let flat = inputs.flatMap { $0 }
        let theta = [0.7, -0.4, 0.2, 0.1, -3.0]
        var gradient = [Double](repeating: 0, count: 5), ignored = gradient
        let loss = GaussianProcess.negativeLogPosterior(theta, inputs: flat, count: 25, targets: targets, categorical: categorical, minimumNoise: 1e-6, gradient: &gradient)
        #expect(loss.isFinite)
        for i in 0..<5 {
            var up = theta, down = theta
            up[i] += 1e-6
            down[i] -= 1e-6
            let numeric = (GaussianProcess.negativeLogPosterior(up, inputs: flat, count: 25, targets: targets, categorical: categorical, minimumNoise: 1e-6, gradient: &ignored)
                - GaussianProcess.negativeLogPosterior(down, inputs: flat, count: 25, targets: targets, categorical: categorical, minimumNoise: 1e-6, gradient: &ignored)) / 2e-6
            #expect(abs(gradient[i] - numeric) < 1e-5 * max(1, abs(numeric)), "θ[\(i)]: \(gradient[i]) vs \(numeric)")
        }
        let process = try GaussianProcess(inputs: inputs, targets: targets, categorical: categorical,
                                          kernel: GaussianProcess.kernel(theta, dimension: 3, minimumNoise: 1e-6))
        var meanGradient: [Double] = [], varianceGradient: [Double] = []
        let x = [0.31, 0.77, 2.0]
        _ = process.posterior(at: x, meanGradient: &meanGradient, varianceGradient: &varianceGradient)
        for j in 0..<2 {
            var up = x, down = x
            up[j] += 1e-6
            down[j] -= 1e-6
            let dm = (process.posterior(at: up).mean - process.posterior(at: down).mean) / 2e-6
            let dv = (process.posterior(at: up).variance - process.posterior(at: down).variance) / 2e-6
            #expect(abs(meanGradient[j] - dm) < 1e-5 * max(1, abs(dm)))
            #expect(abs(varianceGradient[j] - dv) < 1e-5 * max(1, abs(dv)))
        }
        #expect(meanGradient[2] == 0 && varianceGradient[2] == 0)
        // Hamming: every other choice is equally far, so choices 0 and 2 predict alike at a point far from data in x.
        let far0 = process.posterior(at: [0.5, 0.5, 0]).variance, far2 = process.posterior(at: [0.5, 0.5, 2]).variance
        #expect(far0 > 0 && far2 > 0)
    }

    @Test("fitting: the loss at the fit is below the start's, the fit is deterministic, and noise-free data are interpolated")
    func fitting() throws {
        let (inputs, targets) = Self.data(30, dimension: 3, seed: 9)
        let categorical = [false, false, true]
        let process = try GaussianProcess.fitted(inputs: inputs, targets: targets, categorical: categorical)
        let again = try GaussianProcess.fitted(inputs: inputs, targets: targets, categorical: categorical)
        #expect(process.kernel == again.kernel)
        var ignored = [Double](repeating: 0, count: 5)
        let start = GaussianProcess.negativeLogPosterior([0, 0, 0, 0, 0], inputs: inputs.flatMap { $0 }, count: 30, targets: targets, categorical: categorical,
                                                         minimumNoise: 1e-6, gradient: &ignored)
        let theta = process.kernel.inverseSquaredLengthscales.map { log($0) } + [log(process.kernel.scale), log(process.kernel.noise - 1e-6)]
        let fitted = GaussianProcess.negativeLogPosterior(theta, inputs: inputs.flatMap { $0 }, count: 30, targets: targets, categorical: categorical,
                                                          minimumNoise: 1e-6, gradient: &ignored)
        #expect(fitted < start - 1)
        // sin(6x) has the shortest length scale of the inputs; the second input matters less.
        #expect(process.kernel.inverseSquaredLengthscales[0] > process.kernel.inverseSquaredLengthscales[1])

        let smooth = (0..<12).map { [Double($0) / 11] }
        let values = smooth.map { sin(5 * $0[0]) }
        let mean = values.reduce(0, +) / 12
        let interpolating = try GaussianProcess.fitted(inputs: smooth, targets: values.map { $0 - mean }, categorical: [false])
        for (x, y) in zip(smooth, values) { #expect(abs(interpolating.posterior(at: x).mean + mean - y) < 1e-2) }
        #expect(abs(interpolating.posterior(at: [0.5]).mean + mean - sin(2.5)) < 0.05)
        #expect(interpolating.posterior(at: [0.04]).variance < interpolating.posterior(at: [2]).variance)
    }

    // MARK: against Optuna

    struct OptunaFixture: Decodable {
        struct Case: Decodable {
            var inverseSquaredLengthscales: [Double]
            var scale: Double
            var noise: Double
            var loss: Double
            var means: [Double]
            var variances: [Double]
        }
        var inputs: [[Double]]
        var targets: [Double]
        var categorical: [Bool]
        var queries: [[Double]]
        var minimumNoise: Double
        var cases: [Case]
        var fitted: Case
    }

    @Test("the same model as Optuna 5.0's GPSampler: fitting loss, posterior and the fitted kernel on a fixture Optuna wrote")
    func optunaModel() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/optuna-gp/gp.json")
        let fixture = try JSONDecoder().decode(OptunaFixture.self, from: Data(contentsOf: url))
        let flat = fixture.inputs.flatMap { $0 }
        func theta(_ c: OptunaFixture.Case) -> [Double] {
            c.inverseSquaredLengthscales.map { log($0) } + [log(c.scale), log(c.noise - fixture.minimumNoise)]
        }
        func close(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool { abs(a - b) <= tolerance * max(1, abs(b)) }
        for example in fixture.cases {
            var gradient = [Double](repeating: 0, count: 5)
            let loss = GaussianProcess.negativeLogPosterior(theta(example), inputs: flat, count: fixture.inputs.count, targets: fixture.targets,
                                                            categorical: fixture.categorical, minimumNoise: fixture.minimumNoise, gradient: &gradient)
            #expect(close(loss, example.loss, 1e-9), "loss \(loss) vs Optuna's \(example.loss)")
            let kernel = GaussianProcess.Kernel(inverseSquaredLengthscales: example.inverseSquaredLengthscales, scale: example.scale, noise: example.noise)
            let process = try GaussianProcess(inputs: fixture.inputs, targets: fixture.targets, categorical: fixture.categorical, kernel: kernel)
            for (q, query) in fixture.queries.enumerated() {
                let (mean, variance) = process.posterior(at: query)
                #expect(close(mean, example.means[q], 1e-8) && close(variance, example.variances[q], 1e-7),
                        "query \(q): \(mean), \(variance) vs Optuna's \(example.means[q]), \(example.variances[q])")
            }
        }
        // Fitting: both stop at the gradient tolerance 1e-2 from the same start, so the kernels agree
        // to a few digits, and Allot's loss is no worse than Optuna's.
        let fitted = try GaussianProcess.fitted(inputs: fixture.inputs, targets: fixture.targets, categorical: fixture.categorical,
                                                minimumNoise: fixture.minimumNoise)
        var gradient = [Double](repeating: 0, count: 5)
        let ours = OptunaFixture.Case(inverseSquaredLengthscales: fitted.kernel.inverseSquaredLengthscales, scale: fitted.kernel.scale,
                                      noise: fitted.kernel.noise, loss: 0, means: [], variances: [])
        let loss = GaussianProcess.negativeLogPosterior(theta(ours), inputs: flat, count: fixture.inputs.count, targets: fixture.targets,
                                                        categorical: fixture.categorical, minimumNoise: fixture.minimumNoise, gradient: &gradient)
        #expect(loss <= fixture.fitted.loss + 1e-3, "fitted loss \(loss) vs Optuna's \(fixture.fitted.loss)")
        for (q, query) in fixture.queries.enumerated() {
            let (mean, variance) = fitted.posterior(at: query)
            #expect(abs(mean - fixture.fitted.means[q]) < 0.02 && abs(variance - fixture.fitted.variances[q]) < 0.02,
                    "fitted, query \(q): \(mean), \(variance) vs Optuna's \(fixture.fitted.means[q]), \(fixture.fitted.variances[q])")
        }
    }
}
