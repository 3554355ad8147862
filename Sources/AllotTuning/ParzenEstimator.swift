import Allot
import Foundation

/// A Parzen (kernel density) estimator over a search space's coordinates, as TPE builds one for the good
/// trials and one for the rest: a weighted mixture of product kernels, one per observed point plus a prior
/// kernel. Each kernel is a product over the coordinates, so the estimator models how parameters go
/// together (multivariate TPE; Falkner et al. 2018, Optuna's `multivariate=True`).
///
/// Coordinates live in the unit interval the search space maps from (log parameters are already
/// logarithmic there, an integer owns a cell of it): continuous ones get Gaussians truncated to [0, 1],
/// categorical ones a distribution over the choices with extra mass on the observed one. An observation
/// in which a conditional parameter was inactive has no centre there; its kernel uses the prior for it.
struct ParzenEstimator {
    enum Coordinate: Equatable { case continuous, categorical(choices: Int) }

    /// One observed point: per coordinate the unit value (categorical: the choice's index), nil if inactive.
    typealias Point = [Double?]

    let coordinates: [Coordinate]
    /// Normalised mixture weights, the prior's last.
    private(set) var logWeights: [Double] = []
    /// kernels × coordinates: the kernel's centre (nil: the prior's distribution there).
    private var centres: [[Double?]] = []
    /// Per coordinate, the bandwidth of the observation kernels (the prior's is 1, the unit interval).
    private(set) var bandwidths: [Double] = []
    /// kernels × coordinates: log of the truncated Gaussian's mass on [0, 1], for the density.
    private var logMass: [[Double]] = []
    private let priorWeight: Double
    private let observationCount: Int

    /// `weights`: one per point (they need not sum to one). Bandwidths follow Optuna's multivariate rule,
    /// σ = 0.2 · n^(−1/(d+4)) (Scott's rule in d dimensions), clipped to [1/min(100, n + 2), 1] (the "magic
    /// clip" of Bergstra et al. 2011, which keeps a few points from collapsing the density).
    init(points: [Point], weights: [Double], coordinates: [Coordinate], priorWeight: Double) {
        precondition(points.count == weights.count)
        self.coordinates = coordinates
        self.priorWeight = priorWeight
        observationCount = points.count
        let n = points.count
        let d = coordinates.count
        let sigma = 0.2 * Foundation.pow(Double(max(n, 1)), -1.0 / Double(d + 4))
        let minimum = 1.0 / min(100.0, 1.0 + Double(n) + 1.0)
        bandwidths = [Double](repeating: min(1, max(minimum, sigma)), count: d)
        var raw = weights + [priorWeight]
        if n == 0 { raw = [1] }
        let total = raw.reduce(0, +)
        logWeights = raw.map { Foundation.log($0 / total) }
        centres = points + [[Double?](repeating: nil, count: d)]
        logMass = centres.map { centre in
            (0..<d).map { j in
                guard case .continuous = coordinates[j] else { return 0 }
                let (mu, s) = Self.kernel(centre[j], bandwidths[j], widen: 1)
                return Self.logUnitMass(mu: mu, sigma: s)
            }
        }
    }

    /// The prior kernel is centred on the interval with bandwidth 1.
    private static func kernel(_ centre: Double?, _ bandwidth: Double, widen: Double) -> (mu: Double, sigma: Double) {
        guard let centre else { return (0.5, 1) }
        return (centre, bandwidth * widen)
    }

    /// Draws a point: a kernel by weight, then each coordinate from it; continuous bandwidths are multiplied
    /// by `widen` (BOHB draws its candidates from a wider density than it scores them with).
    func sample(_ random: inout SplitMix64, widen: Double = 1) -> [Double] {
        var u = random.uniform()
        var kernel = logWeights.count - 1
        for (k, logWeight) in logWeights.enumerated() {
            u -= Foundation.exp(logWeight)
            if u < 0 { kernel = k; break }
        }
        let centre = centres[kernel]
        return coordinates.enumerated().map { j, coordinate in
            switch coordinate {
            case .continuous:
                let (mu, sigma) = Self.kernel(centre[j], bandwidths[j], widen: widen)
                return Self.truncatedNormal(mu: mu, sigma: sigma, random: &random)
            case let .categorical(choices):
                let probabilities = categoricalProbabilities(centre[j], choices: choices)
                var v = random.uniform()
                for (index, p) in probabilities.enumerated() {
                    v -= p
                    if v < 0 { return Double(index) }
                }
                return Double(choices - 1)
            }
        }
    }

    /// log density of `point` under the mixture; coordinates that are nil (inactive) are left out.
    func logDensity(_ point: Point) -> Double {
        var terms: [Double] = []
        terms.reserveCapacity(centres.count)
        for (k, centre) in centres.enumerated() {
            var total = logWeights[k]
            for (j, coordinate) in coordinates.enumerated() {
                guard let x = point[j] else { continue }
                switch coordinate {
                case .continuous:
                    let (mu, sigma) = Self.kernel(centre[j], bandwidths[j], widen: 1)
                    let z = (x - mu) / sigma
                    total += -0.5 * z * z - Foundation.log(sigma) - 0.918_938_533_204_672_7 - logMass[k][j]
                case let .categorical(choices):
                    total += Foundation.log(categoricalProbabilities(centre[j], choices: choices)[Int(x)])
                }
            }
            terms.append(total)
        }
        let top = terms.max() ?? -.infinity
        guard top.isFinite else { return top }
        return top + Foundation.log(terms.reduce(0) { $0 + Foundation.exp($1 - top) })
    }

    /// Optuna's categorical kernel: prior_weight / (n + 1) on every choice, plus 1 on the observed one,
    /// normalised; the prior kernel (and an inactive observation) is uniform.
    private func categoricalProbabilities(_ centre: Double?, choices: Int) -> [Double] {
        guard let centre else { return [Double](repeating: 1 / Double(choices), count: choices) }
        let floor = priorWeight / Double(observationCount + 1)
        var weights = [Double](repeating: floor, count: choices)
        weights[Int(centre)] += 1
        let total = weights.reduce(0, +)
        return weights.map { $0 / total }
    }

    static func normalCDF(_ x: Double) -> Double { 0.5 * Foundation.erfc(-x / 2.0.squareRoot()) }

    static func logUnitMass(mu: Double, sigma: Double) -> Double {
        Foundation.log(max(normalCDF((1 - mu) / sigma) - normalCDF(-mu / sigma), 1e-300))
    }

    /// A draw from N(mu, sigma²) truncated to [0, 1), by the inverse CDF (one uniform, no rejection loop).
    static func truncatedNormal(mu: Double, sigma: Double, random: inout SplitMix64) -> Double {
        let low = normalCDF(-mu / sigma), high = normalCDF((1 - mu) / sigma)
        let p = low + random.uniform() * (high - low)
        let z = (try? SpecialFunctions.normalQuantile(min(max(p, 1e-300), 1 - 1e-16))) ?? 0
        return min(max(mu + sigma * z, 0), 1 - 1e-12)
    }
}
