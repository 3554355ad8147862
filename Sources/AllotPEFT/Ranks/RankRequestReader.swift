import Allot

/// Reads the rank requests of `allot allocate ranks` and `allot serve` (`ranks.create`, `ranks.step`),
/// and writes their answer, so both speak exactly one format. Every error names the matrix and slot.
public enum RankRequestReader {
    /// `[{"name", "input", "output", "maxRank"}, ...]`: names distinct, sizes within the limits.
    public static func readMatrices(_ reader: FieldReader) throws -> [AdaptedMatrix] {
        var matrices: [AdaptedMatrix] = []
        let items = try reader.elements("an array of {\"name\", \"input\", \"output\", \"maxRank\"}", maxCount: Limits.maxMatrices)
        matrices.reserveCapacity(items.count)
        for var item in items {
            let name = try item.required("name", "the matrix name").name("the matrix name")
            let input = try item.required("input", "its input width").integer(in: 1...Limits.maxMatrixWidth, "the input width")
            let output = try item.required("output", "its output width").integer(in: 1...Limits.maxMatrixWidth, "the output width")
            let maxRank = try item.required("maxRank", "its component slots").integer(in: 1...Limits.maxRank, "the component slots")
            try item.finish(allowed: ["name", "input", "output", "maxRank"])
            matrices.append(AdaptedMatrix(name: name, input: input, output: output, maxRank: maxRank))
        }
        do { try AdaptedMatrix.validate(matrices) } catch let error as InputError { throw error.relocated(to: reader.source, under: reader.path) }
        return matrices
    }

    /// `{name: [s_0, ..., s_{maxRank-1}]}`: one row per matrix, in the matrices' order, each sensitivity
    /// finite and >= 0.
    public static func readSensitivities(_ reader: FieldReader, matrices: [AdaptedMatrix]) throws -> [[Double]] {
        var reader = reader
        try reader.requireObject()
        var rows: [[Double]] = []
        rows.reserveCapacity(matrices.count)
        for matrix in matrices {
            let row = try reader.required(matrix.name, "\(matrix.maxRank) sensitivities (one per slot)")
            rows.append(try row.numbers("a sensitivity >= 0", count: matrix.maxRank) { $0 >= 0 })
        }
        try reader.finish(allowed: matrices.map(\.name))
        return rows
    }

    /// The answer to a call: `{"step", "reallocated", "points", "next", "active", "ranks", "parameters",
    /// "budget"}`. `step` is nil for the first call (the initial pattern); `next` is the next reallocation
    /// point after it (nil once the pattern is final).
    public static func answer(_ state: RankState, step: Int?, points: [Int]) -> JSONValue {
        let matrices = state.matrices
        let next = state.schedule.nextPoint(after: step ?? -1)
        return .object([
            "active": .object(JSONObject(zip(matrices, state.pattern.active).map { (key: $0.name, value: .array($1.map { .number(Double($0)) })) })),
            "budget": .number(Double(state.budget)),
            "next": next.map { .number(Double($0)) } ?? .null,
            "parameters": .number(Double(state.pattern.parameters(matrices))),
            "points": .array(points.map { .number(Double($0)) }),
            "ranks": .object(JSONObject(zip(matrices, state.pattern.ranks).map { (key: $0.name, value: .number(Double($1))) })),
            "reallocated": .bool(step == nil || !points.isEmpty),
            "step": step.map { .number(Double($0)) } ?? .null,
        ])
    }
}
