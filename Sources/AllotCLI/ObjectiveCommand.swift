import AllotInterchange
import AllotSimulator
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
            Reads {"resource", "resumeFrom", "checkpoint", "configuration"} on stdin, resumes from the checkpoint \
            when resumeFrom is set and the file exists, and prints {"resource": epoch, "value": validation accuracy, \
            "test": test accuracy} after every epoch, saving the checkpoint (atomically) as it goes.
            """)
        @Option(help: "Seed of the weight initialisation and shuffling.")
        var seed: UInt64 = 0

        func run() throws {
            var root = FieldReader(source: "stdin", value: try JSONParser.parse(FileHandle.standardInput.readDataToEndOfFile(), source: "stdin"))
            try root.requireObject()
            let epochs = try root.required("resource", "the epochs to train to").integer("a whole number of epochs >= 1") { $0 >= 1 }
            let resumeFrom = try root.optional("resumeFrom")?.integer("a whole number of epochs") { $0 >= 0 }
            let checkpoint = try root.optional("checkpoint")?.string()
            let configurationReader = try root.required("configuration", "an object of hyperparameter values")
            try configurationReader.requireObject()
            var configuration: Configuration = [:]
            for key in configurationReader.keys {
                var reader = configurationReader
                let member = try reader.required(key, "a value")
                if case let .string(text) = member.value { configuration[key] = .choice(text) } else { configuration[key] = .number(try member.number()) }
            }
            var model: DigitsMLP
            if resumeFrom != nil, let checkpoint, let data = FileManager.default.contents(atPath: checkpoint),
               let saved = try? JSONDecoder().decode(DigitsMLP.self, from: data),
               saved.hyperparameters == (try DigitsMLP.Hyperparameters(configuration)) {
                model = saved
            } else {
                model = try DigitsMLP(DigitsMLP.Hyperparameters(configuration), seed: seed)
            }
            while model.epochsTrained < epochs {
                model.train(epochs: 1)
                if let checkpoint {
                    try JSONEncoder().encode(model).write(to: URL(fileURLWithPath: checkpoint), options: .atomic)
                }
                let line = TrialCommand.json(["resource": model.epochsTrained, "value": model.accuracy(on: .validation),
                                              "test": model.accuracy(on: .test)])
                FileHandle.standardOutput.write(Data((line + "\n").utf8))   // unbuffered: the tuner reads it at once
            }
        }
    }
}
