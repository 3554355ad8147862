import AllotInterchange
/// Decides how many rank-1 components each adapted matrix keeps. Allocators see every backward pass
/// (`observe`) and may return a new pattern after any step (`reallocate`); all their state is Codable,
/// so importance statistics survive a checkpoint.
public protocol RankAllocator: Codable, Sendable {
    /// The allocator's name in scenario files and on the command line.
    static var name: String { get }
    var matrices: [AdaptedMatrix] { get }
    /// Learns from the sensitivities of the backward pass at `step` (0-based).
    mutating func observe(_ sensitivities: [TripletSensitivity], step: Int)
    /// The pattern to use from `step + 1` on, or nil to keep `current`.
    mutating func reallocate(step: Int, current: RankPattern) throws -> RankPattern?
    /// The parameter budget at `step` (AdaLoRA's shrinks; the others are constant).
    func budget(at step: Int) -> Int
    /// The pattern training starts with.
    var initialPattern: RankPattern { get }
    /// Weight of AdaLoRA's orthogonality regulariser ‖PᵀP − I‖² + ‖QQᵀ − I‖² (0: none).
    var orthogonalityWeight: Float { get }
}

extension RankAllocator {
    public var orthogonalityWeight: Float { 0 }
}

/// A parameter budget expressed as the average rank it buys: B = r̄ · Σ (input_i + output_i).
public enum RankBudget {
    /// r̄ · Σ (input_i + output_i), for matrices within the limits (2^40 · 4,096 < 2^53: exact in a double).
    public static func parameters(averageRank: Double, matrices: [AdaptedMatrix]) -> Int {
        Int((averageRank * Double(matrices.reduce(0) { $0 + $1.unitCost })).rounded(.down))
    }

    static func validate(averageRank: Double, matrices: [AdaptedMatrix]) throws {
        try AdaptedMatrix.validate(matrices)
        let top = matrices.map(\.maxRank).min()!
        guard averageRank > 0, averageRank <= Double(top) else {
            throw InputError.parameter("rank allocator", "averageRank", expected: "a number in (0, \(top)] (the smallest maxRank: no matrix can hold more components than its slots, PEFT's r)", got: "\(JSONValue.format(averageRank))")
        }
    }
}

/// The baseline: every matrix keeps the same rank for the whole run.
public struct UniformRankAllocator: RankAllocator, Equatable {
    public static let name = "uniform"
    public let matrices: [AdaptedMatrix]
    public let rank: Int

    private enum CodingKeys: String, CodingKey { case matrices, rank }

    /// Validated: the matrices, and a rank every matrix can hold.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let matrices = try container.decode([AdaptedMatrix].self, forKey: .matrices)
        let rank = try container.decode(Int.self, forKey: .rank)
        self = try Decoding.validated(container) { try UniformRankAllocator(matrices: matrices, averageRank: rank) }
    }

    public init(matrices: [AdaptedMatrix], averageRank: Int) throws {
        try RankBudget.validate(averageRank: Double(averageRank), matrices: matrices)
        self.matrices = matrices
        rank = averageRank
    }

    public mutating func observe(_ sensitivities: [TripletSensitivity], step: Int) {}
    public mutating func reallocate(step: Int, current: RankPattern) throws -> RankPattern? { nil }
    public func budget(at step: Int) -> Int { RankBudget.parameters(averageRank: Double(rank), matrices: matrices) }
    public var initialPattern: RankPattern { RankPattern(uniform: rank, matrices: matrices) }
}
