/// The Lai–Robbins lower bound (Lai, Robbins 1985) for Bernoulli arms: no consistent policy has
/// liminf R_T / ln T below Σ_{i: Δ_i > 0} Δ_i / kl(μ_i, μ*). KL-UCB and Thompson sampling attain it, so
/// regret divided by `regret(means:horizon:)` is the yardstick the simulator reports.
public enum LaiRobbins {
    /// The constant Σ_{i: Δ_i > 0} Δ_i / kl(μ_i, μ*). Arms tied with the best contribute nothing; when
    /// μ* = 1 every suboptimal arm's kl is infinite and contributes nothing either.
    public static func constant(means: [Double]) throws -> Double {
        guard !means.isEmpty else {
            throw NumericsError.domain(function: "LaiRobbins.constant", argument: "means", expected: "at least one arm mean", got: "none")
        }
        if let bad = means.firstIndex(where: { !($0 >= 0 && $0 <= 1) }) {
            throw NumericsError.domain(function: "LaiRobbins.constant", argument: "means[\(bad)]", expected: "a Bernoulli mean in [0, 1]", got: "\(means[bad])")
        }
        let best = means.max()!
        var sum = 0.0
        for mean in means where mean < best {
            let divergence = SpecialFunctions.klBernoulliUnchecked(mean, best)
            if divergence.isFinite { sum += (best - mean) / divergence }
        }
        return sum
    }

    /// The bound's regret at horizon T: constant · ln T.
    public static func regret(means: [Double], horizon: Int) throws -> Double {
        guard horizon >= 1 else {
            throw NumericsError.domain(function: "LaiRobbins.regret", argument: "horizon", expected: "an integer >= 1", got: "\(horizon)")
        }
        return try constant(means: means) * Double(horizon).logNatural
    }
}
