/// Final scores of real training runs recorded by an experiment script (one row per method × setting ×
/// seed), compiled into the binary so `allot simulate` can replay an experiment in a second, without the
/// model. Each recording names its source and the command that regenerates it.
public struct RecordedRuns: Sendable {
    public struct Run: Sendable, Equatable {
        /// The setting the run belongs to (an average rank, a budget): runs are compared within a group.
        public var group: String
        public var method: String
        public var seed: Int
        public var score: Double
        /// The run's size in the unit `sizeTitle` names: the adapter parameters it ended with (ranks), the
        /// training steps it spent (tuning), the rollouts per step (GRPO).
        public var parameters: Double
        /// Wall time of the run on the recording machine.
        public var seconds: Double
    }

    public let name: String
    public let summary: String
    /// What `score` is ("test accuracy", "test masked-token loss (nats)").
    public let scoreTitle: String
    public let higherIsBetter: Bool
    /// What the `parameters` column counts ("adapter parameters", "training steps spent").
    public let sizeTitle: String
    public let runs: [Run]

    public static let columns = ["group", "method", "seed", "score", "parameters", "seconds"]

    /// Parses the recording's CSV (header `columns`); compiled-in data, so a malformed row is a build
    /// mistake the tests catch, reported with its line.
    public init(name: String, summary: String, scoreTitle: String, higherIsBetter: Bool, sizeTitle: String = "adapter parameters", csv: String) throws {
        self.name = name
        self.summary = summary
        self.scoreTitle = scoreTitle
        self.higherIsBetter = higherIsBetter
        self.sizeTitle = sizeTitle
        var lines = csv.split(whereSeparator: \.isNewline).makeIterator()
        guard let header = lines.next(), header.split(separator: ",").map(String.init) == Self.columns else {
            throw RecordedRunsError(recording: name, line: 1, problem: "the header must be \(Self.columns.joined(separator: ","))")
        }
        var runs: [Run] = []
        var number = 1
        while let line = lines.next() {
            number += 1
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == Self.columns.count, !fields[0].isEmpty, !fields[1].isEmpty, let seed = Int(fields[2]),
                  let score = Double(fields[3]), score.isFinite, let parameters = Double(fields[4]), parameters >= 0,
                  let seconds = Double(fields[5]), seconds >= 0 else {
                throw RecordedRunsError(recording: name, line: number, problem: "expected group,method,seed,score,parameters,seconds with finite numbers, got \(line)")
            }
            runs.append(Run(group: fields[0], method: fields[1], seed: seed, score: score, parameters: parameters, seconds: seconds))
        }
        self.runs = runs
    }

    /// The groups in recording order.
    public var groups: [String] {
        var seen: [String] = []
        for run in runs where !seen.contains(run.group) { seen.append(run.group) }
        return seen
    }

    /// The methods of a group in recording order.
    public func methods(in group: String) -> [String] {
        var seen: [String] = []
        for run in runs where run.group == group && !seen.contains(run.method) { seen.append(run.method) }
        return seen
    }

    /// A method's runs in a group, by seed.
    public func runs(group: String, method: String) -> [Run] {
        runs.filter { $0.group == group && $0.method == method }.sorted { $0.seed < $1.seed }
    }

    /// Every recording compiled in.
    public static let all: [RecordedRuns] = [MiniLMRankRuns.authorship, MiniLMRankRuns.miltonMLM, MiniLMTuningRuns.authorship, GRPOArithmeticRuns.additions]

    /// A recording generated into the sources (MiniLMRankRuns.swift, MiniLMTuningRuns.swift, GRPOArithmeticRuns.swift): data made with
    /// the build, so a parse failure is a build mistake — RecordedRunsTests parses every one.
    static func compiledIn(name: String, summary: String, scoreTitle: String, higherIsBetter: Bool, sizeTitle: String, csv: String) -> RecordedRuns {
        do {
            return try RecordedRuns(name: name, summary: summary, scoreTitle: scoreTitle, higherIsBetter: higherIsBetter, sizeTitle: sizeTitle, csv: csv)
        } catch {
            fatalError("compiled-in recording: \(error)")
        }
    }

    public static func named(_ name: String) -> RecordedRuns? { all.first { $0.name == name } }
}

public struct RecordedRunsError: Error, CustomStringConvertible {
    public let recording: String
    public let line: Int
    public let problem: String
    public var description: String { "recording \(recording), line \(line): \(problem)" }
}
