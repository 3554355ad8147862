import Allot

/// A linear contextual bandit (Li, Chu, Langford, Schapire 2010): every round each arm shows a fresh
/// feature vector x_a = (u_a, 1) with u_a uniform on the unit sphere of dimension d − 1, and pays
/// Bernoulli(x_a · θ) with θ = (θ'/2, 1/2) and |θ'| <= 1, so means lie in [0, 1] and are exactly linear in
/// the features. θ' is drawn per replication (uniform on the sphere) unless given. Policies that ignore
/// the features see arms that all average 1/2, which is the point of the comparison.
public struct LinearContextualKind: BanditEnvironmentKind {
    public init() {}
    public let name = "linear-contextual"
    public let summary = "Arms with fresh feature vectors each round and Bernoulli rewards linear in them (for LinUCB)."
    public let parameters = [
        ParameterSpec("arms", .integer, default: 10, range: 1...100_000, help: "Number of arms (>= 2)."),
        ParameterSpec("dimension", .integer, default: 5, range: 1...1_000, help: "Feature dimension d including the constant feature (>= 2)."),
        ParameterSpec("theta", .numbers, note: "drawn per replication", help: "θ', d − 1 numbers with Euclidean norm <= 1."),
    ]

    public func prepare(_ environment: inout FieldReader, context: ScenarioContext) throws -> any PreparedBanditEnvironment {
        let arms = try environment.optional("arms").map { try $0.integer(in: 2...100_000, "the number of arms") } ?? 10
        let dimension = try environment.optional("dimension").map { try $0.integer(in: 2...1_000, "the feature dimension") } ?? 5
        var theta: [Double]?
        if let reader = try environment.optional("theta") {
            let values = try reader.numbers("finite numbers", count: dimension - 1)
            guard values.reduce(0, { $0 + $1 * $1 }) <= 1 + 1e-12 else { throw reader.invalid("a vector with Euclidean norm <= 1") }
            theta = values
        }
        return PreparedLinearContextual(arms: arms, dimension: dimension, theta: theta)
    }
}

struct PreparedLinearContextual: PreparedBanditEnvironment {
    let arms: Int
    let dimension: Int
    let theta: [Double]?

    var armCount: Int { arms }
    var rewardRange: RewardRange { .unitInterval }
    var contextDimension: Int? { dimension }
    var definesBestArm: Bool { false }
    var summary: String {
        "\(arms) arms, \(dimension)-dimensional features (one constant), Bernoulli rewards with mean x · θ, θ' \(theta == nil ? "drawn per replication" : "fixed")"
    }

    func makeEnvironment(seed: UInt64) -> any BanditEnvironment {
        LinearContextualEnvironment(arms: arms, dimension: dimension, theta: theta, seed: seed)
    }
}

/// One replication; the contexts matrix is reused every round.
struct LinearContextualEnvironment: BanditEnvironment {
    let weights: [Double]
    var features: Matrix
    var means: [Double]
    var bestMean = 0.0
    var random: RandomSource
    var draw = 0.0

    init(arms: Int, dimension: Int, theta: [Double]?, seed: UInt64) {
        random = RandomSource(seed: seed)
        let direction = theta ?? Self.unitVector(dimension - 1, &random)
        weights = direction.map { $0 / 2 } + [0.5]
        features = Matrix(rows: arms, columns: dimension)
        means = [Double](repeating: 0, count: arms)
    }

    static func unitVector(_ n: Int, _ random: inout RandomSource) -> [Double] {
        var vector = (0..<n).map { _ in random.normal() }
        let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
        for i in vector.indices { vector[i] /= max(norm, 1e-300) }
        return vector
    }

    var armCount: Int { means.count }
    var contexts: Matrix? { features }

    mutating func beginRound(_ round: Int) {
        let d = features.columns
        bestMean = -1
        for arm in 0..<features.rows {
            var norm = 0.0
            for j in 0..<(d - 1) {
                let value = random.normal()
                features.elements[arm * d + j] = value
                norm += value * value
            }
            norm = max(norm.squareRoot(), 1e-300)
            var mean = weights[d - 1]
            for j in 0..<(d - 1) {
                features.elements[arm * d + j] /= norm
                mean += features.elements[arm * d + j] * weights[j]
            }
            features.elements[arm * d + d - 1] = 1
            means[arm] = min(1, max(0, mean))
            bestMean = max(bestMean, means[arm])
        }
        draw = random.uniform()
    }

    mutating func pull(_ arm: Int) -> Observation { Observation(arm: arm, reward: draw < means[arm] ? 1 : 0) }
    func regret(of arm: Int) -> Double { bestMean - means[arm] }
    func isOptimal(_ arm: Int) -> Bool { means[arm] >= bestMean }
    var bestArm: Int? { nil }
}
