import AllotInterchange
import AllotSimulator
import ArgumentParser
import Foundation

/// `allot report DIR`: re-renders report.md, summary.json, CSVs and SVGs from a run's saved results.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Re-render a report folder from its saved results (no simulation)."
    )

    @Argument(help: "A report folder written by `allot simulate`.")
    var directory = "allot-report"

    @Flag(name: .long, help: "No summary table.")
    var quiet = false

    func run() throws {
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        let results = try ResultStore(root: root).loadAll()
        let summary = try ReportWriter(root: root).write(results)
        if !quiet {
            print(ReportWriter.consoleSummary(results, summary))
            print("report: \(root.appendingPathComponent("report.md").path)")
        }
    }
}
