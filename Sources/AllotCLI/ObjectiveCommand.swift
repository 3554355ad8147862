import Allot
import AllotTuning
import ArgumentParser
import Foundation

/// `allot objective digits`: a built-in training command that follows the `allot tune` protocol, so
/// `allot tune ... -- allot objective digits` tunes a real model with nothing else installed.
struct ObjectiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "objective",
        abstract: "Built-in training commands for `allot tune` (they read an assignment on stdin).",
        subcommands: [Digits.self]
    )

    struct Digits: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Train the digits MLP (learning_rate, width, weight_decay, batch_size) to `resource` epochs.",
            discussion: """
            Reads {"resource", "resumeFrom", "checkpoint", "configuration", "repetition"} on stdin (a repetition k \
            trains with seed --seed + k), resumes from the checkpoint \
            when resumeFrom is set and the file holds this configuration's network, and prints {"resource": epoch, \
            "value": validation accuracy, "test": test accuracy} after every epoch, saving the checkpoint \
            (atomically) as it goes. At most 10,000 epochs.
            """)
        @Option(help: "Seed of the weight initialisation and shuffling.")
        var seed: UInt64 = 0

        static let maxEpochs = 10_000

        func run() throws {
            var root = try InputFile.readJSON(nil)
            try root.requireObject()
            let epochs = try root.required("resource", "the epochs to train to").integer(in: 1...Self.maxEpochs, "the epochs to train to")
            let resumeFrom = try root.optional("resumeFrom")?.integer(in: 0...Self.maxEpochs, "the epochs already trained")
            let checkpoint = try root.optional("checkpoint")?.name("the checkpoint path")
            let configurationReader = try root.required("configuration", "an object of hyperparameter values")
            let repetition = try root.optional("repetition")?.integer(in: 0...StudyEvent.maxRepetition, "the repetition") ?? 0
            for key in ["trial", "rung", "bracket"] { _ = try root.optional(key) }
            try root.finish(allowed: ["resource", "resumeFrom", "checkpoint", "configuration", "trial", "rung", "bracket", "repetition"])
            var configuration: Configuration = [:]
            for (key, member) in try configurationReader.members() {
                if case let .string(text) = member.value { configuration[key] = .choice(text) } else { configuration[key] = .number(try member.number()) }
            }
            let hyperparameters = try DigitsMLP.Hyperparameters(configuration)
            var model = try DigitsMLP(hyperparameters, seed: seed &+ UInt64(repetition))
            if resumeFrom != nil, let checkpoint, FileManager.default.fileExists(atPath: checkpoint) {
                do {
                    let (data, source) = try InputFile.read(checkpoint)
                    let saved = try Interchange.decode(DigitsMLP.self, from: data, source: source)
                    if saved.hyperparameters == hyperparameters, saved.epochsTrained <= epochs { model = saved }
                    else { Self.note("\(checkpoint) holds another configuration's network; training from scratch") }
                } catch let error as AllotError {
                    Self.note("cannot resume (\(error.description)); training from scratch")
                }
            }
            while model.epochsTrained < epochs {
                model.train(epochs: 1)
                if let checkpoint {
                    do { try AtomicFile.write(try Interchange.text(model), to: checkpoint) } catch let error as EncodingFailure {
                        Self.note("not saving the checkpoint: \(error.description)")   // a diverged network (NaN weights)
                    }
                }
                let line: JSONValue = .object(["resource": .number(Double(model.epochsTrained)), "value": .number(model.accuracy(on: .validation)),
                                               "test": .number(model.accuracy(on: .test))])
                FileHandle.standardOutput.write(Data((line.canonicalText + "\n").utf8))   // unbuffered: the tuner reads it at once
            }
        }

        static func note(_ message: String) {
            FileHandle.standardError.write(Data("allot objective digits: \(message)\n".utf8))
        }
    }
}
