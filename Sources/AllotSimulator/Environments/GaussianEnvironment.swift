import Allot

/// Stationary Gaussian arms: arm i pays μ_i + σ_i z. Lai–Robbins (known variances): C = Σ 2σ_i² / Δ_i.
public struct GaussianKind: BanditEnvironmentKind {
    public init() {}
    public let name = "gaussian"
    public let summary = "Stationary Gaussian arms with given means and standard deviations (real-valued rewards)."
    public let parameters = [
        ParameterSpec("means", .numbers, note: "required", help: "Mean reward of each arm."),
        ParameterSpec("standardDeviations", .numbers, note: "1 for every arm", help: "Noise standard deviation of each arm (> 0)."),
    ]

    public func prepare(_ environment: inout FieldReader, context: ScenarioContext) throws -> any PreparedBanditEnvironment {
        let meansReader = try environment.required("means", "an array of mean rewards")
        let means = try meansReader.numbers("finite numbers within ±1e100", maxCount: BernoulliKind.maxArms) { abs($0) <= 1e100 }
        guard !means.isEmpty else { throw meansReader.invalid("at least one arm") }
        var deviations = [Double](repeating: 1, count: means.count)
        if let reader = try environment.optional("standardDeviations") {
            deviations = try reader.numbers("standard deviations in (0, 1e100]", count: means.count) { $0 > 0 && $0 <= 1e100 }
        }
        return PreparedGaussian(means: means, deviations: deviations)
    }
}

struct PreparedGaussian: PreparedBanditEnvironment {
    let means: [Double]
    let deviations: [Double]

    var armCount: Int { means.count }
    var armMeans: [Double]? { means }
    var rewardRange: RewardRange { .real }
    var laiRobbinsConstant: Double? {
        let best = means.max()!
        let terms = zip(means, deviations).filter { $0.0 < best }.map { 2 * $0.1 * $0.1 / (best - $0.0) }
        return terms.isEmpty ? nil : terms.reduce(0, +)
    }
    var summary: String {
        "\(means.count) Gaussian arms, means \(means.map { JSONValue.format($0) }.joined(separator: ", ")), standard deviations \(deviations.map { JSONValue.format($0) }.joined(separator: ", "))"
    }

    func makeEnvironment(seed: UInt64) -> any BanditEnvironment {
        GaussianEnvironment(means: means, deviations: deviations, seed: seed)
    }
}

/// One replication: one standard normal z per round, shared by the arms (common random numbers).
struct GaussianEnvironment: BanditEnvironment {
    let means: [Double]
    let deviations: [Double]
    let bestMean: Double
    var random: RandomSource
    var noise = 0.0

    init(means: [Double], deviations: [Double], seed: UInt64) {
        self.means = means
        self.deviations = deviations
        bestMean = means.max()!
        random = RandomSource(seed: seed)
    }

    var armCount: Int { means.count }
    mutating func beginRound(_ round: Int) { noise = random.normal() }
    mutating func pull(_ arm: Int) -> Observation { Observation(arm: arm, reward: means[arm] + deviations[arm] * noise) }
    func regret(of arm: Int) -> Double { bestMean - means[arm] }
    func isOptimal(_ arm: Int) -> Bool { means[arm] >= bestMean }
    var bestArm: Int? { means.firstIndex(of: bestMean) }
}
