import Foundation
import Testing
import AllotInterchange

/// `allot serve` as a process: lines in, lines out; EOF and SIGTERM save what has a file.
@Suite("allot serve", .serialized)
struct ServeCommandTests {
    @Test("every line gets its answer, bad ones included, and EOF saves the objects with files")
    func linesAndEOF() throws {
        let folder = RunnerTests.temporaryFolder()
        let input = """
        {"jsonrpc": "2.0", "id": 1, "method": "policy.create", "params": {"name": "ucb1", "arms": 2, "path": "p.json"}}
        garbage
        {"jsonrpc": "2.0", "id": 2, "method": "policy.update", "params": {"handle": 1, "arm": 1, "reward": 0.5}}

        {"jsonrpc": "2.0", "id": 3, "method": "policy.update", "params": {"handle": 1, "arm": 1, "reward": Infinity}}
        {"jsonrpc": "2.0", "id": 4, "method": "policy.select", "params": {"handle": 1}}

        """
        let result = try CommandLineTests.run(["serve"], in: folder, stdin: input)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines[1].contains("-32700") && lines[3].contains("\"path\":\"reward\"") && lines[4].contains("\"arms\""))
        let saved = try JSONParser.parse(try Data(contentsOf: folder.appendingPathComponent("p.json")), source: "p.json")
        #expect(saved.value(for: "format") == .string("allot-policy"))
    }

    @Test("SIGTERM shuts down cleanly after saving")
    func terminate() throws {
        let folder = RunnerTests.temporaryFolder()
        let process = Process()
        process.executableURL = CommandLineTests.executable
        process.arguments = ["serve"]
        process.currentDirectoryURL = folder
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(#"{"jsonrpc": "2.0", "id": 1, "method": "rollouts.create", "params": {"path": "r.json"}}"#.utf8 + [10]))
        var answer = Data()
        while !answer.contains(10) { answer.append(output.fileHandleForReading.availableData) }
        #expect(String(decoding: answer, as: UTF8.self).contains("\"handle\":1"))
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("r.json").path))
    }
}
