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
