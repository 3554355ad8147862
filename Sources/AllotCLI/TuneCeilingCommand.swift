import Allot
import AllotInterchange
import AllotTuning
import ArgumentParser
import Foundation

extension TuneCommand {
    /// `allot tune ceiling`: how much any tuner can save on recorded curves, before choosing one.
    struct Ceiling: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The most any tuner can save on recorded learning curves (LCDB-shaped CSV), per dataset.",
            discussion: """
            A tuner that looks at every learner at least once and trains the learner it picks at the full \
            size pays at least every other learner's cheapest recorded run plus its pick's cheapest \
            full-size run. The ceiling is the cost of training every learner at full size divided by that \
            least cost, for the cheapest pick within --tolerance of the best test accuracy.
            """)
        @Option(help: "CSV with openmlid,learner,size_train,inner_seed,traintime,score_valid,score_test (default: the built-in LCDB sample).")
        var curves: String?
        @Option(help: "An OpenML dataset id, or all.")
        var dataset = "all"
        @Option(help: "Points of test accuracy within which a pick counts as near-best.")
        var tolerance = 0.1
        @Option(help: "The speedup to count datasets against.")
        var target = 6.0
        @Flag(help: "Print JSON instead of a table.")
        var json = false

        func validate() throws {
            guard tolerance.isFinite, tolerance >= 0, tolerance <= 100 else { throw ValidationError("--tolerance must be in 0...100 points, got \(tolerance).") }
            guard target.isFinite, target > 0 else { throw ValidationError("--target must be a positive number, got \(target).") }
        }

        func run() throws {
            let data = try Replay.curves(curves)
            let ceilings = try Replay.datasets(dataset, in: data).map {
                try SpeedupCeiling(RecordedTuningProblem(curves: data, dataset: $0), tolerance: tolerance / 100)
            }
            let median = Statistics.median(ceilings.map(\.nearBest))
            let reaching = ceilings.filter { $0.nearBest >= target }.count
            // A ceiling is infinite when a file records zero training times: JSON has no infinity, so null.
            func number(_ value: Double) -> JSONValue { value.isFinite ? .number(value) : .null }
            if json {
                let rows = ceilings.map { ceiling -> JSONValue in
                    .object(["dataset": .number(Double(ceiling.dataset)), "learner": .string(ceiling.learner),
                             "nearBest": number(ceiling.nearBest), "anyPick": number(ceiling.anyPick),
                             "lookAtEveryLearner": number(ceiling.lookAtEveryLearner)])
                }
                print(JSONValue.object(["datasets": .array(rows), "medianNearBest": number(median),
                                        "reachingTarget": .number(Double(reaching)), "target": .number(target),
                                        "tolerancePoints": .number(tolerance)]).canonicalText)
                return
            }
            func times(_ value: Double) -> String { value.isFinite ? String(format: "%.1f×", value) : "unbounded" }
            print("dataset  cheapest near-best learner                       near-best pick  any pick  looking once")
            for ceiling in ceilings {
                print(String(ceiling.dataset).padding(toLength: 9, withPad: " ", startingAt: 0)
                      + ceiling.learner.padding(toLength: 49, withPad: " ", startingAt: 0)
                      + times(ceiling.nearBest).padding(toLength: 16, withPad: " ", startingAt: 0)
                      + times(ceiling.anyPick).padding(toLength: 10, withPad: " ", startingAt: 0)
                      + times(ceiling.lookAtEveryLearner))
            }
            print("median   " + "".padding(toLength: 49, withPad: " ", startingAt: 0) + times(median))
            print("\(reaching) of \(ceilings.count) datasets allow \(JSONValue.format(target))× with a pick within \(JSONValue.format(tolerance)) points of the best; "
                  + "a tuner that always picks one has a median speedup of at most \(times(median))")
        }
    }
}
