import Allot

/// A bandit policy held by the service (`allot.Policy` in Python): any registry policy without contexts.
struct PolicyObject {
    static let methods = ["policy.create", "policy.restore", "policy.select", "policy.update", "policy.step", "policy.addArm", "policy.snapshot"]

    var policy: AnyPolicy
    let configuration: ComponentConfiguration?
    let path: String?
    private var chosen: [Int] = []

    /// `policy.create {"name", "arms", "seed"?, "horizon"?, "parameters"?, "path"?}` — when `path` holds a
    /// snapshot of the same policy it is resumed from there; `policy.restore {"state", "path"?}` takes a
    /// snapshot `policy.snapshot` returned.
    static func create(_ method: String, _ params: FieldReader) throws -> PolicyObject {
        var params = params
        let path = try ObjectFile.path(&params)
        if method == "policy.restore" {
            let state = try params.required("state", "a snapshot from policy.snapshot")
            try params.finish(allowed: ["state", "path"])
            return PolicyObject(policy: try AnyPolicy.restore(state.value, source: method + ".state"), configuration: nil, path: path)
        }
        let nameReader = try params.required("name", "a policy name (`allot policies`)")
        let name = try nameReader.string()
        let arms = try params.required("arms", "the number of arms").integer(in: 1...Limits.maxArms, "the number of arms")
        let seed = try params.optional("seed")?.seed() ?? 0
        let horizon = try params.optional("horizon")?.integer(in: 1...Limits.maxSimulatedRounds, "the horizon") ?? 10_000
        let parameters = try params.optional("parameters")
        try params.finish(allowed: ["name", "arms", "seed", "horizon", "parameters", "path"])
        let configuration = try PolicyRegistry.registry.configuration(name, parameters: parameters, source: method, path: "parameters")
        if let (document, source) = try ObjectFile.read(path) {
            let saved = try AnyPolicy.restore(document, source: source)
            guard saved.name == name else {
                throw InputError(source: source, path: "policy", problem: .invalid(expected: "a snapshot of \(name) (the name asked for)", got: "\"\(saved.name)\""))
            }
            return PolicyObject(policy: saved, configuration: configuration, path: path)
        }
        let policy: AnyPolicy
        do {
            policy = try AnyPolicy(configuration, context: PolicyContext(arms: arms, horizon: horizon, seed: seed))
        } catch let error as InputError where error.source == name {
            throw error.relocated(to: method, under: "parameters")
        }
        return PolicyObject(policy: policy, configuration: configuration, path: path)
    }

    init(policy: AnyPolicy, configuration: ComponentConfiguration?, path: String?) {
        self.policy = policy
        self.configuration = configuration
        self.path = path
    }

    var description: JSONObject {
        var members: JSONObject = ["policy": .string(policy.name), "arms": .number(Double(policy.armCount))]
        if let configuration { members["parameters"] = configuration.parameters.json }
        return members
    }

    func save() throws { try ObjectFile.write(try policy.snapshot(), to: path) }

    mutating func call(_ verb: String, _ params: FieldReader) throws -> JSONValue {
        var params = params
        switch verb {
        case "select":
            let k = try params.optional("k")?.integer(in: 1...max(1, policy.armCount), "k, the arms per round (at most the arm count)") ?? 1
            try params.finish(allowed: ["handle", "k"])
            return try select(k)
        case "update":
            let observation = try Self.observation(params, allowed: ["handle", "arm", "reward", "cost", "probability"])
            try checkArm(observation.arm, params)
            try policy.update(observation)
            return .object([:])
        case "step":
            // Updates, then a selection: one round trip per decision for a loop that does both.
            let updates = try params.optional("updates")?.elements("an array of {\"arm\", \"reward\", \"cost\"?}", maxCount: Limits.maxArrayElements) ?? []
            let k = try params.optional("k")?.integer(in: 1...max(1, policy.armCount), "k, the arms per round") ?? 1
            try params.finish(allowed: ["handle", "updates", "k"])
            let observations = try updates.map { item -> Observation in
                let observation = try Self.observation(item, allowed: ["arm", "reward", "cost", "probability"])
                try checkArm(observation.arm, item)
                return observation
            }
            var working = policy
            for observation in observations { try working.update(observation) }
            policy = working
            return try select(k)
        case "addArm":
            try params.finish(allowed: ["handle"])
            _ = try Limits.check(policy.armCount + 1, atMost: Limits.maxArms, "the number of arms", source: "policy.addArm", path: "handle")
            return .object(["arm": .number(Double(policy.addArm())), "arms": .number(Double(policy.armCount))])
        case "snapshot":
            try params.finish(allowed: ["handle"])
            return .object(["state": try policy.snapshot()])
        default:
            throw RPCError(code: RPCError.methodNotFound, message: "unknown method \"policy.\(verb)\"", path: "method")
        }
    }

    private mutating func select(_ k: Int) throws -> JSONValue {
        if k == 1 { return .object(["arms": .array([.number(Double(try policy.select()))])]) }
        try policy.select(k: k, into: &chosen)
        return .object(["arms": .array(chosen.map { .number(Double($0)) })])
    }

    private func checkArm(_ arm: Int, _ reader: FieldReader) throws {
        guard arm < policy.armCount else {
            throw InputError(source: reader.source, path: reader.childPath("arm"), problem: .invalid(expected: "an arm in 0..<\(policy.armCount)", got: "\(arm)"))
        }
    }

    static func observation(_ reader: FieldReader, allowed: [String]) throws -> Observation {
        var reader = reader
        try reader.requireObject()
        let arm = try reader.required("arm", "the arm played").integer(in: 0...Limits.maxArms, "an arm")
        let reward = try reader.required("reward", "the reward seen").number("a finite reward in [-1e100, 1e100]") { abs($0) <= 1e100 }
        let cost = try reader.optional("cost")?.number("a finite cost in (0, 1e100]") { $0 > 0 && $0 <= 1e100 } ?? 1
        // The draw's probability, for a reward logged elsewhere (EXP3 and EXP3-IX weight by it).
        let probability = try reader.optional("probability")?.number("the draw's probability, in (0, 1]") { $0 > 0 && $0 <= 1 }
        try reader.finish(allowed: allowed)
        return Observation(arm: arm, reward: reward, cost: cost, probability: probability)
    }
}
