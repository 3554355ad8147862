/// A numerical routine could not produce a meaningful result; the message says which input caused it.
public enum NumericsError: AllotError, Equatable {
    /// An argument is outside the routine's domain (for example a Beta shape <= 0).
    case domain(function: String, argument: String, expected: String, got: String)
    /// GSL reported a failure status (its abort-on-error handler is off, so it comes back here).
    case gsl(function: String, status: Int32, reason: String)
    /// A matrix that must be symmetric positive definite is not; `minor` is the failing leading minor.
    case notPositiveDefinite(minor: Int)
    /// LAPACK returned a non-zero `info`.
    case lapack(function: String, info: Int32)
    /// Shapes do not agree (for example a GEMM with inner dimensions 3 and 4).
    case shapeMismatch(operation: String, expected: String, got: String)

    public var description: String {
        switch self {
        case let .domain(function, argument, expected, got):
            return "\(function): argument '\(argument)' must be \(expected), got \(got)."
        case let .gsl(function, status, reason):
            return "\(function): GSL failed with status \(status) (\(reason))."
        case let .notPositiveDefinite(minor):
            return "Cholesky factorisation: the matrix is not positive definite (leading minor \(minor) is not positive)."
        case let .lapack(function, info):
            return "\(function): LAPACK returned info = \(info)."
        case let .shapeMismatch(operation, expected, got):
            return "\(operation): expected \(expected), got \(got)."
        }
    }

    /// A domain error comes from an input (a Beta shape from a file); the others are numerical failures.
    public var exitClass: ExitClass {
        if case .domain = self { return .badInput }
        return .failure
    }
}
