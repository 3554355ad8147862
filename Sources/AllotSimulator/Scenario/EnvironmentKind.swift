import AllotInterchange
/// A kind of simulated world a scenario can name in `environment.kind`: Bernoulli arms, recorded learning
/// curves, and (from the rollout, rank and tuning modules) GRPO learners, LoRA spectra, tuning replays.
/// A kind reads its own part of the scenario file and returns an `Experiment`; the runner, the metrics and
/// the report never need to know which kind they are running. Register new kinds in an
/// `EnvironmentRegistry`.
public protocol EnvironmentKind: Sendable {
    /// The name used in `environment.kind`.
    var name: String { get }
    /// One line for `allot scenarios`.
    var summary: String { get }
    /// The `environment` fields this kind reads, with defaults, for `allot scenarios` and unknown-field errors.
    var parameters: [ParameterSpec] { get }
    /// Reads `draft.environment` and `draft.policies` and returns a validated experiment; throws
    /// `InputError` naming the field on bad input.
    func makeExperiment(_ draft: inout ScenarioDraft) throws -> any Experiment
}

/// The parts of a scenario every environment kind may need.
public struct ScenarioContext: Sendable {
    /// The scenario file ("built-in:NAME" for embedded ones); data paths are relative to its folder.
    public var file: String
    /// The folder relative data paths resolve against.
    public var directory: String
    public var length: RunLength
    public var seed: UInt64
    public var replications: Int
    /// Number of points kept per trace, whatever the horizon (memory does not grow with T).
    public var tracePoints: Int

    /// Where traces are sampled: 1/P, 2/P, ..., 1 of the run length; for rounds, distinct whole rounds.
    public var traceGrid: [Double] {
        switch length {
        case let .rounds(rounds):
            let count = min(tracePoints, rounds)
            var grid: [Double] = []
            for j in 1...count {
                let round = (Double(rounds) * Double(j) / Double(count)).rounded()
                if grid.last != round { grid.append(round) }
            }
            return grid
        case let .budget(budget):
            return (1...tracePoints).map { budget * Double($0) / Double(tracePoints) }
        }
    }

    /// What every contender's fingerprint starts with: everything in the scenario that shapes results,
    /// except the contender itself and the number of replications.
    public func fingerprintBase(kind: String, environment: JSONValue) -> String {
        "result-format \(ExperimentRecord.resultFormat)|\(kind)|\(environment.canonicalText)|\(length)|seed \(seed)|points \(tracePoints)"
    }
}

/// How long one replication runs: a number of rounds, or until a total cost is spent.
public enum RunLength: Sendable, Equatable, Codable {
    case rounds(Int)
    case budget(Double)

    /// The horizon a horizon-tuned policy (EXP3, Bayes-UCB) is told: the rounds, or the budget in units.
    public var nominalRounds: Int {
        switch self {
        case let .rounds(rounds): return rounds
        case let .budget(budget): return max(1, Int(budget.rounded(.up)))
        }
    }

    /// The total along the x axis of traces (rounds, or cost units).
    public var total: Double {
        switch self {
        case let .rounds(rounds): return Double(rounds)
        case let .budget(budget): return budget
        }
    }

    /// "10000 rounds" or "budget 5000".
    public var description: String {
        switch self {
        case let .rounds(rounds): return "\(rounds) rounds"
        case let .budget(budget): return "budget \(JSONValue.format(budget))"
        }
    }
}

/// A scenario file after its common fields are read, before its kind reads the rest.
public struct ScenarioDraft {
    public var name: String
    public var description: String
    /// The `environment` object; the kind reads its fields and `finish()` rejects unknown ones.
    public var environment: FieldReader
    /// One reader per entry of `policies` (a name string or an object).
    public var policies: [FieldReader]
    public var context: ScenarioContext
}

/// The environment kinds a run can use, by name.
public struct EnvironmentRegistry: Sendable {
    public private(set) var kinds: [any EnvironmentKind] = []

    public init(_ kinds: [any EnvironmentKind] = []) {
        for kind in kinds { register(kind) }
    }

    /// Adds a kind, replacing one with the same name.
    public mutating func register(_ kind: any EnvironmentKind) {
        kinds.removeAll { $0.name == kind.name }
        kinds.append(kind)
    }

    public func kind(named name: String) -> (any EnvironmentKind)? { kinds.first { $0.name == name } }

    public var names: [String] { kinds.map(\.name) }

    /// The kinds shipped with the simulator.
    public static let standard = EnvironmentRegistry([
        BernoulliKind(), GaussianKind(), PiecewiseStationaryKind(), AdversarialKind(),
        LinearContextualKind(), RecordedCurvesKind(), GRPOKind(), LCDBTuningKind(), DigitsTuningKind(), FunctionTuningKind(), RankAllocationKind(), RecordedRunsKind(),
    ])
}

extension EnvironmentKind {
    /// `draft.environment` read against `parameters`: each field checked, defaults filled in, unknown
    /// fields refused (for kinds whose fields are all plain parameters).
    func resolvedEnvironment(_ draft: ScenarioDraft) throws -> ResolvedParameters {
        var environment = draft.environment
        var values: [String: JSONValue] = [:]
        for spec in parameters {
            if let reader = try environment.optional(spec.name) { values[spec.name] = try spec.check(reader) } else { values[spec.name] = spec.defaultValue }
        }
        try environment.finish(allowed: ["kind"] + parameters.map(\.name))
        return ResolvedParameters(values)
    }
}
