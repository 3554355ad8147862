import ArgumentParser

/// The `allot` command.
@main
struct AllotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "allot",
        abstract: "Spend limited training budgets (LoRA rank, RL rollouts, hyperparameter trials) where they teach the most.",
        subcommands: [DemoCommand.self],
        defaultSubcommand: DemoCommand.self
    )
}
