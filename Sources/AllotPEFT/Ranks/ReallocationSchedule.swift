import AllotInterchange
/// When ranks may move: not before `warmupSteps` (t_i: importance estimates need time), every
/// `interval` steps (ΔT) after that, and never during the last `finalSteps` (t_f, a duration: the
/// final pattern is fixed and trained). Validated up front: a run too short to reach its final phase
/// is an error here, not a crash thousands of steps in (PEFT AdaLoRA's `tfinal` trap).
public struct ReallocationSchedule: Codable, Sendable, Equatable {
    public let totalSteps: Int
    public let warmupSteps: Int
    public let finalSteps: Int
    public let interval: Int

    public init(totalSteps: Int, warmupSteps: Int, finalSteps: Int, interval: Int) throws {
        guard totalSteps >= 1 else { throw InputError.parameter("schedule", "totalSteps", expected: "an integer >= 1", got: "\(totalSteps)") }
        guard warmupSteps >= 0 else { throw InputError.parameter("schedule", "warmupSteps", expected: "an integer >= 0", got: "\(warmupSteps)") }
        guard finalSteps >= 0 else {
            throw InputError.parameter("schedule", "finalSteps", expected: "an integer >= 0 (a duration: the last steps with a fixed pattern)", got: "\(finalSteps)")
        }
        guard interval >= 1 else { throw InputError.parameter("schedule", "interval", expected: "an integer >= 1 (ΔT, steps between reallocations)", got: "\(interval)") }
        for (field, value) in [("totalSteps", totalSteps), ("warmupSteps", warmupSteps), ("finalSteps", finalSteps), ("interval", interval)] {
            try Limits.check(value, atMost: Limits.maxSteps, "the number of steps", source: "schedule", path: field)
        }
        guard totalSteps > warmupSteps + finalSteps else {
            throw InputError.parameter(
                "schedule", "totalSteps",
                expected: "more than warmupSteps + finalSteps (\(warmupSteps) + \(finalSteps) = \(warmupSteps + finalSteps)), or the schedule never reaches its final phase",
                got: "\(totalSteps)")
        }
        self.totalSteps = totalSteps
        self.warmupSteps = warmupSteps
        self.finalSteps = finalSteps
        self.interval = interval
    }

    private enum CodingKeys: String, CodingKey { case totalSteps, warmupSteps, finalSteps, interval }

    /// Validated as the initialiser validates.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let total = try container.decode(Int.self, forKey: .totalSteps), warmup = try container.decode(Int.self, forKey: .warmupSteps)
        let final = try container.decode(Int.self, forKey: .finalSteps), interval = try container.decode(Int.self, forKey: .interval)
        self = try Decoding.validated(container) { try ReallocationSchedule(totalSteps: total, warmupSteps: warmup, finalSteps: final, interval: interval) }
    }

    /// The reallocation points p with `after` < p <= `through` (every point up to `through` when `after` is
    /// nil), in order: what a trainer that last called at `after` and now calls at `through` has passed.
    /// At most one point per interval and the final one, so the count is bounded by the schedule.
    public func points(after: Int?, through step: Int) -> [Int] {
        let low = (after ?? -1) + 1
        guard step >= low else { return [] }
        var points: [Int] = []
        // Grid points t_i + kΔT in [max(low, t_i), min(step, T − t_f − 1)].
        let first = max(low, warmupSteps), last = min(step, finalPhaseStart - 1)
        if first <= last {
            let offset = (first - warmupSteps + interval - 1) / interval
            var point = warmupSteps + offset * interval
            while point <= last {
                points.append(point)
                point += interval
            }
        }
        if finalPhaseStart >= low, finalPhaseStart <= step { points.append(finalPhaseStart) }
        return points
    }

    /// The first reallocation point after `step`, or nil when the final pattern is already fixed.
    public func nextPoint(after step: Int) -> Int? {
        let low = step + 1
        guard low <= finalPhaseStart else { return nil }
        if low <= warmupSteps { return min(warmupSteps, finalPhaseStart) }
        let offset = (low - warmupSteps + interval - 1) / interval
        let (grid, overflow) = warmupSteps.addingReportingOverflow(offset.multipliedReportingOverflow(by: interval).partialValue)
        return overflow ? finalPhaseStart : min(grid, finalPhaseStart)
    }

    /// The first step of the final phase, T − t_f.
    public var finalPhaseStart: Int { totalSteps - finalSteps }

    /// Whether the allocator reallocates after `step`: t_i <= step < T − t_f on the ΔT grid, and once at T − t_f
    /// to fix the final pattern.
    public func isReallocationStep(_ step: Int) -> Bool {
        if step == finalPhaseStart { return true }
        return step >= warmupSteps && step < finalPhaseStart && (step - warmupSteps) % interval == 0
    }
}

/// AdaLoRA's budget schedule (Zhang et al. 2023, ALGORITHMS §5), in adapter parameters:
/// b(t) = b(0) for t < t_i; b(T) + (b(0) − b(T)) (1 − (t − t_i)/(T − t_i − t_f))³ for t_i <= t < T − t_f;
/// b(T) afterwards.
public struct AdaLoRASchedule: Codable, Sendable, Equatable {
    public let initialBudget: Int
    public let finalBudget: Int
    public let steps: ReallocationSchedule

    private enum CodingKeys: String, CodingKey { case initialBudget, finalBudget, steps }

    /// Validated as the initialiser validates.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let initial = try container.decode(Int.self, forKey: .initialBudget), final = try container.decode(Int.self, forKey: .finalBudget)
        let steps = try container.decode(ReallocationSchedule.self, forKey: .steps)
        self = try Decoding.validated(container) { try AdaLoRASchedule(initialBudget: initial, finalBudget: final, steps: steps) }
    }

    public init(initialBudget: Int, finalBudget: Int, steps: ReallocationSchedule) throws {
        guard finalBudget >= 1 else { throw InputError.parameter("schedule", "finalBudget", expected: "an integer >= 1", got: "\(finalBudget)") }
        guard initialBudget >= finalBudget else {
            throw InputError.parameter("schedule", "initialBudget", expected: "at least the final budget (\(finalBudget)): AdaLoRA only prunes", got: "\(initialBudget)")
        }
        self.initialBudget = initialBudget
        self.finalBudget = finalBudget
        self.steps = steps
    }

    public func budget(at step: Int) -> Int {
        let ti = steps.warmupSteps, end = steps.finalPhaseStart
        if step < ti { return initialBudget }
        if step >= end { return finalBudget }
        let progress = Double(step - ti) / Double(end - ti)
        let remaining = (1 - progress) * (1 - progress) * (1 - progress)
        return finalBudget + Int((Double(initialBudget - finalBudget) * remaining).rounded(.down))
    }
}
