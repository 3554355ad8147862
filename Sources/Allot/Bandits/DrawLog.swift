/// The probability each outstanding draw of an arm was made with, oldest first, so an importance weight
/// uses the probability at selection time, not the one in force when the reward arrives (which differs
/// when feedback is delayed or batched, and then biases EXP3's estimates). Vowpal Wabbit logs the
/// probability with the action for the same reason. An observation that carries its own
/// `probability` (a log from elsewhere) uses that instead.
///
/// At most `limit` draws per arm are kept (the oldest go first), so a caller that selects without ever
/// updating cannot grow it without bound; a reward for a draw no longer kept falls back to the current
/// probability.
public struct DrawLog: Sendable, Equatable, Codable {
    public static let limit = 4_096

    private var pending: [[Double]]
    /// Where each arm's oldest pending draw is (entries before it were taken), so taking one is O(1).
    private var heads: [Int]

    public init(arms: Int) {
        pending = Array(repeating: [], count: arms)
        heads = Array(repeating: 0, count: arms)
    }

    public var count: Int { pending.count }

    /// Draws of `arm` not yet rewarded.
    public func outstanding(_ arm: Int) -> Int { pending[arm].count - heads[arm] }

    public mutating func record(_ arm: Int, probability: Double) {
        if outstanding(arm) >= Self.limit { heads[arm] += 1 }
        // Compact once the taken prefix is as long as what is left: amortised O(1), capacity kept.
        if heads[arm] > 0 && heads[arm] * 2 >= pending[arm].count {
            pending[arm].removeFirst(heads[arm])
            heads[arm] = 0
        }
        pending[arm].append(probability)
    }

    /// The probability of `arm`'s oldest draw not yet rewarded, removing it; nil when there is none.
    public mutating func take(_ arm: Int) -> Double? {
        guard heads[arm] < pending[arm].count else { return nil }
        let probability = pending[arm][heads[arm]]
        heads[arm] += 1
        if heads[arm] == pending[arm].count {
            pending[arm].removeAll(keepingCapacity: true)
            heads[arm] = 0
        }
        return probability
    }

    public mutating func addArm() {
        pending.append([])
        heads.append(0)
    }

    private enum CodingKeys: String, CodingKey { case pending }

    /// Stored as each arm's outstanding probabilities, oldest first; validated: one list per arm, each
    /// probability in (0, 1], at most `limit` per arm.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let lists = try container.decode([[Double]].self, forKey: .pending)
        for (arm, list) in lists.enumerated() {
            guard list.count <= Self.limit, list.allSatisfy({ $0 > 0 && $0 <= 1 }) else {
                throw DecodingError.dataCorruptedError(forKey: .pending, in: container,
                    debugDescription: "arm \(arm): at most \(Self.limit) draw probabilities, each in (0, 1]")
            }
        }
        pending = lists
        heads = Array(repeating: 0, count: lists.count)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(pending.indices.map { Array(pending[$0][heads[$0]...]) }, forKey: .pending)
    }

    public static func == (a: DrawLog, b: DrawLog) -> Bool {
        a.count == b.count && a.pending.indices.allSatisfy { a.pending[$0][a.heads[$0]...].elementsEqual(b.pending[$0][b.heads[$0]...]) }
    }
}
