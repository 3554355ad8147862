import Foundation
import Testing
import AllotInterchange
@testable import Allot
@testable import AllotSimulator
@testable import AllotTuning

/// Studies on test functions under a budget: the functions' known minima, the accounting, and the
/// simulator kind that runs them.
@Suite("Function tuning")
struct FunctionTuningTests {
    @Test("Branin and Hartmann-6 take their published minima at full fidelity; lower fidelities are biased")
    func functions() {
        let branin = TestFunction.branin
        for x in [[-Double.pi, 12.275], [Double.pi, 2.275], [9.42478, 2.475]] {
            #expect(abs(branin.value(x, fidelity: 1) - branin.minimum) < 1e-5)
        }
        let hartmann = TestFunction.hartmann6
        let optimum = [0.20169, 0.150011, 0.476874, 0.275332, 0.311652, 0.6573]
        #expect(abs(hartmann.value(optimum, fidelity: 1) - hartmann.minimum) < 1e-4)
        #expect(hartmann.value(optimum, fidelity: 0.1) != hartmann.value(optimum, fidelity: 1))
        #expect(branin.space().dimension == 2 && hartmann.space().dimension == 6)
    }

    @Test("every tuner stays within the budget, charging resource − resumeFrom per job; same seed, same run")
    func budget() throws {
        let tuning = try FunctionTuning(function: .branin, maxResource: 9, eta: 3, budget: 300)
        for tuner in FunctionTuning.Tuner.allCases {
            let outcome = try tuning.run(tuner, seed: 4)
            #expect(outcome.resourceSpent <= 300, "\(tuner)")
            #expect(outcome.resourceSpent > 300 - 9, "\(tuner) stops only when the next job does not fit")
            #expect(outcome.trace.allSatisfy { $0.spent <= outcome.resourceSpent })
            #expect(zip(outcome.trace, outcome.trace.dropFirst()).allSatisfy { $0.gap > $1.gap })
            #expect(try tuning.run(tuner, seed: 4) == outcome)
        }
        #expect(throws: InputError.self) { try FunctionTuning(function: .branin, maxResource: 27, budget: 10) }
    }

    @Test("the function-tuning scenario kind runs its tuners and ranks TPE in ASHA above random search")
    func scenario() throws {
        let json = """
        {"version": 1, "name": "ft", "environment": {"kind": "function-tuning", "function": "branin", "maxResource": 9, "budget": 900},
         "policies": ["random-search", "asha-tpe"], "horizon": 1, "replications": 6, "seed": 3}
        """
        let loaded = try ScenarioLoader().load(data: Data(json.utf8), file: "ft.json", directory: "/tmp")
        let experiment = loaded.experiment
        var gaps: [[Double]] = [[], []]
        for contender in 0..<2 {
            for replication in 0..<6 {
                let result = try experiment.runReplication(contender: contender, replication: replication, seed: UInt64(replication), stop: StopSignal())
                gaps[contender].append(result.metrics["gap"]!)
                #expect(result.traces["gap"]?.count == 20)
            }
        }
        #expect(Statistics.median(gaps[1]) < Statistics.median(gaps[0]), "asha-tpe \(gaps[1]), random \(gaps[0])")
        let bad = json.replacingOccurrences(of: "\"budget\": 900", with: "\"budget\": 3")
        #expect(throws: InputError.self) { try ScenarioLoader().load(data: Data(bad.utf8), file: "ft.json", directory: "/tmp") }
    }
}
