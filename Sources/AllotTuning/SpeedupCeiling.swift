import AllotInterchange

/// The most any tuner can save on a recorded model-selection problem, before running one: a tuner that
/// looks at every learner at least once and trains the learner it picks at the full size pays at least
/// every other learner's cheapest recorded run plus its pick's cheapest full-size run. Picking a learner
/// within `tolerance` of the best test score therefore costs at least the cheapest such sum, and its
/// speedup over trying every learner at full size (`RecordedTuningProblem.exhaustiveCost`) is at most
/// `nearBest`. It is a property of the data, not of a tuner: where it is below a target speedup, no
/// tuner of this kind meets the target there without giving up accuracy.
public struct SpeedupCeiling: Sendable, Equatable {
    public let dataset: Int
    /// Test-score tolerance (a fraction, 0.001 = 0.1 points) for a pick to count as near-best.
    public let tolerance: Double
    /// Exhaustive cost ÷ the least a tuner pays to end with a near-best learner trained at full size.
    public let nearBest: Double
    /// The near-best learner that attains it.
    public let learner: String
    /// Exhaustive cost ÷ the least a tuner pays to end with any learner trained at full size.
    public let anyPick: Double
    /// Exhaustive cost ÷ the least it pays to look at every learner once (the first rung's floor).
    public let lookAtEveryLearner: Double

    public init(_ problem: RecordedTuningProblem, tolerance: Double) throws {
        guard tolerance.isFinite, tolerance >= 0, tolerance <= 1 else {
            throw InputError.parameter("speedup ceiling", "tolerance", expected: "a fraction in 0...1", got: "\(tolerance)")
        }
        let learners = 0..<problem.configurations
        let floors = learners.map(problem.cheapestTrainTime)
        let look = floors.reduce(0, +)
        // least[c], ending with learner c: every other learner's floor plus c's full-size run (which also looks at c).
        let least = learners.map { look - floors[$0] + problem.cheapestFullSizeTrainTime($0) }
        let best = problem.bestTestScore
        let near = learners.filter { best - problem.finalTestScore($0) <= tolerance + 1e-12 }
        let pick = near.min { (least[$0], $0) < (least[$1], $1) }!
        let exhaustive = problem.exhaustiveCost
        // A file may record zero training times: nothing to save when everything is free, no limit when only the floor is.
        func ratio(_ cost: Double) -> Double { cost > 0 ? exhaustive / cost : (exhaustive > 0 ? .infinity : 1) }
        dataset = problem.dataset
        self.tolerance = tolerance
        nearBest = ratio(least[pick])
        learner = problem.learners[pick]
        anyPick = ratio(least.min()!)
        lookAtEveryLearner = ratio(look)
    }
}
