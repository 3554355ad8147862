/// Pareto dominance, non-dominated sorting and hypervolume for studies with several objectives. Every
/// point here is *minimised* in each coordinate (a study negates the objectives it maximises first).
public enum ParetoFront {
    /// Whether `a` dominates `b`: no worse in every objective and better in at least one (two trials with
    /// the same values do not dominate each other, so both stay on the front).
    public static func dominates(_ a: [Double], _ b: [Double]) -> Bool {
        var better = false
        for i in a.indices {
            if a[i] > b[i] { return false }
            if a[i] < b[i] { better = true }
        }
        return better
    }

    /// The indices of the points no other point dominates, in order.
    public static func front(_ points: [[Double]]) -> [Int] {
        firstFront(of: lexicographic(points), points).sorted()
    }

    /// Each point's non-domination rank (0: on the front; k: on the front once ranks below k are removed),
    /// peeling fronts until at least `enough` points are ranked; the rest get `Int.max`.
    public static func ranks(_ points: [[Double]], enough: Int? = nil) -> [Int] {
        var rank = [Int](repeating: Int.max, count: points.count)
        // Lexicographic order: a point's dominators all come before it, so each front is found in one
        // pass that compares a point with the front so far (n · front size, not n²).
        var left = lexicographic(points)
        var level = 0, ranked = 0
        while !left.isEmpty && ranked < (enough ?? points.count) {
            let current = firstFront(of: left, points)
            for i in current { rank[i] = level }
            ranked += current.count
            let taken = Set(current)
            left.removeAll { taken.contains($0) }
            level += 1
        }
        return rank
    }

    /// The non-dominated members of `ordered`, which must be in lexicographic order of their points.
    /// A point dominated by an earlier one is dominated by a member of the front found so far (dominance is
    /// transitive), so only the front is compared against.
    private static func firstFront(of ordered: [Int], _ points: [[Double]]) -> [Int] {
        var front: [Int] = []
        for i in ordered where !front.contains(where: { dominates(points[$0], points[i]) }) { front.append(i) }
        return front
    }

    /// The indices in lexicographic order of their points (equal points: earlier index first).
    private static func lexicographic(_ points: [[Double]]) -> [Int] {
        points.indices.sorted { i, j in
            for k in points[i].indices where points[i][k] != points[j][k] { return points[i][k] < points[j][k] }
            return i < j
        }
    }

    /// The volume the points dominate up to `reference` (points not below it in every coordinate add
    /// nothing there). Exact: a sweep for two objectives, a sweep per slice along the third for three
    /// (n²), slicing along the last objective above that (cost grows as n^(d−1); the studies here keep n
    /// to the few dozen points TPE's good group holds).
    public static func hypervolume(_ points: [[Double]], reference: [Double]) -> Double {
        let inside = points.filter { p in zip(p, reference).allSatisfy { $0 < $1 } }
        guard !inside.isEmpty else { return 0 }
        let d = reference.count
        if d == 1 { return reference[0] - inside.map { $0[0] }.min()! }
        if d == 2 {
            var volume = 0.0, floor = reference[1]
            for p in inside.sorted(by: { $0[0] != $1[0] ? $0[0] < $1[0] : $0[1] < $1[1] }) where p[1] < floor {
                volume += (reference[0] - p[0]) * (floor - p[1])
                floor = p[1]
            }
            return volume
        }
        let sorted = inside.sorted { $0[d - 1] < $1[d - 1] }
        if d == 3 {
            // Slices along the third objective, each a two-objective sweep over the points below it, kept
            // in order of the first objective as they are added (no arrays built per slice).
            var staircase: [(x: Double, y: Double)] = []
            staircase.reserveCapacity(sorted.count)
            var volume = 0.0
            for k in sorted.indices {
                let point = (x: sorted[k][0], y: sorted[k][1])
                let at = staircase.firstIndex { $0.x > point.x || ($0.x == point.x && $0.y > point.y) } ?? staircase.count
                staircase.insert(point, at: at)
                let top = k + 1 < sorted.count ? sorted[k + 1][2] : reference[2]
                guard top > sorted[k][2] else { continue }
                var area = 0.0, floor = reference[1]
                for step in staircase where step.y < floor {
                    area += (reference[0] - step.x) * (floor - step.y)
                    floor = step.y
                }
                volume += area * (top - sorted[k][2])
            }
            return volume
        }
        let lower = Array(reference.prefix(d - 1))
        var volume = 0.0
        for k in sorted.indices {
            let top = k + 1 < sorted.count ? sorted[k + 1][d - 1] : reference[d - 1]
            guard top > sorted[k][d - 1] else { continue }
            volume += hypervolume(sorted[...k].map { Array($0.prefix(d - 1)) }, reference: lower) * (top - sorted[k][d - 1])
        }
        return volume
    }

    /// Optuna's reference point for a set: 1.1 times the worst value of each objective (0.9 times a
    /// negative one, so it stays beyond the worst), a tiny positive number where the worst is 0.
    public static func reference(_ points: [[Double]]) -> [Double] {
        guard let first = points.first else { return [] }
        return first.indices.map { i in
            let worst = points.map { $0[i] }.max()!
            return worst == 0 ? 1e-12 : max(1.1 * worst, 0.9 * worst)
        }
    }

    /// `count` of the points chosen greedily by hypervolume contribution (the hypervolume subset
    /// selection MOTPE breaks its last front's ties with; ties go to the earlier point). Lazy: a point's
    /// contribution only shrinks as the chosen set grows, so its last computed value bounds it, and only
    /// the point with the largest bound is recomputed (Minoux's accelerated greedy; the same choices).
    public static func greedySubset(_ points: [[Double]], count: Int, reference: [Double]) -> [Int] {
        var chosen: [Int] = []
        var chosenVolume = 0.0
        var bound = points.map { p in zip(p, reference).reduce(1.0) { $0 * max(0, $1.1 - $1.0) } }   // alone: its box
        var fresh = [Bool](repeating: false, count: points.count)
        var open = Array(points.indices)
        while chosen.count < min(count, points.count) {
            // The largest bound, ties to the earlier point.
            var top = open[0]
            for i in open where bound[i] > bound[top] || (bound[i] == bound[top] && i < top) { top = i }
            if !fresh[top] {
                let volume = hypervolume(chosen.map { points[$0] } + [points[top]], reference: reference)
                bound[top] = volume - chosenVolume
                fresh[top] = true
                continue
            }
            chosen.append(top)
            chosenVolume += bound[top]
            open.removeAll { $0 == top }
            for i in open { fresh[i] = false }
        }
        return chosen
    }

    /// Each point's share of the set's hypervolume, leave-one-out (0 off the front), divided by the
    /// largest, floored at 1e-12: MOTPE's weights for its good group. All 1 when fewer than two points.
    public static func contributionWeights(_ points: [[Double]]) -> [Double] {
        guard points.count > 1 else { return [Double](repeating: 1, count: points.count) }
        let reference = reference(points)
        let onFront = front(points)
        let frontPoints = onFront.map { points[$0] }
        let total = hypervolume(frontPoints, reference: reference)
        guard total.isFinite else { return [Double](repeating: 1, count: points.count) }
        var contributions = [Double](repeating: 0, count: points.count)
        for (k, i) in onFront.enumerated() {
            var others = frontPoints
            others.remove(at: k)
            contributions[i] = total - hypervolume(others, reference: reference)
        }
        let largest = max(contributions.max()!, 1e-12)
        return contributions.map { max($0 / largest, 1e-12) }
    }
}
