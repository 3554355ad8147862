/// LinUCB (Li, Chu, Langford, Schapire 2010): rewards linear in a per-arm feature vector x, estimated by
/// ridge regression; play the largest θᵀx + α sqrt(xᵀ A⁻¹ x). `.disjoint` fits one θ per arm (the
/// paper's Algorithm 1); `.shared` fits one θ for all arms, so what is learned on one arm transfers
/// to arms whose features look alike (and to arms added later).
public struct LinUCB: ContextualPolicy, Equatable {
    public static let name = "linucb"

    /// Whether arms share one coefficient vector.
    public enum Sharing: String, Sendable, Equatable, Codable {
        case disjoint
        case shared
    }

    public let dimension: Int
    /// α: width of the confidence bound.
    public let alpha: Double
    /// λ: ridge regularisation (A starts at λI).
    public let regularization: Double
    public let sharing: Sharing
    public private(set) var armCount: Int
    /// One model per arm (disjoint) or a single model (shared).
    public private(set) var models: [RidgeRegression]

    public init(arms: Int, dimension: Int, alpha: Double = 1, regularization: Double = 1, sharing: Sharing = .disjoint) throws {
        try Check.armCount(arms, Self.name)
        try Check.positiveCount(dimension, "dimension", Self.name)
        try Check.nonNegative(alpha, "alpha", Self.name)
        try Check.positive(regularization, "regularization", Self.name)
        self.dimension = dimension
        self.alpha = alpha
        self.regularization = regularization
        self.sharing = sharing
        armCount = arms
        let model = try RidgeRegression(dimension: dimension, regularization: regularization)
        models = [RidgeRegression](repeating: model, count: sharing == .shared ? 1 : arms)
    }

    private func model(for arm: Int) -> Int { sharing == .shared ? 0 : arm }

    private func checkContexts(_ contexts: Matrix) throws {
        guard contexts.rows == armCount, contexts.columns == dimension else {
            throw PolicyError.invalidObservation(policy: Self.name, field: "contexts",
                                                 expected: "a \(armCount)×\(dimension) matrix (one row per arm)",
                                                 got: "\(contexts.rows)×\(contexts.columns)")
        }
        if let bad = contexts.elements.firstIndex(where: { !$0.isFinite }) {
            throw PolicyError.invalidObservation(policy: Self.name, field: "contexts[\(bad / dimension), \(bad % dimension)]",
                                                 expected: "a finite number", got: "\(contexts.elements[bad])")
        }
    }

    /// Scores every arm into the selection helper; two small buffers per round.
    private func withScores<Result>(_ contexts: Matrix, _ body: ((Int) -> Double) -> Result) -> Result {
        var x = [Double](repeating: 0, count: dimension)
        var scratch = x
        return body { arm in
            for j in 0..<dimension { x[j] = contexts[arm, j] }
            return models[model(for: arm)].upperConfidenceBound(x, alpha: alpha, scratch: &scratch)
        }
    }

    public mutating func select(contexts: Matrix) throws -> Int {
        try Check.selectionSize(1, arms: armCount, Self.name)
        try checkContexts(contexts)
        return withScores(contexts) { ArmRanking.best(count: armCount, score: $0) }
    }

    public mutating func select(k: Int, contexts: Matrix, into arms: inout [Int]) throws {
        try Check.selectionSize(k, arms: armCount, Self.name)
        try checkContexts(contexts)
        let count = armCount
        withScores(contexts) { ArmRanking.top(k: k, count: count, into: &arms, score: $0) }
    }

    public mutating func update(_ observation: Observation, context: [Double]) throws {
        try Check.observation(observation, arms: armCount, unitReward: false, Self.name)
        guard context.count == dimension else {
            throw PolicyError.invalidObservation(policy: Self.name, field: "context", expected: "a vector of length \(dimension)", got: "length \(context.count)")
        }
        if let bad = context.firstIndex(where: { !$0.isFinite }) {
            throw PolicyError.invalidObservation(policy: Self.name, field: "context[\(bad)]", expected: "a finite number", got: "\(context[bad])")
        }
        try models[model(for: observation.arm)].add(context, reward: observation.reward)
    }

    @discardableResult public mutating func addArm() -> Int {
        if sharing == .disjoint {
            // λI always factorises, so this cannot fail once the initializer succeeded.
            models.append(try! RidgeRegression(dimension: dimension, regularization: regularization))
        }
        armCount += 1
        return armCount - 1
    }
}

extension LinUCB {
    private enum CodingKeys: String, CodingKey { case dimension, alpha, regularization, sharing, armCount, models }

    /// Validated: the parameters as the initialiser demands, one model per arm (or one shared), each of
    /// the policy's dimension.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let dimension = try container.decode(Int.self, forKey: .dimension), alpha = try container.decode(Double.self, forKey: .alpha)
        let regularization = try container.decode(Double.self, forKey: .regularization), sharing = try container.decode(Sharing.self, forKey: .sharing)
        try Limits.check(dimension, atMost: 4_096, "the feature dimension", source: "", path: "dimension")
        self = try Decoding.validated(container) { try LinUCB(arms: 0, dimension: dimension, alpha: alpha, regularization: regularization, sharing: sharing) }
        armCount = try container.decode(Int.self, forKey: .armCount)
        try Decoding.require(armCount >= 0 && armCount <= Limits.maxArms, container, .armCount, "expected an arm count in 0...\(Limits.maxArms)")
        models = try container.decode([RidgeRegression].self, forKey: .models)
        try Decoding.requireCount(models.count, of: .models, in: container, is: sharing == .shared ? 1 : armCount, "one model per arm, or one shared")
        try Decoding.require(models.allSatisfy { $0.dimension == dimension }, container, .models, "expected models of dimension \(dimension)")
    }
}
