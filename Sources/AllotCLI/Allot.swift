import ArgumentParser

@main
struct AllotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "allot", abstract: "Spend limited training budgets where they teach the most.")
}
