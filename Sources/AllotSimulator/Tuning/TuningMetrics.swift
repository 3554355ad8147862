import AllotInterchange
import AllotTuning

/// The metrics every tuning experiment reports: how far the chosen configuration's test score is below
/// the best one's, and what the tuner spent relative to trying everything.
enum TuningMetrics {
    static func definitions(baseline: String, cost: String) -> [MetricDefinition] {
        [
            MetricDefinition(key: "testRegret", title: "test accuracy below the best configuration", lowerIsBetter: true, isRate: true, primary: true),
            MetricDefinition(key: "relativeCost", title: "cost / \(baseline)", lowerIsBetter: true),
            MetricDefinition(key: "cost", title: cost, lowerIsBetter: true),
            MetricDefinition(key: "foundBest", title: "chose a best-on-test configuration", lowerIsBetter: false, isRate: true),
            MetricDefinition(key: "evaluations", title: "evaluations", lowerIsBetter: true),
        ]
    }

    static func values(_ outcome: TuningOutcome, chosenTest: Double, bestTest: Double, baselineCost: Double) -> [String: Double] {
        [
            "testRegret": max(0, bestTest - chosenTest),
            "relativeCost": outcome.cost / baselineCost,
            "cost": outcome.cost,
            "foundBest": chosenTest >= bestTest - 1e-12 ? 1 : 0,
            "evaluations": Double(outcome.evaluations),
        ]
    }
}
