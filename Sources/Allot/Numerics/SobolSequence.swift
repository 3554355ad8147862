import CGSL

/// The Sobol low-discrepancy sequence (GSL's `gsl_qrng_sobol`, Antonov–Saleev variant), up to 40
/// dimensions: points in [0, 1)^d that fill the cube more evenly than random ones, so a few dozen
/// configurations already cover a search space. The state is the number of points drawn, so it is
/// Codable and a restored sequence continues exactly (GSL regenerates the points to skip ahead).
public struct SobolSequence: Codable, Sendable, Equatable {
    public let dimension: Int
    /// Points drawn so far.
    public private(set) var index = 0
    private var generator: Generator

    /// GSL's Sobol generator supports dimensions 1...40.
    public static let maximumDimension = 40

    public init(dimension: Int) throws {
        guard (1...Self.maximumDimension).contains(dimension) else {
            throw NumericsError.domain(function: "SobolSequence", argument: "dimension", expected: "an integer in 1...\(Self.maximumDimension)", got: "\(dimension)")
        }
        self.dimension = dimension
        generator = try Generator(dimension: dimension)
    }

    /// The next point.
    public mutating func next() -> [Double] {
        if !isKnownUniquelyReferenced(&generator) { generator = generator.copy() }
        index += 1
        return generator.next()
    }

    enum CodingKeys: String, CodingKey { case dimension, index }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let dimension = try container.decode(Int.self, forKey: .dimension)
        self = try Decoding.validated(container) { try SobolSequence(dimension: dimension) }
        let count = try container.decode(Int.self, forKey: .index)
        // Regenerating the points is the only way to skip ahead: bounded, so a damaged file cannot hang.
        try Decoding.require(count >= 0 && count <= Limits.maxTrials, container, .index, "expected a point index in 0...\(Limits.maxTrials), got \(count)")
        for _ in 0..<count { _ = next() }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(dimension, forKey: .dimension)
        try container.encode(index, forKey: .index)
    }

    public static func == (lhs: SobolSequence, rhs: SobolSequence) -> Bool {
        lhs.dimension == rhs.dimension && lhs.index == rhs.index
    }

    /// Owns the GSL generator.
    final class Generator: @unchecked Sendable {
        let pointer: OpaquePointer
        let dimension: Int

        init(dimension: Int) throws {
            GSLErrorHandling.ensureDisabled()
            guard let pointer = gsl_qrng_alloc(cgsl_qrng_sobol(), UInt32(dimension)) else {
                throw NumericsError.gsl(function: "gsl_qrng_alloc", status: -1, reason: "out of memory")
            }
            self.pointer = OpaquePointer(pointer)
            self.dimension = dimension
        }

        private init(copying other: Generator) {
            pointer = OpaquePointer(gsl_qrng_clone(UnsafeMutablePointer(other.pointer)))
            dimension = other.dimension
        }

        func copy() -> Generator { Generator(copying: self) }

        func next() -> [Double] {
            var point = [Double](repeating: 0, count: dimension)
            point.withUnsafeMutableBufferPointer { _ = gsl_qrng_get(UnsafeMutablePointer(pointer), $0.baseAddress) }
            return point
        }

        deinit { gsl_qrng_free(UnsafeMutablePointer(pointer)) }
    }
}
