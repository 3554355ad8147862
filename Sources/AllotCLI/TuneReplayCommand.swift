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
        @Option(help: "cost-aware-halving, exhaustive, random, successive-halving, naive-sh, hyperband, asha or bandit.")
        var scheduler = "cost-aware-halving"
        @Option(help: "An OpenML dataset id, or all.")
        var dataset = "all"
        @Option(help: "η (successive halving, Hyperband, ASHA).")
        var eta = 3
        @Option(name: .customLong("min-resource"), help: "Successive halving's (and cost-aware halving's) first rung, in samples (default: the full size / η³, at least the smallest recorded size).")
        var minResource: Double?
        @Option(name: .customLong("final-evaluations"), help: "Successive halving: each finalist's full-size value is the mean of this many evaluations (default 1); cost-aware halving: at most this many for each of the two best finalists, as the budget allows (default 5).")
        var finalEvaluations: Int?
        @Option(name: .customLong("rung-budget"), help: "Cost-aware halving: training time per rung, as a multiple of the first rung's.")
        var rungBudget = 1.0
        @Option(help: "Cost-aware halving: the largest share of a rung's learners that goes on (rounded up, at least two).")
        var keep = 0.5
        @Option(name: .customLong("final-budget"), help: "Cost-aware halving: the full-size rung's training time (finalists and re-evaluations), as a multiple of a rung's.")
        var finalBudget = 2.0
        @Option(help: "naive-sh: start this many recorded sizes below the largest.")
        var start = 9
        @Option(help: "naive-sh: recorded sizes moved up per rung.")
        var step = 3
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
        @Option(help: "Seed (the first of --seeds).")
        var seed: UInt64 = 0
        @Option(help: "Replications with seeds seed, seed+1, ...: per dataset the mean over them, then the summary with 95% intervals over seeds.")
        var seeds = 1
        @Flag(help: "Print JSON instead of a table.")
        var json = false

        func validate() throws {
            guard seeds >= 1, seeds <= 1_000 else { throw ValidationError("--seeds must be in 1...1000, got \(seeds).") }
        }

        func run() throws {
            let data = try Self.curves(curves)
            let tuner: ReplayTuner
            switch scheduler {
            case "exhaustive": tuner = .exhaustive
            case "random": tuner = .randomSearch(configurations: configurations)
            case "cost-aware-halving":
                tuner = .costAwareHalving(try CostAwareHalving(eta: eta, minResource: minResource, rungBudget: rungBudget, keep: keep,
                                                               finalBudget: finalBudget, finalEvaluations: finalEvaluations ?? 5))
            case "successive-halving": tuner = .successiveHalving(eta: eta, minResource: minResource, finalEvaluations: finalEvaluations ?? 1)
            case "naive-sh": tuner = .anchorHalving(start: start, step: step)
            case "hyperband": tuner = .hyperband(eta: eta)
            case "asha": tuner = .asha(eta: eta, workers: workers)
            case "bandit":
                guard strategy == "ucb" || strategy == "thompson" else { throw ValidationError("--strategy must be ucb or thompson, got \"\(strategy)\".") }
                tuner = .bandit(.init(structure: .flat, strategy: strategy == "ucb" ? .ucb : .thompson, costWeight: costWeight, rewardScale: 0.05), pulls: pulls)
            default:
                throw ValidationError("--scheduler must be cost-aware-halving, exhaustive, random, successive-halving, naive-sh, hyperband, asha or bandit, got \"\(scheduler)\".")
            }
            let datasets = try Self.datasets(dataset, in: data)
            // runs[seed][dataset]: test regret (pp of accuracy as a fraction), cost, cost relative to exhaustive.
            var rows: [(dataset: Int, learner: String, regret: Double, cost: Double, relative: Double)] = []
            var perSeed: [(medianRegret: Double, meanRegret: Double, medianSpeedup: Double)] = []
            var problems: [Int: RecordedTuningProblem] = [:]
            for id in datasets { problems[id] = try RecordedTuningProblem(curves: data, dataset: id) }
            var totals = [Int: (regret: Double, cost: Double, relative: Double, learner: String)]()
            for replication in 0..<seeds {
                var regrets: [Double] = [], speedups: [Double] = []
                for id in datasets {
                    let problem = problems[id]!
                    let outcome = try tuner.run(problem, seed: SplitMix64.derive(seed: seed &+ UInt64(replication), index: UInt64(bitPattern: Int64(id))))
                    let regret = max(0, problem.bestTestScore - problem.finalTestScore(outcome.chosen))
                    let relative = outcome.cost / problem.exhaustiveCost
                    regrets.append(regret)
                    speedups.append(1 / relative)
                    let previous = totals[id] ?? (0, 0, 0, problem.learners[outcome.chosen])
                    totals[id] = (previous.regret + regret, previous.cost + outcome.cost, previous.relative + relative, previous.learner)
                }
                perSeed.append((Statistics.median(regrets), Statistics.mean(regrets), Statistics.median(speedups)))
            }
            for id in datasets {
                let total = totals[id]!
                rows.append((id, total.learner, total.regret / Double(seeds), total.cost / Double(seeds), total.relative / Double(seeds)))
            }
            func summary(_ values: [Double], scale: Double) -> (mean: Double, lower: Double, upper: Double) {
                let interval = Statistics.bootstrapInterval(values, seed: seed) { Statistics.mean($0) }
                return (Statistics.mean(values) * scale, interval.lower * scale, interval.upper * scale)
            }
            let medianRegret = summary(perSeed.map(\.medianRegret), scale: 100)
            let meanRegret = summary(perSeed.map(\.meanRegret), scale: 100)
            let speedup = summary(perSeed.map(\.medianSpeedup), scale: 1)
            if json {
                let items = rows.map { row -> JSONValue in
                    .object(["cost": .number(row.cost), "dataset": .number(Double(row.dataset)),
                             "learner": .string(row.learner), "relativeCost": .number(row.relative),
                             "testRegret": .number(row.regret)])
                }
                guard seeds > 1 else { print(JSONValue.array(items).canonicalText); return }
                func figure(_ value: (mean: Double, lower: Double, upper: Double)) -> JSONValue {
                    .object(["mean": .number(value.mean), "lower": .number(value.lower), "upper": .number(value.upper)])
                }
                print(JSONValue.object(["datasets": .array(items), "seeds": .number(Double(seeds)),
                                        "medianRegretPP": figure(medianRegret), "meanRegretPP": figure(meanRegret),
                                        "medianSpeedup": figure(speedup)]).canonicalText)
                return
            }
            // The first-rung rule is stated, never a silent guess.
            func firstRung(eta: Int, minResource: Double?) -> String {
                minResource.map { "first rung: \($0) samples" }
                    ?? "first rung: the full size / \(eta)^\(SuccessiveHalvingRule.halvingsBelowFull), at least the smallest recorded size (--min-resource to set it)"
            }
            if case let .costAwareHalving(halving) = tuner {
                print(firstRung(eta: halving.eta, minResource: halving.minResource) + "; per-rung time: \(JSONValue.format(halving.rungBudget)) × the first rung's"
                      + "; at most \(JSONValue.format(halving.keep)) of a rung goes on; full-size rung: \(JSONValue.format(halving.finalBudget)) × a rung's time")
            }
            if case let .successiveHalving(eta, minResource, _) = tuner { print(firstRung(eta: eta, minResource: minResource)) }
            print("dataset  chosen learner                                   test regret  cost (s)   cost / every learner")
            for row in rows {
                print(String(row.dataset).padding(toLength: 9, withPad: " ", startingAt: 0)
                      + row.learner.padding(toLength: 49, withPad: " ", startingAt: 0)
                      + String(format: "%-13.4f%-11.2f%.3f", row.regret, row.cost, row.relative))
            }
            print(String(format: "median   %@%-13.4f%-11.2f%.3f", "".padding(toLength: 49, withPad: " ", startingAt: 0),
                         Statistics.median(rows.map(\.regret)), Statistics.median(rows.map(\.cost)), Statistics.median(rows.map(\.relative))))
            if seeds > 1 {
                print(String(format: "over %d seeds (mean of each seed's figure, 95%% interval over seeds): median regret %.2f pp [%.2f, %.2f], mean regret %.2f pp [%.2f, %.2f], median speedup %.1f× [%.1f, %.1f]",
                             seeds, medianRegret.mean, medianRegret.lower, medianRegret.upper, meanRegret.mean, meanRegret.lower, meanRegret.upper,
                             speedup.mean, speedup.lower, speedup.upper))
            }
        }

        /// The curves `--curves` names, or the built-in LCDB sample.
        static func curves(_ path: String?) throws -> LearningCurves {
            guard let path else { return .lcdbAccuracy }
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw ValidationError("--curves: cannot read \(path) as UTF-8 text.")
            }
            let curves = try LearningCurves(csv: text, source: path)
            if let note = curves.missingRowsNote { FileHandle.standardError.write(Data("\(path): \(note)\n".utf8)) }
            return curves
        }

        /// The datasets `--dataset` names: one OpenML id, or all of the file's.
        static func datasets(_ option: String, in data: LearningCurves) throws -> [Int] {
            if option == "all" { return data.datasets }
            guard let id = Int(option) else { throw ValidationError("--dataset must be an OpenML id or all, got \"\(option)\".") }
            return [id]
        }
    }
}
