/// SplitMix64 (Steele, Lea, Flood 2014): a tiny, high-quality mixer used to expand a 64-bit seed into
/// generator state and to derive independent child seeds (per replication, per arm). Not a policy RNG.
public struct SplitMix64: Sendable, Equatable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// The next 64 pseudo-random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform double in [0, 1) from the next 53 bits.
    public mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// A seed for child number `index` of `seed`: distinct children get unrelated streams, and the result
    /// depends only on (seed, index), so serial and parallel runs derive the same seeds.
    public static func derive(seed: UInt64, index: UInt64) -> UInt64 {
        var mixer = SplitMix64(seed: seed ^ (index &* 0xD1B5_4A32_D192_ED03))
        _ = mixer.next()
        return mixer.next()
    }
}
