import Foundation

/// Summary statistics for a handful of replications, following Agarwal et al. 2021 ("Deep RL at the edge of
/// the statistical precipice"): the interquartile mean is robust to a few outlying seeds yet uses half the
/// data, and a percentile bootstrap gives its 95% interval without assuming normality.
public enum Statistics {
    public static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count)
    }

    /// Sample standard deviation (n − 1); 0 for fewer than two values.
    public static func standardDeviation(_ values: [Double]) -> Double {
        guard values.count > 1 else { return 0 }
        let m = mean(values)
        return (values.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(values.count - 1)).squareRoot()
    }

    /// The q-quantile with linear interpolation between order statistics (NumPy's default).
    public static func quantile(sorted values: [Double], _ q: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let position = q * Double(values.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, values.count - 1)
        let fraction = position - Double(lower)
        return values[lower] + (values[upper] - values[lower]) * fraction
    }

    public static func median(_ values: [Double]) -> Double { quantile(sorted: values.sorted(), 0.5) }

    /// Interquartile mean: the mean after dropping ⌊n/4⌋ values from each end (scipy's trim_mean(x, 0.25)).
    public static func interquartileMean(_ values: [Double]) -> Double {
        interquartileMean(sorted: values.sorted())
    }

    public static func interquartileMean(sorted values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        let cut = values.count / 4
        let kept = values[cut..<(values.count - cut)]
        return kept.reduce(0, +) / Double(kept.count)
    }

    /// Percentile-bootstrap 95% interval of the interquartile mean: `resamples` resamples with replacement,
    /// drawn from `seed`, so the interval is reproducible.
    public static func bootstrapInterval(_ values: [Double], resamples: Int = 2000, seed: UInt64,
                                         level: Double = 0.95) -> (lower: Double, upper: Double) {
        bootstrapInterval(values, resamples: resamples, seed: seed, level: level) { interquartileMean(sorted: $0) }
    }

    /// Percentile-bootstrap interval of any `statistic` (handed a sorted resample), reproducible from `seed`.
    public static func bootstrapInterval(_ values: [Double], resamples: Int = 2000, seed: UInt64, level: Double = 0.95,
                                         statistic: ([Double]) -> Double) -> (lower: Double, upper: Double) {
        guard values.count > 1 else { let v = values.first.map { statistic([$0]) } ?? .nan; return (v, v) }
        var random = RandomSource(seed: seed)
        var sample = [Double](repeating: 0, count: values.count)
        var statistics = [Double]()
        statistics.reserveCapacity(resamples)
        for _ in 0..<resamples {
            for i in sample.indices { sample[i] = values[random.integer(below: values.count)] }
            sample.sort()
            statistics.append(statistic(sample))
        }
        statistics.sort()
        let tail = (1 - level) / 2
        return (quantile(sorted: statistics, tail), quantile(sorted: statistics, 1 - tail))
    }
}
