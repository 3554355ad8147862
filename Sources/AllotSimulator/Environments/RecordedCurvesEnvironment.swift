import Allot
import AllotData
import Foundation

/// Real recorded data as arms: for one dataset of an LCDB-shaped curves file, each learner is an arm and a
/// pull returns that learner's recorded validation accuracy at one training-set size (the largest by
/// default) from a random inner seed. Nobody here shaped these numbers; the noise is a real run's.
public struct RecordedCurvesKind: BanditEnvironmentKind {
    public init() {}
    public let name = "lcdb"
    public let summary = "Recorded LCDB learning curves: the learners of one dataset are the arms, a pull replays a validation accuracy."
    public let parameters = [
        ParameterSpec("dataset", .integer, note: "required", help: "OpenML dataset id (see `allot scenarios` for the built-in ones)."),
        ParameterSpec("curves", .text, note: "the built-in LCDB 1.0 sample", help: "Path to an LCDB-shaped CSV, relative to the scenario file."),
        ParameterSpec("trainingSize", .integer, note: "the dataset's largest", help: "Training-set size (anchor) whose scores are replayed."),
    ]

    public func prepare(_ environment: inout FieldReader, context: ScenarioContext) throws -> any PreparedBanditEnvironment {
        let (curves, source) = try CurvesField.read(&environment, directory: context.directory)
        let datasetReader = try environment.required("dataset", "an OpenML dataset id such as 1468")
        let dataset = try datasetReader.integer("an OpenML dataset id (an integer)")
        let records = curves.records(dataset: dataset)
        guard !records.isEmpty else {
            throw datasetReader.error(.unknownName(kind: "dataset", got: String(dataset), valid: curves.datasets.map(String.init)))
        }
        let sizes = Set(records.map(\.trainingSize)).sorted()
        var size = sizes.last!
        if let reader = try environment.optional("trainingSize") {
            size = try reader.integer("a training-set size recorded for dataset \(dataset): \(sizes.map(String.init).joined(separator: ", "))") { sizes.contains($0) }
        }
        var scores: [String: [Double]] = [:]
        for record in records where record.trainingSize == size { scores[record.learner, default: []].append(record.validationScore) }
        let learners = scores.keys.sorted()
        return PreparedRecordedCurves(source: source, dataset: dataset, trainingSize: size, learners: learners,
                                      scores: learners.map { scores[$0]! }, skipped: Set(records.map(\.learner)).count - learners.count)
    }
}

struct PreparedRecordedCurves: PreparedBanditEnvironment {
    let source: String
    let dataset: Int
    let trainingSize: Int
    let learners: [String]
    /// Recorded validation scores of each learner, one per inner seed.
    let scores: [[Double]]
    /// Learners with no record at this training size (they did not finish there).
    let skipped: Int

    var armCount: Int { learners.count }
    var armLabels: [String] { learners }
    var armMeans: [Double]? { scores.map { $0.reduce(0, +) / Double($0.count) } }
    var rewardRange: RewardRange { .unitInterval }
    var summary: String {
        let note = skipped > 0 ? " (\(skipped) learner\(skipped == 1 ? "" : "s") without a record at this size left out)" : ""
        return "\(source), OpenML dataset \(dataset): \(learners.count) learners as arms, validation accuracy at training size \(trainingSize) from a random inner seed\(note)"
    }

    func makeEnvironment(seed: UInt64) -> any BanditEnvironment {
        RecordedCurvesEnvironment(scores: scores, means: armMeans!, seed: seed)
    }
}

/// One replication: one uniform per round picks the inner seed each arm would replay.
struct RecordedCurvesEnvironment: BanditEnvironment {
    let scores: [[Double]]
    let means: [Double]
    let bestMean: Double
    var random: RandomSource
    var draw = 0.0

    init(scores: [[Double]], means: [Double], seed: UInt64) {
        self.scores = scores
        self.means = means
        bestMean = means.max()!
        random = RandomSource(seed: seed)
    }

    var armCount: Int { scores.count }
    mutating func beginRound(_ round: Int) { draw = random.uniform() }
    mutating func pull(_ arm: Int) -> Observation {
        let recorded = scores[arm]
        return Observation(arm: arm, reward: recorded[min(recorded.count - 1, Int(draw * Double(recorded.count)))])
    }
    func regret(of arm: Int) -> Double { bestMean - means[arm] }
    func isOptimal(_ arm: Int) -> Bool { means[arm] >= bestMean }
    var bestArm: Int? { means.firstIndex(of: bestMean) }
}
