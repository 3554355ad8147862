import CGSL

/// GSL's default error handler calls `abort()` on a domain error. Allot turns it off once, before the
/// first GSL call, and checks statuses and results instead (see `NumericsError`).
enum GSLErrorHandling {
    /// Evaluating this global runs `gsl_set_error_handler_off()` exactly once, thread-safely.
    static let disabled: Bool = {
        _ = gsl_set_error_handler_off()
        return true
    }()

    /// Call before any GSL routine that may report an error.
    @inline(__always) static func ensureDisabled() {
        _ = disabled
    }

    /// GSL's text for a status code.
    static func reason(_ status: Int32) -> String {
        guard let text = gsl_strerror(status) else { return "unknown" }
        return String(cString: text)
    }
}
