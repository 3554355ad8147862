import Foundation

/// Foundation's `log`, reached through one non-generic function so call sites in the core are never
/// ambiguous on Linux (where Glibc and Foundation both export overloads).
@inlinable
func _logNatural(_ x: Double) -> Double { Foundation.log(x) }

/// Foundation's `exp`, for the same reason as `_logNatural`.
@inlinable
func _exponential(_ x: Double) -> Double { Foundation.exp(x) }
