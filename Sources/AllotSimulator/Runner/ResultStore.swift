import AllotInterchange
import Foundation

/// The on-disk layout of a run, under the output folder:
///
///     runs/index.json                                      the scenarios of the latest run, in order
///     runs/<scenario>/experiment.json                      what ran (ExperimentRecord)
///     runs/<scenario>/<label>-<fingerprint>/r000012.json   one replication (SavedReplication)
///
/// Every file is written to a temporary name and renamed, so a killed run leaves whole files or none;
/// a replication is reused only when its fingerprint matches the contender's.
public struct ResultStore: Sendable {
    public let root: URL

    public init(root: URL) { self.root = root }

    /// A replication result with the fingerprint of the contender that produced it.
    struct SavedReplication: Codable {
        var fingerprint: String
        var result: ReplicationResult
    }

    var runsDirectory: URL { root.appendingPathComponent("runs", isDirectory: true) }

    func scenarioDirectory(_ record: ExperimentRecord) -> URL {
        runsDirectory.appendingPathComponent(record.scenario, isDirectory: true)
    }

    func contenderDirectory(_ record: ExperimentRecord, _ contender: Int) -> URL {
        let entry = record.contenders[contender]
        return scenarioDirectory(record).appendingPathComponent("\(Self.slug(entry.label))-\(entry.fingerprint.prefix(8))", isDirectory: true)
    }

    func replicationFile(_ record: ExperimentRecord, _ contender: Int, _ replication: Int) -> URL {
        let number = String(replication)
        return contenderDirectory(record, contender).appendingPathComponent("r\(String(repeating: "0", count: max(0, 6 - number.count)))\(number).json")
    }

    /// A label as a file name: lowercase letters, digits and '-'.
    static func slug(_ label: String) -> String {
        var slug = ""
        for character in label.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber { slug.append(character) }
            else if slug.last != "-" { slug.append("-") }
        }
        let trimmed = slug.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? "policy" : String(trimmed.prefix(60))
    }

    /// `root/name` as a folder to write into: a safe name (never "..", never a separator), and not a
    /// symbolic link that would send the files elsewhere.
    static func checkedFolder(_ root: URL, _ name: String) throws -> URL {
        guard ResultNames.isSafe(name) else {
            throw InputError(source: root.path, path: "", problem: .invalid(expected: "a scenario name of letters, digits, '-', '_' and '.'", got: "\"\(name.prefix(40))\""))
        }
        return URL(fileURLWithPath: try FileName.inside(root.path, name, field: "the scenario folder"), isDirectory: true)
    }

    /// Writes the experiment's record and makes its folders.
    func prepare(_ record: ExperimentRecord) throws {
        _ = try Self.checkedFolder(runsDirectory, record.scenario)
        for contender in record.contenders.indices {
            try Self.makeDirectory(contenderDirectory(record, contender))
        }
        try Self.writeJSON(record, to: scenarioDirectory(record).appendingPathComponent("experiment.json"))
    }

    /// Records which scenarios the latest run covers, in order, so `allot report` renders the same set.
    func writeIndex(_ scenarios: [String]) throws {
        try Self.makeDirectory(runsDirectory)
        try Self.writeJSON(scenarios, to: runsDirectory.appendingPathComponent("index.json"))
    }

    /// The saved result of one replication, if present, readable and from the same contender definition.
    func saved(_ record: ExperimentRecord, _ contender: Int, _ replication: Int) -> ReplicationResult? {
        let url = replicationFile(record, contender, replication)
        guard let data = try? Data(contentsOf: url),
              let saved = try? Interchange.decode(SavedReplication.self, from: data, source: url.path),
              saved.fingerprint == record.contenders[contender].fingerprint,
              saved.result.replication == replication,
              record.traces.allSatisfy({ saved.result.traces[$0.key]?.count == record.traceGrid.count }),
              saved.result.pulls.isEmpty || saved.result.pulls.count == record.arms.count else { return nil }
        return saved.result
    }

    func save(_ result: ReplicationResult, _ record: ExperimentRecord, _ contender: Int) throws {
        try Self.writeJSON(SavedReplication(fingerprint: record.contenders[contender].fingerprint, result: result),
                           to: replicationFile(record, contender, result.replication))
    }

    /// The scenarios of the latest run (from runs/index.json; every saved scenario, by name, without it),
    /// each complete.
    public func loadAll() throws -> [ScenarioResults] {
        let fileManager = FileManager.default
        guard let listing = try? fileManager.contentsOfDirectory(atPath: runsDirectory.path), !listing.isEmpty else {
            throw SimulationError.noResults(path: root.path, message: "no saved runs (expected \(runsDirectory.path)/<scenario>/experiment.json); run `allot simulate --out \(root.path)` first.")
        }
        let index = (try? Data(contentsOf: runsDirectory.appendingPathComponent("index.json")))
            .flatMap { try? Interchange.decode([String].self, from: $0, source: "index.json") }
        var scenarios: [ScenarioResults] = []
        // Folder names come from the disk and the index from a file: only safe names are followed.
        for name in (index ?? listing.sorted()) where ResultNames.isSafe(name) {
            let recordURL = runsDirectory.appendingPathComponent(name).appendingPathComponent("experiment.json")
            guard fileManager.fileExists(atPath: recordURL.path) else { continue }
            let record: ExperimentRecord
            do { record = try Interchange.decode(ExperimentRecord.self, from: Data(contentsOf: recordURL), source: recordURL.path) } catch let error as AllotError {
                throw SimulationError.noResults(path: recordURL.path, message: "unreadable experiment record: \(error.description)")
            } catch {
                throw SimulationError.noResults(path: recordURL.path, message: "unreadable experiment record: \(error.localizedDescription)")
            }
            guard record.scenario == name else {
                throw SimulationError.noResults(path: recordURL.path, message: "the record names scenario \"\(record.scenario)\" but lives in folder \"\(name)\"")
            }
            var results: [[ReplicationResult]] = []
            for contender in record.contenders.indices {
                var runs: [ReplicationResult] = []
                for replication in 0..<record.replications {
                    guard let result = saved(record, contender, replication) else {
                        throw SimulationError.noResults(path: replicationFile(record, contender, replication).path,
                                                        message: "missing or stale replication; run the same `allot simulate` command again to finish it.")
                    }
                    runs.append(result)
                }
                results.append(runs)
            }
            scenarios.append(ScenarioResults(record: record, results: results))
        }
        guard !scenarios.isEmpty else {
            throw SimulationError.noResults(path: runsDirectory.path, message: "no experiment.json found under it")
        }
        return scenarios
    }

    // MARK: files

    static func makeDirectory(_ url: URL) throws {
        do { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) } catch {
            throw SimulationError.io(path: url.path, message: "cannot create the folder: \(error.localizedDescription)")
        }
    }

    /// JSON with sorted keys (stable bytes), written atomically; a non-finite number is an error, and
    /// nothing is written.
    static func writeJSON<T: Encodable>(_ value: T, to url: URL) throws {
        let text = try Interchange.text(value, pretty: true)
        try writeAtomically(Data((text + "\n").utf8), to: url)
    }

    /// Writes to a temporary file beside `url`, then renames it over `url` (never through a symbolic link).
    static func writeAtomically(_ data: Data, to url: URL) throws {
        let directory = url.deletingLastPathComponent().path
        _ = try FileName.inside(directory, url.lastPathComponent, field: url.path)
        try AtomicFile.write(data, to: url.path)
    }
}
