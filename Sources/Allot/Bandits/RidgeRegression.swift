/// Online ridge regression, the learner inside LinUCB: A = λI + Σ x xᵀ, b = Σ r x, θ = A⁻¹ b. A is kept
/// with its Cholesky factor so that θ and the confidence width xᵀ A⁻¹ x come from triangular solves.
public struct RidgeRegression: Sendable, Equatable, Codable {
    /// A, the regularised Gram matrix.
    public private(set) var gram: Matrix
    /// b, the reward-weighted sum of features.
    public private(set) var target: [Double]
    /// The Cholesky factor of A.
    public private(set) var factor: CholeskyFactorization
    /// θ = A⁻¹ b, the current coefficient estimate.
    public private(set) var coefficients: [Double]

    /// An empty model: A = λI, b = 0.
    public init(dimension: Int, regularization: Double) throws {
        gram = Matrix.identity(dimension, scale: regularization)
        target = [Double](repeating: 0, count: dimension)
        factor = try gram.cholesky()
        coefficients = target
    }

    public var dimension: Int { target.count }

    /// Adds one (x, r) pair and refits (O(d³) for the refactorisation, negligible at bandit dimensions).
    public mutating func add(_ x: [Double], reward: Double) throws {
        gram.addOuterProduct(x, x)
        for j in 0..<dimension { target[j] += reward * x[j] }
        factor = try gram.cholesky()
        coefficients = try factor.solve(target)
    }

    /// θ·x + α sqrt(xᵀ A⁻¹ x); `scratch` must have length d.
    public func upperConfidenceBound(_ x: [Double], alpha: Double, scratch: inout [Double]) -> Double {
        var prediction = 0.0
        for j in 0..<dimension { prediction += coefficients[j] * x[j] }
        return prediction + alpha * factor.inverseQuadraticForm(x, scratch: &scratch).squareRoot()
    }
}

extension RidgeRegression {
    private enum CodingKeys: String, CodingKey { case gram, target, factor, coefficients }

    /// Validated: a square Gram matrix, one target entry per row. The factor and coefficients are
    /// recomputed from them (the same LAPACK call on the same numbers gives the same bits), so a damaged
    /// or edited factor cannot disagree with the matrix it claims to factor.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        gram = try container.decode(Matrix.self, forKey: .gram)
        target = try container.decode([Double].self, forKey: .target)
        try Decoding.require(gram.rows == gram.columns && gram.rows == target.count, container, .gram,
                             "expected a \(target.count)×\(target.count) matrix, got \(gram.rows)×\(gram.columns)")
        try Decoding.requireFinite(target, container, .target)
        do {
            factor = try gram.cholesky()
            coefficients = try factor.solve(target)
        } catch {
            try Decoding.require(false, container, .gram, "the Gram matrix is not positive definite")
            throw error
        }
    }
}
