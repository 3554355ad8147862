import Allot

/// Bernoulli arms whose means jump at given rounds (Garivier, Moulines 2011): the test bed for policies
/// that forget. Regret is against the best arm of the current phase.
public struct PiecewiseStationaryKind: BanditEnvironmentKind {
    public init() {}
    public let name = "piecewise-stationary"
    public let summary = "Bernoulli arms whose means change at given rounds (phases)."
    public let parameters = [
        ParameterSpec("phases", .object, note: "required",
                      help: "Array of {\"start\": round, \"means\": [...]}; the first starts at 0, starts increase."),
    ]

    public func prepare(_ environment: inout FieldReader, context: ScenarioContext) throws -> any PreparedBanditEnvironment {
        let phasesReader = try environment.required("phases", "an array of {\"start\": round, \"means\": [...]}")
        let items = try phasesReader.elements("an array of {\"start\": round, \"means\": [...]}", maxCount: 10_000)
        guard !items.isEmpty else { throw phasesReader.invalid("at least one phase") }
        var starts: [Int] = []
        var means: [[Double]] = []
        for var item in items {
            let startReader = try item.required("start", "the round the phase starts at (0 for the first)")
            let start = try startReader.integer(in: 0...1_000_000_000, "the round the phase starts at")
            if starts.isEmpty, start != 0 { throw startReader.invalid("0 (the first phase starts at round 0)") }
            if let previous = starts.last, start <= previous { throw startReader.invalid("a round after the previous phase's start (\(previous))") }
            let meansReader = try item.required("means", "an array of success probabilities in [0, 1]")
            let phaseMeans = try meansReader.numbers("probabilities in [0, 1]", count: means.first?.count, maxCount: BernoulliKind.maxArms) { $0 >= 0 && $0 <= 1 }
            guard !phaseMeans.isEmpty else { throw meansReader.invalid("at least one arm") }
            try item.finish(allowed: ["start", "means"])
            starts.append(start)
            means.append(phaseMeans)
        }
        return PreparedPiecewise(starts: starts, means: means)
    }
}

struct PreparedPiecewise: PreparedBanditEnvironment {
    let starts: [Int]
    let means: [[Double]]

    var armCount: Int { means[0].count }
    var rewardRange: RewardRange { .unitInterval }
    var definesBestArm: Bool { false }
    var summary: String {
        let phases = zip(starts, means).map { "from round \($0): \($1.map { JSONValue.format($0) }.joined(separator: ", "))" }
        return "\(armCount) Bernoulli arms in \(starts.count) phases (\(phases.joined(separator: "; ")))"
    }

    func makeEnvironment(seed: UInt64) -> any BanditEnvironment {
        PiecewiseStationaryEnvironment(starts: starts, means: means, seed: seed)
    }
}

/// One replication: the current phase's means; one uniform per round decides every arm's reward.
struct PiecewiseStationaryEnvironment: BanditEnvironment {
    let starts: [Int]
    let means: [[Double]]
    let bestMeans: [Double]
    var phase = 0
    var random: RandomSource
    var draw = 0.0

    init(starts: [Int], means: [[Double]], seed: UInt64) {
        self.starts = starts
        self.means = means
        bestMeans = means.map { $0.max()! }
        random = RandomSource(seed: seed)
    }

    var armCount: Int { means[0].count }

    mutating func beginRound(_ round: Int) {
        while phase + 1 < starts.count, round >= starts[phase + 1] { phase += 1 }
        draw = random.uniform()
    }

    mutating func pull(_ arm: Int) -> Observation { Observation(arm: arm, reward: draw < means[phase][arm] ? 1 : 0) }
    func regret(of arm: Int) -> Double { bestMeans[phase] - means[phase][arm] }
    func isOptimal(_ arm: Int) -> Bool { means[phase][arm] >= bestMeans[phase] }
    var bestArm: Int? { nil }
}
