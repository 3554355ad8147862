import Allot
import Foundation

/// The exact allocation of equal-cost rollouts under V(N, p) curves, fast enough for every training step:
/// a price search in which each prompt walks its count up or down one rollout at a time, with p^N and
/// (1 − p)^N kept incrementally (a multiply per move, no `pow`), then the last few rollouts by the greedy.
///
/// Why exact: at price λ a prompt holds exactly the rollouts whose marginal gain is at least λ; the gains
/// fall with N (V is concave), so every held gain beats every unheld one, and the greedy that adds the
/// remaining rollouts one by one, best gain first, ends at the optimum. `KnapsackSolver.greedy` computes
/// the same optimum one heap operation per rollout; this is the same answer for N = 1,024 prompts and
/// B = 16,384 rollouts in a fraction of the time (see docs/performance.md), and is checked against it.
enum RolloutKnapsack {
    /// Rollouts per prompt maximising Σ V(N_i, p_i) with Σ N_i = budget, lower_i <= N_i <= upper_i.
    /// The request must be feasible (Σ lower <= budget <= Σ upper).
    static func solve(rates: [Double], lower: [Int], upper: [Int], budget: Int) -> [Int] {
        let n = rates.count
        var units = lower
        var remaining = budget - lower.reduce(0, +)
        precondition(remaining >= 0 && remaining <= zip(lower, upper).reduce(0) { $0 + $1.1 - $1.0 }, "infeasible request")
        guard remaining > 0 else { return units }
        let weights = rates.map { $0 > 0 && $0 < 1 ? $0 * (1 - $0) * (1 - $0) : 0 }
        var powers = (0..<n).map { weights[$0] > 0 ? pow(rates[$0], Double(lower[$0])) : 0 }
        var complements = (0..<n).map { weights[$0] > 0 ? pow(1 - rates[$0], Double(lower[$0])) : 0 }

        /// Gain of the next rollout of prompt i (from units[i] to units[i] + 1).
        func next(_ i: Int) -> Double {
            let p = rates[i]
            return weights[i] * (powers[i] * (1 - p) + complements[i] * p)
        }
        /// Gain of the last rollout prompt i holds (from units[i] − 1 to units[i]).
        func last(_ i: Int) -> Double {
            let p = rates[i]
            return weights[i] * (powers[i] / p * (1 - p) + complements[i] / (1 - p) * p)
        }
        /// Moves every prompt to the rollouts whose gain is at least `price`; returns the total extra held.
        func hold(atPrice price: Double) -> Int {
            var held = 0
            for i in 0..<n where weights[i] > 0 {
                let p = rates[i], q = 1 - p
                while units[i] < upper[i], next(i) >= price {
                    units[i] += 1
                    powers[i] *= p
                    complements[i] *= q
                }
                while units[i] > lower[i], last(i) < price {
                    units[i] -= 1
                    powers[i] /= p
                    complements[i] /= q
                }
                held += units[i] - lower[i]
            }
            return held
        }

        var high = 0.0
        for i in 0..<n where weights[i] > 0 && units[i] < upper[i] { high = max(high, next(i)) }
        if high > 0 {
            // Halve the price until the held rollouts reach the budget: the optimum's price lies in (low, high].
            high *= 1 + 1e-12
            var low = high
            while low > 1e-300, hold(atPrice: low) < remaining { high = low; low /= 2 }
            // Bisect in log space until the rollouts held at `high` fit and are within a few of the budget.
            for _ in 0..<60 {
                let mid = (low * high).squareRoot()
                guard mid > low, mid < high else { break }
                let held = hold(atPrice: mid)
                if held <= remaining {
                    high = mid
                    if remaining - held <= 16 { break }
                } else {
                    low = mid
                }
            }
            remaining -= hold(atPrice: high)
        }
        // The last rollouts (those at the threshold price, ties included), best next gain first, by the
        // heap greedy started from what is held.
        if remaining > 0 {
            let curves = RolloutCurves(rates: rates, lowers: units, uppers: upper, costs: nil)
            let held = units.reduce(0, +)
            if let solution = try? KnapsackSolver.greedy(curves, budget: held + remaining, mode: .exactly) {
                units = solution.units
            }
        }
        return units
    }
}
