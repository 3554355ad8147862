import Foundation
import Testing
import AllotInterchange
@testable import Allot
import CGSL

@Suite("RandomSource")
struct RandomSourceTests {
    private func draws(_ source: inout RandomSource, _ count: Int) -> [Double] {
        (0..<count).map { _ in source.uniform() }
    }

    @Test("the same seed gives the same stream")
    func sameSeedSameStream() {
        var a = RandomSource(seed: 42)
        var b = RandomSource(seed: 42)
        #expect(draws(&a, 1000) == draws(&b, 1000))
    }

    @Test("seeds that differ only in their high 32 bits give different streams")
    func highBitsMatter() {
        var a = RandomSource(seed: 7)
        var b = RandomSource(seed: 7 | (1 << 40))
        #expect(draws(&a, 10) != draws(&b, 10))
    }

    @Test("seeding follows the Mersenne Twister reference init_by_array")
    func referenceInitByArray() {
        // mt19937ar.c's test program seeds with {0x123, 0x234, 0x345, 0x456}; its first outputs are these.
        let generator = GSLGenerator()
        generator.setMersenneState(RandomSource.mersenneState(key: [0x123, 0x234, 0x345, 0x456]))
        let outputs = (0..<3).map { _ in gsl_rng_get(generator.pointer) }
        #expect(outputs == [1_067_595_299, 955_945_823, 477_289_528])
    }

    @Test("an encoded snapshot continues bit-for-bit")
    func snapshotContinues() throws {
        var original = RandomSource(seed: 2026)
        _ = draws(&original, 777)
        let data = try JSONEncoder().encode(original)
        var restored = try JSONDecoder().decode(RandomSource.self, from: data)
        #expect(restored == original)
        #expect(draws(&restored, 2000) == draws(&original, 2000))
    }

    @Test("a snapshot with the wrong state size is rejected")
    func corruptSnapshotRejected() throws {
        let json = #"{"algorithm":"mt19937","state":"AAAA"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(RandomSource.self, from: Data(json.utf8)) }
        let other = #"{"algorithm":"ranlux","state":"AAAA"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(RandomSource.self, from: Data(other.utf8)) }
    }

    @Test("copies are independent (copy-on-write)")
    func copyOnWrite() {
        var original = RandomSource(seed: 5)
        var copy = original
        let fromCopy = draws(&copy, 50)
        let fromOriginal = draws(&original, 50)
        #expect(fromCopy == fromOriginal)
    }

    @Test("sample moments match the distributions")
    func moments() {
        var random = RandomSource(seed: 11)
        let n = 200_000
        func mean(_ draw: () -> Double) -> Double { (0..<n).reduce(0.0) { acc, _ in acc + draw() } / Double(n) }
        #expect(abs(mean { random.uniform() } - 0.5) < 0.005)
        #expect(abs(mean { random.normal(mean: 3, standardDeviation: 2) } - 3) < 0.02)
        #expect(abs(mean { random.beta(2, 3) } - 0.4) < 0.003)
        #expect(abs(mean { random.gamma(shape: 3, scale: 2) } - 6) < 0.03)
        #expect(abs(mean { random.bernoulli(0.3) ? 1 : 0 } - 0.3) < 0.005)
        #expect(abs(mean { Double(random.binomial(trials: 10, probability: 0.25)) } - 2.5) < 0.02)
        let normalVariance = mean { let x = random.normal(); return x * x }
        #expect(abs(normalVariance - 1) < 0.02)
    }

    @Test("categorical and integer draws follow their weights")
    func discrete() throws {
        var random = RandomSource(seed: 3)
        let weights = [1.0, 0.0, 3.0, 6.0]
        var counts = [0, 0, 0, 0]
        for _ in 0..<100_000 { counts[random.categorical(weights: weights)] += 1 }
        #expect(counts[1] == 0)
        #expect(abs(Double(counts[0]) / 100_000 - 0.1) < 0.005)
        #expect(abs(Double(counts[3]) / 100_000 - 0.6) < 0.005)

        let table = try AliasTable(weights: weights)
        #expect(abs(table.probability(of: 2) - 0.3) < 1e-12)
        var aliasCounts = [0, 0, 0, 0]
        for _ in 0..<100_000 { aliasCounts[table.sample(using: &random)] += 1 }
        #expect(aliasCounts[1] == 0)
        #expect(abs(Double(aliasCounts[2]) / 100_000 - 0.3) < 0.005)

        var seen = Set<Int>()
        for _ in 0..<10_000 {
            let value = random.integer(below: 7)
            seen.insert(value)
            let ranged = random.uniform(from: -2, to: 3)
            let positive = random.uniformPositive()
            #expect(ranged >= -2 && ranged < 3)
            #expect(positive > 0 && positive < 1)
        }
        #expect(seen == Set(0..<7))
    }

    @Test("an alias table rejects unusable weights, naming the entry")
    func aliasTableErrors() {
        #expect(throws: NumericsError.domain(function: "AliasTable", argument: "weights[1]", expected: "a finite number >= 0", got: "-1.0")) {
            try AliasTable(weights: [1, -1])
        }
        #expect(throws: NumericsError.self) { try AliasTable(weights: [0, 0]) }
        #expect(throws: NumericsError.self) { try AliasTable(weights: []) }
    }

    @Test("derived seeds depend only on (seed, index) and differ across indices")
    func derivedSeeds() {
        let seeds = (0..<1000).map { SplitMix64.derive(seed: 99, index: UInt64($0)) }
        #expect(Set(seeds).count == 1000)
        #expect(SplitMix64.derive(seed: 99, index: 17) == seeds[17])
    }
}
