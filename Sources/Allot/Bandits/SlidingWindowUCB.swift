/// Sliding-window UCB (Garivier, Moulines 2011): for rewards whose means change abruptly. Only the last
/// τ observations count: index X̄_i(τ) + B sqrt(ξ ln min(t, τ) / N_i(τ)). The window is a ring buffer,
/// so a pull costs O(1) to record whatever τ is. The paper's experiments use ξ = 0.6.
public struct SlidingWindowUCB: IndexPolicy, Equatable {
    public static let name = "sliding-window-ucb"

    /// τ: observations remembered.
    public let window: Int
    public let exploration: Double
    /// B: an upper bound on |reward|.
    public let rewardBound: Double
    /// Pulls and reward sums per arm inside the window.
    public private(set) var counts: [Int]
    public private(set) var sums: [Double]
    /// The window's observations, oldest at `head` once the buffer is full.
    private var historyArms: [Int]
    private var historyRewards: [Double]
    private var head: Int
    /// Observations ever made (t).
    public private(set) var totalPulls: Int

    public init(arms: Int, window: Int, exploration: Double = 0.6, rewardBound: Double = 1) throws {
        try Check.armCount(arms, Self.name)
        try Check.positiveCount(window, "window", Self.name)
        try Check.positive(exploration, "exploration", Self.name)
        try Check.positive(rewardBound, "rewardBound", Self.name)
        self.window = window
        self.exploration = exploration
        self.rewardBound = rewardBound
        counts = [Int](repeating: 0, count: arms)
        sums = [Double](repeating: 0, count: arms)
        historyArms = []
        historyRewards = []
        head = 0
        totalPulls = 0
    }

    public var armCount: Int { counts.count }

    /// ξ ln min(t, τ).
    public func beginRound() -> Double {
        exploration * logRound(min(totalPulls, window))
    }

    public func index(of arm: Int, in scaledLog: Double) -> Double {
        let n = counts[arm]
        if n == 0 { return .infinity }
        let count = Double(n)
        return sums[arm] / count + rewardBound * (scaledLog / count).squareRoot()
    }

    public mutating func update(_ observation: Observation) throws {
        try Check.observation(observation, arms: armCount, unitReward: false, Self.name)
        totalPulls += 1
        if historyArms.count < window {
            historyArms.append(observation.arm)
            historyRewards.append(observation.reward)
        } else {
            let evicted = historyArms[head]
            counts[evicted] -= 1
            sums[evicted] = counts[evicted] == 0 ? 0 : sums[evicted] - historyRewards[head]
            historyArms[head] = observation.arm
            historyRewards[head] = observation.reward
            head = (head + 1) % window
        }
        counts[observation.arm] += 1
        sums[observation.arm] += observation.reward
    }

    @discardableResult public mutating func addArm() -> Int {
        counts.append(0)
        sums.append(0)
        return counts.count - 1
    }
}

extension SlidingWindowUCB {
    private enum CodingKeys: String, CodingKey { case window, exploration, rewardBound, counts, sums, historyArms, historyRewards, head, totalPulls }

    /// Validated: the parameters as the initialiser demands; a history of at most `window` pulls whose
    /// arms exist, a head inside it, and counts and sums that are exactly what the history holds.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let window = try container.decode(Int.self, forKey: .window), exploration = try container.decode(Double.self, forKey: .exploration)
        let bound = try container.decode(Double.self, forKey: .rewardBound)
        try Limits.check(window, atMost: Limits.maxArrayElements, "the window", source: "", path: "window")
        self = try Decoding.validated(container) { try SlidingWindowUCB(arms: 0, window: window, exploration: exploration, rewardBound: bound) }
        counts = try container.decode([Int].self, forKey: .counts)
        sums = try container.decode([Double].self, forKey: .sums)
        historyArms = try container.decode([Int].self, forKey: .historyArms)
        historyRewards = try container.decode([Double].self, forKey: .historyRewards)
        head = try container.decode(Int.self, forKey: .head)
        totalPulls = try container.decode(Int.self, forKey: .totalPulls)
        try Limits.check(counts.count, atMost: Limits.maxArms, "the number of arms", source: "", path: "counts")
        try Decoding.requireCount(sums.count, of: .sums, in: container, is: counts.count, "one per arm")
        try Decoding.require(historyArms.count <= window && historyRewards.count == historyArms.count, container, .historyArms,
                             "expected at most \(window) pulls of history, with one reward each")
        try Decoding.require(head >= 0 && (head < max(historyArms.count, 1)), container, .head, "expected a position inside the history, got \(head)")
        try Decoding.require(totalPulls >= historyArms.count, container, .totalPulls, "expected at least the pulls in the history")
        try Decoding.requireFinite(historyRewards, container, .historyRewards)
        var expectedCounts = [Int](repeating: 0, count: counts.count)
        for arm in historyArms {
            try Decoding.require(arm >= 0 && arm < counts.count, container, .historyArms, "a pull of arm \(arm), which does not exist")
            expectedCounts[arm] += 1
        }
        try Decoding.require(expectedCounts == counts, container, .counts, "expected the pulls in the history per arm")
        try Decoding.requireFinite(sums, container, .sums)
    }
}
