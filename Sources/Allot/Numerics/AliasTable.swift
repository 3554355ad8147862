import CGSL

/// Walker's alias table (GSL `gsl_ran_discrete`): O(1) draws from a fixed categorical distribution
/// after O(K) preprocessing. Use it when the same weights are sampled many times (an environment's
/// arm distribution); use `RandomSource.categorical(weights:)` when weights change every draw.
public final class AliasTable: @unchecked Sendable {
    private let table: UnsafeMutablePointer<gsl_ran_discrete_t>
    /// Number of outcomes.
    public let count: Int

    /// Preprocesses non-negative weights (they need not sum to 1).
    public init(weights: [Double]) throws {
        GSLErrorHandling.ensureDisabled()
        guard !weights.isEmpty else {
            throw NumericsError.domain(function: "AliasTable", argument: "weights", expected: "at least one weight", got: "none")
        }
        if let bad = weights.firstIndex(where: { !($0 >= 0 && $0.isFinite) }) {
            throw NumericsError.domain(function: "AliasTable", argument: "weights[\(bad)]", expected: "a finite number >= 0", got: "\(weights[bad])")
        }
        guard weights.contains(where: { $0 > 0 }) else {
            throw NumericsError.domain(function: "AliasTable", argument: "weights", expected: "at least one positive weight", got: "all zero")
        }
        guard let table = weights.withUnsafeBufferPointer({ gsl_ran_discrete_preproc($0.count, $0.baseAddress) }) else {
            throw NumericsError.gsl(function: "gsl_ran_discrete_preproc", status: Int32(GSL_ENOMEM), reason: "could not build the table")
        }
        self.table = table
        self.count = weights.count
    }

    deinit { gsl_ran_discrete_free(table) }

    /// One draw, using `random`.
    public func sample(using random: inout RandomSource) -> Int {
        Int(gsl_ran_discrete(random.prepareDraw(), table))
    }

    /// The normalised probability of outcome `index`.
    public func probability(of index: Int) -> Double {
        precondition(index >= 0 && index < count)
        return gsl_ran_discrete_pdf(index, table)
    }
}
