/// FNV-1a, 64 bits: a stable hash of text (Swift's `Hasher` is seeded per process, so it cannot name
/// files or seeds that must be the same on every run).
enum Fingerprint {
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// 16 hex digits.
    static func hex(_ text: String) -> String {
        let value = String(fnv1a(text), radix: 16)
        return String(repeating: "0", count: 16 - value.count) + value
    }
}
