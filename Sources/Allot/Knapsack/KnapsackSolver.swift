/// Solves multiple-choice knapsacks (ALGORITHMS §3): maximise Σ v_i(u_i) subject to Σ c_i u_i = B (or
/// <= B) and lower_i <= u_i <= upper_i.
///
/// - `dynamicProgramming`: exact for any curves, O(N · B · U) time, O(N · B) memory.
/// - `greedy`: a max-heap on marginal gains, O(B log N); exact when every curve is concave and costs are
///   equal (each unit then goes where it adds most, and no later unit can be worth more).
/// - `lagrangian`: bisection on a price λ, each item independently taking the units whose gain beats
///   λ · cost, then the few units at the threshold by the greedy; O(N log U log(1/ε)), exact under the
///   same conditions, for very large N.
/// - `solve`: checks the conditions and takes the exact fast path when it applies, else the DP.
public enum KnapsackSolver {
    /// Cells above which `solve` refuses the dynamic program rather than run for minutes.
    public static let dynamicProgrammingLimit = 200_000_000

    /// The best exact solver for these curves.
    @inlinable
    public static func solve<Curves: KnapsackCurves>(_ curves: Curves, budget: Int, mode: BudgetMode = .exactly) throws -> KnapsackSolution {
        try validate(curves, budget: budget, mode: mode)
        if curves.hasEqualCosts, curves.isKnownConcave || curves.isConcave() {
            return curves.count >= 50_000 ? try lagrangian(curves, budget: budget, mode: mode) : try greedy(curves, budget: budget, mode: mode)
        }
        return try dynamicProgramming(curves, budget: budget, mode: mode)
    }

    /// Rejects negative or inconsistent bounds and budgets that the bounds cannot meet.
    @inlinable
    public static func validate<Curves: KnapsackCurves>(_ curves: Curves, budget: Int, mode: BudgetMode) throws {
        guard budget >= 0 else { throw InputError.parameter("knapsack", "budget", expected: "an integer >= 0", got: "\(budget)") }
        var minimum = 0, maximum = 0
        for item in 0..<curves.count {
            let (lower, upper, cost) = (curves.lower(item), curves.upper(item), curves.cost(item))
            guard lower >= 0 else { throw InputError.parameter("knapsack", "lower[\(item)]", expected: "an integer >= 0", got: "\(lower)") }
            guard upper >= lower else {
                throw InputError.parameter("knapsack", "upper[\(item)]", expected: "an integer >= lower (\(lower))", got: "\(upper)")
            }
            guard cost >= 1 else { throw InputError.parameter("knapsack", "cost[\(item)]", expected: "an integer >= 1", got: "\(cost)") }
            minimum += lower * cost
            maximum += upper * cost
        }
        if minimum > budget || (mode == .exactly && maximum < budget) {
            throw KnapsackError.infeasible(budget: budget, minimum: minimum, maximum: maximum, mode: mode)
        }
    }

    /// Exact for any curves. With `.exactly` and unequal costs some budgets are unreachable; that is
    /// reported as infeasible.
    public static func dynamicProgramming<Curves: KnapsackCurves>(_ curves: Curves, budget: Int, mode: BudgetMode = .exactly) throws -> KnapsackSolution {
        try validate(curves, budget: budget, mode: mode)
        let n = curves.count
        let width = budget + 1
        let cells = (n + 1) * width
        guard cells <= dynamicProgrammingLimit else { throw KnapsackError.tooLarge(cells: cells, limit: dynamicProgrammingLimit) }
        // best[i][b]: best value of the first i items spending exactly b; choice[i][b]: units of item i − 1.
        var best = [Double](repeating: -.infinity, count: cells)
        var choice = [Int32](repeating: -1, count: cells)
        best[0] = 0
        for item in 0..<n {
            let cost = curves.cost(item)
            let values = (curves.lower(item)...curves.upper(item)).map { curves.value(item, units: $0) }
            for b in 0..<width where best[item * width + b] > -.infinity {
                let base = best[item * width + b]
                for (k, value) in values.enumerated() {
                    let units = curves.lower(item) + k
                    let spent = b + units * cost
                    if spent > budget { break }
                    let index = (item + 1) * width + spent
                    if base + value > best[index] {
                        best[index] = base + value
                        choice[index] = Int32(units)
                    }
                }
            }
        }
        var end = budget
        if mode == .atMost {
            for b in 0..<width where best[n * width + b] > best[n * width + end] { end = b }
        }
        guard best[n * width + end] > -.infinity else {
            var minimum = 0, maximum = 0
            for item in 0..<n { minimum += curves.lower(item) * curves.cost(item); maximum += curves.upper(item) * curves.cost(item) }
            throw KnapsackError.infeasible(budget: budget, minimum: minimum, maximum: maximum, mode: mode)
        }
        var units = [Int](repeating: 0, count: n)
        var b = end
        for item in stride(from: n - 1, through: 0, by: -1) {
            let taken = Int(choice[(item + 1) * width + b])
            units[item] = taken
            b -= taken * curves.cost(item)
        }
        return KnapsackSolution(units: units, value: best[n * width + end], spent: end, solver: .dynamicProgramming)
    }

    /// Greedy on marginal gains per unit of cost, from the lower bounds. Exact for concave curves with equal
    /// costs; with `.atMost` it stops when no unit adds value.
    @inlinable
    public static func greedy<Curves: KnapsackCurves>(_ curves: Curves, budget: Int, mode: BudgetMode = .exactly) throws -> KnapsackSolution {
        try validate(curves, budget: budget, mode: mode)
        var units = (0..<curves.count).map { curves.lower($0) }
        var spent = (0..<curves.count).reduce(0) { $0 + units[$1] * curves.cost($1) }
        var heap = GainHeap(capacity: curves.count)
        for item in 0..<curves.count where units[item] < curves.upper(item) {
            heap.push(gain: curves.marginalGain(item, from: units[item]) / Double(curves.cost(item)), item: item)
        }
        try fill(curves, &units, &spent, &heap, budget: budget, mode: mode)
        return KnapsackSolution(units: units, value: total(curves, units), spent: spent, solver: .greedy)
    }

    /// Spends what is left from `heap`, best gain per cost first. The top item keeps receiving units while
    /// its next gain still beats the runner-up's (what the one-unit-at-a-time greedy would do anyway), so a
    /// heap operation is paid per change of leader, not per unit.
    @inlinable
    static func fill<Curves: KnapsackCurves>(_ curves: Curves, _ units: inout [Int], _ spent: inout Int, _ heap: inout GainHeap,
                                             budget: Int, mode: BudgetMode) throws {
        while spent < budget, let (gain, item) = heap.top {
            if mode == .atMost, gain <= 0 { break }
            let cost = curves.cost(item)
            if spent + cost > budget {
                heap.pop()   // does not fit; a cheaper item may
                continue
            }
            let runnerUp = heap.runnerUp
            let upper = curves.upper(item)
            units[item] += 1
            spent += cost
            var next: Double? = units[item] < upper ? curves.marginalGain(item, from: units[item]) / Double(cost) : nil
            while let candidate = next, spent + cost <= budget, mode == .exactly || candidate > 0,
                  GainHeap.ranksAbove(candidate, item, runnerUp) {
                units[item] += 1
                spent += cost
                next = units[item] < upper ? curves.marginalGain(item, from: units[item]) / Double(cost) : nil
            }
            if let next { heap.replaceTop(gain: next, item: item) } else { heap.pop() }
        }
        if mode == .exactly, spent != budget {
            var minimum = 0, maximum = 0
            for item in 0..<curves.count { minimum += curves.lower(item) * curves.cost(item); maximum += curves.upper(item) * curves.cost(item) }
            throw KnapsackError.infeasible(budget: budget, minimum: minimum, maximum: maximum, mode: mode)
        }
    }

    /// Price bisection for very large N (equal costs, concave curves): at price λ each item takes the units
    /// whose marginal gain is at least λ; λ is bisected until the total fits the budget, and the remaining
    /// units (gains between the last two prices) are placed by the greedy.
    @inlinable
    public static func lagrangian<Curves: KnapsackCurves>(_ curves: Curves, budget: Int, mode: BudgetMode = .exactly,
                                                          iterations: Int = 40) throws -> KnapsackSolution {
        try validate(curves, budget: budget, mode: mode)
        let n = curves.count
        // Units item i takes at price λ: lower plus the number of leading gains >= λ (gains fall, so bisect).
        func take(_ item: Int, _ price: Double) -> Int {
            let lower = curves.lower(item), upper = curves.upper(item)
            let scaled = price * Double(curves.cost(item))
            var low = lower, high = upper   // answer in lower...upper
            while low < high {
                let mid = (low + high) / 2
                if curves.marginalGain(item, from: mid) >= scaled { low = mid + 1 } else { high = mid }
            }
            return low
        }
        func spentAt(_ price: Double, into units: inout [Int]) -> Int {
            var spent = 0
            for item in 0..<n {
                units[item] = take(item, price)
                spent += units[item] * curves.cost(item)
            }
            return spent
        }
        var maxGain = 0.0
        for item in 0..<n where curves.upper(item) > curves.lower(item) {
            maxGain = max(maxGain, curves.marginalGain(item, from: curves.lower(item)) / Double(curves.cost(item)))
        }
        var units = [Int](repeating: 0, count: n)
        // High price: nothing beyond the lower bounds; low price: every unit with gain >= low.
        var high = maxGain * (1 + 1e-9) + 1e-300
        var low = mode == .atMost ? 0 : -Double.greatestFiniteMagnitude
        if mode == .exactly {
            var minGain = 0.0
            for item in 0..<n where curves.upper(item) > curves.lower(item) {
                minGain = min(minGain, curves.marginalGain(item, from: curves.upper(item) - 1) / Double(curves.cost(item)))
            }
            low = minGain - 1
        }
        if spentAt(low, into: &units) <= budget {
            high = low
        } else {
            // Stop once the units at `high` are within a small slack of the budget: the greedy fill places
            // the rest exactly (every remaining gain is below `high`).
            let slack = max(curves.count, budget / 1000)
            for _ in 0..<iterations {
                let mid = (low + high) / 2
                let spent = spentAt(mid, into: &units)
                if spent <= budget {
                    high = mid
                    if budget - spent <= slack { break }
                } else {
                    low = mid
                }
            }
        }
        var spent = spentAt(high, into: &units)
        var heap = GainHeap(capacity: n)
        for item in 0..<n where units[item] < curves.upper(item) {
            heap.push(gain: curves.marginalGain(item, from: units[item]) / Double(curves.cost(item)), item: item)
        }
        try fill(curves, &units, &spent, &heap, budget: budget, mode: mode)
        return KnapsackSolution(units: units, value: total(curves, units), spent: spent, solver: .lagrangian)
    }

    @inlinable
    static func total<Curves: KnapsackCurves>(_ curves: Curves, _ units: [Int]) -> Double {
        (0..<curves.count).reduce(0) { $0 + curves.value($1, units: units[$1]) }
    }
}

/// A binary max-heap of (gain, item), ties to the lower item so results are deterministic. One array of
/// entries, sifted through an unsafe buffer with a moving hole (the greedy spends most of its time here;
/// a 4-ary layout was measured slower).
@usableFromInline
struct GainHeap {
    @usableFromInline
    struct Entry {
        @usableFromInline var gain: Double
        @usableFromInline var item: Int

        @inlinable
        init(gain: Double, item: Int) {
            self.gain = gain
            self.item = item
        }

        @inlinable
        func ranksAbove(_ other: Entry) -> Bool { gain > other.gain || (gain == other.gain && item < other.item) }
    }

    @usableFromInline var entries: [Entry] = []

    @inlinable
    init(capacity: Int) { entries.reserveCapacity(capacity) }

    @inlinable
    var top: (gain: Double, item: Int)? { entries.first.map { ($0.gain, $0.item) } }

    /// The best entry below the top (a child of the root), if any.
    @inlinable
    var runnerUp: (gain: Double, item: Int)? {
        guard entries.count > 1 else { return nil }
        let best = entries.count > 2 && entries[2].ranksAbove(entries[1]) ? 2 : 1
        return (entries[best].gain, entries[best].item)
    }

    /// Whether (gain, item) comes before `other` in the heap's order.
    @inlinable
    static func ranksAbove(_ gain: Double, _ item: Int, _ other: (gain: Double, item: Int)?) -> Bool {
        guard let other else { return true }
        return Entry(gain: gain, item: item).ranksAbove(Entry(gain: other.gain, item: other.item))
    }

    @inlinable
    mutating func push(gain: Double, item: Int) {
        let entry = Entry(gain: gain, item: item)
        entries.append(entry)
        entries.withUnsafeMutableBufferPointer { heap in
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard entry.ranksAbove(heap[parent]) else { break }
                heap[child] = heap[parent]
                child = parent
            }
            heap[child] = entry
        }
    }

    @inlinable
    mutating func pop() {
        let last = entries.removeLast()
        guard !entries.isEmpty else { return }
        siftDown(last)
    }

    @inlinable
    mutating func replaceTop(gain: Double, item: Int) {
        siftDown(Entry(gain: gain, item: item))
    }

    /// Places `entry` at the root and sifts it down.
    @inlinable
    mutating func siftDown(_ entry: Entry) {
        entries.withUnsafeMutableBufferPointer { heap in
            let count = heap.count
            var parent = 0
            while true {
                let left = 2 * parent + 1
                if left >= count { break }
                var best = left
                if left + 1 < count, heap[left + 1].ranksAbove(heap[left]) { best = left + 1 }
                guard heap[best].ranksAbove(entry) else { break }
                heap[parent] = heap[best]
                parent = best
            }
            heap[parent] = entry
        }
    }
}
