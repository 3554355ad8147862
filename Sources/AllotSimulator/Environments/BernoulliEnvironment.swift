import Allot

/// Stationary Bernoulli arms: arm i pays 1 with probability μ_i, optionally at a fixed cost c_i per pull
/// (then regret is measured per unit of budget: c_a · max_i(μ_i / c_i) − μ_a per pull).
public struct BernoulliKind: BanditEnvironmentKind {
    /// The most arms a bandit environment may have: each round scores every arm.
    static let maxArms = 100_000

    public init() {}
    public let name = "bernoulli"
    public let summary = "Stationary Bernoulli arms with given success probabilities, optionally with a cost per pull."
    public let parameters = [
        ParameterSpec("means", .numbers, note: "required", help: "Success probability of each arm, in [0, 1]."),
        ParameterSpec("costs", .numbers, note: "1 per pull", help: "Cost of one pull of each arm (> 0); use with a budget."),
    ]

    public func prepare(_ environment: inout FieldReader, context: ScenarioContext) throws -> any PreparedBanditEnvironment {
        let meansReader = try environment.required("means", "an array of success probabilities in [0, 1]")
        let means = try meansReader.numbers("probabilities in [0, 1]", maxCount: Self.maxArms) { $0 >= 0 && $0 <= 1 }
        guard !means.isEmpty else { throw meansReader.invalid("an array of at least one probability") }
        var costs: [Double]?
        if let reader = try environment.optional("costs") {
            costs = try reader.numbers("costs > 0", count: means.count) { $0 > 0 }
        }
        return try PreparedBernoulli(means: means, costs: costs)
    }
}

struct PreparedBernoulli: PreparedBanditEnvironment {
    let means: [Double]
    let costs: [Double]?
    let laiRobbinsConstant: Double?

    init(means: [Double], costs: [Double]?) throws {
        self.means = means
        self.costs = costs
        // Lai–Robbins is defined for plain rounds; with costs the comparison is per unit of budget.
        laiRobbinsConstant = costs == nil && Set(means).count > 1 ? try? LaiRobbins.constant(means: means) : nil
    }

    var armCount: Int { means.count }
    var armMeans: [Double]? { means }
    var rewardRange: RewardRange { .unitInterval }
    var summary: String {
        let list = means.map { JSONValue.format($0) }.joined(separator: ", ")
        if let costs { return "\(means.count) Bernoulli arms, means \(list), costs \(costs.map { JSONValue.format($0) }.joined(separator: ", "))" }
        return "\(means.count) Bernoulli arms, means \(list)"
    }

    func makeEnvironment(seed: UInt64) -> any BanditEnvironment {
        BernoulliEnvironment(means: means, costs: costs, seed: seed)
    }
}

/// One replication of a Bernoulli bandit. One uniform draw per round decides every arm's reward
/// (reward = u < μ_a): each arm's rewards are still i.i.d. Bernoulli(μ_a), and every policy faces the same
/// draws in the same replication (common random numbers), which narrows the comparison's intervals.
struct BernoulliEnvironment: BanditEnvironment {
    let means: [Double]
    let costs: [Double]
    let regrets: [Double]
    let best: Int
    var random: RandomSource
    var draw = 0.0

    init(means: [Double], costs: [Double]?, seed: UInt64) {
        self.means = means
        self.costs = costs ?? [Double](repeating: 1, count: means.count)
        let rates = zip(means, self.costs).map { $0 / $1 }
        let bestRate = rates.max() ?? 0
        regrets = zip(means, self.costs).map { max(0, $1 * bestRate - $0) }
        best = rates.indices.max { rates[$0] < rates[$1] || (rates[$0] == rates[$1] && $0 > $1) } ?? 0
        random = RandomSource(seed: seed)
    }

    var armCount: Int { means.count }
    mutating func beginRound(_ round: Int) { draw = random.uniform() }
    mutating func pull(_ arm: Int) -> Observation { Observation(arm: arm, reward: draw < means[arm] ? 1 : 0, cost: costs[arm]) }
    func cost(of arm: Int) -> Double { costs[arm] }
    func regret(of arm: Int) -> Double { regrets[arm] }
    func isOptimal(_ arm: Int) -> Bool { regrets[arm] <= 1e-12 }
    var bestArm: Int? { best }
}
