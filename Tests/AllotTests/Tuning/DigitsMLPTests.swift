import Allot
import AllotData
@testable import AllotTuning
import Foundation
import Testing

@Suite struct DigitsMLPTests {
    @Test func dataIsTheFullDigitsSet() {
        let digits = Digits.builtIn
        #expect(digits.count == 1797)
        #expect(digits.features.count == 1797 * 64)
        #expect(Set(digits.labels) == Set(0..<10))
        #expect(digits.features.allSatisfy { (0...1).contains($0) })
    }

    @Test func gradientMatchesFiniteDifferences() throws {
        let model = try DigitsMLP(.init(learningRate: 0.1, width: 6, weightDecay: 0, batchSize: 8), seed: 3)
        let rows = DigitsMLP.split.train.prefix(8)
        var workspace = DigitsMLP.Workspace(width: 6, batch: 8)
        var gradient = [Float](repeating: 0, count: model.parameters.count)
        _ = DigitsMLP.lossAndGradient(model.parameters, width: 6, data: .builtIn, rows: rows, gradient: &gradient, workspace: &workspace)
        var scratch = gradient
        func loss(_ w: [Float]) -> Double {
            Double(DigitsMLP.lossAndGradient(w, width: 6, data: .builtIn, rows: rows, gradient: &scratch, workspace: &workspace))
        }
        var random = RandomSource(seed: 9)
        var checked = 0
        for _ in 0..<60 {
            let i = random.integer(below: gradient.count)
            var plus = model.parameters, minus = model.parameters
            let h: Float = 1e-2
            plus[i] += h
            minus[i] -= h
            let numeric = (loss(plus) - loss(minus)) / Double(2 * h)
            #expect(abs(numeric - Double(gradient[i])) <= 2e-3 + 0.03 * abs(numeric), "parameter \(i): analytic \(gradient[i]), numeric \(numeric)")
            checked += 1
        }
        #expect(checked == 60)
    }

    @Test func trainingLearnsTheDigits() throws {
        var model = try DigitsMLP(.init(learningRate: 0.05, width: 32, weightDecay: 1e-4, batchSize: 32), seed: 1)
        let before = model.accuracy(on: .validation)
        model.train(epochs: 5)
        #expect(model.epochsTrained == 5)
        #expect(before < 0.3)
        #expect(model.accuracy(on: .validation) > 0.9)
        #expect(model.loss(on: .train) < 0.3)
    }

    @Test func resumingFromACheckpointEqualsTrainingStraightThrough() throws {
        let hyperparameters = DigitsMLP.Hyperparameters(learningRate: 0.03, width: 16, weightDecay: 1e-3, batchSize: 64)
        var straight = try DigitsMLP(hyperparameters, seed: 5)
        straight.train(epochs: 3)
        var first = try DigitsMLP(hyperparameters, seed: 5)
        first.train(epochs: 1)
        var resumed = try JSONDecoder().decode(DigitsMLP.self, from: JSONEncoder().encode(first))
        resumed.train(epochs: 2)
        #expect(resumed.parameters.elementsEqual(straight.parameters), "resumed weights differ")
        #expect(resumed.accuracy(on: .test) == straight.accuracy(on: .test))
    }

    @Test func badHyperparametersNameTheField() {
        #expect(throws: InputError.parameter("digits", "learning_rate", expected: "a finite number > 0", got: "0.0")) {
            try DigitsMLP(.init(learningRate: 0, width: 8, weightDecay: 0, batchSize: 8), seed: 0)
        }
        #expect(throws: InputError.parameter("digits", "batch_size", expected: "an integer in 1...1048576", got: "0")) {
            try DigitsMLP(.init(["batch_size": .integer(0)]), seed: 0)
        }
        #expect(throws: InputError.parameter("digits", "width", expected: "a number", got: "\"wide\"")) {
            try DigitsMLP.Hyperparameters(["width": .choice("wide")])
        }
    }
}
