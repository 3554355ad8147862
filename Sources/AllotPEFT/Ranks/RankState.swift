import Allot

/// Everything a rank allocator keeps between training steps for a trainer on the other side of a JSON
/// interface (`allot allocate ranks --state`, `allot serve`): its configuration, the budget as an
/// average rank, the schedule, its state, the current pattern and the last step it saw — as one
/// versioned document (format `allot-rank-state`, version 2; version 1 files from release 583d2df are
/// read too).
///
/// A call at any step performs every reallocation whose point has passed since the previous call (a
/// trainer that calls at steps 99, 199, … still reallocates, and the final pattern is fixed even if
/// T − t_f itself is skipped); a step earlier than the last one is refused; and the pattern never holds
/// more parameters than the budget in force, which is reported with it.
public struct RankState: Sendable {
    public static let format = "allot-rank-state"
    public static let version = 2

    public let averageRank: Int
    public let schedule: ReallocationSchedule
    public private(set) var allocator: AnyRankAllocator
    public private(set) var pattern: RankPattern
    /// The last step observed (nil before the first).
    public private(set) var lastStep: Int?
    /// The last reallocation point passed (its budget is the one in force).
    public private(set) var lastPoint: Int?

    public var matrices: [AdaptedMatrix] { allocator.matrices }
    public var configuration: ComponentConfiguration { allocator.configuration }

    /// A new state: the allocator built from `configuration` by the registry, at its initial pattern.
    public init(matrices: [AdaptedMatrix], configuration: ComponentConfiguration, averageRank: Int, schedule: ReallocationSchedule, seed: UInt64) throws {
        try AdaptedMatrix.validate(matrices)
        self.averageRank = averageRank
        self.schedule = schedule
        allocator = try RankAllocatorRegistry.registry.build(configuration, RankAllocatorContext(matrices: matrices, averageRank: averageRank, schedule: schedule, seed: seed))
        pattern = allocator.initialPattern
    }

    /// The parameter budget in force: the allocator's budget at the last reallocation point passed.
    public var budget: Int { allocator.budget(at: lastPoint ?? 0) }

    /// Observes the sensitivities of `step` (one row per matrix, one score per slot: |λ∂λ| + mean |P∂P| +
    /// mean |Q∂Q|) and performs every reallocation point passed since the last call. Returns the points.
    @discardableResult
    public mutating func step(_ step: Int, sensitivities: [[Double]]) throws -> [Int] {
        adoptVersion1(step: step)
        if let lastStep, step < lastStep {
            throw InputError(source: "request", path: "step", problem: .invalid(expected: "a step >= the last one (\(lastStep)); steps never go back", got: "\(step)"))
        }
        guard sensitivities.count == matrices.count else {
            throw InputError(source: "request", path: "sensitivities", problem: .invalid(expected: "one row per matrix (\(matrices.count))", got: "\(sensitivities.count)"))
        }
        let observed = sensitivities.map { row -> TripletSensitivity in
            let third = row.map { Float($0 / 3) }
            return TripletSensitivity(values: third, left: third, right: third)
        }
        var working = allocator
        var current = pattern
        working.observe(observed, step: step)
        let points = schedule.points(after: lastStep, through: step)
        for point in points {
            guard let proposed = try working.reallocate(step: point, current: current) else { continue }
            try proposed.validate(matrices)
            let limit = working.budget(at: point)
            let used = proposed.parameters(matrices)
            guard used <= limit else { throw PEFTError.budgetExceeded(parameters: used, budget: limit) }
            current = proposed
        }
        allocator = working
        pattern = current
        lastStep = step
        if let last = points.last { lastPoint = last }
        return points
    }

    // MARK: the document

    public func encoded() throws -> JSONValue {
        .object([
            "format": .string(Self.format), "version": .number(Double(Self.version)),
            "allocator": configuration.json, "averageRank": .number(Double(averageRank)),
            "schedule": try Interchange.encode(schedule), "state": try Interchange.encode(allocator.base),
            "pattern": try Interchange.encode(pattern),
            "lastStep": lastStep.map { .number(Double($0)) } ?? .null, "lastPoint": lastPoint.map { .number(Double($0)) } ?? .null,
        ])
    }

    /// Reads a saved state, checking that its parts agree: the allocator's state matches its recorded
    /// configuration, the pattern fits the matrices and the budget, the schedule is the allocator's.
    public static func decode(_ value: JSONValue, source: String) throws -> RankState {
        var root = FieldReader(source: source, value: value)
        let formatReader = try root.required("format", "\"\(format)\"")
        let tag = try formatReader.string()
        if tag == "\(format)/1" { return try decodeVersion1(&root, source: source) }
        guard tag == format else {
            throw formatReader.error(.invalid(expected: "\"\(format)\" (a state file written by `allot allocate ranks --state`)", got: formatReader.value.shortDescription))
        }
        let versionReader = try root.required("version", "the format version")
        guard try versionReader.integer() == version else {
            throw versionReader.invalid("version \(version) (this release reads 1 and 2; a newer release wrote this file)")
        }
        let configuration = try ComponentConfiguration.read(try root.required("allocator", "the allocator's configuration"), registry: RankAllocatorRegistry.registry)
        let averageRank = try root.required("averageRank", "the budget as an average rank").integer(in: 1...Limits.maxRank, "the average rank")
        let schedule = try Interchange.decode(ReallocationSchedule.self, from: try root.required("schedule", "the schedule").value, source: source, path: "schedule")
        let allocator = try RankAllocatorRegistry.registry.entry(configuration.name).restore(try root.required("state", "the allocator's state").value, source: source, path: "state")
        let pattern = try Interchange.decode(RankPattern.self, from: try root.required("pattern", "the active slots").value, source: source, path: "pattern")
        let lastStep = try root.optional("lastStep")?.integer(in: 0...Limits.maxSteps, "the last step")
        let lastPoint = try root.optional("lastPoint")?.integer(in: 0...Limits.maxSteps, "the last reallocation point")
        try root.finish(allowed: ["format", "version", "allocator", "averageRank", "schedule", "state", "pattern", "lastStep", "lastPoint"])
        var state = try RankState(checking: allocator, averageRank: averageRank, schedule: schedule, pattern: pattern, source: source)
        guard allocator.configuration == configuration else {
            throw InputError(source: source, path: "allocator", problem: .other("the saved state's parameters (\(allocator.configuration.parameters.summary)) differ from its recorded configuration (\(configuration.parameters.summary)); the file was edited or is damaged"))
        }
        state.lastStep = lastStep
        state.lastPoint = lastPoint
        try state.checkBudget(source: source)
        return state
    }

    /// Release 583d2df's `{"format": "allot-rank-state/1", "allocator": {"adalora": {"_0": ...}}, "pattern"}`.
    /// It did not record the budget, schedule or last step: they are read off the allocator, and the next
    /// call is taken to follow the previous step directly (as that release assumed).
    private static func decodeVersion1(_ root: inout FieldReader, source: String) throws -> RankState {
        let allocator = try Interchange.decode(AnyRankAllocator.self, from: try root.required("allocator", "the allocator").value, source: source, path: "allocator")
        let pattern = try Interchange.decode(RankPattern.self, from: try root.required("pattern", "the active slots").value, source: source, path: "pattern")
        try root.finish(allowed: ["format", "allocator", "pattern"])
        let averageRank: Int
        switch allocator {
        case let .uniform(a): averageRank = a.rank
        case let .elastic(a): averageRank = a.averageRank
        case let .banditKnapsack(a): averageRank = a.averageRank
        case let .adalora(a):
            let total = a.matrices.reduce(0) { $0 + $1.unitCost }
            averageRank = max(1, Int((Double(a.schedule.finalBudget) / Double(total)).rounded()))
        }
        let schedule = try allocator.schedule ?? ReallocationSchedule(totalSteps: 1, warmupSteps: 0, finalSteps: 0, interval: 1)
        var state = try RankState(checking: allocator, averageRank: averageRank, schedule: schedule, pattern: pattern, source: source)
        state.version1 = true
        return state
    }

    /// Set for a state read from a version 1 file until its first call.
    private var version1 = false

    private init(checking allocator: AnyRankAllocator, averageRank: Int, schedule: ReallocationSchedule, pattern: RankPattern, source: String) throws {
        if let own = allocator.schedule, own != schedule {
            throw InputError(source: source, path: "schedule", problem: .other("the schedule differs from the allocator's own; the file was edited or is damaged"))
        }
        do { try pattern.validate(allocator.matrices) } catch let error as PEFTError {
            throw InputError(source: source, path: "pattern", problem: .other(error.description))
        }
        self.allocator = allocator
        self.averageRank = averageRank
        self.schedule = schedule
        self.pattern = pattern
    }

    private func checkBudget(source: String) throws {
        let target = RankBudget.parameters(averageRank: Double(averageRank), matrices: matrices)
        guard allocator.budget(at: schedule.totalSteps) == target else {
            throw InputError(source: source, path: "averageRank", problem: .other("the allocator's final budget (\(allocator.budget(at: schedule.totalSteps)) parameters) is not average rank \(averageRank) (\(target)); the file was edited or is damaged"))
        }
        let used = pattern.parameters(matrices)
        guard used <= budget else {
            throw InputError(source: source, path: "pattern", problem: .invalid(expected: "at most the budget in force (\(budget) parameters)", got: "\(used) parameters"))
        }
    }

    /// The step a version 1 state takes as the previous one.
    mutating func adoptVersion1(step: Int) {
        guard version1 else { return }
        version1 = false
        lastStep = max(step - 1, -1) < 0 ? nil : step - 1
        lastPoint = schedule.points(after: nil, through: max(step - 1, 0)).last
        if step == 0 { lastPoint = nil }
    }
}
