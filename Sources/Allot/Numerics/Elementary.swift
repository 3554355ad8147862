import Foundation

/// ln and exp for the core, reached through non-generic functions so call sites are never ambiguous
/// on Linux (where Glibc and Foundation both export overloads).
extension Double {
    /// ln(self).
    @inlinable var logNatural: Double { _logNatural(self) }
    /// e^self.
    @inlinable var exponential: Double { _exponential(self) }
}

@inlinable
func _logNatural(_ x: Double) -> Double { Foundation.log(x) }

@inlinable
func _exponential(_ x: Double) -> Double { Foundation.exp(x) }
