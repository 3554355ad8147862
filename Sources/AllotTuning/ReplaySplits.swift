import Allot

/// Which recorded inner seed (validation split) each replayed evaluation uses.
///
/// A tuner compares learners on the same validation split and, when it evaluates a learner again to
/// average out the split's noise, uses a split it has not used for that learner. Drawing a recorded run
/// at random for every evaluation does neither: two learners are compared on different splits (noise a
/// real tuner does not have) and a re-evaluation can return the very run it already paid for (no new
/// information, full cost). So a replay draws one order of the dataset's inner seeds, and the k-th
/// evaluation of any learner at a given size uses the k-th seed of that order the learner has recorded
/// there, cycling when it has used them all. Runs at different sizes with the same seed are the same
/// split with nested training subsets, as in LCDB.
public struct ReplaySplits: Sendable {
    /// rank[seed]: the position of an inner seed in this replay's order.
    private let rank: [Int: Int]
    /// How many times each (configuration, size) has been evaluated.
    private var uses: [Key: Int] = [:]

    private struct Key: Hashable { var configuration: Int; var size: Int }

    /// A seeded order of `problem`'s inner seeds.
    public init(_ problem: RecordedTuningProblem, random: inout RandomSource) {
        let order = ReplayTuner.shuffled(problem.innerSeeds.count, &random).map { problem.innerSeeds[$0] }
        rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($0.element, $0.offset) })
    }

    /// The run of `runs` (one learner at one size) that its next evaluation uses.
    mutating func next(from runs: [RecordedTuningProblem.Measurement], configuration: Int, size: Int) -> RecordedTuningProblem.Measurement {
        let key = Key(configuration: configuration, size: size)
        let k = uses[key, default: 0]
        uses[key] = k + 1
        // Runs in this replay's order of seeds; rows that repeat a seed keep file order (a stable sort).
        let ordered = runs.enumerated().sorted { (rank[$0.element.innerSeed]!, $0.offset) < (rank[$1.element.innerSeed]!, $1.offset) }
        return ordered[k % ordered.count].element
    }
}
