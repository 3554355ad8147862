import COpenBLAS
import Foundation

/// Gaussian-process regression with a Matérn-5/2 kernel with one length scale per input (ARD), the
/// model of Bayesian optimisation (Rasmussen, Williams 2006, ch. 2 and 5; Snoek et al. 2012).
///
/// k(x, x') = scale · M(r²), M(r²) = (1 + √5 r + 5/3 r²) e^(−√5 r), r² = Σ_j λ_j δ_j(x, x'), where λ_j is
/// input j's inverse squared length scale and δ_j is (x_j − x'_j)² for a continuous input and
/// [x_j ≠ x'_j] (Hamming) for a categorical one, as Optuna's GPSampler models choices. Observations
/// carry noise of variance `noise`. `fitted` chooses the kernel by maximising the marginal likelihood
/// times Optuna 5's priors on the kernel's parameters; inputs are expected in [0, 1] and targets
/// standardised. Cost: O(n³) to fit or condition, O(n²) per prediction.
public struct GaussianProcess: Sendable {
    public struct Kernel: Sendable, Equatable {
        /// λ_j = 1 / ℓ_j² per input.
        public var inverseSquaredLengthscales: [Double]
        public var scale: Double
        public var noise: Double

        public init(inverseSquaredLengthscales: [Double], scale: Double, noise: Double) {
            self.inverseSquaredLengthscales = inverseSquaredLengthscales
            self.scale = scale
            self.noise = noise
        }
    }

    public let dimension: Int
    public let categorical: [Bool]
    public let kernel: Kernel
    public let count: Int
    /// Inputs, row-major count × dimension, and targets.
    let inputs: [Double]
    let targets: [Double]
    /// The lower Cholesky factor of K + noise · I (row-major) and (K + noise · I)⁻¹ y.
    let factor: [Double]
    let weights: [Double]

    /// A process with this kernel conditioned on the observations. Throws when the kernel matrix is not
    /// positive definite (a noise of 0 with repeated inputs).
    public init(inputs: [[Double]], targets: [Double], categorical: [Bool], kernel: Kernel) throws {
        let d = categorical.count
        guard inputs.count == targets.count, inputs.allSatisfy({ $0.count == d }), kernel.inverseSquaredLengthscales.count == d else {
            throw NumericsError.shapeMismatch(operation: "GaussianProcess", expected: "\(targets.count) inputs of \(d) coordinates and \(d) length scales",
                                              got: "\(inputs.count) inputs, length scales for \(kernel.inverseSquaredLengthscales.count)")
        }
        let flat = inputs.flatMap { $0 }
        guard let (factor, weights, _) = Self.factorise(flat, count: inputs.count, targets: targets, categorical: categorical, kernel: kernel) else {
            throw NumericsError.notPositiveDefinite(minor: 0)
        }
        self.dimension = d
        self.categorical = categorical
        self.kernel = kernel
        self.count = inputs.count
        self.inputs = flat
        self.targets = targets
        self.factor = factor
        self.weights = weights
    }

    /// The same kernel conditioned on more observations (a kriging believer adds running trials at the
    /// predicted mean, so the next proposal looks elsewhere).
    public func conditioned(onMore extraInputs: [[Double]], targets extraTargets: [Double]) throws -> GaussianProcess {
        let rows = stride(from: 0, to: inputs.count, by: max(dimension, 1)).map { Array(inputs[$0..<($0 + dimension)]) }
        return try GaussianProcess(inputs: (dimension == 0 ? [] : rows) + extraInputs, targets: targets + extraTargets, categorical: categorical, kernel: kernel)
    }

    // MARK: fitting

    /// The kernel with the largest marginal likelihood times the priors of Optuna 5's GPSampler
    /// (λ_j: e^(−0.1/λ − 0.1 λ); scale: Gamma(2, 1); noise − `minimumNoise`: Gamma(1.1, 30)), found by
    /// L-BFGS on the logarithms from λ = scale = noise = 1. Always the same start, so the same data give
    /// the same kernel (Optuna starts from the previous fit, which makes a proposal depend on history
    /// order); if the search fails, that start.
    public static func fitted(inputs: [[Double]], targets: [Double], categorical: [Bool], minimumNoise: Double = 1e-6) throws -> GaussianProcess {
        let d = categorical.count
        let flat = inputs.flatMap { $0 }
        var optimizer = BoundedLBFGS(lower: [Double](repeating: -20, count: d + 2), upper: [Double](repeating: 20, count: d + 2))
        optimizer.gradientTolerance = 1e-2   // Optuna's gtol: finer does not change the proposals, only the time
        let result = optimizer.minimize(from: [Double](repeating: 0, count: d + 2)) { theta, gradient in
            negativeLogPosterior(theta, inputs: flat, count: inputs.count, targets: targets, categorical: categorical, minimumNoise: minimumNoise, gradient: &gradient)
        }
        let theta = result.value.isFinite ? result.point : [Double](repeating: 0, count: d + 2)
        return try GaussianProcess(inputs: inputs, targets: targets, categorical: categorical, kernel: kernel(theta, dimension: d, minimumNoise: minimumNoise))
    }

    /// θ = (log λ_1 … log λ_d, log scale, log(noise − minimumNoise)).
    static func kernel(_ theta: [Double], dimension d: Int, minimumNoise: Double) -> Kernel {
        Kernel(inverseSquaredLengthscales: theta[0..<d].map { Foundation.exp($0) }, scale: Foundation.exp(theta[d]), noise: Foundation.exp(theta[d + 1]) + minimumNoise)
    }

    /// −(log marginal likelihood + log prior) at θ, up to a constant, and its gradient:
    /// ∂/∂θ log p(y) = ½ tr((ααᵀ − K⁻¹) ∂K/∂θ) with α = K⁻¹ y. +∞ where K is not positive definite.
    static func negativeLogPosterior(_ theta: [Double], inputs: [Double], count n: Int, targets: [Double], categorical: [Bool], minimumNoise: Double,
                                     gradient: inout [Double]) -> Double {
        let d = categorical.count
        let kernel = kernel(theta, dimension: d, minimumNoise: minimumNoise)
        for i in gradient.indices { gradient[i] = 0 }
        guard let factorised = factorise(inputs, count: n, targets: targets, categorical: categorical, kernel: kernel) else { return .infinity }
        let alpha = factorised.alpha
        var factor = factorised.factor
        var fit = 0.5 * factorised.logDeterminant
        for i in 0..<n { fit += 0.5 * targets[i] * alpha[i] }
        // K⁻¹ from the factor (LAPACKE dpotri fills the lower triangle).
        if n > 0 {
            let info = factor.withUnsafeMutableBufferPointer { LAPACKE_dpotri(LAPACK_ROW_MAJOR, CChar(UInt8(ascii: "L")), Int32(n), $0.baseAddress, Int32(n)) }
            if info != 0 { return .infinity }
        }
        let inverse = factor
        let lambda = kernel.inverseSquaredLengthscales
        var scaleGradient = 0.0, traceW = 0.0
        var lengthGradient = [Double](repeating: 0, count: d)
        for a in 0..<n {
            traceW += alpha[a] * alpha[a] - inverse[a * n + a]
            scaleGradient += (alpha[a] * alpha[a] - inverse[a * n + a]) * kernel.scale   // M(0) = 1
            for b in 0..<a {
                let w = 2 * (alpha[a] * alpha[b] - inverse[a * n + b])   // both triangles
                var r2 = 0.0
                for j in 0..<d { r2 += lambda[j] * distance(inputs[a * d + j], inputs[b * d + j], categorical[j]) }
                let (value, slope) = matern(r2)
                scaleGradient += w * kernel.scale * value
                let common = w * kernel.scale * slope
                for j in 0..<d { lengthGradient[j] += common * lambda[j] * distance(inputs[a * d + j], inputs[b * d + j], categorical[j]) }
            }
        }
        // The priors (Optuna 5's default_log_prior), written as log densities to subtract.
        var prior = 0.0
        for j in 0..<d {
            prior -= 0.1 / lambda[j] + 0.1 * lambda[j]
            gradient[j] = -0.5 * lengthGradient[j] - (0.1 / lambda[j] - 0.1 * lambda[j])
        }
        prior += Foundation.log(kernel.scale) - kernel.scale
        gradient[d] = -0.5 * scaleGradient - (1 - kernel.scale)
        let excess = Foundation.exp(theta[d + 1])
        prior += 0.1 * Foundation.log(kernel.noise) - 30 * kernel.noise
        gradient[d + 1] = -0.5 * traceW * excess - (0.1 / kernel.noise - 30) * excess
        return fit - prior
    }

    /// The Cholesky factor of K + noise · I, α = (K + noise · I)⁻¹ y and log det; nil if not positive definite.
    static func factorise(_ inputs: [Double], count n: Int, targets: [Double], categorical: [Bool], kernel: Kernel) -> (factor: [Double], alpha: [Double], logDeterminant: Double)? {
        let d = categorical.count
        var matrix = [Double](repeating: 0, count: n * n)
        for a in 0..<n {
            matrix[a * n + a] = kernel.scale + kernel.noise
            for b in 0..<a {
                var r2 = 0.0
                for j in 0..<d { r2 += kernel.inverseSquaredLengthscales[j] * distance(inputs[a * d + j], inputs[b * d + j], categorical[j]) }
                matrix[a * n + b] = kernel.scale * matern(r2).value
            }
        }
        guard n > 0 else { return ([], [], 0) }
        let info = matrix.withUnsafeMutableBufferPointer { LAPACKE_dpotrf(LAPACK_ROW_MAJOR, CChar(UInt8(ascii: "L")), Int32(n), $0.baseAddress, Int32(n)) }
        guard info == 0 else { return nil }
        for a in 0..<n { for b in (a + 1)..<max(n, a + 1) { matrix[a * n + b] = 0 } }
        var alpha = targets
        let solved = matrix.withUnsafeBufferPointer { pl in
            alpha.withUnsafeMutableBufferPointer { pa in LAPACKE_dpotrs(LAPACK_ROW_MAJOR, CChar(UInt8(ascii: "L")), Int32(n), 1, pl.baseAddress, Int32(n), pa.baseAddress, 1) }
        }
        guard solved == 0, alpha.allSatisfy(\.isFinite) else { return nil }
        var logDeterminant = 0.0
        for a in 0..<n { logDeterminant += 2 * Foundation.log(matrix[a * n + a]) }
        return (matrix, alpha, logDeterminant)
    }

    /// The log marginal likelihood log p(y | inputs, kernel), with its constant.
    public var logMarginalLikelihood: Double {
        var logDeterminant = 0.0, fit = 0.0
        for a in 0..<count { logDeterminant += 2 * Foundation.log(factor[a * count + a]); fit += targets[a] * weights[a] }
        return -0.5 * fit - 0.5 * logDeterminant - 0.5 * Double(count) * Foundation.log(2 * Double.pi)
    }

    // MARK: prediction

    /// The posterior mean and variance of f(x) (without the observation noise).
    public func posterior(at x: [Double]) -> (mean: Double, variance: Double) {
        var meanGradient: [Double] = [], varianceGradient: [Double] = []
        return posterior(at: x, meanGradient: &meanGradient, varianceGradient: &varianceGradient, gradients: false)
    }

    /// The posterior mean and variance of f(x) and their gradients in x (0 for categorical inputs).
    public func posterior(at x: [Double], meanGradient: inout [Double], varianceGradient: inout [Double]) -> (mean: Double, variance: Double) {
        posterior(at: x, meanGradient: &meanGradient, varianceGradient: &varianceGradient, gradients: true)
    }

    private func posterior(at x: [Double], meanGradient: inout [Double], varianceGradient: inout [Double], gradients: Bool) -> (mean: Double, variance: Double) {
        let n = count, d = dimension
        precondition(x.count == d, "GaussianProcess.posterior: a point has \(d) coordinates")
        var k = [Double](repeating: 0, count: n), slopes = k
        var mean = 0.0
        for i in 0..<n {
            var r2 = 0.0
            for j in 0..<d { r2 += kernel.inverseSquaredLengthscales[j] * Self.distance(x[j], inputs[i * d + j], categorical[j]) }
            let (value, slope) = Self.matern(r2)
            k[i] = kernel.scale * value
            slopes[i] = kernel.scale * slope
            mean += k[i] * weights[i]
        }
        var v = k
        if n > 0 {
            _ = factor.withUnsafeBufferPointer { pl in
                v.withUnsafeMutableBufferPointer { pv in LAPACKE_dpotrs(LAPACK_ROW_MAJOR, CChar(UInt8(ascii: "L")), Int32(n), 1, pl.baseAddress, Int32(n), pv.baseAddress, 1) }
            }
        }
        var explained = 0.0
        for i in 0..<n { explained += k[i] * v[i] }
        let variance = max(kernel.scale - explained, 0)
        if gradients {
            if meanGradient.count != d { meanGradient = [Double](repeating: 0, count: d) }
            if varianceGradient.count != d { varianceGradient = [Double](repeating: 0, count: d) }
            for j in 0..<d {
                var dm = 0.0, dv = 0.0
                if !categorical[j] {
                    for i in 0..<n {
                        let dk = slopes[i] * 2 * kernel.inverseSquaredLengthscales[j] * (x[j] - inputs[i * d + j])
                        dm += dk * weights[i]
                        dv -= 2 * v[i] * dk
                    }
                }
                meanGradient[j] = dm
                varianceGradient[j] = variance > 0 ? dv : 0
            }
        }
        return (mean, variance)
    }

    /// Posterior means and variances at many points at once (BLAS: one triangular solve for all).
    public func posteriors(at points: [[Double]]) -> (means: [Double], variances: [Double]) {
        let n = count, d = dimension, m = points.count
        var cross = [Double](repeating: 0, count: m * n)
        var means = [Double](repeating: 0, count: m)
        for p in 0..<m {
            precondition(points[p].count == d, "GaussianProcess.posteriors: a point has \(d) coordinates")
            var mean = 0.0
            for i in 0..<n {
                var r2 = 0.0
                for j in 0..<d { r2 += kernel.inverseSquaredLengthscales[j] * Self.distance(points[p][j], inputs[i * d + j], categorical[j]) }
                let value = kernel.scale * Self.matern(r2).value
                cross[p * n + i] = value
                mean += value * weights[i]
            }
            means[p] = mean
        }
        var variances = [Double](repeating: kernel.scale, count: m)
        guard n > 0, m > 0 else { return (means, variances) }
        // Rows of cross · L⁻ᵀ are (L⁻¹ k)ᵀ: variance = scale − ‖L⁻¹ k‖².
        factor.withUnsafeBufferPointer { pl in
            cross.withUnsafeMutableBufferPointer { pc in
                cblas_dtrsm(CblasRowMajor, CblasRight, CblasLower, CblasTrans, CblasNonUnit, Int32(m), Int32(n), 1, pl.baseAddress, Int32(n), pc.baseAddress, Int32(n))
            }
        }
        for p in 0..<m {
            var explained = 0.0
            for i in 0..<n { explained += cross[p * n + i] * cross[p * n + i] }
            variances[p] = max(kernel.scale - explained, 0)
        }
        return (means, variances)
    }

    // MARK: the kernel

    @inline(__always)
    static func distance(_ a: Double, _ b: Double, _ categorical: Bool) -> Double {
        if categorical { return a == b ? 0 : 1 }
        let difference = a - b
        return difference * difference
    }

    /// M(r²) and dM/d(r²) = −5/6 (1 + √5 r) e^(−√5 r), exact at r = 0.
    @inline(__always)
    static func matern(_ r2: Double) -> (value: Double, slope: Double) {
        let s = (5 * r2).squareRoot()
        let e = Foundation.exp(-s)
        return ((1 + s + 5.0 / 3.0 * r2) * e, -5.0 / 6.0 * (1 + s) * e)
    }
}
