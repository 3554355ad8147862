import AllotInterchange
/// AdaLoRA (Zhang et al., ICLR 2023) as ALGORITHMS §5 gives it: per-parameter sensitivity
/// I = |w · ∂L/∂w| smoothed as Ī ← β1 Ī + (1 − β1) I, uncertainty Ū ← β2 Ū + (1 − β2) |I − Ī|, score
/// s = Ī · Ū; a triplet's score S_k = s(λ_k) + mean_j s(P_jk) + mean_j s(Q_kj). At every reallocation
/// step the highest-scoring active triplets are kept while they fit the cubic budget b(t). The budget
/// is counted in parameters (a triplet costs input + output), so the final pattern meets the same
/// parameter budget as the other allocators. Pruned triplets do not return (AdaLoRA prunes only).
/// The orthogonality regulariser is applied by the trainer with `orthogonalityWeight`.
public struct AdaLoRAAllocator: RankAllocator, Equatable {
    public static let name = "adalora"
    public let matrices: [AdaptedMatrix]
    public let schedule: AdaLoRASchedule
    public let initialRank: Int
    public let beta1: Float
    public let beta2: Float
    public let orthogonalityWeight: Float
    /// Smoothed sensitivity and uncertainty per parameter, per matrix: [λ | P | Q] concatenated, sized by
    /// the first observation (full P and Q, or one mean per component in the compact form).
    private var sensitivity: [[Float]]
    private var uncertainty: [[Float]]
    /// Rows of P and columns of Q in the observed sensitivities, per matrix.
    private var observedShape: [[Int]]

    /// `initialRank` per matrix while warming up (AdaLoRA's init_r; default 1.5 × target, capped at maxRank),
    /// pruned down to `targetAverageRank`'s parameter budget by T − t_f.
    public init(matrices: [AdaptedMatrix], targetAverageRank: Double, initialRank: Int? = nil, steps: ReallocationSchedule,
                beta1: Float = 0.85, beta2: Float = 0.85, orthogonalityWeight: Float = 0.5) throws {
        try RankBudget.validate(averageRank: targetAverageRank, matrices: matrices)
        let cap = matrices.map(\.maxRank).min()!
        let start = initialRank ?? min(cap, Int((1.5 * targetAverageRank).rounded(.up)))
        guard start >= 1, start <= cap, Double(start) >= targetAverageRank else {
            throw InputError.parameter("adalora", "initialRank", expected: "an integer in \(Int(targetAverageRank.rounded(.up)))...\(cap) (at least the target, at most maxRank)", got: "\(start)")
        }
        for (field, beta) in [("beta1", beta1), ("beta2", beta2)] where !(beta >= 0 && beta < 1) {
            throw InputError.parameter("adalora", field, expected: "a number in [0, 1)", got: "\(beta)")
        }
        guard orthogonalityWeight >= 0 else {
            throw InputError.parameter("adalora", "orthogonalityWeight", expected: "a number >= 0", got: "\(orthogonalityWeight)")
        }
        self.matrices = matrices
        self.initialRank = start
        self.beta1 = beta1
        self.beta2 = beta2
        self.orthogonalityWeight = orthogonalityWeight
        schedule = try AdaLoRASchedule(initialBudget: RankBudget.parameters(averageRank: Double(start), matrices: matrices),
                                       finalBudget: RankBudget.parameters(averageRank: targetAverageRank, matrices: matrices), steps: steps)
        sensitivity = matrices.map { _ in [] }
        uncertainty = sensitivity
        observedShape = matrices.map { _ in [0, 0] }
    }

    private enum CodingKeys: String, CodingKey {
        case matrices, schedule, initialRank, beta1, beta2, orthogonalityWeight, sensitivity, uncertainty, observedShape
    }

    /// Validated: the matrices, schedule and factors as the initialiser demands, budgets that match the
    /// matrices, and smoothed statistics shaped like the observations they came from (finite, >= 0).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let matrices = try container.decode([AdaptedMatrix].self, forKey: .matrices)
        try Decoding.validated(container) { try AdaptedMatrix.validate(matrices) }
        let schedule = try container.decode(AdaLoRASchedule.self, forKey: .schedule)
        let initialRank = try container.decode(Int.self, forKey: .initialRank)
        let cap = matrices.map(\.maxRank).min()!
        try Decoding.require((1...cap).contains(initialRank), container, .initialRank, "expected an integer in 1...\(cap), got \(initialRank)")
        try Decoding.require(schedule.initialBudget == RankBudget.parameters(averageRank: Double(initialRank), matrices: matrices), container, .schedule,
                             "the initial budget \(schedule.initialBudget) is not what rank \(initialRank) costs on these matrices")
        let beta1 = try container.decode(Float.self, forKey: .beta1), beta2 = try container.decode(Float.self, forKey: .beta2)
        let weight = try container.decode(Float.self, forKey: .orthogonalityWeight)
        try Decoding.require(beta1 >= 0 && beta1 < 1, container, .beta1, "expected a number in [0, 1), got \(beta1)")
        try Decoding.require(beta2 >= 0 && beta2 < 1, container, .beta2, "expected a number in [0, 1), got \(beta2)")
        try Decoding.require(weight >= 0 && weight <= 1e6, container, .orthogonalityWeight, "expected a number in [0, 1e6], got \(weight)")
        let sensitivity = try container.decode([[Float]].self, forKey: .sensitivity)
        let uncertainty = try container.decode([[Float]].self, forKey: .uncertainty)
        let observedShape = try container.decode([[Int]].self, forKey: .observedShape)
        for (key, count) in [(CodingKeys.sensitivity, sensitivity.count), (.uncertainty, uncertainty.count), (.observedShape, observedShape.count)] {
            try Decoding.requireCount(count, of: key, in: container, is: matrices.count, "one per matrix")
        }
        for m in matrices.indices {
            let shape = observedShape[m], r = matrices[m].maxRank
            try Decoding.require(shape.count == 2 && shape.allSatisfy { (0...Limits.maxMatrixWidth).contains($0) }, container, .observedShape,
                                 "observedShape[\(m)]: expected [rows, columns] within 0...\(Limits.maxMatrixWidth)")
            let expected = sensitivity[m].isEmpty ? 0 : r + shape[0] * r + r * shape[1]
            try Decoding.require(sensitivity[m].count == expected && uncertainty[m].count == sensitivity[m].count, container, .sensitivity,
                                 "sensitivity[\(m)]: expected \(expected) values (λ, P and Q of \(r) slots), got \(sensitivity[m].count) and \(uncertainty[m].count)")
            try Decoding.requireFinite(sensitivity[m], container, .sensitivity, atLeast: 0)
            try Decoding.requireFinite(uncertainty[m], container, .uncertainty, atLeast: 0)
        }
        self.matrices = matrices
        self.schedule = schedule
        self.initialRank = initialRank
        self.beta1 = beta1
        self.beta2 = beta2
        orthogonalityWeight = weight
        self.sensitivity = sensitivity
        self.uncertainty = uncertainty
        self.observedShape = observedShape
    }

    public var initialPattern: RankPattern { RankPattern(uniform: initialRank, matrices: matrices) }

    public func budget(at step: Int) -> Int { schedule.budget(at: step) }

    public mutating func observe(_ sensitivities: [TripletSensitivity], step: Int) {
        let b1 = beta1, b2 = beta2
        for m in matrices.indices {
            let s = sensitivities[m]
            let size = s.values.count + s.left.count + s.right.count
            if sensitivity[m].count != size {
                sensitivity[m] = [Float](repeating: 0, count: size)
                uncertainty[m] = sensitivity[m]
                observedShape[m] = [s.left.count / max(s.slots, 1), s.right.count / max(s.slots, 1)]
            }
            sensitivity[m].withUnsafeMutableBufferPointer { mean in
                uncertainty[m].withUnsafeMutableBufferPointer { spread in
                    var offset = 0
                    for part in [s.values, s.left, s.right] {
                        for (i, value) in part.enumerated() {
                            let smoothed = b1 * mean[offset + i] + (1 - b1) * value
                            mean[offset + i] = smoothed
                            spread[offset + i] = b2 * spread[offset + i] + (1 - b2) * abs(value - smoothed)
                        }
                        offset += part.count
                    }
                }
            }
        }
    }

    /// S_k for every slot of matrix m.
    public func tripletScores(_ m: Int) -> [Double] {
        let r = matrices[m].maxRank
        guard !sensitivity[m].isEmpty else { return [Double](repeating: 0, count: r) }
        let mean = sensitivity[m], spread = uncertainty[m]
        let rows = observedShape[m][0], columns = observedShape[m][1]
        func s(_ i: Int) -> Double { Double(mean[i]) * Double(spread[i]) }
        let leftStart = r, rightStart = r + rows * r
        return (0..<r).map { k in
            var p = 0.0, q = 0.0
            for j in 0..<rows { p += s(leftStart + j * r + k) }
            for j in 0..<columns { q += s(rightStart + k * columns + j) }
            return s(k) + p / Double(max(rows, 1)) + q / Double(max(columns, 1))
        }
    }

    public mutating func reallocate(step: Int, current: RankPattern) throws -> RankPattern? {
        guard schedule.steps.isReallocationStep(step) else { return nil }
        let budget = schedule.budget(at: step)
        var candidates: [(score: Double, matrix: Int, slot: Int)] = []
        for m in matrices.indices {
            let scores = tripletScores(m)
            for slot in current.active[m] { candidates.append((scores[slot], m, slot)) }
        }
        // Highest score first; ties to the earlier matrix and slot, so runs are reproducible.
        candidates.sort { ($0.score, -$0.matrix, -$0.slot) > ($1.score, -$1.matrix, -$1.slot) }
        var kept = [[Int]](repeating: [], count: matrices.count)
        var used = 0
        for candidate in candidates where used + matrices[candidate.matrix].unitCost <= budget {
            kept[candidate.matrix].append(candidate.slot)
            used += matrices[candidate.matrix].unitCost
        }
        return RankPattern(active: kept)
    }
}
