import AllotInterchange
/// What a trainer exposes so that allocators can move rank between its adapters. A trainer conforms,
/// and its training step calls `allocateRanks(with:step:)` after every backward pass, so allocation runs
/// on its schedule without anyone having to remember a call (AdaLoRA's `update_and_allocate` trap).
public protocol RankAdaptable {
    /// The adapted matrices, in a fixed order.
    var adaptedMatrices: [AdaptedMatrix] { get }
    /// The active slots of every matrix.
    var rankPattern: RankPattern { get }
    /// Sensitivities |w · ∂L/∂w| of the last backward pass, one per matrix.
    func sensitivities() -> [TripletSensitivity]
    /// Activates the pattern's slots, rescaling so surviving components keep their contribution (α/r or α/√r).
    mutating func apply(_ pattern: RankPattern) throws
}

extension RankAdaptable {
    /// Feeds the last backward pass to `allocator` and applies the pattern it returns, if any. Returns
    /// whether the ranks changed. A pattern over `budget` parameters is refused (the allocator is wrong).
    @discardableResult
    public mutating func allocateRanks<Allocator: RankAllocator>(with allocator: inout Allocator, step: Int) throws -> Bool {
        allocator.observe(sensitivities(), step: step)
        guard let pattern = try allocator.reallocate(step: step, current: rankPattern) else { return false }
        try pattern.validate(adaptedMatrices)
        let limit = allocator.budget(at: step)
        let used = pattern.parameters(adaptedMatrices)
        guard used <= limit else { throw PEFTError.budgetExceeded(parameters: used, budget: limit) }
        if pattern == rankPattern { return false }
        try apply(pattern)
        return true
    }
}
