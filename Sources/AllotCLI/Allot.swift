import Allot
import AllotData
import AllotPEFT
import AllotRL
import AllotSimulator
import AllotTuning
import ArgumentParser
import Foundation

/// The `allot` command. Exit codes: 0 success, 1 runtime failure, 2 bad input (a malformed scenario file,
/// an unknown option or name), 130 interrupted (finished work is saved; the same command resumes).
@main
struct AllotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "allot",
        abstract: "Spend limited training budgets (LoRA rank, RL rollouts, hyperparameter trials) where they teach the most.",
        discussion: "Exit codes: 0 success, 1 runtime failure, 2 bad input, 130 interrupted (re-run to resume).",
        subcommands: [SimulateCommand.self, ReportCommand.self, ScenariosCommand.self, PoliciesCommand.self, AllocateCommand.self, ServeCommand.self, BracketsCommand.self, StudyCommand.self, TuneCommand.self, ObjectiveCommand.self, FinetuneCommand.self, TrialWrapperCommand.self],
        defaultSubcommand: SimulateCommand.self
    )

    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exitReporting(error)
        }
    }

    /// Prints `error` the way a user can act on it and exits with the documented code: every Allot error
    /// carries its exit class; argument-parser's usage errors are bad input (2, not its EX_USAGE 64).
    static func exitReporting(_ error: any Error) -> Never {
        let status: Int32
        let message: String
        if let error = error as? any AllotError {
            status = error.exitClass.rawValue
            message = error.exitClass == .interrupted ? error.description : "error: \(error.description)"
        } else {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            status = code == .validationFailure ? ExitStatus.badInput : (code.rawValue == 1 ? ExitStatus.failure : code.rawValue)
            message = fullMessage(for: error)
        }
        if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
        Foundation.exit(status)
    }
}

/// The exit codes `allot` documents.
enum ExitStatus {
    static let success: Int32 = 0
    static let failure: Int32 = 1
    static let badInput: Int32 = 2
    static let interrupted: Int32 = 130
}
