import Allot
import AllotData

/// A model-selection problem replayed from recorded learning curves (LCDB shape): the configurations are
/// the learners of one dataset, the resource is the training-set size (Hyperband's "data samples"
/// resource), the cost of an evaluation is the recorded training time, a tuner sees validation accuracy
/// and is judged on test accuracy. Each evaluation replays one recorded inner seed (one validation split),
/// so the noise is real; `ReplaySplits` decides which, the way a tuner that fixes its splits would.
public struct RecordedTuningProblem: Sendable {
    /// One recorded run of a learner at one size.
    public struct Measurement: Sendable, Equatable {
        public var validation: Double
        public var test: Double
        public var trainTime: Double
        /// The recorded inner seed: which validation split (and training subset) the run used.
        public var innerSeed: Int = 0
    }

    public let dataset: Int
    /// Learner names, sorted; configuration i is learners[i].
    public let learners: [String]
    /// Training-set sizes recorded for the dataset, ascending.
    public let sizes: [Int]
    /// measurements[i][size] = the inner-seed runs of learner i at that size, in file order.
    private let measurements: [[Int: [Measurement]]]
    /// Every inner seed recorded for the dataset, ascending: the splits a replay can use.
    public let innerSeeds: [Int]

    public init(curves: LearningCurves, dataset: Int) throws {
        let records = curves.records(dataset: dataset)
        guard !records.isEmpty else {
            throw InputError(source: "curves", path: "dataset", problem: .unknownName(kind: "dataset", got: "\(dataset)", valid: curves.datasets.map(String.init)))
        }
        self.dataset = dataset
        learners = Array(Set(records.map(\.learner))).sorted()
        sizes = Array(Set(records.map(\.trainingSize))).sorted()
        var table = [[Int: [Measurement]]](repeating: [:], count: learners.count)
        let index = Dictionary(uniqueKeysWithValues: learners.enumerated().map { ($0.element, $0.offset) })
        for record in records {
            table[index[record.learner]!][record.trainingSize, default: []].append(
                Measurement(validation: record.validationScore, test: record.testScore, trainTime: record.trainTime, innerSeed: record.innerSeed))
        }
        measurements = table
        innerSeeds = Array(Set(records.map(\.innerSeed))).sorted()
    }

    public var configurations: Int { learners.count }
    public var largestSize: Int { sizes.last! }
    public var smallestSize: Int { sizes.first! }

    /// The size actually run for a requested resource: the smallest recorded size >= it (the largest if
    /// none), then, if the learner has no record there (it failed at that size), its largest size below.
    public func size(for configuration: Int, resource: Double) -> Int {
        let wanted = sizes.first { Double($0) >= resource * (1 - 1e-9) } ?? largestSize
        let available = measurements[configuration].keys.filter { $0 <= wanted }
        return available.max() ?? measurements[configuration].keys.min()!
    }

    /// Replays one evaluation at the size for `resource`, on the split `splits` assigns: the k-th
    /// evaluation of a learner at a size uses the run split k names.
    public func evaluate(_ configuration: Int, resource: Double, splits: inout ReplaySplits) -> Measurement {
        let size = size(for: configuration, resource: resource)
        return splits.next(from: measurements[configuration][size]!, configuration: configuration, size: size)
    }

    /// Mean test accuracy of a learner at the largest size it reached: what choosing it is worth.
    public func finalTestScore(_ configuration: Int) -> Double {
        let runs = measurements[configuration][size(for: configuration, resource: Double(largestSize))]!
        return runs.reduce(0) { $0 + $1.test } / Double(runs.count)
    }

    /// The best final test accuracy among the learners.
    public var bestTestScore: Double { (0..<configurations).map(finalTestScore).max()! }

    /// The shortest recorded training time of a learner, any size and split: the least a tuner pays to see it at all.
    public func cheapestTrainTime(_ configuration: Int) -> Double {
        measurements[configuration].values.flatMap { $0 }.map(\.trainTime).min()!
    }

    /// The shortest recorded training time of a learner at the largest size it reached: the least it costs
    /// to train it for use.
    public func cheapestFullSizeTrainTime(_ configuration: Int) -> Double {
        measurements[configuration][size(for: configuration, resource: Double(largestSize))]!.map(\.trainTime).min()!
    }

    /// Mean training time of one full-size evaluation of every learner: the cost of trying them all.
    public var exhaustiveCost: Double {
        (0..<configurations).reduce(0) { total, configuration in
            let runs = measurements[configuration][size(for: configuration, resource: Double(largestSize))]!
            return total + runs.reduce(0) { $0 + $1.trainTime } / Double(runs.count)
        }
    }
}


