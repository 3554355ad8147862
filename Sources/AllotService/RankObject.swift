import Allot
import AllotPEFT

/// A rank allocator with its schedule and pattern (`allot.peft` in Python): the state `allot allocate
/// ranks --state` keeps in a file, held in memory between training steps.
struct RankObject {
    static let methods = ["ranks.create", "ranks.restore", "ranks.step", "ranks.snapshot"]

    var state: RankState
    let path: String?

    /// `ranks.create {"matrices", "totalSteps", "allocator"?, "parameters"?, "averageRank"?, "warmupSteps"?,
    /// "finalSteps"?, "interval"?, "seed"?, "path"?}` (defaults: bandit-knapsack, 4, T/10, T/5, 100, 0); a
    /// `path` holding a state resumes it when the matrices and options are the state's. `ranks.restore
    /// {"state", "path"?}`. Both answer with the current pattern.
    static func create(_ method: String, _ params: FieldReader) throws -> RankObject {
        var params = params
        let path = try ObjectFile.path(&params)
        if method == "ranks.restore" {
            let document = try params.required("state", "a state from ranks.snapshot")
            try params.finish(allowed: ["state", "path"])
            return RankObject(state: try RankState.decode(document.value, source: method + ".state"), path: path)
        }
        let matrices = try RankRequestReader.readMatrices(try params.required("matrices", "an array of {\"name\", \"input\", \"output\", \"maxRank\"}"))
        let total = try params.required("totalSteps", "T, the training steps").integer(in: 1...Limits.maxSteps, "the training steps")
        let warmup = try params.optional("warmupSteps")?.integer(in: 0...Limits.maxSteps, "t_i, the steps before the first reallocation") ?? total / 10
        let final = try params.optional("finalSteps")?.integer(in: 0...Limits.maxSteps, "t_f, the last steps with the pattern fixed") ?? total / 5
        let interval = try params.optional("interval")?.integer(in: 1...Limits.maxSteps, "ΔT, the steps between reallocations") ?? 100
        let averageRank = try params.optional("averageRank")?.integer(in: 1...Limits.maxRank, "the average rank") ?? 4
        let name = try params.optional("allocator")?.string() ?? BanditKnapsackRankAllocator.name
        let parameters = try params.optional("parameters")
        let seed = try params.optional("seed")?.seed() ?? 0
        try params.finish(allowed: ["matrices", "totalSteps", "warmupSteps", "finalSteps", "interval", "averageRank", "allocator", "parameters", "seed", "path"])
        let schedule: ReallocationSchedule
        do {
            schedule = try ReallocationSchedule(totalSteps: total, warmupSteps: warmup, finalSteps: final, interval: interval)
        } catch let error as InputError {
            throw error.relocated(to: method, under: "")
        }
        let configuration = try RankAllocatorRegistry.registry.configuration(name, parameters: parameters, source: method, path: "parameters")
        if let (document, source) = try ObjectFile.read(path) {
            let saved = try RankState.decode(document, source: source)
            func describe(_ schedule: ReallocationSchedule) -> String {
                "T = \(schedule.totalSteps), t_i = \(schedule.warmupSteps), t_f = \(schedule.finalSteps), ΔT = \(schedule.interval)"
            }
            let asked = "\(configuration.json.canonicalText), average rank \(averageRank), \(describe(schedule))"
            let held = "\(saved.configuration.json.canonicalText), average rank \(saved.averageRank), \(describe(saved.schedule))"
            guard saved.matrices == matrices else {
                throw InputError(source: source, path: "matrices", problem: .other("holds other matrices than this call describes; use another path for another model"))
            }
            guard asked == held else {
                throw InputError(source: source, path: "", problem: .other("holds \(held), but this call asks for \(asked); use another path to change them"))
            }
            return RankObject(state: saved, path: path)
        }
        do {
            return RankObject(state: try RankState(matrices: matrices, configuration: configuration, averageRank: averageRank, schedule: schedule, seed: seed), path: path)
        } catch let error as InputError where error.source == name {
            throw error.relocated(to: method, under: "parameters")
        }
    }

    var description: JSONObject {
        let schedule = state.schedule
        return ["allocator": state.configuration.json, "averageRank": .number(Double(state.averageRank)),
                "schedule": .object(["totalSteps": .number(Double(schedule.totalSteps)), "warmupSteps": .number(Double(schedule.warmupSteps)),
                                     "finalSteps": .number(Double(schedule.finalSteps)), "interval": .number(Double(schedule.interval))])]
    }

    func answer(step: Int?, points: [Int]) -> JSONValue {
        RankRequestReader.answer(state, step: step ?? state.lastStep, points: points)
    }

    func save() throws { try ObjectFile.write(try state.encoded(), to: path) }

    mutating func call(_ verb: String, _ params: FieldReader) throws -> JSONValue {
        var params = params
        switch verb {
        case "step":
            let step = try params.required("step", "the training step just finished (0-based)").integer(in: 0...Limits.maxSteps, "the training step")
            let sensitivities = try RankRequestReader.readSensitivities(
                try params.required("sensitivities", "an object: matrix name → one sensitivity per slot"), matrices: state.matrices)
            try params.finish(allowed: ["handle", "step", "sensitivities"])
            var working = state
            let points = try working.step(step, sensitivities: sensitivities)
            state = working
            return RankRequestReader.answer(state, step: step, points: points)
        case "snapshot":
            try params.finish(allowed: ["handle"])
            return .object(["state": try state.encoded()])
        default:
            throw RPCError(code: RPCError.methodNotFound, message: "unknown method \"ranks.\(verb)\"", path: "method")
        }
    }
}
