import Allot
import Foundation

/// A study run against a multi-fidelity test function under a budget: what the simulator's
/// function-tuning scenarios and the tuner benchmarks measure. A job at resource r that resumes from r₀
/// costs r − r₀ (training continues from a checkpoint, as in a real loop), the value at resource r is the
/// function at fidelity r / R, and the best value counts only full-resource results.
public struct FunctionTuning: Sendable {
    public enum Tuner: String, CaseIterable, Sendable {
        /// Random points, each trained to R.
        case randomSearch = "random-search"
        /// TPE proposals, each trained to R.
        case tpe
        /// Gaussian-process proposals, each trained to R.
        case gp
        /// Random points in Hyperband brackets.
        case hyperband
        /// BOHB: TPE proposals (BOHB's settings) in Hyperband brackets.
        case bohb
        /// TPE proposals (Optuna's multi-fidelity ranking) in Hyperband brackets.
        case hyperbandTPE = "hyperband-tpe"
        /// TPE proposals in ASHA from resource 1.
        case ashaTPE = "asha-tpe"
    }

    public struct Outcome: Sendable, Equatable {
        /// Best full-resource value minus the function's minimum.
        public var gap: Double
        public var trials: Int
        public var resourceSpent: Double
        /// (resource spent, best gap so far) after each full-resource result.
        public var trace: [(spent: Double, gap: Double)]

        public static func == (a: Outcome, b: Outcome) -> Bool {
            a.gap == b.gap && a.trials == b.trials && a.resourceSpent == b.resourceSpent
                && a.trace.map(\.spent) == b.trace.map(\.spent) && a.trace.map(\.gap) == b.trace.map(\.gap)
        }
    }

    /// The most full evaluations a budget may buy (a study's proposals cost O(trials) each with TPE).
    public static let maxFullEvaluations = 100_000.0

    public var function: TestFunction
    public var maxResource: Double
    public var eta: Int
    /// Total resource the tuner may spend (in units of the resource; R per full evaluation).
    public var budget: Double

    public init(function: TestFunction, maxResource: Double = 27, eta: Int = 3, budget: Double) throws {
        guard maxResource >= 1, maxResource <= 1e6 else { throw InputError.parameter("function tuning", "maxResource", expected: "a number in [1, 1e6]", got: JSONValue.format(maxResource)) }
        guard budget >= maxResource, budget <= 1e9, budget / maxResource <= Self.maxFullEvaluations else {
            throw InputError.parameter("function tuning", "budget", expected: "a number in [maxResource, \(JSONValue.format(Self.maxFullEvaluations)) × maxResource]", got: JSONValue.format(budget))
        }
        self.function = function
        self.maxResource = maxResource
        self.eta = eta
        self.budget = budget
    }

    public func study(_ tuner: Tuner, seed: UInt64) throws -> Study {
        let space = function.space()
        let fullTrials = max(1, Int(budget / maxResource))
        switch tuner {
        case .randomSearch: return try Study(space: space, schedule: .random(trials: fullTrials, resource: maxResource), direction: .minimize, sampler: .random(seed: seed))
        case .tpe: return try Study(space: space, schedule: .random(trials: fullTrials, resource: maxResource), direction: .minimize, sampler: .tpe(seed: seed))
        case .gp: return try Study(space: space, schedule: .random(trials: fullTrials, resource: maxResource), direction: .minimize, sampler: .gp(seed: seed))
        case .hyperband: return try Study(space: space, schedule: .hyperband(maxResource: maxResource, eta: eta, iterations: 100_000), direction: .minimize, sampler: .random(seed: seed))
        case .bohb: return try Study(space: space, schedule: .hyperband(maxResource: maxResource, eta: eta, iterations: 100_000), direction: .minimize, sampler: .bohb(seed: seed))
        case .hyperbandTPE: return try Study(space: space, schedule: .hyperband(maxResource: maxResource, eta: eta, iterations: 100_000), direction: .minimize, sampler: .tpe(seed: seed))
        case .ashaTPE:
            return try Study(space: space, schedule: .asha(minResource: 1, maxResource: maxResource, eta: eta, trials: Limits.maxTrials), direction: .minimize, sampler: .tpe(seed: seed))
        }
    }

    /// Runs `tuner` one job at a time until the next job would exceed the budget, or `stop` is raised
    /// (then the outcome is what was reached so far).
    public func run(_ tuner: Tuner, seed: UInt64, stop: StopSignal? = nil) throws -> Outcome {
        var study = try study(tuner, seed: seed)
        var spent = 0.0, best = Double.infinity
        var trace: [(spent: Double, gap: Double)] = []
        while stop?.isRaised != true {
            guard let job = study.ask() else { break }
            let cost = job.resource - (job.resumeFrom ?? 0)
            guard spent + cost <= budget * (1 + 1e-12) else { break }
            spent += cost
            let value = function.value(job.configuration, fidelity: job.resource / maxResource)
            try study.tell(job, value: value)
            if job.resource >= maxResource, value < best {
                best = value
                trace.append((spent, best - function.minimum))
            }
        }
        return Outcome(gap: best - function.minimum, trials: study.trials.count, resourceSpent: spent, trace: trace)
    }
}
