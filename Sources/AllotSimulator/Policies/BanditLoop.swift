import Allot
import Foundation

/// The decision loop of one bandit replication: select, pull, update, account. The loop is specialised for
/// each shipped environment type (so its five calls per round are direct and inlined) while the policy is
/// called through its protocol; it allocates nothing per round (the trace, pull counts and context row
/// are sized up front).
struct BanditLoop {
    let length: RunLength
    let grid: [Double]
    private(set) var pulls: [Int]
    private(set) var trace: [Double]
    private(set) var regret = 0.0
    private(set) var optimalActions = 0
    private(set) var steps = 0
    private(set) var seconds = 0.0
    /// The environment's best arm, read after the last round.
    private(set) var bestArm: Int?
    private var nextMark = 0
    /// Cost spent so far (budgeted runs).
    private var spent = 0.0

    /// How often (in rounds) the loop looks at the stop signal.
    private static let stopCheckMask = 0x3FFF

    init(length: RunLength, grid: [Double], arms: Int) {
        self.length = length
        self.grid = grid
        pulls = [Int](repeating: 0, count: arms)
        trace = []
        trace.reserveCapacity(grid.count)
    }

    /// Runs `policy` on `environment`, dispatching to a loop specialised for the environment's type.
    mutating func run<P: Policy>(_ policy: inout P, _ environment: any BanditEnvironment, stop: StopSignal) throws {
        switch environment {
        case var world as BernoulliEnvironment: try run(&policy, &world, stop: stop)
        case var world as GaussianEnvironment: try run(&policy, &world, stop: stop)
        case var world as PiecewiseStationaryEnvironment: try run(&policy, &world, stop: stop)
        case var world as AdversarialEnvironment: try run(&policy, &world, stop: stop)
        case var world as RecordedCurvesEnvironment: try run(&policy, &world, stop: stop)
        case var world as LinearContextualEnvironment: try run(&policy, &world, stop: stop)
        default:
            var world = environment
            try run(&policy, &world, stop: stop)
        }
    }

    private mutating func run<P: Policy, E: BanditEnvironment>(_ policy: inout P, _ environment: inout E, stop: StopSignal) throws {
        let start = DispatchTime.now().uptimeNanoseconds
        while true {
            environment.beginRound(steps)
            let arm = try policy.select()
            guard fits(arm, environment) else { break }
            try policy.update(environment.pull(arm))
            if try finishRound(arm, environment, stop: stop) { break }
        }
        finish(environment, since: start)
    }

    /// Runs a contextual policy (the contextual environment is the only one that provides feature vectors).
    mutating func runContextual<P: ContextualPolicy>(_ policy: inout P, _ environment: any BanditEnvironment, stop: StopSignal) throws {
        if var world = environment as? LinearContextualEnvironment {
            try runContextual(&policy, &world, stop: stop)
        } else {
            var world = environment
            try runContextual(&policy, &world, stop: stop)
        }
    }

    private mutating func runContextual<P: ContextualPolicy, E: BanditEnvironment>(_ policy: inout P, _ environment: inout E, stop: StopSignal) throws {
        let start = DispatchTime.now().uptimeNanoseconds
        var row: [Double] = []
        while true {
            environment.beginRound(steps)
            guard let contexts = environment.contexts else { preconditionFailure("a contextual environment must provide contexts") }
            let arm = try policy.select(contexts: contexts)
            guard fits(arm, environment) else { break }
            let observation = environment.pull(arm)
            if row.count != contexts.columns { row = [Double](repeating: 0, count: contexts.columns) }
            for column in 0..<contexts.columns { row[column] = contexts[arm, column] }
            try policy.update(observation, context: row)
            if try finishRound(arm, environment, stop: stop) { break }
        }
        finish(environment, since: start)
    }

    /// In a budgeted run, charges `arm`'s cost if it fits the budget left; false ends the run.
    private mutating func fits<E: BanditEnvironment>(_ arm: Int, _ environment: E) -> Bool {
        guard case let .budget(budget) = length else { return true }
        let cost = environment.cost(of: arm)
        if spent + cost > budget { return false }
        spent += cost
        return true
    }

    /// Accounts the pull and samples the trace at grid points passed; true when the run is over.
    private mutating func finishRound<E: BanditEnvironment>(_ arm: Int, _ environment: E, stop: StopSignal) throws -> Bool {
        regret += environment.regret(of: arm)
        if environment.isOptimal(arm) { optimalActions += 1 }
        pulls[arm] += 1
        steps += 1
        let progress = length.isBudget ? spent : Double(steps)
        while nextMark < grid.count, progress >= grid[nextMark] {
            trace.append(regret)
            nextMark += 1
        }
        if steps & Self.stopCheckMask == 0, stop.isRaised { throw SimulationError.interrupted(saved: 0, total: 0) }
        return progress >= length.total
    }

    /// Records the loop's time and the best arm; a budgeted run can end a little short of the last grid
    /// points (the next arm did not fit), which carry the final value.
    private mutating func finish<E: BanditEnvironment>(_ environment: E, since start: UInt64) {
        seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        while trace.count < grid.count { trace.append(regret) }
        bestArm = environment.bestArm
    }
}
