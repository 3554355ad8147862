import Foundation
import GRDB
import Testing
import AllotInterchange

/// Every code block in README.md and docs/*.md is executed, so a recipe can never silently do the
/// wrong thing for a user who copies it:
///
/// - `sh` blocks run in a scratch folder (holding docs/examples, simulations and the files earlier
///   blocks named) with the built `allot` first on PATH, then the test environment's python3, and must
///   exit 0;
/// - `json` blocks must parse with Allot's strict parser;
/// - `sql` blocks must describe the tables a fresh study database has (SQLite's; PostgreSQL's for `allot.` tables);
/// - `swift` blocks must appear, line for line, in a test or example that compiles them;
/// - `python` blocks run with python3 in the same scratch folder;
/// - `console` blocks are transcripts: the `$` commands run and must print what the block shows.
///
/// A directive in an HTML comment on the line before a block changes that: `<!-- doc-test: skip REASON -->`
/// (install commands, release builds, long experiments: CI runs those steps itself), `<!-- doc-test: exit N -->`,
/// `<!-- doc-test: file NAME -->` (the block is a file later blocks use, written into the scratch folder).
@Suite("Docs: every code block runs", .serialized)
struct DocBlocksTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    struct Block {
        var file: String
        var line: Int
        var language: String
        var text: String
        var directive: String?
    }

    static func blocks(in file: String) throws -> [Block] {
        let lines = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8).components(separatedBy: "\n")
        var blocks: [Block] = []
        var index = 0
        while index < lines.count {
            // A fence may be indented (a block inside a list item); its body loses that indentation.
            let line = lines[index]
            let indentation = line.prefix { $0 == " " }.count
            if line.dropFirst(indentation).hasPrefix("```") {
                let language = String(line.dropFirst(indentation + 3)).trimmingCharacters(in: .whitespaces)
                let start = index
                var body: [String] = []
                index += 1
                while index < lines.count, !lines[index].trimmingCharacters(in: .whitespaces).hasPrefix("```") {
                    let text = lines[index]
                    body.append(String(text.dropFirst(min(indentation, text.prefix { $0 == " " }.count))))
                    index += 1
                }
                var directive: String?
                if start > 0, let range = lines[start - 1].range(of: "<!-- doc-test: ") {
                    directive = String(lines[start - 1][range.upperBound...]).replacingOccurrences(of: "-->", with: "").trimmingCharacters(in: .whitespaces)
                }
                blocks.append(Block(file: file, line: start + 1, language: language, text: body.joined(separator: "\n"), directive: directive))
            }
            index += 1
        }
        return blocks
    }

    static var documents: [String] {
        let docs = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("docs").path)) ?? []
        return ["README.md"] + docs.filter { $0.hasSuffix(".md") }.sorted().map { "docs/\($0)" }
    }

    /// A scratch folder with what the recipes refer to.
    static func scratch() throws -> URL {
        let folder = RunnerTests.temporaryFolder()
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("docs"), withIntermediateDirectories: true)
        try manager.copyItem(at: root.appendingPathComponent("docs/examples"), to: folder.appendingPathComponent("docs/examples"))
        for name in try manager.contentsOfDirectory(atPath: root.appendingPathComponent("docs/examples").path) {
            try? manager.copyItem(at: root.appendingPathComponent("docs/examples/\(name)"), to: folder.appendingPathComponent(name))
        }
        try manager.createSymbolicLink(at: folder.appendingPathComponent("simulations"), withDestinationURL: root.appendingPathComponent("simulations"))
        return folder
    }

    /// `script`: the text a program reads from a file (a Python block), for the PostgreSQL check below.
    static func run(_ program: String, _ arguments: [String], in folder: URL, script: String = "") throws -> (status: Int32, output: String) {
        var environment = ProcessInfo.processInfo.environment
        // allot first, then the test environment's python3 (so a recipe's `python3 train.py` finds torch).
        let pythonFolder = python.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path + ":" } ?? ""
        environment["PATH"] = CommandLineTests.executable.deletingLastPathComponent().path + ":" + pythonFolder + (environment["PATH"] ?? "/usr/bin:/bin")
        // A block that uses PostgreSQL finds the test server through the PG* variables, as a user's shell would.
        if (arguments + [script]).contains(where: { $0.contains("postgresql:") || $0.contains("postgres:") }) {
            environment.merge(postgresEnvironment) { $1 }
        }
        return Spawn.run(program, arguments, in: folder.path, environment: environment)
    }

    /// PGHOST, PGUSER and PGDATABASE of a fresh database on the test server (started on first use).
    static let postgresEnvironment: [String: String] = {
        // postgresql://USER@/NAME?host=DIR
        let url = PostgresCluster.database("docs")
        let afterScheme = url.dropFirst("postgresql://".count)
        let user = afterScheme.prefix { $0 != "@" }
        let name = afterScheme.drop { $0 != "/" }.dropFirst().prefix { $0 != "?" }
        let host = url.components(separatedBy: "host=").last ?? ""
        return ["PGHOST": host, "PGUSER": String(user), "PGDATABASE": String(name)]
    }()

    /// A line without its `//` comment, trimmed (comments in a doc block explain; the code must match).
    static func code(_ line: String) -> String {
        var text = line
        if let comment = text.range(of: "//"), !text[..<comment.lowerBound].hasSuffix(":") { text = String(text[..<comment.lowerBound]) }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Every swift file of the tests, examples and sources, each line without its comment: where a Swift
    /// block must appear (an API excerpt appears in the sources, an example in the test that runs it).
    static let compiledSources: [String] = {
        var sources: [String] = []
        for folder in ["Tests", "Examples", "Sources"] {
            guard let walker = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path) else { continue }
            for case let path as String in walker where path.hasSuffix(".swift") {
                if let text = try? String(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(path), encoding: .utf8) {
                    sources.append(text.components(separatedBy: "\n").map(code).joined(separator: "\n"))
                }
            }
        }
        return sources
    }()

    /// The interpreter for Python blocks: `ALLOT_TEST_PYTHON`, else the test environment that
    /// scripts/python-env.sh makes (torch and the pinned test dependencies), else the system python3.
    static let python: String? = {
        if let chosen = ProcessInfo.processInfo.environment["ALLOT_TEST_PYTHON"], !chosen.isEmpty { return chosen }
        let venv = root.appendingPathComponent(".build/venv/bin/python").path
        return ([venv, "/usr/bin/python3", "/usr/local/bin/python3"]).first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    @Test("every block of every document", arguments: DocBlocksTests.documents)
    func document(_ file: String) throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        for block in try Self.blocks(in: file) {
            let place = "\(block.file):\(block.line)"
            if let directive = block.directive {
                if directive.hasPrefix("skip") {
                    #expect(directive.count > 8, "\(place): a skipped block says why")
                    continue
                }
                if directive.hasPrefix("file ") {
                    let name = String(directive.dropFirst(5)).trimmingCharacters(in: .whitespaces)
                    try (block.text + "\n").write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
                    if block.language == "json" { #expect(throws: Never.self) { _ = try JSONParser.parse(block.text, source: place) } }
                    continue
                }
            }
            let expected = block.directive.flatMap { $0.hasPrefix("exit ") ? Int32($0.dropFirst(5).trimmingCharacters(in: .whitespaces)) : nil } ?? 0
            switch block.language {
            case "sh", "bash":
                let (status, output) = try Self.run("/bin/sh", ["-e", "-c", block.text], in: folder)
                #expect(status == expected, "\(place): exit \(status), expected \(expected)\n\(block.text)\n---\n\(output.suffix(2_000))")
            case "console":
                try checkTranscript(block, folder: folder)
            case "json":
                do { _ = try JSONParser.parse(block.text, source: place) } catch { Issue.record("\(place): \(error)") }
            case "sql":
                try checkSchema(block, folder: folder)
            case "swift":
                let lines = block.text.components(separatedBy: "\n").map(Self.code).filter { !$0.isEmpty }
                // How many of the block's lines a source holds in order; the block is compiled where it holds all.
                func matched(_ source: String) -> Int {
                    var position = source.startIndex
                    for (count, line) in lines.enumerated() {
                        guard let range = source.range(of: line, range: position..<source.endIndex) else { return count }
                        position = range.upperBound
                    }
                    return lines.count
                }
                let best = Self.compiledSources.map(matched).max() ?? 0
                #expect(best == lines.count, "\(place): this Swift block is not compiled by any test or example (copy it into one); the closest source stops matching at: \(best < lines.count ? lines[best] : "")")
            case "python":
                guard let python = Self.python else {
                    Issue.record("\(place): no python3 to run this block")
                    continue
                }
                if block.text.contains("import torch") {
                    let probe = try Self.run(python, ["-c", "import torch"], in: folder)
                    if probe.status != 0 {
                        Issue.record("\(place): needs torch; create the test environment with scripts/python-env.sh (\(python))")
                        continue
                    }
                }
                try (block.text + "\n").write(to: folder.appendingPathComponent("block.py"), atomically: true, encoding: .utf8)
                let (status, output) = try Self.run(python, ["block.py"], in: folder, script: block.text)
                #expect(status == expected, "\(place): exit \(status)\n\(output.suffix(2_000))")
            case "", "text":
                continue
            default:
                Issue.record("\(place): a \(block.language) block the doc test cannot run; add a doc-test directive")
            }
        }
    }

    /// A `console` block is a transcript: each `$ command` runs (in one shell, in order, so `echo $?`
    /// works) and what it prints, stdout and stderr together, must be the lines under it; an expected line
    /// ending in `...` matches any line that starts with what comes before.
    func checkTranscript(_ block: Block, folder: URL) throws {
        let marker = "@@allot-doc-command@@"
        var commands: [String] = []
        var expected: [[String]] = []
        for line in block.text.components(separatedBy: "\n") {
            if line.hasPrefix("$ ") {
                commands.append(String(line.dropFirst(2)))
                expected.append([])
            } else if !expected.isEmpty {
                expected[expected.count - 1].append(line)
            }
        }
        // The marker goes out between commands without changing `$?`.
        let script = commands.map { "status=$?; printf '\\n\(marker)\\n'; (exit $status)\n\($0)" }.joined(separator: "\n")
        let (_, output) = try Self.run("/bin/sh", ["-c", script], in: folder)
        let printed = output.components(separatedBy: "\n\(marker)\n").dropFirst()
        #expect(printed.count == commands.count, "\(block.file):\(block.line): the transcript stopped early\n\(output)")
        for (index, (command, text)) in zip(commands, printed).enumerated() {
            let actual = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let wanted = expected[index].map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let same = actual.count == wanted.count && zip(actual, wanted).allSatisfy { line, want in
                want.hasSuffix("...") ? line.hasPrefix(String(want.dropLast(3))) : line == want
            }
            #expect(same, "\(block.file):\(block.line): `\(command)` printed\n\(actual.joined(separator: "\n"))\nbut the doc shows\n\(wanted.joined(separator: "\n"))")
        }
    }

    /// Each `CREATE TABLE name (column ..., ...)` of the block exists, with those columns, in a fresh study
    /// database: SQLite's, or PostgreSQL's for tables in the schema `allot.`.
    func checkSchema(_ block: Block, folder: URL) throws {
        let path = folder.appendingPathComponent("schema.sqlite").path
        _ = try CommandLineTests.run(["study", "trials", "--storage", path, "--name", "none"], in: folder)
        let queue = try DatabaseQueue(path: path)
        let postgres: String? = block.text.contains("CREATE TABLE allot.") ? PostgresCluster.database("schema") : nil
        if let postgres { _ = try CommandLineTests.run(["study", "trials", "--storage", postgres, "--name", "none"], in: folder) }
        func existingColumns(of table: String) throws -> [String] {
            guard let postgres, table.hasPrefix("allot.") else {
                return try queue.read { db in try Row.fetchAll(db, sql: "PRAGMA table_info(\(table))").map { $0["name"] as String } }
            }
            let query = "SELECT column_name FROM information_schema.columns WHERE table_schema = 'allot' AND table_name = '\(table.dropFirst(6))'"
            let (status, output) = PostgresCluster.run(["-c", "psql '\(postgres)' -tAc \"\(query)\""])
            #expect(status == 0, "psql: \(output)")
            return output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let text = block.text.components(separatedBy: "\n").map { line in
            line.range(of: "--").map { String(line[..<$0.lowerBound]) } ?? line
        }.joined(separator: "\n")
        for statement in text.components(separatedBy: ";") {
            guard let create = statement.range(of: "CREATE TABLE ") else { continue }
            let rest = statement[create.upperBound...]
            guard let open = rest.firstIndex(of: "(") else { continue }
            let table = rest[..<open].trimmingCharacters(in: .whitespaces)
            // Column definitions: the parts between commas outside nested parentheses.
            var parts: [String] = [""]
            var depth = 0
            for character in rest[rest.index(after: open)...] {
                if character == "(" { depth += 1 } else if character == ")" { depth -= 1; if depth < 0 { break } }
                if character == ",", depth == 0 { parts.append("") } else { parts[parts.count - 1].append(character) }
            }
            let columns = parts.compactMap { part -> String? in
                let word = part.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").first.map(String.init)
                return word == "PRIMARY" || word == "UNIQUE" || word == "FOREIGN" ? nil : word
            }
            let actual = try existingColumns(of: table)
            #expect(Set(columns).isSubset(of: Set(actual)) && !actual.isEmpty, "\(block.file):\(block.line): table \(table) has \(actual), the doc says \(columns)")
        }
    }
}
