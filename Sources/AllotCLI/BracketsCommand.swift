import Allot
import ArgumentParser
import Foundation

/// `allot brackets`: Hyperband's schedule for R and η, as JSON.
struct BracketsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brackets",
        abstract: "Print Hyperband's brackets for a maximum resource and η as JSON (each bracket a list of {n, r})."
    )

    @Option(name: .customLong("max-resource"), help: "R, the most resource one configuration may get (epochs, samples, ...).")
    var maxResource: Double

    @Option(help: "η, the halving rate.")
    var eta = 3

    struct Output: Encodable {
        struct Step: Encodable {
            var n: Int
            var r: Double
        }
        var maxResource: Double
        var eta: Int
        /// From s = s_max (most configurations, least resource) to s = 0.
        var brackets: [[Step]]
        /// Σ n_i r_i over all brackets.
        var totalResource: Double
    }

    func run() throws {
        let schedule = try HyperbandSchedule(maxResource: maxResource, eta: eta)
        let output = Output(maxResource: maxResource, eta: eta,
                            brackets: schedule.brackets.map { $0.map { Output.Step(n: $0.configurations, r: $0.resource) } },
                            totalResource: schedule.totalResource)
        print(try Interchange.text(output))
    }
}
