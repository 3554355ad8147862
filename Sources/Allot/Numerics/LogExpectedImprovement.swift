import Foundation

/// The logarithm of expected improvement, log E[max(0, Y − f₀)] for Y ~ N(mean, σ²), computed so that
/// it stays finite and smooth far below the threshold, where EI itself underflows to 0 and gives an
/// optimiser nothing to climb (Ament et al., NeurIPS 2023, "Unexpected improvements to expected
/// improvement for Bayesian optimization": LogEI). Maximising.
public enum LogExpectedImprovement {
    /// log EI and its derivatives with respect to the mean and the standard deviation (σ > 0).
    public static func value(mean: Double, standardDeviation sigma: Double, threshold: Double) -> (value: Double, dMean: Double, dSigma: Double) {
        let z = (mean - threshold) / sigma
        let (logH, slope) = logStandardImprovement(z)
        return (Foundation.log(sigma) + logH, slope / sigma, (1 - z * slope) / sigma)
    }

    private static let logRootTwoPi = 0.5 * Foundation.log(2 * Double.pi)

    /// log h(z) with h(z) = φ(z) + z Φ(z) = E[max(0, X + z)] for X ~ N(0, 1), and its slope
    /// d log h / dz = Φ(z) / h(z). Below z = −5, h = φ(z) · g(−z) with g(t) = 1 − t · m(t) (m the Mills
    /// ratio), from erfc up to t = 30 (rounding error ~1e-16 · t²) and from g's asymptotic series beyond
    /// (truncation error below 1e-12 relative).
    public static func logStandardImprovement(_ z: Double) -> (value: Double, slope: Double) {
        if z > -5 {
            let cdf = 0.5 * erfc(-z / 2.0.squareRoot())
            let h = Foundation.exp(-0.5 * z * z - logRootTwoPi) + z * cdf
            return (Foundation.log(h), cdf / h)
        }
        let t = -z
        let g: Double, mills: Double
        if t <= 30 {
            mills = 0.5 * erfc(t / 2.0.squareRoot()) / Foundation.exp(-0.5 * t * t - logRootTwoPi)
            g = 1 - t * mills
        } else {
            let u = 1 / (t * t)
            g = u * (1 - u * (3 - u * (15 - u * (105 - u * (945 - u * 10_395)))))
            mills = (1 - g) / t
        }
        return (-0.5 * t * t - logRootTwoPi + Foundation.log(g), mills / g)
    }
}
