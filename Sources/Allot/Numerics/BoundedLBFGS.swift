/// Limited-memory BFGS (Liu, Nocedal 1989) for smooth functions on an optional box, used where a model
/// has to be fitted or searched in a few milliseconds (a Gaussian process's kernel, its acquisition).
///
/// The box is handled by projection, as in projected quasi-Newton methods (Bertsekas 1982): a variable
/// at a bound whose gradient pushes outward is held fixed for the step, the step is projected back onto
/// the box, and the line search is a backtracking Armijo search along the projected path. This is not
/// L-BFGS-B's generalised Cauchy point; on the small, smooth problems here it stops at the same points.
/// Non-finite values count as +∞, so the search backs away from them. Deterministic: no randomness.
public struct BoundedLBFGS: Sendable {
    /// Pairs (s, y) kept for the inverse-Hessian estimate.
    public var memory = 10
    public var maxIterations = 200
    /// Stop when the projected gradient's largest entry is at most this.
    public var gradientTolerance = 1e-5
    /// Stop when an iteration lowers the value by less than this relative amount (SciPy's `factr` idea).
    public var relativeDecrease = 1e-12
    public let lower: [Double]?
    public let upper: [Double]?

    public struct Result: Sendable, Equatable {
        public var point: [Double]
        public var value: Double
        public var iterations: Int
        /// The projected gradient met the tolerance (otherwise: iterations, a stalled line search, or a
        /// decrease below the relative tolerance).
        public var converged: Bool
    }

    /// Bounds, when given, must have the point's length and `lower[i] <= upper[i]`.
    public init(lower: [Double]? = nil, upper: [Double]? = nil) {
        precondition((lower == nil) == (upper == nil), "BoundedLBFGS: give both bounds or neither")
        if let lower, let upper { precondition(lower.count == upper.count && zip(lower, upper).allSatisfy { $0 <= $1 }, "BoundedLBFGS: lower <= upper") }
        self.lower = lower
        self.upper = upper
    }

    /// Minimises `function`, which returns the value at a point and writes the gradient into its second
    /// argument, from `start` (projected onto the box first).
    public func minimize(from start: [Double], _ function: ([Double], inout [Double]) -> Double) -> Result {
        let n = start.count
        var x = project(start)
        var gradient = [Double](repeating: 0, count: n)
        var value = Self.finite(function(x, &gradient))
        var steps: [[Double]] = [], changes: [[Double]] = [], curvatures: [Double] = []
        var direction = [Double](repeating: 0, count: n)
        var alphas = [Double](repeating: 0, count: memory)
        var candidate = x, candidateGradient = gradient
        var iteration = 0
        while iteration < maxIterations {
            let projected = projectedGradient(x, gradient)
            if projected.lazy.map(abs).max() ?? 0 <= gradientTolerance { return Result(point: x, value: value, iterations: iteration, converged: true) }
            // The two-loop recursion on the free variables (held ones get no step).
            for i in 0..<n { direction[i] = -projected[i] }
            for k in stride(from: steps.count - 1, through: 0, by: -1) {
                let a = curvatures[k] * dot(steps[k], direction)
                alphas[k] = a
                for i in 0..<n { direction[i] -= a * changes[k][i] }
            }
            if let last = steps.indices.last {
                let scale = dot(steps[last], changes[last]) / max(dot(changes[last], changes[last]), .leastNormalMagnitude)
                for i in 0..<n { direction[i] *= scale }
            }
            for k in 0..<steps.count {
                let b = curvatures[k] * dot(changes[k], direction)
                for i in 0..<n { direction[i] += (alphas[k] - b) * steps[k][i] }
            }
            for i in 0..<n where projected[i] == 0 { direction[i] = 0 }
            if dot(direction, gradient) >= 0 {   // not a descent direction: start the memory over
                steps.removeAll(); changes.removeAll(); curvatures.removeAll()
                for i in 0..<n { direction[i] = -projected[i] }
            }
            // Backtracking along the projected path; the first step of a fresh memory is kept small.
            var t = steps.isEmpty ? min(1, 1 / max(projected.lazy.map(abs).max() ?? 1, 1e-12)) : 1.0
            var accepted = false
            var trialValue = value
            for _ in 0..<40 {
                for i in 0..<n { candidate[i] = x[i] + t * direction[i] }
                candidate = project(candidate)
                var predicted = 0.0
                for i in 0..<n { predicted += gradient[i] * (candidate[i] - x[i]) }
                if predicted < 0 {
                    trialValue = Self.finite(function(candidate, &candidateGradient))
                    if trialValue <= value + 1e-4 * predicted { accepted = true; break }
                }
                t *= 0.5
            }
            iteration += 1
            guard accepted else { return Result(point: x, value: value, iterations: iteration, converged: false) }
            var s = [Double](repeating: 0, count: n), y = s
            for i in 0..<n { s[i] = candidate[i] - x[i]; y[i] = candidateGradient[i] - gradient[i] }
            let sy = dot(s, y)
            if sy > 1e-10 * (dot(s, s).squareRoot() * dot(y, y).squareRoot()) {
                if steps.count == memory { steps.removeFirst(); changes.removeFirst(); curvatures.removeFirst() }
                steps.append(s); changes.append(y); curvatures.append(1 / sy)
            }
            let decrease = value - trialValue
            x = candidate
            gradient = candidateGradient
            value = trialValue
            if decrease <= relativeDecrease * max(abs(value), abs(value + decrease), 1) {
                let converged = projectedGradient(x, gradient).lazy.map(abs).max() ?? 0 <= gradientTolerance
                return Result(point: x, value: value, iterations: iteration, converged: converged)
            }
        }
        let converged = projectedGradient(x, gradient).lazy.map(abs).max() ?? 0 <= gradientTolerance
        return Result(point: x, value: value, iterations: iteration, converged: converged)
    }

    func project(_ x: [Double]) -> [Double] {
        guard let lower, let upper else { return x }
        var x = x
        for i in x.indices { x[i] = min(max(x[i], lower[i]), upper[i]) }
        return x
    }

    /// The gradient with the entries of variables held at a bound (pushed outward) set to 0.
    func projectedGradient(_ x: [Double], _ gradient: [Double]) -> [Double] {
        guard let lower, let upper else { return gradient }
        var projected = gradient
        for i in x.indices where (x[i] <= lower[i] && gradient[i] > 0) || (x[i] >= upper[i] && gradient[i] < 0) { projected[i] = 0 }
        return projected
    }

    private static func finite(_ value: Double) -> Double { value.isFinite ? value : .infinity }

    private func dot(_ a: [Double], _ b: [Double]) -> Double {
        var sum = 0.0
        for i in a.indices { sum += a[i] * b[i] }
        return sum
    }
}
