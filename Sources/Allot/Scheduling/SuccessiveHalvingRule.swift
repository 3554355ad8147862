import Foundation

/// Where successive halving starts, stated once: the first rung is the full resource divided by η³
/// (three halvings below full size: 1/27 of it for η = 3), never below the smallest resource there is,
/// unless the caller names one. Hyperband's most exploratory bracket starts at R/η^s_max instead, which
/// on a large dataset is thousands of times below full size, too small to rank learners by.
public enum SuccessiveHalvingRule {
    public static let halvingsBelowFull = 3

    public static func firstRung(maxResource: Double, eta: Int, minResource: Double?, smallest: Double) throws -> Double {
        guard eta >= 2, eta <= Limits.maxEta else { throw InputError.parameter("successive halving", "eta", expected: "an integer in 2...\(Limits.maxEta)", got: "\(eta)") }
        if let minResource {
            guard minResource.isFinite, minResource > 0, minResource <= maxResource else {
                throw InputError.parameter("successive halving", "minResource", expected: "a resource in (0, \(maxResource)]", got: "\(minResource)")
            }
            return minResource
        }
        let divisor = pow(Double(eta), Double(halvingsBelowFull))
        return min(maxResource, max(smallest, maxResource / divisor))
    }

    /// Rungs r_i = first · η^i while below the full resource, then the full resource; rung i keeps
    /// ⌊n / η^i⌋ configurations (at least one).
    public static func rungs(configurations: Int, firstRung: Double, maxResource: Double, eta: Int) -> [Rung] {
        var rungs: [Rung] = []
        var resource = firstRung
        var keep = configurations
        while resource < maxResource * (1 - 1e-9) {
            rungs.append(Rung(configurations: max(1, keep), resource: resource))
            resource *= Double(eta)
            keep /= eta
        }
        rungs.append(Rung(configurations: max(1, keep), resource: maxResource))
        return rungs
    }
}
