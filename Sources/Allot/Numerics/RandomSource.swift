import CGSL
import Foundation

/// A seeded, reproducible random source on GSL's Mersenne Twister (mt19937).
///
/// A value type: copying it copies the generator (copy-on-write), so a copied policy continues with
/// exactly the same stream as the original. Its full state is `Codable`, so a snapshot restored later
/// continues bit-for-bit. The 64-bit seed is spread over the whole 19,937-bit state with the Mersenne
/// Twister's reference `init_by_array` (Matsumoto, Nishimura 2002), so seeds that differ only in their
/// high 32 bits still give different streams (GSL's own `gsl_rng_set` keeps only the low 32 bits).
public struct RandomSource: Sendable {
    @usableFromInline var generator: GSLGenerator

    /// A generator whose stream depends only on `seed`.
    public init(seed: UInt64) {
        GSLErrorHandling.ensureDisabled()
        generator = GSLGenerator()
        let key = [UInt32(truncatingIfNeeded: seed), UInt32(truncatingIfNeeded: seed >> 32)]
        generator.setMersenneState(RandomSource.mersenneState(key: key))
    }

    init(generator: GSLGenerator) {
        self.generator = generator
    }

    /// Makes the generator unique before a draw mutates it (copy-on-write).
    @inlinable @inline(__always)
    mutating func prepareDraw() -> UnsafeMutablePointer<gsl_rng> {
        if !isKnownUniquelyReferenced(&generator) {
            generator = generator.copy()
        }
        return generator.pointer
    }

    /// The reference `init_by_array` of mt19937ar.c: the 624-word state for a key of 32-bit words.
    static func mersenneState(key: [UInt32]) -> [UInt32] {
        let n = 624
        var mt = [UInt32](repeating: 0, count: n)
        mt[0] = 19_650_218
        for i in 1..<n {
            mt[i] = 1_812_433_253 &* (mt[i - 1] ^ (mt[i - 1] >> 30)) &+ UInt32(i)
        }
        var i = 1
        var j = 0
        for _ in 0..<max(n, key.count) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(j)
            i += 1
            j += 1
            if i >= n { mt[0] = mt[n - 1]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(n - 1) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= n { mt[0] = mt[n - 1]; i = 1 }
        }
        mt[0] = 0x8000_0000
        return mt
    }
}

/// Owns one `gsl_rng`. Only `RandomSource` touches it, and only after making it unique, which is why
/// the unchecked `Sendable` is sound.
@usableFromInline
final class GSLGenerator: @unchecked Sendable {
    @usableFromInline let pointer: UnsafeMutablePointer<gsl_rng>

    /// GSL's mt19937 state: `unsigned long mt[624]; int mti;` (5,000 bytes with padding on LP64).
    static let stateWords = 624

    init() {
        guard let rng = gsl_rng_alloc(cgsl_rng_mt19937()) else {
            fatalError("gsl_rng_alloc failed: out of memory")
        }
        pointer = rng
    }

    deinit { gsl_rng_free(pointer) }

    @usableFromInline func copy() -> GSLGenerator {
        let twin = GSLGenerator()
        gsl_rng_memcpy(twin.pointer, pointer)
        return twin
    }

    /// Writes a Mersenne Twister state and forces the next draw to regenerate the block.
    func setMersenneState(_ words: [UInt32]) {
        setState(words: words, position: Self.stateWords)
    }

    /// Writes the 624 words and the position of the next word to hand out (624: regenerate first).
    func setState(words: [UInt32], position: Int) {
        precondition(words.count == Self.stateWords && (0...Self.stateWords).contains(position))
        let state = gsl_rng_state(pointer)!
        precondition(gsl_rng_size(pointer) >= MemoryLayout<UInt>.stride * Self.stateWords + MemoryLayout<Int32>.size)
        let mt = state.bindMemory(to: UInt.self, capacity: Self.stateWords + 1)
        for (index, word) in words.enumerated() { mt[index] = UInt(word) }
        let mti = (state + MemoryLayout<UInt>.stride * Self.stateWords).bindMemory(to: Int32.self, capacity: 1)
        mti.pointee = Int32(position)
    }

    /// The 624 state words and the position, as the stable representation stores them.
    var words: (words: [UInt32], position: Int) {
        let state = gsl_rng_state(pointer)!
        let mt = state.bindMemory(to: UInt.self, capacity: Self.stateWords + 1)
        let words = (0..<Self.stateWords).map { UInt32(truncatingIfNeeded: mt[$0]) }
        let mti = (state + MemoryLayout<UInt>.stride * Self.stateWords).bindMemory(to: Int32.self, capacity: 1)
        return (words, Int(mti.pointee))
    }


}

extension RandomSource: Equatable {
    /// Two sources are equal when their next draws will be identical.
    public static func == (lhs: RandomSource, rhs: RandomSource) -> Bool {
        lhs.generator === rhs.generator || lhs.generator.words == rhs.generator.words
    }
}

/// The stable representation: `{"algorithm": "mt19937", "words": base64 of the 624 state words as
/// little-endian 32-bit integers, "position": index of the next word (0...624)}`, the same on every
/// platform. Files written before it (`"state"`: GSL's in-memory bytes on a 64-bit little-endian
/// machine) are still read, and both are validated: a position outside 0...624 or a word above 2^32
/// would make GSL read outside its state.
extension RandomSource: Codable {
    private enum CodingKeys: String, CodingKey { case algorithm, words, position, state }

    /// The only algorithm written today; the field exists so a future generator can be told apart.
    private static let algorithm = "mt19937"

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.algorithm, forKey: .algorithm)
        let (words, position) = generator.words
        var bytes = Data(capacity: words.count * 4)
        for word in words { withUnsafeBytes(of: word.littleEndian) { bytes.append(contentsOf: $0) } }
        try container.encode(bytes, forKey: .words)
        try container.encode(position, forKey: .position)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let algorithm = try container.decode(String.self, forKey: .algorithm)
        try Decoding.require(algorithm == Self.algorithm, container, .algorithm, "expected \"\(Self.algorithm)\", got \"\(algorithm)\"")
        let count = GSLGenerator.stateWords
        var words: [UInt32] = []
        let position: Int
        if container.contains(.words) {
            let bytes = [UInt8](try container.decode(Data.self, forKey: .words))
            try Decoding.require(bytes.count == count * 4, container, .words, "expected \(count * 4) bytes of state words, got \(bytes.count)")
            words = (0..<count).map { i in (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[i * 4 + $1]) << (8 * UInt32($1)) } }
            position = try container.decode(Int.self, forKey: .position)
            try Decoding.require((0...count).contains(position), container, .position, "expected a position in 0...\(count), got \(position)")
        } else {
            // GSL's own layout on LP64 little-endian: 624 unsigned longs, then an int, padded to 5,000 bytes.
            let bytes = [UInt8](try container.decode(Data.self, forKey: .state))
            try Decoding.require(bytes.count == count * 8 + 8, container, .state, "expected \(count * 8 + 8) bytes of mt19937 state, got \(bytes.count)")
            for i in 0..<count {
                let low = (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[i * 8 + $1]) << (8 * UInt32($1)) }
                let high = (4..<8).reduce(0) { $0 | Int(bytes[i * 8 + $1]) }
                try Decoding.require(high == 0, container, .state, "word \(i) of the mt19937 state is above 2^32")
                words.append(low)
            }
            let raw = (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[count * 8 + $1]) << (8 * UInt32($1)) }
            position = Int(Int32(bitPattern: raw))
            try Decoding.require((0...count).contains(position), container, .state, "the mt19937 position is \(position), outside 0...\(count)")
        }
        GSLErrorHandling.ensureDisabled()
        let generator = GSLGenerator()
        generator.setState(words: words, position: position)
        self.init(generator: generator)
    }
}
