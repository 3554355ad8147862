import AllotInterchange
import AllotSimulator
import ArgumentParser
import Dispatch
import Foundation

/// `allot simulate`: runs scenario files (or the built-in suite) and writes the report folder.
struct SimulateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Compare allocation policies offline on seeded scenarios and write a report.",
        discussion: """
        With no FILE, runs the built-in suite (see `allot scenarios`). A FILE that does not exist but names a \
        built-in scenario runs that one. Finished replications are saved under OUT/runs as they complete: \
        after Ctrl-C or a kill, the same command resumes where it stopped. The same seed gives a \
        byte-identical summary.json, whatever --jobs is.
        """
    )

    @Argument(help: "Scenario files (JSON, format in docs/simulator.md) or built-in scenario names.")
    var files: [String] = []

    @Option(name: .long, help: "Report folder.")
    var out = "allot-report"

    @Option(name: .long, help: "Replications per policy (overrides the files).")
    var replications: Int?

    @Option(name: .long, help: "Master seed (overrides the files).")
    var seed: UInt64?

    @Option(name: .long, help: "Replications run at once (default: the number of cores).")
    var jobs: Int?

    @Flag(name: .long, help: "No progress output and no summary table.")
    var quiet = false

    func validate() throws {
        if let replications, !(1...100_000).contains(replications) {
            throw ValidationError("--replications must be an integer in 1...100000, got \(replications).")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be an integer >= 1, got \(jobs).") }
    }

    func run() async throws {
        let loader = ScenarioLoader(overrides: ScenarioOverrides(replications: replications, seed: seed))
        var scenarios: [LoadedScenario] = []
        if files.isEmpty {
            for name in BuiltInScenarios.names { scenarios.append(try BuiltInScenarios.load(name, loader: loader)) }
        } else {
            for file in files {
                let isFile = FileManager.default.fileExists(atPath: file)
                if !isFile, BuiltInScenarios.data(named: file) != nil {
                    scenarios.append(try BuiltInScenarios.load(file, loader: loader))
                } else if !isFile, !file.contains("/"), !file.hasSuffix(".json") {
                    // A bare word that is neither a file nor a built-in name is most likely a mistyped name.
                    throw InputError(source: file, path: "", problem: .unknownName(kind: "built-in scenario (and no file of that name)",
                                                                                   got: file, valid: BuiltInScenarios.names))
                } else {
                    scenarios.append(try loader.load(path: file))
                }
            }
        }

        let output = URL(fileURLWithPath: out, isDirectory: true)
        let stop = StopSignal()
        let signals = StopOnSignals(stop: stop, message: quiet ? nil : "\nstopping: finished replications are saved; press Ctrl-C again to quit at once\n")
        let bar = quiet ? nil : ProgressBar()
        var onProgress: (@Sendable (SimulationRunner.Progress) -> Void)?
        if let bar { onProgress = { bar.update($0) } }
        let runner = SimulationRunner(output: output, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, stop: stop,
                                      onProgress: onProgress)
        let results: [ScenarioResults]
        do {
            results = try await runner.run(scenarios)
            bar?.finish()
        } catch {
            bar?.finish()
            throw error
        }
        withExtendedLifetime(signals) {}
        let summary = try ReportWriter(root: output).write(results)
        if !quiet {
            print(ReportWriter.consoleSummary(results, summary))
            print("report: \(output.appendingPathComponent("report.md").path)")
        }
    }
}

