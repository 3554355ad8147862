import CGSL

/// Samplers on `RandomSource`, all drawn by GSL. Parameters outside a distribution's domain are
/// programmer errors (policies validate user input before they sample), so they trap.
extension RandomSource {
    /// Uniform on [0, 1).
    @inlinable
    public mutating func uniform() -> Double {
        gsl_rng_uniform(prepareDraw())
    }

    /// Uniform on (0, 1): never exactly 0, for logarithms and inversions.
    @inlinable
    public mutating func uniformPositive() -> Double {
        gsl_rng_uniform_pos(prepareDraw())
    }

    /// Uniform on [lower, upper).
    @inlinable
    public mutating func uniform(from lower: Double, to upper: Double) -> Double {
        precondition(lower <= upper, "uniform: lower must not exceed upper")
        return lower + (upper - lower) * uniform()
    }

    /// A uniformly chosen integer in 0..<bound.
    @inlinable
    public mutating func integer(below bound: Int) -> Int {
        precondition(bound > 0 && UInt64(bound) <= UInt64(UInt32.max), "integer(below:): bound must be in 1...2^32-1")
        return Int(gsl_rng_uniform_int(prepareDraw(), UInt(bound)))
    }

    /// Normal(mean, standardDeviation²), by GSL's ziggurat.
    @inlinable
    public mutating func normal(mean: Double = 0, standardDeviation: Double = 1) -> Double {
        precondition(standardDeviation >= 0, "normal: standardDeviation must be >= 0")
        return mean + gsl_ran_gaussian_ziggurat(prepareDraw(), standardDeviation)
    }

    /// Gamma(shape, scale): mean shape · scale.
    @inlinable
    public mutating func gamma(shape: Double, scale: Double = 1) -> Double {
        precondition(shape > 0 && scale > 0, "gamma: shape and scale must be > 0")
        return gsl_ran_gamma(prepareDraw(), shape, scale)
    }

    /// Beta(a, b).
    @inlinable
    public mutating func beta(_ a: Double, _ b: Double) -> Double {
        precondition(a > 0 && b > 0, "beta: both shapes must be > 0")
        return gsl_ran_beta(prepareDraw(), a, b)
    }

    /// True with probability p.
    @inlinable
    public mutating func bernoulli(_ p: Double) -> Bool {
        precondition(p >= 0 && p <= 1, "bernoulli: p must be in [0, 1]")
        return gsl_ran_bernoulli(prepareDraw(), p) == 1
    }

    /// Number of successes in `trials` Bernoulli(p) trials.
    @inlinable
    public mutating func binomial(trials: Int, probability p: Double) -> Int {
        precondition(trials >= 0 && UInt64(trials) <= UInt64(UInt32.max), "binomial: trials must be in 0...2^32-1")
        precondition(p >= 0 && p <= 1, "binomial: probability must be in [0, 1]")
        return Int(gsl_ran_binomial(prepareDraw(), p, UInt32(trials)))
    }

    /// An index drawn with probability proportional to `weights` (non-negative, not all zero), by one
    /// uniform and a linear scan: no allocation, suited to weights that change every round (EXP3).
    /// For many draws from fixed weights use `AliasTable`.
    @inlinable
    public mutating func categorical<Weights: Collection>(weights: Weights) -> Int where Weights.Element == Double {
        var total = 0.0
        for weight in weights {
            precondition(weight >= 0 && weight.isFinite, "categorical: weights must be finite and >= 0")
            total += weight
        }
        precondition(total > 0, "categorical: weights must not all be zero")
        let target = uniform() * total
        var cumulative = 0.0
        var lastPositive = 0
        for (index, weight) in weights.enumerated() {
            if weight > 0 { lastPositive = index }
            cumulative += weight
            if target < cumulative { return index }
        }
        return lastPositive  // rounding left `target` at the very top
    }
}
