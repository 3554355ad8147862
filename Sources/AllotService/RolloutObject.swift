import Allot
import AllotRL

/// A rollout allocator with its per-prompt statistics (`allot.RolloutAllocator` in Python): the state
/// `allot allocate rollouts --state` keeps in a file, held in memory between GRPO steps.
struct RolloutObject {
    static let methods = ["rollouts.create", "rollouts.restore", "rollouts.allocate", "rollouts.snapshot"]

    var state: RolloutState
    let minimum: Int
    let maximum: Int
    let path: String?

    /// `rollouts.create {"policy"?, "parameters"?, "min"?, "max"?, "window"?, "discount"?, "seed"?, "path"?}`
    /// (defaults: knapsack-rl, 2, 128, 16, 0.9, 0); a `path` holding a state resumes it, and options that
    /// differ from the state's are refused. `rollouts.restore {"state", "min"?, "max"?, "path"?}`.
    static func create(_ method: String, _ params: FieldReader) throws -> RolloutObject {
        var params = params
        let path = try ObjectFile.path(&params)
        let minimum = try params.optional("min")?.integer(in: 1...Limits.maxRollouts, "the fewest rollouts per prompt") ?? 2
        let maximum = try params.optional("max")?.integer(in: 1...Limits.maxRollouts, "the most rollouts per prompt") ?? 128
        if method == "rollouts.restore" {
            let document = try params.required("state", "a state from rollouts.snapshot")
            try params.finish(allowed: ["state", "min", "max", "path"])
            return RolloutObject(state: try RolloutState.decode(document.value, source: method + ".state", expecting: nil), minimum: minimum, maximum: maximum, path: path)
        }
        let name = try params.optional("policy")?.string() ?? KnapsackRLAllocator.name
        let parameters = try params.optional("parameters")
        let window = try params.optional("window")?.integer(in: 1...RolloutStatistics.maxWindow, "the rewards kept per prompt")
        let discount = try params.optional("discount")?.number("a discount in (0, 1]") { $0 > 0 && $0 <= 1 }
        let seed = try params.optional("seed")?.seed() ?? 0
        try params.finish(allowed: ["policy", "parameters", "min", "max", "window", "discount", "seed", "path"])
        let configuration = try RolloutAllocatorRegistry.registry.configuration(name, parameters: parameters, source: method, path: "parameters")
        if let (document, source) = try ObjectFile.read(path) {
            let saved = try RolloutState.decode(document, source: source, expecting: nil)
            guard saved.configuration == configuration else {
                throw InputError(source: source, path: "policy", problem: .other(
                    "holds the state of \(saved.configuration.json.canonicalText), but this call asks for \(configuration.json.canonicalText); use another path to change it"))
            }
            if let window, window != saved.statistics.window {
                throw InputError(source: source, path: "statistics.window", problem: .other("the state keeps \(saved.statistics.window) rewards per prompt, window gives \(window)"))
            }
            if let discount, discount != saved.statistics.discount {
                throw InputError(source: source, path: "statistics.discount", problem: .other("the state discounts by \(JSONValue.format(saved.statistics.discount)), discount gives \(JSONValue.format(discount))"))
            }
            return RolloutObject(state: saved, minimum: minimum, maximum: maximum, path: path)
        }
        let state: RolloutState
        do {
            state = try RolloutState(configuration: configuration, window: window ?? 16, discount: discount ?? 0.9, seed: seed)
        } catch let error as InputError where error.source == name {
            throw error.relocated(to: method, under: "parameters")
        }
        return RolloutObject(state: state, minimum: minimum, maximum: maximum, path: path)
    }

    var description: JSONObject {
        ["policy": .string(state.configuration.name), "parameters": state.configuration.parameters.json,
         "min": .number(Double(minimum)), "max": .number(Double(maximum)),
         "window": .number(Double(state.statistics.window)), "discount": .number(state.statistics.discount)]
    }

    func save() throws { try ObjectFile.write(try state.encoded(), to: path) }

    mutating func call(_ verb: String, _ params: FieldReader) throws -> JSONValue {
        var params = params
        switch verb {
        case "allocate":
            // `{"prompts": [...], "observed"?: [...], "budget", "min"?, "max"?}`: the prompts as `allot allocate rollouts` reads them.
            let prompts = try params.required("prompts", "an array of {\"id\": ..., \"rewards\": [...]} objects")
            let observed = try params.optional("observed")
            let budget = try params.required("budget", "the rollouts (tokens for the cost policy) of this step").integer(in: 0...Limits.maxTokens, "the budget")
            let minimum = try params.optional("min")?.integer(in: 1...Limits.maxRollouts, "the fewest rollouts per prompt") ?? self.minimum
            let maximum = try params.optional("max")?.integer(in: 1...Limits.maxRollouts, "the most rollouts per prompt") ?? self.maximum
            try params.finish(allowed: ["handle", "prompts", "observed", "budget", "min", "max"])
            let request = try RolloutRequestReader.request(prompts: prompts, observed: observed)
            var working = state
            try working.record(request.evidence)
            let ids = request.prompts.map(\.id)
            let allocation = try working.allocate(prompts: ids, budget: budget, minimum: minimum, maximum: maximum)
            state = working
            return state.answer(prompts: ids, allocation: allocation, budget: budget)
        case "snapshot":
            try params.finish(allowed: ["handle"])
            return .object(["state": try state.encoded()])
        default:
            throw RPCError(code: RPCError.methodNotFound, message: "unknown method \"rollouts.\(verb)\"", path: "method")
        }
    }
}
