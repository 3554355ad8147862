import Allot
import Foundation

/// Oblivious adversarial sequences: each arm's expected reward μ_t(a) follows a fixed pattern over rounds,
/// chosen in advance and blind to the policy. Regret is against the best fixed arm in hindsight,
/// max_a Σ_t μ_t(a) − Σ_t μ_t(a_t), the quantity EXP3's bound controls.
public struct AdversarialKind: BanditEnvironmentKind {
    public init() {}
    public let name = "adversarial"
    public let summary = "Oblivious adversarial sequences (alternating, rotating blocks, sine waves); regret vs the best fixed arm."
    public static let patterns = ["alternating", "rotating", "sine"]
    public let parameters = [
        ParameterSpec("pattern", .choice(AdversarialKind.patterns), default: "alternating",
                      help: "alternating: arms 0 and 1 pay 1 on even/odd rounds, arm 2 pays 0.3, others 0. rotating: one good arm at a time, in blocks that grow geometrically. sine: means 0.5 + amplitude sin(2π t / period + 2π a / K)."),
        ParameterSpec("arms", .integer, default: 4, range: 1...100_000, help: "Number of arms (>= 2)."),
        ParameterSpec("blockLength", .integer, default: 100, range: 1...1e9, help: "rotating: length of the first block."),
        ParameterSpec("growth", .number, default: 2, help: "rotating: each block is this many times longer (>= 1)."),
        ParameterSpec("high", .number, default: 0.9, help: "rotating: mean of the good arm."),
        ParameterSpec("low", .number, default: 0.3, help: "rotating: mean of the other arms."),
        ParameterSpec("period", .integer, default: 2000, range: 1...1e9, help: "sine: rounds per cycle."),
        ParameterSpec("amplitude", .number, default: 0.4, help: "sine: amplitude in [0, 0.5]."),
    ]

    public func prepare(_ environment: inout FieldReader, context: ScenarioContext) throws -> any PreparedBanditEnvironment {
        func read<T>(_ key: String, _ body: (FieldReader) throws -> T, default value: T) throws -> T {
            guard let reader = try environment.optional(key) else { return value }
            return try body(reader)
        }
        let pattern = try read("pattern", { try $0.choice(Self.patterns, kind: "pattern") }, default: "alternating")
        let arms = try read("arms", { try $0.integer(in: 2...100_000, "the number of arms") }, default: 4)
        let blockLength = try read("blockLength", { try $0.integer(in: 1...1_000_000_000, "the block length") }, default: 100)
        let growth = try read("growth", { try $0.number("a number in 1...1e6") { $0 >= 1 && $0 <= 1e6 } }, default: 2)
        let high = try read("high", { try $0.number("a probability in [0, 1]") { $0 >= 0 && $0 <= 1 } }, default: 0.9)
        let low = try read("low", { try $0.number("a probability in [0, 1]") { $0 >= 0 && $0 <= 1 } }, default: 0.3)
        let period = try read("period", { try $0.integer(in: 2...1_000_000_000, "the period") }, default: 2000)
        let amplitude = try read("amplitude", { try $0.number("a number in [0, 0.5]") { $0 >= 0 && $0 <= 0.5 } }, default: 0.4)
        let sequence: AdversarialSequence
        switch pattern {
        case "rotating": sequence = .rotating(blockLength: blockLength, growth: growth, high: high, low: low)
        case "sine": sequence = .sine(period: period, amplitude: amplitude)
        default: sequence = .alternating
        }
        return PreparedAdversarial(arms: arms, sequence: sequence)
    }
}

/// The patterns μ_t(a) an adversarial environment follows.
enum AdversarialSequence: Sendable, Equatable {
    case alternating
    case rotating(blockLength: Int, growth: Double, high: Double, low: Double)
    case sine(period: Int, amplitude: Double)
}

struct PreparedAdversarial: PreparedBanditEnvironment {
    let arms: Int
    let sequence: AdversarialSequence

    var armCount: Int { arms }
    var rewardRange: RewardRange { .unitInterval }
    var definesBestArm: Bool { true }
    var summary: String {
        switch sequence {
        case .alternating: return "\(arms) arms, alternating: arms 0 and 1 take turns paying 1, arm 2 pays 0.3, the rest 0"
        case let .rotating(block, growth, high, low):
            return "\(arms) arms, rotating: one arm at mean \(JSONValue.format(high)), the others at \(JSONValue.format(low)), in blocks of \(block) rounds growing ×\(JSONValue.format(growth))"
        case let .sine(period, amplitude):
            return "\(arms) arms, sine: means 0.5 + \(JSONValue.format(amplitude)) sin(2π t / \(period) + 2π a / \(arms))"
        }
    }

    func makeEnvironment(seed: UInt64) -> any BanditEnvironment {
        AdversarialEnvironment(arms: arms, sequence: sequence, seed: seed)
    }
}

/// One replication. Keeps every arm's cumulative mean, O(K) per round, so regret against the best fixed arm
/// so far is exact at every trace point; rewards are Bernoulli(μ_t(a)) from one uniform per round.
struct AdversarialEnvironment: BanditEnvironment {
    let sequence: AdversarialSequence
    var means: [Double]
    var totals: [Double]
    var bestTotal = 0.0
    var bestTotalIncrease = 0.0
    var bestMean = 0.0
    var random: RandomSource
    var draw = 0.0
    // rotating: the current block and where the next one starts.
    var block = 0
    var blockEnd = 0

    init(arms: Int, sequence: AdversarialSequence, seed: UInt64) {
        self.sequence = sequence
        means = [Double](repeating: 0, count: arms)
        totals = [Double](repeating: 0, count: arms)
        random = RandomSource(seed: seed)
        if case let .rotating(blockLength, _, _, _) = sequence { blockEnd = blockLength }
    }

    var armCount: Int { means.count }

    mutating func beginRound(_ round: Int) {
        let k = means.count
        switch sequence {
        case .alternating:
            for arm in 0..<k { means[arm] = arm < 2 ? (round % 2 == arm ? 1 : 0) : (arm == 2 ? 0.3 : 0) }
        case let .rotating(blockLength, growth, high, low):
            while round >= blockEnd {
                block += 1
                blockEnd += max(1, Int((Double(blockLength) * pow(growth, Double(block))).rounded()))
            }
            for arm in 0..<k { means[arm] = arm == block % k ? high : low }
        case let .sine(period, amplitude):
            for arm in 0..<k {
                means[arm] = 0.5 + amplitude * sin(2 * Double.pi * (Double(round) / Double(period) + Double(arm) / Double(k)))
            }
        }
        var newBest = -Double.infinity
        bestMean = -Double.infinity
        for arm in 0..<k {
            totals[arm] += means[arm]
            newBest = max(newBest, totals[arm])
            bestMean = max(bestMean, means[arm])
        }
        bestTotalIncrease = newBest - bestTotal
        bestTotal = newBest
        draw = random.uniform()
    }

    mutating func pull(_ arm: Int) -> Observation { Observation(arm: arm, reward: draw < means[arm] ? 1 : 0) }
    func regret(of arm: Int) -> Double { bestTotalIncrease - means[arm] }
    func isOptimal(_ arm: Int) -> Bool { means[arm] >= bestMean }
    var bestArm: Int? { totals.indices.max { totals[$0] < totals[$1] || (totals[$0] == totals[$1] && $0 > $1) } }
}
