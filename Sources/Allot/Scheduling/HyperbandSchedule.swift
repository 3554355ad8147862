import Foundation

/// One rung of successive halving: how many configurations run, and to what resource.
public struct Rung: Codable, Sendable, Equatable {
    public var configurations: Int
    public var resource: Double

    public init(configurations: Int, resource: Double) {
        self.configurations = configurations
        self.resource = resource
    }
}

/// Hyperband's brackets (Li, Jamieson, DeSalvo, Rostamizadeh, Talwalkar, JMLR 2018), with the paper's exact
/// arithmetic: s_max = ⌊log_η R⌋, B = (s_max + 1) R; for s = s_max … 0, n = ⌈(B / R) η^s / (s + 1)⌉ and
/// r = R η^−s, and bracket s runs successive halving with n_i = ⌊n η^−i⌋ configurations at r_i = r η^i.
/// Integer arithmetic for the counts (no floating log that could round ⌊log_3 81⌋ down to 3).
public struct HyperbandSchedule: Codable, Sendable, Equatable {
    public let maxResource: Double
    public let eta: Int
    /// Brackets from the most exploratory (s = s_max) to plain full-resource evaluation (s = 0).
    public let brackets: [[Rung]]

    public init(maxResource: Double, eta: Int = 3) throws {
        guard maxResource >= 1, maxResource <= Limits.maxResource else {
            throw InputError.parameter("hyperband", "maxResource", expected: "a number in 1...\(JSONValue.format(Limits.maxResource))", got: "\(maxResource)")
        }
        guard eta >= 2, eta <= Limits.maxEta else { throw InputError.parameter("hyperband", "eta", expected: "an integer in 2...\(Limits.maxEta)", got: "\(eta)") }
        self.maxResource = maxResource
        self.eta = eta
        var sMax = 0
        var power = 1.0
        while power * Double(eta) <= maxResource * (1 + 1e-12) {
            power *= Double(eta)
            sMax += 1
        }
        // η^s_max <= R <= 1e15, so every power below fits; the counts are checked against the trial limit.
        var brackets: [[Rung]] = []
        for s in stride(from: sMax, through: 0, by: -1) {
            let etaToS = Self.power(eta, s)
            let (numerator, overflow) = (sMax + 1).multipliedReportingOverflow(by: etaToS)
            let n = overflow ? Int.max : (numerator + s) / (s + 1)   // ⌈(s_max + 1) η^s / (s + 1)⌉
            guard n <= Limits.maxTrials else {
                throw InputError(source: "hyperband", path: "maxResource", problem: .tooLarge(
                    what: "the first rung of bracket s = \(s) (R = \(JSONValue.format(maxResource)), η = \(eta))",
                    limit: "\(Limits.maxTrials) configurations", got: overflow ? "more than 2^63 configurations" : "\(n) configurations"))
            }
            let r = maxResource / Double(etaToS)
            brackets.append((0...s).map { i in
                Rung(configurations: n / Self.power(eta, i), resource: r * Double(Self.power(eta, i)))
            })
        }
        self.brackets = brackets
    }

    /// s_max.
    public var maxBracket: Int { brackets.count - 1 }

    /// Total resource of one pass over all brackets, Σ n_i r_i.
    public var totalResource: Double {
        brackets.reduce(0) { $0 + $1.reduce(0) { $0 + Double($1.configurations) * $1.resource } }
    }

    /// base^exponent for small non-negative integers.
    public static func power(_ base: Int, _ exponent: Int) -> Int {
        (0..<exponent).reduce(1) { value, _ in value * base }
    }
}

