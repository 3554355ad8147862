import Allot
import Foundation

/// Knapsack RL's value of giving a prompt with success rate p a group of N rollouts (Li et al. 2025):
/// V(N, p) = [1 − p^N − (1 − p)^N] · p (1 − p)², the probability that the group is not all-correct or
/// all-wrong (GRPO learns nothing from such a group) times an information-gain weight. Its marginal gain
/// p(1 − p)² [p^N (1 − p) + (1 − p)^N p] falls with N, so V is concave and the greedy is exact.
public enum RolloutValue {
    public static func value(rollouts n: Int, successRate p: Double) -> Double {
        guard p > 0, p < 1, n > 0 else { return 0 }
        let q = 1 - p
        return (1 - pow(p, Double(n)) - pow(q, Double(n))) * p * q * q
    }

    /// V(n + 1, p) − V(n, p). Zero from n = 0 (one rollout never has a gradient), so V is concave only from
    /// n = 1 on; requests therefore ask for at least one rollout per prompt.
    public static func marginalGain(from n: Int, successRate p: Double) -> Double {
        guard p > 0, p < 1, n > 0 else { return 0 }
        let q = 1 - p
        return p * q * q * (pow(p, Double(n)) * q + pow(q, Double(n)) * p)
    }

    /// Probability that a group of n rollouts has both outcomes (a non-zero GRPO gradient).
    public static func nonDegenerateProbability(rollouts n: Int, successRate p: Double) -> Double {
        guard n > 0 else { return 0 }
        return max(0, 1 - pow(p, Double(n)) - pow(1 - p, Double(n)))
    }

    /// The success rate maximising V(n, ·), by golden-section search (V is unimodal in p).
    public static func mostValuableRate(rollouts n: Int) -> Double {
        var low = 1e-6, high = 1 - 1e-6
        let ratio = (5.0.squareRoot() - 1) / 2
        for _ in 0..<100 {
            let a = high - ratio * (high - low), b = low + ratio * (high - low)
            if value(rollouts: n, successRate: a) < value(rollouts: n, successRate: b) { low = a } else { high = b }
        }
        return (low + high) / 2
    }
}

/// V(N, p_i) for a batch of prompts as knapsack curves, with per-prompt bounds and per-rollout costs.
/// Concave by construction, so `KnapsackSolver.solve` takes the exact greedy without checking every curve.
/// Keeps ln p and ln(1 − p) per prompt so a marginal gain costs two `exp`, not two `pow`.
struct RolloutCurves: KnapsackCurves {
    let rates: [Double]
    let lowers: [Int]
    let uppers: [Int]
    let costs: [Int]?
    private let weights: [Double]
    private let logRates: [Double]
    private let logComplements: [Double]

    init(rates: [Double], lowers: [Int], uppers: [Int], costs: [Int]?) {
        self.rates = rates
        self.lowers = lowers
        self.uppers = uppers
        self.costs = costs
        weights = rates.map { $0 * (1 - $0) * (1 - $0) }
        logRates = rates.map { $0 > 0 ? log($0) : -.infinity }
        logComplements = rates.map { $0 < 1 ? log(1 - $0) : -.infinity }
    }

    var count: Int { rates.count }
    func lower(_ item: Int) -> Int { lowers[item] }
    func upper(_ item: Int) -> Int { uppers[item] }
    func cost(_ item: Int) -> Int { costs?[item] ?? 1 }
    func value(_ item: Int, units: Int) -> Double { RolloutValue.value(rollouts: units, successRate: rates[item]) }
    func marginalGain(_ item: Int, from units: Int) -> Double {
        guard units > 0 else { return 0 }
        let p = rates[item], n = Double(units)
        return weights[item] * (exp(n * logRates[item]) * (1 - p) + exp(n * logComplements[item]) * p)
    }
    var isKnownConcave: Bool { true }
}
