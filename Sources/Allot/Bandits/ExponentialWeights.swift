/// Exponential weights over arms, shared by EXP3 and EXP3-IX: arm i has weight exp(η s_i) for a
/// cumulative score s_i, mixed with the uniform distribution at rate γ:
/// p_i = (1 − γ) exp(η s_i) / Σ_j exp(η s_j) + γ / K. Weights are never stored, only scores, and every
/// sum subtracts the largest score first, so nothing overflows however long the run.
public struct ExponentialWeights: Sendable, Equatable, Codable {
    /// Cumulative score per arm (estimated gains, or negated estimated losses).
    public private(set) var scores: [Double]

    public init(arms: Int) {
        scores = [Double](repeating: 0, count: arms)
    }

    public var count: Int { scores.count }

    private enum CodingKeys: String, CodingKey { case scores }

    /// Validated: finite scores.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        scores = try container.decode([Double].self, forKey: .scores)
        try Limits.check(scores.count, atMost: Limits.maxArms, "the number of arms", source: "", path: "scores")
        try Decoding.requireFinite(scores, container, .scores)
    }

    /// The largest score and Σ exp(η (s_j − max)).
    func normalizer(rate: Double) -> (maximum: Double, total: Double) {
        var maximum = -Double.infinity
        for score in scores where score > maximum { maximum = score }
        var total = 0.0
        for score in scores { total += (rate * (score - maximum)).exponential }
        return (maximum, total)
    }

    /// p_i for every arm at once is never needed on the hot path; this gives one arm's probability.
    func probability(of arm: Int, rate: Double, mixing: Double) -> Double {
        let (maximum, total) = normalizer(rate: rate)
        return probability(of: arm, rate: rate, mixing: mixing, maximum: maximum, total: total)
    }

    func probability(of arm: Int, rate: Double, mixing: Double, maximum: Double, total: Double) -> Double {
        (1 - mixing) * (rate * (scores[arm] - maximum)).exponential / total + mixing / Double(scores.count)
    }

    /// Draws one arm with probability p_i, and returns that probability (two passes over the scores, no
    /// allocation): an importance weight needs the probability the draw was made with.
    func sampleOne(rate: Double, mixing: Double, random: inout RandomSource) -> (arm: Int, probability: Double) {
        let (maximum, total) = normalizer(rate: rate)
        let target = random.uniform()
        var cumulative = 0.0
        var p = 0.0
        for arm in 0..<scores.count {
            p = probability(of: arm, rate: rate, mixing: mixing, maximum: maximum, total: total)
            cumulative += p
            if target < cumulative { return (arm, p) }
        }
        return (scores.count - 1, p)  // rounding left the target past the last sum
    }

    /// Draws k distinct arms: each draw is proportional to p_i among the arms not yet drawn.
    func sample(k: Int, rate: Double, mixing: Double, random: inout RandomSource, into arms: inout [Int]) {
        arms.removeAll(keepingCapacity: true)
        let (maximum, total) = normalizer(rate: rate)
        var remaining = 1.0
        while arms.count < k {
            let target = random.uniform() * remaining
            var cumulative = 0.0
            var chosen = -1
            var lastAvailable = -1
            for arm in 0..<scores.count where !arms.contains(arm) {
                lastAvailable = arm
                cumulative += probability(of: arm, rate: rate, mixing: mixing, maximum: maximum, total: total)
                if target < cumulative { chosen = arm; break }
            }
            if chosen < 0 { chosen = lastAvailable }  // rounding left the target past the last sum
            remaining -= probability(of: chosen, rate: rate, mixing: mixing, maximum: maximum, total: total)
            if remaining <= 0 { remaining = Double.ulpOfOne }
            arms.append(chosen)
        }
    }

    /// Adds `amount` to an arm's score.
    mutating func add(_ amount: Double, to arm: Int) {
        scores[arm] += amount
    }

    /// A new arm starts at the mean score, so it enters with an average weight rather than an
    /// overwhelming (or negligible) one.
    mutating func addArm() -> Int {
        let start = scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count)
        scores.append(start)
        return scores.count - 1
    }
}
