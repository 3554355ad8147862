import AllotInterchange
import AllotSimulator
import ArgumentParser
import Foundation

/// `allot policies`: every policy a scenario can name, with its parameters and defaults.
struct PoliciesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policies",
        abstract: "List every policy with its parameters and defaults."
    )

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    /// The JSON form of one entry.
    struct Listing: Encodable {
        struct Parameter: Encodable {
            var name: String
            var type: String
            var `default`: String
            var help: String
        }
        var name: String
        /// "bandit" (environment kinds other than grpo) or "rollout allocator" (grpo, `allot allocate rollouts`).
        var kind: String
        var summary: String
        var source: String
        var contextual: Bool
        var parameters: [Parameter]
    }

    func run() throws {
        let bandits = PolicyCatalog.entries.map { entry in
            Listing(name: entry.name, kind: "bandit", summary: entry.summary, source: entry.source, contextual: entry.isContextual,
                    parameters: entry.parameters.map { .init(name: $0.name, type: $0.typeText, default: $0.defaultText, help: $0.help) })
        }
        let rollouts = RolloutPolicyCatalog.entries.map { entry in
            Listing(name: entry.name, kind: "rollout allocator", summary: entry.summary, source: "docs/rollouts.md", contextual: false,
                    parameters: entry.parameters.map { .init(name: $0.name, type: $0.typeText, default: $0.defaultText, help: $0.help) })
        }
        let listings = bandits + rollouts
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(listings), as: UTF8.self))
            return
        }
        print("Bandit policies (every environment kind except grpo):\n")
        for listing in listings {
            if listing.kind != "bandit", listing.name == rollouts.first?.name {
                print("Rollout allocators (environment kind grpo, and `allot allocate rollouts --policy`):\n")
            }
            print("\(listing.name)\(listing.contextual ? " (contextual)" : ""): \(listing.summary) [\(listing.source)]")
            for parameter in listing.parameters {
                print("    \(parameter.name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(parameter.type.padding(toLength: 30, withPad: " ", startingAt: 0)) default \(parameter.default). \(parameter.help)")
            }
            print("")
        }
        print("In a scenario: \"policies\": [\"ucb1\", {\"name\": \"ucb1\", \"label\": \"ucb1 c=1\", \"parameters\": {\"exploration\": 1}}]")
    }
}
