import AllotInterchange
import Foundation

/// One scenario, validated and ready: it describes itself (`record`) and runs one replication of one
/// contender from a seed. Replications are independent and deterministic, so the runner may run them in
/// any order, on any core, and skip those already on disk.
public protocol Experiment: Sendable {
    var record: ExperimentRecord { get }
    /// Runs replication `replication` of contender `contender`. `seed` is the replication's seed (shared by
    /// every contender, so they face the same environment draws); stop early by throwing
    /// `SimulationError.interrupted` when `stop` is raised.
    func runReplication(contender: Int, replication: Int, seed: UInt64, stop: StopSignal) throws -> ReplicationResult
}

/// What a scenario ran, saved beside the results so `allot report` can re-render without re-running.
public struct ExperimentRecord: Codable, Sendable, Equatable {
    /// Bumped when the meaning of saved results changes; older results are then re-run, not misread.
    public static let resultFormat = 2

    public var scenario: String
    public var description: String
    public var file: String
    public var environmentKind: String
    /// The instance in one sentence.
    public var environmentSummary: String
    /// The `environment` object as written.
    public var environment: JSONValue
    public var arms: [Arm]
    public var contenders: [Contender]
    /// Scalar outcomes of one replication; the first with `primary` ranks the contenders.
    public var metrics: [MetricDefinition]
    /// The quantities traced over a run (regret; pass rate and effective ratio) and the x positions where
    /// every trace is sampled.
    public var traces: [TraceDefinition]
    public var traceGrid: [Double]
    public var xLabel: String
    public var length: RunLength
    /// The Lai–Robbins regret C ln T at the end of the run, where defined.
    public var laiRobbinsBound: Double?
    public var replications: Int
    public var seed: UInt64

    public struct Arm: Codable, Sendable, Equatable {
        public var label: String
        public var mean: Double?
    }

    /// One policy (with its parameters) under comparison.
    public struct Contender: Codable, Sendable, Equatable {
        /// Unique within the scenario; names the result folder and the report rows.
        public var label: String
        public var policy: String
        /// Every parameter value used, defaults included.
        public var parameters: ResolvedParameters
        /// Hash of everything that determines this contender's results except the replication count;
        /// saved results are reused only when it matches.
        public var fingerprint: String
    }

    public var primaryMetric: MetricDefinition { metrics.first(where: \.primary) ?? metrics[0] }

    /// "10000 rounds", "40 GRPO steps", "budget 5000".
    public var lengthText: String {
        if case let .rounds(count) = length { return "\(count) \(xLabel)\(count == 1 ? "" : "s")" }
        return length.description
    }
}

/// A quantity recorded at every trace point of a replication.
public struct TraceDefinition: Codable, Sendable, Equatable {
    /// Names the CSV and SVG files.
    public var key: String
    public var title: String
    /// Whether the quantity is a share in [0, 1] (plotted as is, shown as a percentage).
    public var isRate: Bool

    public init(key: String, title: String, isRate: Bool = false) {
        self.key = key
        self.title = title
        self.isRate = isRate
    }
}

/// A scalar outcome of a replication, and how to read it.
public struct MetricDefinition: Codable, Sendable, Equatable {
    public var key: String
    public var title: String
    public var lowerIsBetter: Bool
    /// Shown as a percentage in reports.
    public var isRate: Bool
    public var primary: Bool
    /// A label of the replication (which dataset it ran on), kept in replications.csv but not summarised.
    public var isLabel: Bool?

    public init(key: String, title: String, lowerIsBetter: Bool, isRate: Bool = false, primary: Bool = false, isLabel: Bool = false) {
        self.key = key
        self.title = title
        self.lowerIsBetter = lowerIsBetter
        self.isRate = isRate
        self.primary = primary
        self.isLabel = isLabel ? true : nil
    }
}

/// The outcome of one replication of one contender. Memory is bounded by the trace grid and the arm
/// count, never by the horizon.
public struct ReplicationResult: Codable, Sendable, Equatable {
    public var replication: Int
    public var seed: UInt64
    /// Decisions made.
    public var steps: Int
    /// Wall-clock seconds of the decision loop (not part of summary.json, which must be reproducible).
    public var seconds: Double
    public var metrics: [String: Double]
    /// Each traced quantity at each grid point, by trace key.
    public var traces: [String: [Double]]
    /// Pulls per arm (empty when the experiment has no arms to count).
    public var pulls: [Int]
}


extension ExperimentRecord {
    private enum CodingKeys: String, CodingKey {
        case scenario, description, file, environmentKind, environmentSummary, environment, arms, contenders, metrics, traces, traceGrid, xLabel,
             length, laiRobbinsBound, replications, seed
    }

    /// Validated: a scenario name and trace keys that are safe file names, at least one metric and one
    /// contender (labels distinct), a finite trace grid of at most 100,000 points, replications within
    /// the limit.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        scenario = try c.decode(String.self, forKey: .scenario)
        try Decoding.require(ResultNames.isSafe(scenario), c, .scenario, "expected a scenario name of letters, digits, '-', '_' and '.' (it names a folder), got \"\(scenario.prefix(40))\"")
        description = try c.decode(String.self, forKey: .description)
        file = try c.decode(String.self, forKey: .file)
        environmentKind = try c.decode(String.self, forKey: .environmentKind)
        environmentSummary = try c.decode(String.self, forKey: .environmentSummary)
        environment = try c.decode(JSONValue.self, forKey: .environment)
        arms = try c.decode([Arm].self, forKey: .arms)
        try Decoding.require(arms.count <= Limits.maxArms, c, .arms, "expected at most \(Limits.maxArms) arms")
        contenders = try c.decode([Contender].self, forKey: .contenders)
        try Decoding.require(!contenders.isEmpty && contenders.count <= 10_000, c, .contenders, "expected 1 to 10,000 contenders")
        try Decoding.require(Set(contenders.map(\.label)).count == contenders.count && contenders.allSatisfy { !$0.label.isEmpty && !$0.fingerprint.isEmpty },
                             c, .contenders, "expected distinct, non-empty labels and fingerprints")
        metrics = try c.decode([MetricDefinition].self, forKey: .metrics)
        try Decoding.require(!metrics.isEmpty && metrics.allSatisfy { !$0.key.isEmpty }, c, .metrics, "expected at least one metric, each with a key")
        traces = try c.decode([TraceDefinition].self, forKey: .traces)
        try Decoding.require(traces.allSatisfy { ResultNames.isSafe($0.key) } && Set(traces.map(\.key)).count == traces.count, c, .traces,
                             "expected distinct trace keys of letters, digits, '-', '_' and '.' (they name files)")
        traceGrid = try c.decode([Double].self, forKey: .traceGrid)
        try Decoding.require(!traceGrid.isEmpty && traceGrid.count <= 100_000, c, .traceGrid, "expected 1 to 100,000 trace points")
        try Decoding.requireFinite(traceGrid, c, .traceGrid)
        xLabel = try c.decode(String.self, forKey: .xLabel)
        length = try c.decode(RunLength.self, forKey: .length)
        switch length {
        case let .rounds(rounds): try Decoding.require(rounds >= 1 && rounds <= Limits.maxSteps, c, .length, "expected 1...\(Limits.maxSteps) rounds")
        case let .budget(budget): try Decoding.require(budget > 0 && budget.isFinite, c, .length, "expected a finite budget > 0")
        }
        laiRobbinsBound = try c.decodeIfPresent(Double.self, forKey: .laiRobbinsBound)
        replications = try c.decode(Int.self, forKey: .replications)
        try Decoding.require((1...Limits.maxReplications).contains(replications), c, .replications, "expected 1...\(Limits.maxReplications) replications")
        seed = try c.decode(UInt64.self, forKey: .seed)
    }
}

extension ReplicationResult {
    private enum CodingKeys: String, CodingKey { case replication, seed, steps, seconds, metrics, traces, pulls }

    /// Validated: non-negative counts and finite numbers (the record's shape is checked by the reader).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        replication = try c.decode(Int.self, forKey: .replication)
        try Decoding.require(replication >= 0, c, .replication, "expected an index >= 0")
        seed = try c.decode(UInt64.self, forKey: .seed)
        steps = try c.decode(Int.self, forKey: .steps)
        try Decoding.require(steps >= 0, c, .steps, "expected a count >= 0")
        seconds = try c.decode(Double.self, forKey: .seconds)
        metrics = try c.decode([String: Double].self, forKey: .metrics)
        try Decoding.requireFinite(Array(metrics.values), c, .metrics)
        traces = try c.decode([String: [Double]].self, forKey: .traces)
        for values in traces.values { try Decoding.requireFinite(values, c, .traces) }
        pulls = try c.decode([Int].self, forKey: .pulls)
        try Decoding.require(pulls.allSatisfy { $0 >= 0 }, c, .pulls, "expected pull counts >= 0")
    }
}

/// A run could not finish.
public enum SimulationError: AllotError, Equatable {
    /// Stopped by a signal; `saved` replications are on disk and a re-run resumes from them.
    case interrupted(saved: Int, total: Int)
    /// A policy or environment failed during a replication.
    case replicationFailed(scenario: String, contender: String, replication: Int, message: String)
    /// A file could not be written or read.
    case io(path: String, message: String)
    /// A results folder holds no (or unreadable) saved runs.
    case noResults(path: String, message: String)

    public var description: String {
        switch self {
        case let .interrupted(saved, total):
            return "interrupted: \(saved) of \(total) replications are saved; run the same command again to resume."
        case let .replicationFailed(scenario, contender, replication, message):
            return "\(scenario), \(contender), replication \(replication): \(message)"
        case let .io(path, message):
            return "\(path): \(message)"
        case let .noResults(path, message):
            return "\(path): \(message)"
        }
    }

    public var exitClass: ExitClass {
        switch self {
        case .interrupted: return .interrupted
        case .noResults: return .badInput
        case .replicationFailed, .io: return .failure
        }
    }
}
