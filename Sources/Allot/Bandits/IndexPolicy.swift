/// A policy that scores every arm each round and plays the highest scores: the UCB family and
/// Thompson sampling. Conformers provide `index(of:in:)`; selection (argmax or top-k) comes free.
public protocol IndexPolicy: Policy {
    /// Values computed once per round and shared by every arm's index (for example ln t).
    associatedtype Round

    /// Prepares the per-round values.
    func beginRound() -> Round

    /// The arm's index this round; +infinity for an arm that must be tried first. Mutating because
    /// sampling policies draw from their random source.
    mutating func index(of arm: Int, in round: Round) -> Double
}

extension IndexPolicy {
    public mutating func select() throws -> Int {
        try Check.selectionSize(1, arms: armCount, Self.name)
        let round = beginRound()
        return ArmRanking.best(count: armCount) { index(of: $0, in: round) }
    }

    public mutating func select(k: Int, into arms: inout [Int]) throws {
        try Check.selectionSize(k, arms: armCount, Self.name)
        let round = beginRound()
        ArmRanking.top(k: k, count: armCount, into: &arms) { index(of: $0, in: round) }
    }
}

/// Natural logarithm of a round counter, floored at ln 1 = 0 so early rounds never produce NaN.
@inlinable
func logRound(_ t: Int) -> Double {
    t > 1 ? Double(t).logNatural : 0
}
