import AllotInterchange
import AllotSimulator
import ArgumentParser
import Foundation

/// `allot scenarios`: the built-in scenarios and the environment kinds a scenario file can name.
struct ScenariosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenarios",
        abstract: "List the built-in scenarios and the environment kinds, or print one built-in scenario's JSON."
    )

    @Option(name: .long, help: "Print this built-in scenario's JSON (a starting point for your own file).")
    var show: String?

    func run() throws {
        if let show {
            guard let data = BuiltInScenarios.data(named: show) else {
                throw InputError(source: "--show", path: "", problem: .unknownName(kind: "built-in scenario", got: show, valid: BuiltInScenarios.names))
            }
            print(String(decoding: data, as: UTF8.self), terminator: "")
            return
        }
        print("Built-in scenarios (`allot simulate` runs them all; `allot simulate NAME` one; `--show NAME` prints one):\n")
        for name in BuiltInScenarios.names {
            let record = try BuiltInScenarios.load(name).record
            print("  \(name.padding(toLength: 26, withPad: " ", startingAt: 0)) \(record.environmentKind.padding(toLength: 21, withPad: " ", startingAt: 0)) \(record.lengthText), \(record.contenders.count) policies")
            print("  \(String(repeating: " ", count: 26)) \(record.description)")
        }
        print("\nEnvironment kinds (the \"kind\" of a scenario's \"environment\"):")
        for kind in EnvironmentRegistry.standard.kinds {
            print("\n  \(kind.name): \(kind.summary)")
            for parameter in kind.parameters {
                print("    \(parameter.name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(parameter.typeText.padding(toLength: 18, withPad: " ", startingAt: 0)) default \(parameter.defaultText). \(parameter.help)")
            }
        }
        print("\nFormat: docs/simulator.md")
    }
}
