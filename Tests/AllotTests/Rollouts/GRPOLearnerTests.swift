import Foundation
import Testing
import AllotInterchange
@testable import AllotRL

/// The GRPO learner: the update is the group-normalised policy gradient, zero-variance groups do nothing,
/// and training at a fixed budget spends exactly that budget every step.
@Suite("GRPO learner")
struct GRPOLearnerTests {
    static func small(prompts: Int = 24) -> GRPOLearner.Configuration {
        var configuration = GRPOLearner.Configuration()
        configuration.prompts = prompts
        return configuration
    }

    @Test("the population starts at the drawn pass rates, easy and hard")
    func population() throws {
        let learner = try GRPOLearner(configuration: Self.small(prompts: 200), seed: 1)
        for prompt in learner.prompts {
            let range = prompt.isHard ? learner.configuration.hardPassRate : learner.configuration.easyPassRate
            #expect(range.contains(prompt.passRate) || abs(prompt.passRate - range.lowerBound) < 1e-9)
        }
        let hard = learner.prompts.filter(\.isHard).count
        #expect(hard > 70 && hard < 130)
        #expect(try GRPOLearner(configuration: Self.small(), seed: 1) == GRPOLearner(configuration: Self.small(), seed: 1))
    }

    @Test("the update is η · (1/m) Σ A_j (e_{a_j} − π), with group-normalised advantages; equal rewards change nothing")
    func updateRule() throws {
        for aggregation in [GRPOLearner.LossAggregation.groupMean, .batchMean] {
            var configuration = Self.small(prompts: 4)
            configuration.aggregation = aggregation
            var learner = try GRPOLearner(configuration: configuration, seed: 2)
            let ids = Array(learner.ids.prefix(2))
            let before = learner.prompts.map(\.logits)
            var groups = try learner.sample(prompts: ids, counts: [6, 2])
            // Force a known outcome for the first prompt: answers are what was sampled; rewards as recorded.
            let prompt = learner.prompt(ids[0])!
            let mean = groups[0].rewards.reduce(0, +) / 6
            let deviation = (groups[0].rewards.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 6).squareRoot()
            groups[1].rewards = [1, 1]   // a zero-variance group: no update for the second prompt
            let answersFirst = groups[0].lengths.map { length in prompt.lengths.firstIndex(of: length)! }
            let effective = learner.learn(from: groups)
            if groups[0].hasSignal() {
                #expect(effective == 1)
                let pi = GRPOLearner.softmax(before[0])
                let m = aggregation == .groupMean ? 6.0 : 4.0
                var expected = before[0]
                for (answer, reward) in zip(answersFirst, groups[0].rewards) {
                    let advantage = (reward - mean) / (deviation + configuration.epsilon)
                    for k in expected.indices { expected[k] += configuration.learningRate * advantage * ((k == answer ? 1 : 0) - pi[k]) / m }
                }
                for (a, b) in zip(learner.prompts[0].logits, expected) { #expect(abs(a - b) < 1e-12) }
            }
            #expect(learner.prompts[1].logits == before[1])
        }
    }

    @Test("learning raises the pass rate of prompts that get signal")
    func learningHelps() throws {
        var learner = try GRPOLearner(configuration: Self.small(prompts: 30), seed: 3)
        let start = learner.passRate
        for _ in 0..<30 {
            let groups = try learner.sample(prompts: learner.ids, counts: [Int](repeating: 8, count: 30))
            learner.learn(from: groups)
        }
        #expect(learner.passRate > start + 0.05)
    }

    @Test("training spends exactly the step budget with every allocator (the cost one: at most its tokens)")
    func trainingBudgets() throws {
        var configuration = RolloutTraining.Configuration()
        configuration.steps = 5
        configuration.batchSize = 12
        let training = RolloutTraining(configuration: configuration)
        var allocators: [any RolloutAllocator] = [UniformAllocator(), try KnapsackRLAllocator(), try PosteriorKnapsackAllocator(seed: 1)]
        for index in allocators.indices {
            var learner = try GRPOLearner(configuration: Self.small(), seed: 4)
            let steps = try training.run(&allocators[index], learner: &learner, seed: 5)
            #expect(steps.count == 5)
            #expect(steps.allSatisfy { $0.rollouts == configuration.stepBudget })
            #expect(steps.allSatisfy { $0.maxRollouts <= configuration.maximum })
        }
        var cost: any RolloutAllocator = try CostAwareKnapsackAllocator(seed: 1)
        var learner = try GRPOLearner(configuration: Self.small(), seed: 4)
        let steps = try training.run(&cost, learner: &learner, seed: 5)
        #expect(steps.allSatisfy { $0.rollouts >= configuration.batchSize * configuration.minimum })
        #expect(throws: InputError.self) {
            var bad = configuration
            bad.batchSize = 100
            var allocator = UniformAllocator()
            var population = try GRPOLearner(configuration: Self.small(), seed: 1)
            _ = try RolloutTraining(configuration: bad).run(&allocator, learner: &population, seed: 1)
        }
    }
}
