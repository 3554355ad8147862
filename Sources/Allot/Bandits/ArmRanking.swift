/// Picks the best arm, or the k best distinct arms, by a score, without allocating: the k best are kept
/// in a stack buffer and inserted in order. Ties go to the lower arm index, so arms not yet played
/// (scored +infinity by index policies) are tried in creation order.
enum ArmRanking {
    /// The index in 0..<count with the highest score.
    @inlinable
    static func best(count: Int, score: (Int) -> Double) -> Int {
        var bestArm = 0
        var bestScore = score(0)
        var arm = 1
        while arm < count {
            let value = score(arm)
            if value > bestScore {
                bestArm = arm
                bestScore = value
            }
            arm += 1
        }
        return bestArm
    }

    /// The k indices with the highest scores, best first, written into `arms`.
    @inlinable
    static func top(k: Int, count: Int, into arms: inout [Int], score: (Int) -> Double) {
        arms.removeAll(keepingCapacity: true)
        if k == 1 {
            arms.append(best(count: count, score: score))
            return
        }
        withUnsafeTemporaryAllocation(of: Double.self, capacity: k) { scores in
            for arm in 0..<count {
                let value = score(arm)
                let filled = arms.count
                if filled == k && !(value > scores[k - 1]) { continue }
                // Find the insertion point: after every score >= value (stable for ties).
                var position = min(filled, k - 1)
                while position > 0 && value > scores[position - 1] { position -= 1 }
                if filled < k { arms.append(arm) }
                var shift = min(filled, k - 1)
                while shift > position {
                    scores[shift] = scores[shift - 1]
                    arms[shift] = arms[shift - 1]
                    shift -= 1
                }
                scores[position] = value
                arms[position] = arm
            }
        }
    }
}
