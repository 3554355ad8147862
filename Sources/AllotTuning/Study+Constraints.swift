import Allot
import AllotInterchange

/// Constraints, as Optuna's `constraints_func` gives them: with each result, a list of numbers that are
/// ≤ 0 when the trial satisfies the constraint (latency − 10 ms, parameters − 10⁶). A trial that violates
/// any is infeasible: never the best trial nor on the Pareto front, and ranked by TPE below every feasible
/// trial, the least violating first.
extension Study {
    /// The most constraints one tell may carry.
    public static let maxConstraints = 100

    /// Constraint values as a message or journal entry gives them: an array of 1 to `maxConstraints`
    /// finite numbers.
    public static func constraints(_ reader: FieldReader) throws -> [Double] {
        let elements = try reader.elements("an array of numbers, each <= 0 when its constraint holds", maxCount: maxConstraints)
        guard !elements.isEmpty else { throw reader.invalid("at least one constraint value (leave the field out for none)") }
        return try elements.map { try $0.number() }
    }

    static func checkConstraints(_ constraints: [Double], trial: Int) throws {
        guard !constraints.isEmpty, constraints.count <= maxConstraints else {
            throw InputError(source: "tell", path: "constraints", problem: .other("trial \(trial): 1 to \(maxConstraints) constraint values, got \(constraints.count)"))
        }
        if let bad = constraints.firstIndex(where: { !$0.isFinite }) {
            throw InputError(source: "tell", path: "constraints[\(bad)]", problem: .other(
                "trial \(trial): a constraint value must be a finite number (<= 0 when the constraint holds), got \(JSONValue.format(constraints[bad]))"))
        }
    }

    /// How far a trial is from satisfying its constraints: the sum of the positive values (0: feasible).
    static func violation(_ constraints: [Double]?) -> Double {
        constraints?.reduce(0) { $0 + max(0, $1) } ?? 0
    }
}
