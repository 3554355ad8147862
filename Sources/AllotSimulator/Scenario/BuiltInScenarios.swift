import AllotInterchange
import Foundation

/// The scenarios compiled into the binary, so `allot simulate` with no arguments runs the same suite from
/// any folder. The files live in `Sources/AllotSimulator/BuiltIn/` (also reachable as
/// `simulations/builtin/`) and are embedded at build time.
public enum BuiltInScenarios {
    /// (name, JSON bytes), in suite order.
    public static let files: [(name: String, data: Data)] = [
        ("bernoulli-10", Data(PackageResources.bernoulli_10_json)),
        ("gaussian-5", Data(PackageResources.gaussian_5_json)),
        ("piecewise-stationary", Data(PackageResources.piecewise_stationary_json)),
        ("adversarial-alternating", Data(PackageResources.adversarial_alternating_json)),
        ("linear-contextual", Data(PackageResources.linear_contextual_json)),
        ("budgeted-bernoulli", Data(PackageResources.budgeted_bernoulli_json)),
        ("lcdb-replay", Data(PackageResources.lcdb_replay_json)),
        ("grpo-rollouts", Data(PackageResources.grpo_rollouts_json)),
        ("lcdb-tuning", Data(PackageResources.lcdb_tuning_json)),
        ("function-tuning", Data(PackageResources.function_tuning_json)),
        ("rank-allocation", Data(PackageResources.rank_allocation_json)),
        ("minilm-ranks", Data(PackageResources.minilm_ranks_json)),
        ("minilm-tuning", Data(PackageResources.minilm_tuning_json)),
        ("grpo-arithmetic", Data(PackageResources.grpo_arithmetic_json)),
    ]

    public static var names: [String] { files.map(\.name) }

    /// The JSON of a built-in scenario.
    public static func data(named name: String) -> Data? { files.first { $0.name == name }?.data }

    /// Loads one built-in scenario ("built-in:NAME" in messages).
    public static func load(_ name: String, loader: ScenarioLoader = ScenarioLoader()) throws -> LoadedScenario {
        guard let data = data(named: name) else {
            throw InputError(source: "built-in", path: "", problem: .unknownName(kind: "built-in scenario", got: name, valid: names))
        }
        return try loader.load(data: data, file: "built-in:\(name)", directory: FileManager.default.currentDirectoryPath)
    }
}
