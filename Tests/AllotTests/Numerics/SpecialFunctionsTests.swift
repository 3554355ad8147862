import Testing
import AllotInterchange
@testable import Allot

/// Reference values from SciPy 1.17 (scipy.stats.beta.ppf, scipy.special.betaln, ...).
@Suite("Special functions")
struct SpecialFunctionsTests {
    @Test("Beta(2, 3) quantiles", arguments: zip([0.05, 0.25, 0.5, 0.75, 0.95],
                                                 [0.09761146288641434, 0.24302208375607628, 0.3857275681323895, 0.5436782854190803, 0.7513953742698181]))
    func betaQuantiles(p: Double, expected: Double) throws {
        #expect(abs(try SpecialFunctions.betaQuantile(p, a: 2, b: 3) - expected) < 1e-10)
    }

    @Test("Beta upper quantile stays accurate in the far tail")
    func betaUpperQuantile() throws {
        #expect(abs(try SpecialFunctions.betaUpperQuantile(1e-6, a: 2, b: 3) - 0.993690426329855) < 1e-9)
    }

    @Test("normal quantiles")
    func normalQuantiles() throws {
        #expect(abs(try SpecialFunctions.normalQuantile(0.975) - 1.959963984540054) < 1e-12)
        #expect(abs(try SpecialFunctions.normalQuantile(0.01) - -2.3263478740408408) < 1e-12)
        #expect(try SpecialFunctions.normalQuantile(0.5) == 0)
    }

    @Test("log-beta and log-gamma")
    func logBeta() throws {
        #expect(abs(try SpecialFunctions.logBeta(2, 3) - -2.4849066497880004) < 1e-12)
        #expect(abs(try SpecialFunctions.logBeta(0.5, 0.5) - 1.1447298858494) < 1e-12)
        #expect(abs(try SpecialFunctions.logBeta(100, 200) - -192.134192274979) < 1e-9)
        #expect(abs(try SpecialFunctions.logGamma(10.5) - 13.940625219403763) < 1e-12)
    }

    @Test("Bernoulli and Gaussian KL divergences")
    func divergences() throws {
        #expect(abs(try SpecialFunctions.klBernoulli(0.5, 0.25) - 0.14384103622589042) < 1e-15)
        #expect(abs(try SpecialFunctions.klBernoulli(0.9, 0.8) - 0.0366900140347506) < 1e-15)
        #expect(abs(try SpecialFunctions.klBernoulli(0, 0.3) - 0.3566749439387324) < 1e-15)
        #expect(try SpecialFunctions.klBernoulli(0.4, 0.4) == 0)
        #expect(try SpecialFunctions.klBernoulli(0.5, 1) == .infinity)
        #expect(try SpecialFunctions.klGaussian(1, 3, variance: 2) == 1)
    }

    @Test("the KL-UCB inversion solves kl(p, q) = level", arguments: [0.0, 0.05, 0.3, 0.5, 0.9, 0.999])
    func klUpperBound(p: Double) throws {
        for level in [1e-4, 0.01, 0.3, 2.0, 20.0] {
            let q = SpecialFunctions.klBernoulliUpperBound(mean: p, level: level)
            #expect(q >= p && q <= 1)
            if q == 1 {
                // Only when even q = 1 − 1e-15 is within the level.
                #expect(try SpecialFunctions.klBernoulli(p, 1 - 1e-15) <= level)
            } else {
                // The root lies within 1e-12 of q (near q = 1 one ulp of q moves kl by more than 1e-12,
                // so the check is on q, not on the divergence).
                #expect(try SpecialFunctions.klBernoulli(p, max(p, q - 1e-12)) <= level)
                #expect(try SpecialFunctions.klBernoulli(p, min(1 - 1e-15, q + 1e-12)) >= level)
            }
        }
        #expect(SpecialFunctions.klBernoulliUpperBound(mean: p, level: 0) == p)
    }

    @Test("domain errors name the argument instead of aborting")
    func domainErrors() {
        #expect(throws: NumericsError.domain(function: "betaQuantile", argument: "p", expected: "a probability in [0, 1]", got: "1.5")) {
            try SpecialFunctions.betaQuantile(1.5, a: 2, b: 3)
        }
        #expect(throws: NumericsError.domain(function: "logBeta", argument: "a", expected: "a finite number > 0", got: "-1.0")) {
            try SpecialFunctions.logBeta(-1, 2)
        }
        #expect(throws: NumericsError.self) { try SpecialFunctions.klGaussian(0, 1, variance: 0) }
        #expect(throws: NumericsError.self) { try SpecialFunctions.klBernoulli(.nan, 0.5) }
        #expect(throws: NumericsError.self) { try SpecialFunctions.normalQuantile(-0.1) }
    }
}
