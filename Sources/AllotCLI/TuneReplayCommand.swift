import Allot
import AllotData
import AllotSimulator
import AllotTuning
import ArgumentParser
import Foundation

extension TuneCommand {
    /// `allot tune replay`: a tuner on recorded learning curves (LCDB shape), per dataset.
    struct Replay: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replay a tuner on recorded learning curves (LCDB-shaped CSV): chosen learner, test regret, cost, per dataset.")
        @Option(help: "CSV with openmlid,learner,size_train,inner_seed,traintime,score_valid,score_test (default: the built-in LCDB sample).")
        var curves: String?
        @Option(help: "random, successive-halving, hyperband, asha or bandit.")
        var scheduler = "hyperband"
        @Option(help: "An OpenML dataset id, or all.")
        var dataset = "all"
        @Option(help: "η (successive halving, Hyperband, ASHA).")
        var eta = 3
        @Option(help: "Simulated parallel workers (ASHA).")
        var workers = 4
        @Option(help: "Learners trained at full size (random search).")
        var configurations = 5
        @Option(help: "Full-size evaluations (bandit).")
        var pulls = 40
        @Option(help: "ucb or thompson (bandit).")
        var strategy = "ucb"
        @Option(name: .customLong("cost-weight"), help: "λ in reward = validation − λ · cost, cost in mean full-size training times (bandit).")
        var costWeight = 0.0
        @Option(help: "Seed.")
        var seed: UInt64 = 0
        @Flag(help: "Print JSON instead of a table.")
        var json = false

        func run() throws {
            let data: LearningCurves
            if let curves {
                guard let text = try? String(contentsOfFile: curves, encoding: .utf8) else {
                    throw ValidationError("--curves: cannot read \(curves) as UTF-8 text.")
                }
                data = try LearningCurves(csv: text, source: curves)
            } else {
                data = .lcdbAccuracy
            }
            let tuner: ReplayTuner
            switch scheduler {
            case "random": tuner = .randomSearch(configurations: configurations)
            case "successive-halving": tuner = .successiveHalving(eta: eta)
            case "hyperband": tuner = .hyperband(eta: eta)
            case "asha": tuner = .asha(eta: eta, workers: workers)
            case "bandit":
                guard strategy == "ucb" || strategy == "thompson" else { throw ValidationError("--strategy must be ucb or thompson, got \"\(strategy)\".") }
                tuner = .bandit(.init(structure: .flat, strategy: strategy == "ucb" ? .ucb : .thompson, costWeight: costWeight, rewardScale: 0.05), pulls: pulls)
            default:
                throw ValidationError("--scheduler must be random, successive-halving, hyperband, asha or bandit, got \"\(scheduler)\".")
            }
            let datasets: [Int]
            if dataset == "all" { datasets = data.datasets } else {
                guard let id = Int(dataset) else { throw ValidationError("--dataset must be an OpenML id or all, got \"\(dataset)\".") }
                datasets = [id]
            }
            var rows: [(dataset: Int, learner: String, regret: Double, cost: Double, relative: Double)] = []
            for id in datasets {
                let problem = try RecordedTuningProblem(curves: data, dataset: id)
                let outcome = try tuner.run(problem, seed: SplitMix64.derive(seed: seed, index: UInt64(bitPattern: Int64(id))))
                rows.append((id, problem.learners[outcome.chosen], max(0, problem.bestTestScore - problem.finalTestScore(outcome.chosen)),
                             outcome.cost, outcome.cost / problem.exhaustiveCost))
            }
            if json {
                let items = rows.map { row -> JSONValue in
                    .object(["cost": .number(row.cost), "dataset": .number(Double(row.dataset)),
                             "learner": .string(row.learner), "relativeCost": .number(row.relative),
                             "testRegret": .number(row.regret)])
                }
                print(JSONValue.array(items).canonicalText)
                return
            }
            print("dataset  chosen learner                                   test regret  cost (s)   cost / every learner")
            for row in rows {
                print(String(row.dataset).padding(toLength: 9, withPad: " ", startingAt: 0)
                      + row.learner.padding(toLength: 49, withPad: " ", startingAt: 0)
                      + String(format: "%-13.4f%-11.2f%.3f", row.regret, row.cost, row.relative))
            }
            print(String(format: "median   %@%-13.4f%-11.2f%.3f", "".padding(toLength: 49, withPad: " ", startingAt: 0),
                         Statistics.median(rows.map(\.regret)), Statistics.median(rows.map(\.cost)), Statistics.median(rows.map(\.relative))))
        }
    }
}
