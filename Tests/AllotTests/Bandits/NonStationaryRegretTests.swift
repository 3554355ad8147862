import Testing
import Allot

/// Piecewise-stationary instance: the best arm changes at T/2, and the new best mean (0.7) is below the old
/// best arm's long-run estimate (0.9 over ~5,000 pulls), so UCB1 keeps trusting stale evidence for
/// thousands of rounds. Policies that forget (a window, a discount) must pay at most half its regret.
@Suite("Non-stationary regret")
struct NonStationaryRegretTests {
    static let horizon = 10_000
    static func means(_ t: Int) -> [Double] {
        t < horizon / 2 ? [0.9, 0.4, 0.2] : [0.4, 0.7, 0.2]
    }

    @Test("sliding-window UCB and discounted Thompson have at most half of UCB1's regret")
    func forgettingPoliciesAdapt() throws {
        let ucb1 = try meanRegret(horizon: Self.horizon, means: Self.means) { _ in try UCB1(arms: 3) }
        let window = try meanRegret(horizon: Self.horizon, means: Self.means) { _ in try SlidingWindowUCB(arms: 3, window: 1_000) }
        let discountedThompson = try meanRegret(horizon: Self.horizon, means: Self.means) {
            try DiscountedThompsonSampling(arms: 3, discount: 0.99, seed: $0)
        }
        // Discounted UCB with Garivier and Moulines' tuning γ = 1 − ¼ sqrt(Υ / T), Υ = 1 breakpoint.
        let discountedUCB = try meanRegret(horizon: Self.horizon, means: Self.means) { _ in try DiscountedUCB(arms: 3, discount: 0.9975) }
        print("piecewise regret: ucb1 \(ucb1), sw-ucb \(window), d-ts \(discountedThompson), d-ucb \(discountedUCB)")
        #expect(window <= 0.5 * ucb1)
        #expect(discountedThompson <= 0.5 * ucb1)
        #expect(discountedUCB < ucb1)
    }
}
