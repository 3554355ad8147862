import AllotInterchange
import Foundation

/// A scenario file read and validated: ready to run.
public struct LoadedScenario: Sendable {
    public var experiment: any Experiment
    public var record: ExperimentRecord { experiment.record }
}

/// Settings from the command line that take precedence over the file.
public struct ScenarioOverrides: Sendable, Equatable {
    public var replications: Int?
    public var seed: UInt64?
    public init(replications: Int? = nil, seed: UInt64? = nil) {
        self.replications = replications
        self.seed = seed
    }
}

/// Reads scenario files (format version 1, see docs/simulator.md) into experiments.
public struct ScenarioLoader: Sendable {
    /// The format version this build reads.
    public static let formatVersion = 1
    public static let topLevelFields = ["version", "name", "description", "environment", "policies", "horizon", "budget",
                                        "replications", "seed", "tracePoints"]

    public var registry: EnvironmentRegistry
    public var overrides: ScenarioOverrides

    public init(registry: EnvironmentRegistry = .standard, overrides: ScenarioOverrides = ScenarioOverrides()) {
        self.registry = registry
        self.overrides = overrides
    }

    /// Reads the file at `path`.
    public func load(path: String) throws -> LoadedScenario {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw InputError(source: path, path: "", problem: .unreadable((error as NSError).localizedDescription))
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return try load(data: data, file: path, directory: directory)
    }

    /// Reads scenario JSON; `file` names it in errors, `directory` anchors relative data paths.
    public func load(data: Data, file: String, directory: String) throws -> LoadedScenario {
        var root = FieldReader(source: file, value: try JSONParser.parse(data, source: file))
        guard case .object = root.value else { throw root.invalid("a JSON object (a scenario)") }

        let versionReader = try root.required("version", "the format version, 1")
        let version = try versionReader.integer("the format version \(Self.formatVersion) (the only one this build reads)") { $0 == Self.formatVersion }
        _ = version
        let nameReader = try root.required("name", "a scenario name of letters, digits, '-' and '_'")
        let name = try nameReader.string()
        guard !name.isEmpty, name.count <= 80, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            throw nameReader.invalid("a non-empty name of at most 80 ASCII letters, digits, '-' and '_' (it names the report folder)")
        }
        let description = try root.optional("description").map { try $0.string() } ?? ""

        let horizon = try root.optional("horizon")
        let budget = try root.optional("budget")
        let length: RunLength
        switch (horizon, budget) {
        case let (horizon?, nil):
            length = .rounds(try horizon.integer("an integer number of rounds in 1...1_000_000_000") { $0 >= 1 && $0 <= 1_000_000_000 })
        case let (nil, budget?):
            length = .budget(try budget.number("a total cost > 0") { $0 > 0 && $0 <= 1e12 })
        case (_?, let budget?):
            throw budget.error(.invalid(expected: "either \"horizon\" or \"budget\", not both", got: "both"))
        case (nil, nil):
            throw InputError(source: file, path: "horizon", problem: .missing(expected: "\"horizon\" (rounds) or \"budget\" (total cost)"))
        }
        var replications = try root.optional("replications").map { try $0.integer("an integer in 1...100000") { $0 >= 1 && $0 <= 100_000 } } ?? 20
        var seed = try root.optional("seed").map { try $0.seed() } ?? 0
        let tracePoints = try root.optional("tracePoints").map { try $0.integer("an integer in 2...10000") { $0 >= 2 && $0 <= 10_000 } } ?? 100
        if let value = overrides.replications { replications = value }
        if let value = overrides.seed { seed = value }

        var environment = try root.required("environment", "an object with \"kind\" and the kind's fields")
        try environment.requireObject()
        let kindReader = try environment.required("kind", "an environment kind such as \"bernoulli\"")
        let kindName = try kindReader.string()
        guard let kind = registry.kind(named: kindName) else {
            throw kindReader.error(.unknownName(kind: "environment kind", got: kindName, valid: registry.names))
        }
        let policies = try root.required("policies", "an array of policy names or {\"name\", \"parameters\"} objects")
            .elements("an array of policy names or {\"name\", \"parameters\"} objects")
        try root.finish(allowed: Self.topLevelFields)

        let context = ScenarioContext(file: file, directory: directory, length: length, seed: seed,
                                      replications: replications, tracePoints: tracePoints)
        var draft = ScenarioDraft(name: name, description: description, environment: environment, policies: policies, context: context)
        return LoadedScenario(experiment: try kind.makeExperiment(&draft))
    }
}
