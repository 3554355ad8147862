import AllotInterchange
/// Every prompt gets the same share, B / N, with the remainder going to the first prompts: what GRPO
/// trainers do today, and the baseline every adaptive allocator must beat at equal budget.
public struct UniformAllocator: RolloutAllocator, Equatable {
    public static let name = "uniform"

    public init() {}

    public mutating func allocate(_ request: RolloutRequest, statistics: RolloutStatistics) throws -> RolloutAllocation {
        try request.validate()
        let n = request.prompts.count
        let counts = (0..<n).map { request.budget / n + ($0 < request.budget % n ? 1 : 0) }
        return RolloutAllocation(counts: counts, estimates: request.prompts.map { statistics[$0]?.recentSuccessRate },
                                 leftover: 0, solver: "uniform")
    }
}

/// Shares helpers of the allocators.
enum Distribution {
    /// Gives `amount` units to `indices` in equal shares (remainder to the first), never above `maximum`;
    /// returns what could not be placed.
    static func spread(_ amount: Int, over indices: [Int], counts: inout [Int], maximum: Int) -> Int {
        var remaining = amount
        var open = indices.filter { counts[$0] < maximum }
        while remaining > 0, !open.isEmpty {
            let share = remaining / open.count, extra = remaining % open.count
            for (position, index) in open.enumerated() {
                let wanted = share + (position < extra ? 1 : 0)
                let given = min(wanted, maximum - counts[index])
                counts[index] += given
                remaining -= given
            }
            open = open.filter { counts[$0] < maximum }
        }
        return remaining
    }
}
