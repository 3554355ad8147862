import CGSL
import Foundation

/// Special functions the policies need, on GSL where GSL has them. Inputs outside the domain come
/// back as `NumericsError.domain`, GSL failures as `NumericsError.gsl`; nothing aborts.
public enum SpecialFunctions {
    /// Bernoulli Kullback–Leibler divergence kl(p, q) = p ln(p/q) + (1-p) ln((1-p)/(1-q)), with
    /// 0 ln 0 = 0. Infinite when q is 0 or 1 and p differs from q.
    public static func klBernoulli(_ p: Double, _ q: Double) throws -> Double {
        try requireProbability(p, "p", in: "klBernoulli")
        try requireProbability(q, "q", in: "klBernoulli")
        return klBernoulliUnchecked(p, q)
    }

    /// `klBernoulli` without argument checks, for inner loops whose arguments are already in [0, 1].
    @inlinable
    public static func klBernoulliUnchecked(_ p: Double, _ q: Double) -> Double {
        var divergence = 0.0
        if p > 0 { divergence += p * Foundation.log(p / q) }
        if p < 1 { divergence += (1 - p) * Foundation.log((1 - p) / (1 - q)) }
        return divergence
    }

    /// Gaussian KL divergence between N(m1, σ²) and N(m2, σ²): (m1 - m2)² / (2σ²).
    public static func klGaussian(_ m1: Double, _ m2: Double, variance: Double) throws -> Double {
        guard variance > 0, variance.isFinite else {
            throw NumericsError.domain(function: "klGaussian", argument: "variance", expected: "a finite number > 0", got: "\(variance)")
        }
        guard m1.isFinite, m2.isFinite else {
            throw NumericsError.domain(function: "klGaussian", argument: m1.isFinite ? "m2" : "m1", expected: "a finite number", got: "\(m1.isFinite ? m2 : m1)")
        }
        return (m1 - m2) * (m1 - m2) / (2 * variance)
    }

    /// The largest q in [p, 1] with kl(p, q) <= level: the KL-UCB index (Garivier, Cappé 2011).
    /// Newton's method on the convex, increasing kl(p, ·), started right of the root at Pinsker's bound
    /// p + sqrt(level / 2): from there every Newton step stays right of the root and descends onto it
    /// (near q = 1 each step multiplies 1 − q by about the excess, so even a start at 1 − 1e-15 takes
    /// a few dozen steps at most). A bisection bracket guards against rounding. Returns 1 when even
    /// q = 1 − 1e-15 is within the level. Accuracy: the root lies within 1e-12 of the q returned.
    public static func klBernoulliUpperBound(mean p: Double, level: Double) -> Double {
        if level <= 0 || p >= 1 { return min(max(p, 0), 1) }
        let top = 1 - 1e-15
        if klBernoulliUnchecked(p, top) <= level { return 1 }
        var low = p
        var high = top
        var q = min(top, p + (level / 2).squareRoot())
        for _ in 0..<200 {
            let excess = klBernoulliUnchecked(p, q) - level
            if excess > 0 { high = q } else { low = q }
            let slope = (q - p) / (q * (1 - q))  // d/dq kl(p, q)
            let step = slope > 0 ? excess / slope : 0
            // Stop when the Newton step is tiny relative to 1 − q (the scale on which kl changes).
            if abs(step) <= 1e-13 * (1 - q) { return min(max(q - step, low), high) }
            if high - low <= 1e-16 { break }
            var next = q - step
            if !(next > low && next < high) { next = 0.5 * (low + high) }
            q = next
        }
        return low
    }

    /// The p-quantile of Beta(a, b): the x with P(X <= x) = p.
    public static func betaQuantile(_ p: Double, a: Double, b: Double) throws -> Double {
        try betaInverse(p, "p", a: a, b: b, function: "betaQuantile", gslName: "gsl_cdf_beta_Pinv", gsl_cdf_beta_Pinv)
    }

    /// The upper quantile of Beta(a, b): the x with P(X > x) = q. More accurate than
    /// `betaQuantile(1 - q, ...)` when q is tiny (Bayes-UCB uses q = 1/t).
    public static func betaUpperQuantile(_ q: Double, a: Double, b: Double) throws -> Double {
        try betaInverse(q, "q", a: a, b: b, function: "betaUpperQuantile", gslName: "gsl_cdf_beta_Qinv", gsl_cdf_beta_Qinv)
    }

    /// Checks the arguments, calls one of GSL's Beta inverses and turns its NaN (error handler off) into an error.
    private static func betaInverse(_ probability: Double, _ name: String, a: Double, b: Double, function: String, gslName: String,
                                    _ inverse: (Double, Double, Double) -> Double) throws -> Double {
        try requireProbability(probability, name, in: function)
        try requirePositive(a, "a", in: function)
        try requirePositive(b, "b", in: function)
        if let x = largeShapeBetaInverse(probability, a: a, b: b, upper: gslName == "gsl_cdf_beta_Qinv") { return x }
        GSLErrorHandling.ensureDisabled()
        let x = inverse(probability, a, b)
        guard x.isFinite else {
            throw NumericsError.gsl(function: gslName, status: -1, reason: "no quantile for \(name) = \(probability), a = \(a), b = \(b)")
        }
        return x
    }

    /// Beyond this shape GSL's Beta inverses fail (NaN from about 10^6) or do not return (b ≈ 10^300 was
    /// seen to run for minutes): the Beta is then close to normal, and its normal quantile is used.
    static let largeBetaShape = 1e4

    /// The normal approximation of a Beta quantile for shapes above `largeBetaShape` (mean ± z·sd,
    /// clamped to [0, 1]); nil for smaller shapes. `upper`: the x with P(X > x) = probability.
    public static func largeShapeBetaInverse(_ probability: Double, a: Double, b: Double, upper: Bool) -> Double? {
        guard a > largeBetaShape || b > largeBetaShape else { return nil }
        let total = a + b
        let mean = a / total
        let deviation = (mean * (1 - mean) / (total + 1)).squareRoot()
        GSLErrorHandling.ensureDisabled()
        let z = gsl_cdf_ugaussian_Pinv(upper ? 1 - probability : probability)
        return min(1, max(0, mean + (z.isFinite ? z : (z > 0 ? 40 : -40)) * deviation))
    }

    /// The p-quantile of the standard normal distribution (infinite at p = 0 and p = 1).
    public static func normalQuantile(_ p: Double) throws -> Double {
        try requireProbability(p, "p", in: "normalQuantile")
        GSLErrorHandling.ensureDisabled()
        return gsl_cdf_ugaussian_Pinv(p)
    }

    /// ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), by GSL's `gsl_sf_lnbeta_e`.
    public static func logBeta(_ a: Double, _ b: Double) throws -> Double {
        try requirePositive(a, "a", in: "logBeta")
        try requirePositive(b, "b", in: "logBeta")
        GSLErrorHandling.ensureDisabled()
        var result = gsl_sf_result()
        let status = gsl_sf_lnbeta_e(a, b, &result)
        guard status == 0 else {
            throw NumericsError.gsl(function: "gsl_sf_lnbeta_e", status: status, reason: GSLErrorHandling.reason(status))
        }
        return result.val
    }

    /// ln Γ(x) for x > 0, by GSL's `gsl_sf_lngamma_e`.
    public static func logGamma(_ x: Double) throws -> Double {
        try requirePositive(x, "x", in: "logGamma")
        GSLErrorHandling.ensureDisabled()
        var result = gsl_sf_result()
        let status = gsl_sf_lngamma_e(x, &result)
        guard status == 0 else {
            throw NumericsError.gsl(function: "gsl_sf_lngamma_e", status: status, reason: GSLErrorHandling.reason(status))
        }
        return result.val
    }

    private static func requireProbability(_ value: Double, _ name: String, in function: String) throws {
        guard value >= 0, value <= 1 else {
            throw NumericsError.domain(function: function, argument: name, expected: "a probability in [0, 1]", got: "\(value)")
        }
    }

    private static func requirePositive(_ value: Double, _ name: String, in function: String) throws {
        guard value > 0, value.isFinite else {
            throw NumericsError.domain(function: function, argument: name, expected: "a finite number > 0", got: "\(value)")
        }
    }
}
