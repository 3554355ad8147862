import Allot

/// A LoRA adapter in AdaLoRA's SVD-like form: ΔW = P · diag(λ ⊙ m) · Q · scale, with P input × R,
/// Q R × output, R = `maxRank` slots and m a 0/1 mask of the active components. Ranks change by
/// switching slots on and off, so pruning and growing never reallocate memory. A slot's parameter
/// cost is input + output + 1.
public struct LoRAAdapter: Codable, Sendable, Equatable {
    /// How the adapter's scale follows its rank r (the number of active slots).
    public enum Scaling: String, Codable, Sendable, CaseIterable {
        /// α / r (LoRA).
        case standard
        /// α / √r (rsLoRA, Kalajdzievski 2023).
        case rankStabilized
    }

    public let input: Int
    public let output: Int
    public let maxRank: Int
    public var left: [Float]
    public var values: [Float]
    public var right: [Float]
    public private(set) var mask: [Float]
    public private(set) var scale: Float
    public let alpha: Float
    public let scaling: Scaling

    /// P and Q ~ N(0, 0.02²) (AdaLoRA's init), λ = 0 so ΔW starts at zero; `rank` slots active.
    public init(input: Int, output: Int, maxRank: Int, rank: Int, alpha: Float, scaling: Scaling, random: inout RandomSource) {
        self.input = input
        self.output = output
        self.maxRank = maxRank
        self.alpha = alpha
        self.scaling = scaling
        left = (0..<(input * maxRank)).map { _ in Float(random.normal(standardDeviation: 0.02)) }
        right = (0..<(maxRank * output)).map { _ in Float(random.normal(standardDeviation: 0.02)) }
        values = [Float](repeating: 0, count: maxRank)
        mask = (0..<maxRank).map { $0 < rank ? 1 : 0 }
        scale = Self.scale(alpha: alpha, rank: rank, scaling: scaling)
    }

    public var rank: Int { mask.reduce(0) { $0 + Int($1) } }

    private enum CodingKeys: String, CodingKey { case input, output, maxRank, left, values, right, mask, scale, alpha, scaling }

    /// Validated: sizes within the limits, P, λ, Q and the mask of the sizes the shape implies, a 0/1
    /// mask, and the scale its rank and scaling give.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        input = try c.decode(Int.self, forKey: .input)
        output = try c.decode(Int.self, forKey: .output)
        maxRank = try c.decode(Int.self, forKey: .maxRank)
        try Decoding.require((1...Limits.maxMatrixWidth).contains(input) && (1...Limits.maxMatrixWidth).contains(output), c, .input, "expected widths in 1...\(Limits.maxMatrixWidth)")
        try Decoding.require((1...Limits.maxRank).contains(maxRank), c, .maxRank, "expected 1...\(Limits.maxRank) slots")
        left = try c.decode([Float].self, forKey: .left)
        try Decoding.requireCount(left.count, of: .left, in: c, is: input * maxRank, "P: input × maxRank")
        right = try c.decode([Float].self, forKey: .right)
        try Decoding.requireCount(right.count, of: .right, in: c, is: maxRank * output, "Q: maxRank × output")
        values = try c.decode([Float].self, forKey: .values)
        try Decoding.requireCount(values.count, of: .values, in: c, is: maxRank, "λ: one per slot")
        mask = try c.decode([Float].self, forKey: .mask)
        try Decoding.requireCount(mask.count, of: .mask, in: c, is: maxRank, "one per slot")
        try Decoding.require(mask.allSatisfy { $0 == 0 || $0 == 1 }, c, .mask, "expected 0 or 1 per slot")
        alpha = try c.decode(Float.self, forKey: .alpha)
        try Decoding.require(alpha > 0 && alpha <= 1e6, c, .alpha, "expected α in (0, 1e6]")
        scaling = try c.decode(Scaling.self, forKey: .scaling)
        scale = try c.decode(Float.self, forKey: .scale)
        try Decoding.require(scale == Self.scale(alpha: alpha, rank: mask.reduce(0) { $0 + Int($1) }, scaling: scaling), c, .scale,
                             "expected the scale its α, rank and scaling give")
    }

    /// Parameters of one rank-1 component.
    public var componentCost: Int { input + output + 1 }

    /// Which slots are active.
    public var activeSlots: [Int] { mask.indices.filter { mask[$0] != 0 } }

    static func scale(alpha: Float, rank: Int, scaling: Scaling) -> Float {
        guard rank > 0 else { return 0 }
        switch scaling {
        case .standard: return alpha / Float(rank)
        case .rankStabilized: return alpha / Float(rank).squareRoot()
        }
    }

    /// Activates exactly `slots`. Surviving components keep their contribution to ΔW (λ is rescaled by
    /// old scale / new scale), so a reallocation changes the function only by what was pruned; newly
    /// active slots start at λ = 0 with fresh P, Q columns from `random`, so growing changes nothing yet.
    public mutating func setActive(_ slots: Set<Int>, random: inout RandomSource) {
        let newScale = Self.scale(alpha: alpha, rank: slots.count, scaling: scaling)
        for k in 0..<maxRank {
            let wasActive = mask[k] != 0, isActive = slots.contains(k)
            if wasActive && isActive {
                values[k] *= newScale > 0 ? scale / newScale : 0
            } else if isActive {
                values[k] = 0
                for i in 0..<input { left[i * maxRank + k] = Float(random.normal(standardDeviation: 0.02)) }
                for j in 0..<output { right[k * output + j] = Float(random.normal(standardDeviation: 0.02)) }
            } else {
                values[k] = 0
            }
            mask[k] = isActive ? 1 : 0
        }
        scale = newScale
    }

    /// Sets λ of inactive slots to 0.
    public mutating func clearInactiveValues() {
        for k in 0..<maxRank where mask[k] == 0 { values[k] = 0 }
    }

    /// ΔW as a dense input × output matrix (for tests and merging).
    public func delta() -> [Float] {
        var result = [Float](repeating: 0, count: input * output)
        for i in 0..<input {
            for k in 0..<maxRank where mask[k] != 0 {
                let a = left[i * maxRank + k] * values[k] * scale
                for j in 0..<output { result[i * output + j] += a * right[k * output + j] }
            }
        }
        return result
    }
}

/// Gradients of one adapter.
public struct LoRAGradient: Sendable, Equatable {
    public var left: [Float], values: [Float], right: [Float]

    public init(_ adapter: LoRAAdapter) {
        left = [Float](repeating: 0, count: adapter.left.count)
        values = [Float](repeating: 0, count: adapter.values.count)
        right = [Float](repeating: 0, count: adapter.right.count)
    }

    mutating func zero() {
        for i in left.indices { left[i] = 0 }
        for i in values.indices { values[i] = 0 }
        for i in right.indices { right[i] = 0 }
    }
}
