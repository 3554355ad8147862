import AllotInterchange
/// A weight matrix that carries a rank-adaptable adapter: what allocators need to know about it.
public struct AdaptedMatrix: Codable, Sendable, Equatable, Hashable {
    /// A stable name, e.g. "layers.2.up".
    public var name: String
    public var input: Int
    public var output: Int
    /// Component slots available (the most rank it can be given).
    public var maxRank: Int

    public init(name: String, input: Int, output: Int, maxRank: Int) {
        self.name = name
        self.input = input
        self.output = output
        self.maxRank = maxRank
    }

    /// Parameters one rank unit costs: a column of P and a row of Q (λ's one scalar is not counted).
    public var unitCost: Int { input + output }

    /// Checks the sizes against what Allot accepts (a name, widths up to 2^20, up to 4,096 slots).
    public func validate(source: String = "matrices", path: String = "") throws {
        func bad(_ field: String, _ expected: String, _ got: String) -> InputError {
            InputError(source: source, path: path.isEmpty ? field : "\(path).\(field)", problem: .invalid(expected: expected, got: got))
        }
        guard !name.isEmpty, name.utf8.count <= Limits.maxNameLength else { throw bad("name", "a name of 1 to \(Limits.maxNameLength) bytes", "\"\(name.prefix(40))\"") }
        guard (1...Limits.maxMatrixWidth).contains(input) else { throw bad("input", "an integer in 1...\(Limits.maxMatrixWidth)", "\(input)") }
        guard (1...Limits.maxMatrixWidth).contains(output) else { throw bad("output", "an integer in 1...\(Limits.maxMatrixWidth)", "\(output)") }
        guard (1...Limits.maxRank).contains(maxRank) else { throw bad("maxRank", "an integer in 1...\(Limits.maxRank)", "\(maxRank)") }
    }

    /// Checks a whole list: each matrix, distinct names (in linear time), at most 100,000 matrices and
    /// 10^7 slots in all.
    public static func validate(_ matrices: [AdaptedMatrix], source: String = "matrices") throws {
        guard !matrices.isEmpty else { throw InputError(source: source, path: "", problem: .invalid(expected: "at least one adapted matrix", got: "none")) }
        try Limits.check(matrices.count, atMost: Limits.maxMatrices, "the number of matrices", source: source, path: "")
        var names = Set<String>(minimumCapacity: matrices.count)
        var slots = 0
        for (index, matrix) in matrices.enumerated() {
            try matrix.validate(source: source, path: "[\(index)]")
            guard names.insert(matrix.name).inserted else {
                throw InputError(source: source, path: "[\(index)].name", problem: .invalid(expected: "distinct matrix names", got: "\"\(matrix.name)\" twice"))
            }
            slots += matrix.maxRank
        }
        try Limits.check(slots, atMost: Limits.maxTotalSlots, "the component slots of all matrices", source: source, path: "")
    }
}

/// Which component slots of each matrix are active.
public struct RankPattern: Codable, Sendable, Equatable {
    public var active: [[Int]]

    public init(active: [[Int]]) { self.active = active.map { $0.sorted() } }

    /// Every matrix with its first `rank` slots active.
    public init(uniform rank: Int, matrices: [AdaptedMatrix]) {
        active = matrices.map { Array(0..<min(rank, $0.maxRank)) }
    }

    public var ranks: [Int] { active.map(\.count) }

    /// Adapter parameters of this pattern: Σ rank_i · (input_i + output_i).
    public func parameters(_ matrices: [AdaptedMatrix]) -> Int {
        zip(active, matrices).reduce(0) { $0 + $1.0.count * $1.1.unitCost }
    }

    /// Checks the pattern against the matrices: one entry each, distinct slots inside 0..<maxRank.
    public func validate(_ matrices: [AdaptedMatrix]) throws {
        guard active.count == matrices.count else {
            throw PEFTError.shapeMismatch(field: "pattern", expected: "one slot list per matrix (\(matrices.count))", got: "\(active.count)")
        }
        for (slots, matrix) in zip(active, matrices) {
            guard Set(slots).count == slots.count, slots.allSatisfy({ (0..<matrix.maxRank).contains($0) }) else {
                throw PEFTError.shapeMismatch(field: "pattern.\(matrix.name)", expected: "distinct slots in 0..<\(matrix.maxRank)", got: "\(slots)")
            }
        }
    }
}

/// |w · ∂L/∂w| of every parameter of one adapter after a backward pass (AdaLoRA's sensitivity):
/// λ per slot, P (input × slots) and Q (slots × output), row-major. Inactive slots are zero.
/// The compact form has one row of P and one column of Q (each slot's mean |P∂P| and |Q∂Q|): what a
/// Python trainer sends through JSON, and what AdaLoRA then smooths per component.
public struct TripletSensitivity: Sendable, Equatable {
    public var values: [Float]
    public var left: [Float]
    public var right: [Float]

    public init(values: [Float], left: [Float], right: [Float]) {
        self.values = values
        self.left = left
        self.right = right
    }

    public var slots: Int { values.count }

    /// Per slot: |λ∂λ| + mean_j |P_jk ∂P_jk| + mean_j |Q_kj ∂Q_kj| (AdaLoRA's triplet score, unsmoothed).
    public func componentScores() -> [Double] {
        let r = values.count, input = left.count / max(r, 1), output = right.count / max(r, 1)
        return (0..<r).map { k in
            var p = 0.0, q = 0.0
            for j in 0..<input { p += Double(left[j * r + k]) }
            for j in 0..<output { q += Double(right[k * output + j]) }
            return Double(values[k]) + p / Double(max(input, 1)) + q / Double(max(output, 1))
        }
    }
}

/// Reads an allocator's saved active slots, checked against its matrices and budget.
enum RankPatternCheck {
    static func active<Key: CodingKey>(_ container: KeyedDecodingContainer<Key>, _ key: Key, matrices: [AdaptedMatrix], budget: Int) throws -> [[Int]] {
        let active = try container.decode([[Int]].self, forKey: key)
        let pattern = RankPattern(active: active)
        try Decoding.validated(container) {
            try pattern.validate(matrices)
            let used = pattern.parameters(matrices)
            guard used <= budget else { throw InputError(source: "", path: "", problem: .invalid(expected: "a pattern within the budget of \(budget) parameters", got: "\(used)")) }
        }
        return pattern.active
    }
}
