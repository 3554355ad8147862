import AllotInterchange
/// Smoothed importance of every component slot: an exponential moving average of its triplet score
/// (|λ∂λ| + mean |P∂P| + mean |Q∂Q|), shared by the elastic and bandit-knapsack allocators.
public struct ComponentImportance: Codable, Sendable, Equatable {
    public let beta: Double
    public private(set) var values: [[Double]]

    public init(matrices: [AdaptedMatrix], beta: Double) throws {
        guard beta >= 0, beta < 1 else { throw InputError.parameter("rank allocator", "beta", expected: "a number in [0, 1)", got: "\(beta)") }
        self.beta = beta
        values = matrices.map { [Double](repeating: 0, count: $0.maxRank) }
    }

    private enum CodingKeys: String, CodingKey { case beta, values }

    /// Validated: β in [0, 1) and finite importances >= 0; the caller checks the shape against its matrices.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        beta = try container.decode(Double.self, forKey: .beta)
        try Decoding.require(beta >= 0 && beta < 1, container, .beta, "expected a number in [0, 1), got \(JSONValue.format(beta))")
        values = try container.decode([[Double]].self, forKey: .values)
        for row in values { try Decoding.requireFinite(row, container, .values, atLeast: 0) }
    }

    /// Whether the importances have one entry per slot of each matrix.
    func fits(_ matrices: [AdaptedMatrix]) -> Bool {
        values.count == matrices.count && zip(values, matrices).allSatisfy { $0.count == $1.maxRank }
    }

    /// Folds in one backward pass; returns each matrix's mean score over its `active` slots (the raw observation).
    @discardableResult
    public mutating func observe(_ sensitivities: [TripletSensitivity], active: [[Int]]) -> [Double] {
        var means: [Double] = []
        for m in values.indices {
            let scores = sensitivities[m].componentScores()
            var sum = 0.0
            for slot in active[m] {
                values[m][slot] = beta * values[m][slot] + (1 - beta) * scores[slot]
                sum += scores[slot]
            }
            means.append(active[m].isEmpty ? 0 : sum / Double(active[m].count))
        }
        return means
    }

    /// Mean smoothed importance over the active slots of matrix m.
    public func mean(_ m: Int, active: [Int]) -> Double {
        active.isEmpty ? 0 : active.reduce(0) { $0 + values[m][$1] } / Double(active.count)
    }

    public mutating func set(_ m: Int, slot: Int, to value: Double) { values[m][slot] = value }

    /// The pattern that keeps, per matrix, its `ranks[m]` best slots among `active[m]` (by smoothed
    /// importance) and fills any extra rank with free slots, which start at the matrix's mean importance.
    mutating func pattern(ranks: [Int], from active: [[Int]], matrices: [AdaptedMatrix]) -> RankPattern {
        var result: [[Int]] = []
        for m in matrices.indices {
            let byImportance = active[m].sorted { (values[m][$0], -$0) > (values[m][$1], -$1) }
            var slots = Array(byImportance.prefix(ranks[m]))
            let average = mean(m, active: active[m])
            var free = (0..<matrices[m].maxRank).filter { !slots.contains($0) && !active[m].contains($0) }
                + active[m].filter { !slots.contains($0) }   // a pruned slot is reused last
            while slots.count < ranks[m], !free.isEmpty {
                let slot = free.removeFirst()
                values[m][slot] = average
                slots.append(slot)
            }
            result.append(slots)
        }
        return RankPattern(active: result)
    }
}
