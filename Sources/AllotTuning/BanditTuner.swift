import Allot

/// Online hyperparameter tuning as a bandit over a discrete grid (AutoRAG-HP, 2024): each evaluation
/// is a pull whose reward is the value minus λ · cost, so the tuner learns to prefer configurations that
/// are good *and* cheap while it runs, instead of a grid search that evaluates everything first.
///
/// - `flat`: one bandit whose arms are the grid's distinct configurations.
/// - `hierarchical` (Hier-MAB): an upper bandit picks which hyperparameter to move, a lower bandit for
///   that hyperparameter picks its value, the others stay where the best configuration so far has them.
///   With d parameters of k values each, exploration costs about d·k pulls instead of k^d. Both levels
///   learn from the *improvement* over the best configuration's mean reward: with raw rewards the upper
///   bandit locks onto whichever parameter happened to be moved once the incumbent was good (measured on
///   the digits grid: every pull after the 7th moved the learning rate).
///
/// ask/tell like `Study`; the whole state (policies and their random sources) is Codable.
public struct BanditTuner: Codable, Sendable {
    public enum Structure: String, Codable, Sendable, CaseIterable { case flat, hierarchical }

    /// The bandit policy used at every level.
    public enum Strategy: Codable, Sendable, Equatable {
        /// UCB1 with its bonus sized for rewards that vary by about `rewardScale`.
        case ucb
        /// Gaussian Thompson sampling (Normal-Gamma) with a noise prior of about `rewardScale`.
        case thompson
    }

    public struct Settings: Codable, Sendable, Equatable {
        public var structure: Structure
        public var strategy: Strategy
        /// λ in reward = value − λ · cost (for minimised objectives: −value − λ · cost).
        public var costWeight: Double
        /// How much rewards vary between configurations (1 for accuracies in [0, 1] spread widely; 0.05 for
        /// accuracies within a few points): sets UCB's bonus (c = 2·scale²) and Thompson's prior noise.
        public var rewardScale: Double
        public var direction: Study.Direction

        public init(structure: Structure = .hierarchical, strategy: Strategy = .ucb, costWeight: Double = 0,
                    rewardScale: Double = 1, direction: Study.Direction = .maximize) {
            self.structure = structure
            self.strategy = strategy
            self.costWeight = costWeight
            self.rewardScale = rewardScale
            self.direction = direction
        }
    }

    /// One evaluation to run.
    public struct Proposal: Codable, Sendable, Equatable {
        public var point: [Int]
        public var configuration: Configuration
        /// The distinct configuration's index in `grid.configurations`.
        public var arm: Int
        /// The hierarchical tuner's moved parameter, or the flat bandit's own arm index.
        public var movedParameter: Int?
        /// The incumbent's mean reward when this was asked (the hierarchical levels learn reward − baseline).
        var baseline: Double?
    }

    /// Running statistics of one evaluated configuration.
    public struct Record: Codable, Sendable, Equatable {
        public var evaluations: Int
        public var meanValue: Double
        public var meanCost: Double
        public var meanReward: Double
    }

    public let grid: TuningGrid
    public let settings: Settings
    /// Evaluated configurations by flat arm index.
    public private(set) var records: [Int: Record] = [:]
    public private(set) var evaluations = 0
    private var upper: AnyPolicy?
    private var levels: [AnyPolicy]
    /// The hierarchical tuner's starting point, used until something has been evaluated.
    private var start: [Int]
    private var armOfPoint: [[Int]: Int]
    /// Flat bandit arm → configuration: a seeded shuffle, so the first pulls spread over the grid instead
    /// of walking it in order.
    private var flatOrder: [Int]
    private var pending: Proposal?

    public init(grid: TuningGrid, settings: Settings = .init(), seed: UInt64) throws {
        guard settings.costWeight >= 0, settings.costWeight.isFinite else {
            throw InputError.parameter("bandit tuner", "costWeight", expected: "a finite number >= 0", got: "\(settings.costWeight)")
        }
        guard settings.rewardScale > 0, settings.rewardScale.isFinite else {
            throw InputError.parameter("bandit tuner", "rewardScale", expected: "a finite number > 0", got: "\(settings.rewardScale)")
        }
        self.grid = grid
        self.settings = settings
        armOfPoint = Dictionary(uniqueKeysWithValues: grid.points.enumerated().map { ($0.element, $0.offset) })
        var random = RandomSource(seed: seed)
        flatOrder = ReplayTuner.shuffled(grid.configurations.count, &random)
        switch settings.structure {
        case .flat:
            upper = nil
            levels = [try AnyPolicy(settings, arms: grid.configurations.count, seed: SplitMix64.derive(seed: seed, index: 1))]
            start = grid.points[0]
        case .hierarchical:
            upper = try AnyPolicy(settings, arms: grid.values.count, seed: SplitMix64.derive(seed: seed, index: 1))
            levels = try grid.values.indices.map { try AnyPolicy(settings, arms: grid.values[$0].count, seed: SplitMix64.derive(seed: seed, index: UInt64($0 + 2))) }
            // Start from a random grid point; each parameter's lower bandit then moves it.
            start = grid.values.map { random.integer(below: $0.count) }
        }
    }

    /// The next configuration to evaluate. One evaluation at a time: tell before asking again.
    public mutating func ask() throws -> Proposal {
        guard pending == nil else { throw InputError.parameter("bandit tuner", "ask", expected: "a tell for the previous proposal first", got: "a second ask") }
        let proposal: Proposal
        switch settings.structure {
        case .flat:
            let choice = try levels[0].select()
            let arm = flatOrder[choice]
            proposal = Proposal(point: grid.points[arm], configuration: grid.configurations[arm], arm: arm, movedParameter: choice)
        case .hierarchical:
            let incumbent = best
            let parameter = try upper!.select()
            var point = incumbent.map { grid.points[$0.arm] } ?? start
            point[parameter] = try levels[parameter].select()
            let configuration = grid.configuration(at: point)
            let arm = armOfPoint[point] ?? grid.configurations.firstIndex(of: configuration)!
            proposal = Proposal(point: point, configuration: configuration, arm: arm, movedParameter: parameter,
                                baseline: incumbent?.record.meanReward)
        }
        pending = proposal
        return proposal
    }

    /// The value the proposal reached and what it cost.
    public mutating func tell(_ proposal: Proposal, value: Double, cost: Double = 0) throws {
        guard pending == proposal else { throw InputError.parameter("bandit tuner", "tell", expected: "the proposal returned by the last ask", got: "another proposal") }
        guard value.isFinite else { throw InputError.parameter("bandit tuner", "value", expected: "a finite number", got: "\(value)") }
        guard cost >= 0, cost.isFinite else { throw InputError.parameter("bandit tuner", "cost", expected: "a finite number >= 0", got: "\(cost)") }
        pending = nil
        let reward = (settings.direction == .maximize ? value : -value) - settings.costWeight * cost
        evaluations += 1
        var record = records[proposal.arm] ?? Record(evaluations: 0, meanValue: 0, meanCost: 0, meanReward: 0)
        record.evaluations += 1
        let n = Double(record.evaluations)
        record.meanValue += (value - record.meanValue) / n
        record.meanCost += (cost - record.meanCost) / n
        record.meanReward += (reward - record.meanReward) / n
        records[proposal.arm] = record
        switch settings.structure {
        case .flat:
            try levels[0].update(Observation(arm: proposal.movedParameter!, reward: reward, cost: cost))
        case .hierarchical:
            let parameter = proposal.movedParameter!
            let improvement = reward - (proposal.baseline ?? reward)
            try upper!.update(Observation(arm: parameter, reward: improvement))
            try levels[parameter].update(Observation(arm: proposal.point[parameter], reward: improvement))
        }
    }

    /// The evaluated configuration with the highest mean reward (ties: more evaluations, then lower index).
    public var best: (configuration: Configuration, arm: Int, record: Record)? {
        guard let top = records.max(by: { a, b in
            (a.value.meanReward, a.value.evaluations, -a.key) < (b.value.meanReward, b.value.evaluations, -b.key)
        }) else { return nil }
        return (grid.configurations[top.key], top.key, top.value)
    }
}

extension AnyPolicy {
    /// The policy of one tuner level, from the registry: UCB1 with its constant scaled to the rewards'
    /// spread, or Gaussian Thompson sampling with a prior on that spread.
    init(_ settings: BanditTuner.Settings, arms: Int, seed: UInt64) throws {
        let scale = settings.rewardScale
        let registry = PolicyRegistry.registry
        let configuration = settings.strategy == .ucb
            ? try registry.configuration(UCB1.name, ["exploration": .number(2 * scale * scale)])
            : try registry.configuration(GaussianThompsonSampling.name, ["model": "unknown-variance", "priorRate": .number(scale * scale), "initialPulls": 1])
        try self.init(configuration, context: PolicyContext(arms: arms, seed: seed))
    }
}
