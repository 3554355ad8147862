import Allot
import AllotPEFT
import AllotRL
import AllotTuning
import ArgumentParser
import Foundation

/// `allot policies`: every component a scenario, a command or `allot serve` can name — bandit policies,
/// rollout allocators, rank allocators, schedulers and samplers — with its parameters and defaults,
/// listed from the registries, so the listing is what the code builds.
struct PoliciesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policies",
        abstract: "List every policy, allocator, scheduler and sampler with its parameters and defaults."
    )

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    /// One registry as a section of the listing.
    struct Section {
        var kind: String
        var title: String
        var entries: [(name: String, summary: String, source: String, parameters: [ParameterSpec])]
    }

    static var sections: [Section] {
        func section<C, P>(_ kind: String, _ title: String, _ registry: Registry<C, P>) -> Section {
            Section(kind: kind, title: title, entries: registry.entries.map { ($0.name, $0.summary, $0.source, $0.parameters) })
        }
        return [
            section("bandit", "Bandit policies (simulator kinds other than grpo and rank-allocation; allot serve policy.create)", PolicyRegistry.registry),
            section("rollout allocator", "Rollout allocators (kind grpo, `allot allocate rollouts --policy`)", RolloutAllocatorRegistry.registry),
            section("rank allocator", "Rank allocators (kind rank-allocation, `allot allocate ranks --allocator`, `allot finetune`)", RankAllocatorRegistry.registry),
            section("scheduler", "Schedulers (`allot study create --scheduler`, `allot tune`)", SchedulerRegistry.registry),
            section("sampler", "Samplers (`allot study create --sampler`, `allot tune`)", SamplerRegistry.registry),
        ]
    }

    func run() throws {
        let sections = Self.sections
        if json {
            let items: [JSONValue] = sections.flatMap { section in
                section.entries.map { entry -> JSONValue in
                    .object([
                        "name": .string(entry.name), "kind": .string(section.kind), "summary": .string(entry.summary), "source": .string(entry.source),
                        "contextual": .bool(section.kind == "bandit" && PolicyRegistry.isContextual(entry.name)),
                        "parameters": .array(entry.parameters.map {
                            .object(["name": .string($0.name), "type": .string($0.typeText), "default": .string($0.defaultText), "help": .string($0.help)])
                        }),
                    ])
                }
            }
            print(try JSONWriter.text(.array(items), pretty: true))
            return
        }
        for section in sections {
            print("\(section.title):\n")
            for entry in section.entries {
                let contextual = section.kind == "bandit" && PolicyRegistry.isContextual(entry.name) ? " (contextual)" : ""
                print("\(entry.name)\(contextual): \(entry.summary) [\(entry.source)]")
                for parameter in entry.parameters {
                    print("    \(parameter.name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(parameter.typeText.padding(toLength: 30, withPad: " ", startingAt: 0)) default \(parameter.defaultText). \(parameter.help)")
                }
                print("")
            }
        }
        print("In a scenario: \"policies\": [\"ucb1\", {\"name\": \"ucb1\", \"label\": \"ucb1 c=1\", \"parameters\": {\"exploration\": 1}}]")
    }
}
