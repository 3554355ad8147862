/// FNV-1a, 64 bits: a stable hash of text or bytes (Swift's `Hasher` is seeded per process, so it cannot
/// name files or seeds that must be the same on every run). Used for result fingerprints, seed salts and
/// cache file names.
public enum Fingerprint {
    public static func fnv1a<Bytes: Sequence>(bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    public static func fnv1a(_ text: String) -> UInt64 { fnv1a(bytes: text.utf8) }

    /// 16 hex digits.
    public static func hex(_ text: String) -> String { hex(fnv1a(text)) }

    public static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
