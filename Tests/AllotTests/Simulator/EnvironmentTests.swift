import Allot
import AllotData
import Foundation
import Testing
@testable import AllotSimulator

/// Environment kinds against brute-force computations of what they must pay and charge.
@Suite("Simulator environments")
struct EnvironmentTests {
    static func experiment(_ environment: String, policies: String = "[\"ucb1\"]", length: String = "\"horizon\": 2000") throws -> any Experiment {
        let json = "{\"version\": 1, \"name\": \"e\", \"environment\": \(environment), \"policies\": \(policies), \(length), \"replications\": 2, \"tracePoints\": 10}"
        return try ScenarioLoader().load(data: Data(json.utf8), file: "e.json", directory: "/tmp").experiment
    }

    @Test("Bernoulli arms pay at their means; regret is exact pseudo-regret; the trace ends at the final regret")
    func bernoulli() throws {
        let prepared = try PreparedBernoulli(means: [0.8, 0.3], costs: nil)
        var environment = prepared.makeEnvironment(seed: 5)
        var totals = [0.0, 0.0]
        for round in 0..<20_000 {
            environment.beginRound(round)
            totals[0] += environment.pull(0).reward
            totals[1] += environment.pull(1).reward
        }
        #expect(abs(totals[0] / 20_000 - 0.8) < 0.01)
        #expect(abs(totals[1] / 20_000 - 0.3) < 0.01)
        #expect(environment.regret(of: 1) == 0.5)

        let result = try Self.experiment("{\"kind\": \"bernoulli\", \"means\": [0.8, 0.3]}")
            .runReplication(contender: 0, replication: 0, seed: 1, stop: StopSignal())
        #expect(result.steps == 2000)
        #expect(abs(result.metrics["regret"]! - 0.5 * Double(result.pulls[1])) < 1e-9)
        let trace = try #require(result.traces["regret"])
        #expect(trace.count == 10)
        #expect(trace.last == result.metrics["regret"])
        #expect(zip(trace, trace.dropFirst()).allSatisfy { $0 <= $1 })
    }

    @Test("a budgeted run never exceeds its budget, and regret is per unit of cost")
    func budgetNeverExceeded() throws {
        let costs = [2.0, 1, 1, 0.5]
        let experiment = try Self.experiment("{\"kind\": \"bernoulli\", \"means\": [0.9, 0.5, 0.4, 0.2], \"costs\": [2, 1, 1, 0.5]}",
                                             policies: "[\"budgeted-ucb\", \"ucb1\"]", length: "\"budget\": 777.5")
        for contender in 0..<2 {
            for replication in 0..<3 {
                let result = try experiment.runReplication(contender: contender, replication: replication, seed: UInt64(replication), stop: StopSignal())
                let spent = zip(result.pulls, costs).reduce(0) { $0 + Double($1.0) * $1.1 }
                #expect(spent <= 777.5)
                #expect(spent > 777.5 - 2)
                // Best reward per unit of cost: arm 1 (0.5). Regret of a pull of arm a = c_a * 0.5 - mu_a.
                let expected = zip(result.pulls, zip([0.9, 0.5, 0.4, 0.2], costs)).reduce(0) { $0 + Double($1.0) * ($1.1.1 * 0.5 - $1.1.0) }
                #expect(abs(result.metrics["regret"]! - expected) < 1e-9)
            }
        }
    }

    @Test("adversarial regret equals max_a Σ μ_t(a) − Σ μ_t(a_t), computed by brute force")
    func adversarialRegret() throws {
        for pattern in AdversarialKind.patterns {
            var environment = PreparedAdversarial(arms: 4, sequence: pattern == "sine" ? .sine(period: 300, amplitude: 0.4)
                : pattern == "rotating" ? .rotating(blockLength: 50, growth: 2, high: 0.9, low: 0.3) : .alternating)
                .makeEnvironment(seed: 3)
            var random = RandomSource(seed: 4)
            var totals = [Double](repeating: 0, count: 4)
            var earned = 0.0
            var regret = 0.0
            var reference = PreparedAdversarial(arms: 4, sequence: (environment as! AdversarialEnvironment).sequence).makeEnvironment(seed: 3) as! AdversarialEnvironment
            for round in 0..<3000 {
                environment.beginRound(round)
                reference.beginRound(round)
                let arm = random.integer(below: 4)
                regret += environment.regret(of: arm)
                for a in 0..<4 { totals[a] += reference.means[a] }
                earned += reference.means[arm]
            }
            #expect(abs(regret - (totals.max()! - earned)) < 1e-6, "\(pattern)")
            #expect(environment.bestArm == totals.indices.max { totals[$0] < totals[$1] })
        }
        // The alternating pattern is the adversarial test's sequence: arm 2 pays 0.3, arms 0/1 alternate.
        var alternating = AdversarialEnvironment(arms: 4, sequence: .alternating, seed: 0)
        alternating.beginRound(6)
        #expect(alternating.means == [1, 0, 0.3, 0])
    }

    @Test("piecewise-stationary regret follows the current phase")
    func piecewise() throws {
        var environment = PreparedPiecewise(starts: [0, 10], means: [[0.9, 0.1], [0.2, 0.6]]).makeEnvironment(seed: 1)
        environment.beginRound(9)
        #expect(abs(environment.regret(of: 1) - 0.8) < 1e-12)
        environment.beginRound(10)
        #expect(abs(environment.regret(of: 0) - 0.4) < 1e-12)
        #expect(environment.isOptimal(1))
        #expect(environment.bestArm == nil)
    }

    @Test("linear contextual means are x · θ, in [0, 1], with a constant last feature")
    func linearContextual() throws {
        let theta = [0.6, -0.8, 0, 0]
        var environment = LinearContextualEnvironment(arms: 6, dimension: 5, theta: theta, seed: 2)
        for round in 0..<50 {
            environment.beginRound(round)
            let contexts = try #require(environment.contexts)
            for arm in 0..<6 {
                let x = (0..<5).map { contexts[arm, $0] }
                #expect(x[4] == 1)
                #expect(abs(x[0..<4].reduce(0) { $0 + $1 * $1 } - 1) < 1e-9)
                let mean = 0.5 + 0.5 * zip(x, theta).reduce(0) { $0 + $1.0 * $1.1 }
                #expect(abs(environment.means[arm] - mean) < 1e-12)
                #expect(mean >= 0 && mean <= 1)
            }
        }
    }

    @Test("LCDB replay: arms are the learners recorded at the largest size; pulls replay recorded scores")
    func recordedCurves() throws {
        let curves = LearningCurves.lcdbAccuracy
        #expect(curves.records.count == 34_920)
        #expect(curves.datasets.count == 25)
        let experiment = try Self.experiment("{\"kind\": \"lcdb\", \"dataset\": 23}")
        let records = curves.records(dataset: 23)
        let largest = records.map(\.trainingSize).max()!
        let learners = Set(records.filter { $0.trainingSize == largest }.map(\.learner))
        #expect(experiment.record.arms.map(\.label) == learners.sorted())
        for arm in experiment.record.arms {
            let scores = records.filter { $0.trainingSize == largest && $0.learner == arm.label }.map(\.validationScore)
            #expect(abs(arm.mean! - scores.reduce(0, +) / Double(scores.count)) < 1e-12)
        }
        let prepared = try RecordedCurvesKind().prepareForTest(dataset: 23)
        var environment = prepared.makeEnvironment(seed: 9)
        for round in 0..<200 {
            environment.beginRound(round)
            let arm = round % prepared.armCount
            let reward = environment.pull(arm).reward
            #expect(records.contains { $0.trainingSize == largest && $0.learner == prepared.learners[arm] && $0.validationScore == reward })
        }
    }

    @Test("a curves file with a missing column is refused with the column named")
    func badCurvesFile() throws {
        #expect(throws: InputError(source: "x.csv", path: "line 1", problem: .missing(expected: "a column named 'score_valid': the header must name openmlid, learner, size_train, inner_seed, traintime, score_valid, score_test (its first line has 6 comma-separated fields)"))) {
            try LearningCurves(csv: "openmlid,learner,size_train,inner_seed,traintime,score_test\n1,a,2,0,0.1,0.5\n", source: "x.csv")
        }
        #expect(throws: InputError(source: "x.csv", path: "line 2, column 'size_train'", problem: .invalid(expected: "an integer in 1...2^53", got: "'big'"))) {
            try LearningCurves(csv: "openmlid,learner,size_train,inner_seed,traintime,score_valid,score_test\n1,a,big,0,0.1,0.5,0.5\n", source: "x.csv")
        }
    }

    @Test("rows with a missing time or score are left out and counted; pandas' integral decimals are integers")
    func missingValues() throws {
        let header = "openmlid,learner,size_train,inner_seed,traintime,score_valid,score_test\n"
        let curves = try LearningCurves(csv: header + """
            7.0,a,16.0,0.0,0.1,0.5,0.6
            7,a,32,0,nan,0.5,0.6
            7,b,16,0,0.2,,0.7
            7,b,32,0,0.3,0.8,NA
            7,b,32,1,0.3,0.8,0.9

            """, source: "x.csv")
        #expect(curves.records.map(\.learner) == ["a", "b"])
        let first = try #require(curves.records.first)
        #expect((first.dataset, first.trainingSize, first.innerSeed, first.trainTime, first.validationScore) == (7, 16, 0, 0.1, 0.5))
        #expect(curves.missingRows == 3 && curves.firstMissingLine == 3)
        #expect(curves.missingRowsNote?.contains("left out 3 rows") == true)
        #expect(try LearningCurves(csv: header + "7,a,16,0,0.1,0.5,0.6\n", source: "x.csv").missingRowsNote == nil)
        #expect(throws: InputError(source: "x.csv", path: "", problem: .other("no records (its one row has a missing training time or score)."))) {
            try LearningCurves(csv: header + "7,a,16,0,nan,0.5,0.6\n", source: "x.csv")
        }
        // A fraction in an integer column, or garbage in a score, is still an error.
        #expect(throws: InputError(source: "x.csv", path: "line 2, column 'openmlid'", problem: .invalid(expected: "an integer in 0...2^53", got: "'7.5'"))) {
            try LearningCurves(csv: header + "7.5,a,16,0,0.1,0.5,0.6\n", source: "x.csv")
        }
        #expect(throws: InputError(source: "x.csv", path: "line 2, column 'score_valid'", problem: .invalid(expected: "a finite number", got: "'high'"))) {
            try LearningCurves(csv: header + "7,a,16,0,0.1,high,0.6\n", source: "x.csv")
        }
    }

    @Test("the trace has tracePoints points whatever the horizon")
    func boundedTrace() throws {
        let experiment = try Self.experiment("{\"kind\": \"bernoulli\", \"means\": [0.6, 0.5]}", length: "\"horizon\": 200000")
        let result = try experiment.runReplication(contender: 0, replication: 0, seed: 1, stop: StopSignal())
        #expect(result.traces["regret"]?.count == 10)
        #expect(result.steps == 200_000)
    }
}

extension RecordedCurvesKind {
    func prepareForTest(dataset: Int) throws -> PreparedRecordedCurves {
        var reader = FieldReader(source: "t", value: .object(["dataset": .number(Double(dataset))]))
        let context = ScenarioContext(file: "t", directory: "/tmp", length: .rounds(1), seed: 0, replications: 1, tracePoints: 2)
        return try prepare(&reader, context: context) as! PreparedRecordedCurves
    }
}

@Suite struct DigitsTuningScenarioTests {
    @Test func aSmallDigitsGridIsTrainedAndReplayed() throws {
        let experiment = try EnvironmentTests.experiment("""
            {"kind": "digits-tuning", "epochs": 1, "seeds": 1,
             "grid": {"learning_rate": [0.001, 0.03, 0.3], "width": [8, 32], "weight_decay": [0], "batch_size": [32, 256]}}
            """, policies: """
            ["grid-search", {"name": "random-search", "parameters": {"evaluations": 4}}, {"name": "bandit", "parameters": {"evaluations": 4}}]
            """, length: "\"horizon\": 1")
        #expect(experiment.record.environmentSummary.contains("12 configurations"))
        let grid = try experiment.runReplication(contender: 0, replication: 0, seed: 1, stop: StopSignal())
        #expect(grid.metrics["evaluationShare"] == 1)
        #expect(grid.metrics["relativeCost"]! == 1)
        let bandit = try experiment.runReplication(contender: 2, replication: 0, seed: 1, stop: StopSignal())
        #expect(bandit.metrics["evaluations"] == 4)
        #expect(bandit.metrics["testRegret"]! >= 0 && bandit.metrics["testRegret"]! < 1)
    }

    @Test func aGridValueOutsideItsRangeNamesTheField() throws {
        #expect { try EnvironmentTests.experiment(#"{"kind": "digits-tuning", "grid": {"width": [0]}}"#, policies: #"["grid-search"]"#, length: #""horizon": 1"#) } throws: { error in
            "\(error)".contains("environment.grid") && "\(error)".contains("width")
        }
    }
}

@Suite struct RankAllocationScenarioTests {
    @Test func aShortRankScenarioRunsWithinTheBudget() throws {
        let experiment = try EnvironmentTests.experiment(
            #"{"kind": "rank-allocation", "layers": 1, "width": 8, "maxRank": 6, "averageRank": 2, "interval": 10}"#,
            policies: #"["uniform", "adalora", "elastic", {"name": "bandit-knapsack", "parameters": {"strategy": "thompson"}}]"#,
            length: #""horizon": 200"#)
        #expect(experiment.record.contenders.map(\.label) == ["uniform", "adalora", "elastic", "bandit-knapsack-thompson"])
        var finals: [Double] = []
        for contender in 0..<4 {
            let result = try experiment.runReplication(contender: contender, replication: 0, seed: 5, stop: StopSignal())
            #expect(result.metrics["budgetUsed"]! <= 1)
            #expect(result.metrics["finalCaptured"]! > 0 && result.metrics["finalCaptured"]! <= 1 + 1e-9)
            #expect(result.traces["captured"]!.count == experiment.record.traceGrid.count)
            finals.append(result.metrics["finalCaptured"]!)
            if contender == 0 { #expect(result.metrics["reallocations"] == 0) } else { #expect(result.metrics["reallocations"]! > 0) }
        }
        #expect(finals[3] > finals[0])   // moving ranks to where the spectrum is beats uniform ranks
    }

    @Test func badRankParametersNameTheField() {
        #expect { try EnvironmentTests.experiment(#"{"kind": "rank-allocation", "averageRank": 40}"#, policies: #"["uniform"]"#, length: #""horizon": 100"#) } throws: { error in
            "\(error)".contains("environment.averageRank") && "\(error)".contains("1...maxRank (16)")
        }
        #expect { try EnvironmentTests.experiment(#"{"kind": "rank-allocation", "finalFraction": 0.95}"#, policies: #"["uniform"]"#, length: #""horizon": 100"#) } throws: { error in
            "\(error)".contains("never reaches its final phase")
        }
        #expect { try EnvironmentTests.experiment(#"{"kind": "rank-allocation"}"#, policies: #"[{"name": "elastic", "parameters": {"pruneFraction": 2}}]"#, length: #""horizon": 100"#) } throws: { error in
            "\(error)".contains("policies[0].parameters.pruneFraction")
        }
    }
}
