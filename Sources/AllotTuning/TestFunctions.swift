import Foundation

/// Standard multi-fidelity test functions for comparing tuners (the BOHB and DEHB papers use them):
/// deterministic, minimised, with a fidelity z in (0, 1] where z = 1 is the true function and lower z a
/// cheaper, biased approximation, following Kandasamy et al. 2017 ("Multi-fidelity Bayesian optimisation
/// with continuous approximations", BOCA). A tuner's resource r out of R is the fidelity z = r / R and
/// costs r.
public enum TestFunction: String, CaseIterable, Sendable {
    /// Branin on x1 ∈ [−5, 10], x2 ∈ [0, 15]; minimum 0.397887 (three minimisers).
    case branin
    /// Hartmann-6 on [0, 1]^6; minimum −3.32237.
    case hartmann6

    public var dimension: Int { self == .branin ? 2 : 6 }

    /// The global minimum at full fidelity.
    public var minimum: Double { self == .branin ? 0.397_887_357_729_738 : -3.322_368_011_415_51 }

    /// The search space, one float per coordinate, named x1, x2, ...
    public func space() -> SearchSpace {
        let bounds: [(Double, Double)] = self == .branin ? [(-5, 10), (0, 15)] : Array(repeating: (0, 1), count: 6)
        return try! SearchSpace(bounds.enumerated().map { SearchParameter("x\($0.offset + 1)", .float(low: $0.element.0, high: $0.element.1, log: false)) })
    }

    /// The value at `configuration` (every x_i a number) and fidelity `z`.
    public func value(_ configuration: Configuration, fidelity z: Double) -> Double {
        let x = (1...dimension).map { index -> Double in
            if case let .number(v)? = configuration["x\(index)"] { return v }
            return .nan
        }
        return value(x, fidelity: z)
    }

    public func value(_ x: [Double], fidelity z: Double) -> Double {
        let z = min(max(z, 0), 1)
        switch self {
        case .branin:
            // BOCA's b(z), c(z), t(z) with one fidelity for all three.
            let b = 5.1 / (4 * Double.pi * Double.pi) - 0.01 * (1 - z)
            let c = 5 / Double.pi - 0.1 * (1 - z)
            let t = 1 / (8 * Double.pi) + 0.05 * (1 - z)
            let inner = x[1] - b * x[0] * x[0] + c * x[0] - 6
            return inner * inner + 10 * (1 - t) * cos(x[0]) + 10
        case .hartmann6:
            let alpha = [1.0, 1.2, 3.0, 3.2]
            let a: [[Double]] = [[10, 3, 17, 3.5, 1.7, 8], [0.05, 10, 17, 0.1, 8, 14], [3, 3.5, 1.7, 10, 17, 8], [17, 8, 0.05, 10, 0.1, 14]]
            let p: [[Double]] = [[0.1312, 0.1696, 0.5569, 0.0124, 0.8283, 0.5886], [0.2329, 0.4135, 0.8307, 0.3736, 0.1004, 0.9991],
                                 [0.2348, 0.1451, 0.3522, 0.2883, 0.3047, 0.6650], [0.4047, 0.8828, 0.8732, 0.5743, 0.1091, 0.0381]]
            // BOCA: α′(z) = α − 0.1 (1 − z) δ with δ = (1, −1, −1, 1): the low fidelities shift the modes.
            let delta = [1.0, -1, -1, 1]
            var total = 0.0
            for i in 0..<4 {
                var exponent = 0.0
                for j in 0..<6 { exponent += a[i][j] * (x[j] - p[i][j]) * (x[j] - p[i][j]) }
                total += (alpha[i] - 0.1 * delta[i] * (1 - z)) * exp(-exponent)
            }
            return -total
        }
    }
}
