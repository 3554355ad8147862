import AllotInterchange
import Foundation
import GRDB

/// Where studies live between calls and processes. A storage runs each operation on the latest state of
/// the study, exclusively, and makes its effects durable before returning.
public protocol StudyStorage: Sendable {
    /// Creates a study; creating one that exists with the same definition is a no-op, with another an error.
    func create(_ name: String, study: Study) throws
    /// Runs `body` on the study's latest state; what it asks, tells, fails or reports is persisted atomically.
    func update<T>(_ name: String, _ body: (inout StudySession) throws -> T) throws -> T
    /// The study's latest state, read-only.
    func load(_ name: String) throws -> Study
}

/// The operations a storage records. Replaying them from the study's definition rebuilds its state
/// exactly (every choice in a study is seeded), so storing the log is storing the study.
enum StudyEvent: Codable, Sendable, Equatable {
    case ask(Study.Assignment, owner: String)
    case tell(Study.Assignment, value: Double)
    case fail(Study.Assignment)
    case report(trial: Int, resource: Double, value: Double)
    case requeue(Study.Assignment)
}

/// A study inside one storage transaction: the same calls as `Study`, each also logged.
public struct StudySession {
    public private(set) var study: Study
    var events: [StudyEvent] = []
    let owner: String

    public mutating func ask() -> Study.Assignment? {
        guard let assignment = study.ask() else { return nil }
        events.append(.ask(assignment, owner: owner))
        return assignment
    }

    public mutating func tell(_ assignment: Study.Assignment, value: Double) throws {
        try study.tell(assignment, value: value)
        events.append(.tell(assignment, value: value))
    }

    public mutating func fail(_ assignment: Study.Assignment) throws {
        try study.fail(assignment)
        events.append(.fail(assignment))
    }

    public mutating func report(trial: Int, resource: Double, value: Double) throws {
        try study.report(trial: trial, resource: resource, value: value)
        events.append(.report(trial: trial, resource: resource, value: value))
    }

    mutating func requeue(_ assignment: Study.Assignment) throws {
        try study.requeue(assignment)
        events.append(.requeue(assignment))
    }
}

/// Studies in an SQLite file (WAL; several processes on one machine may work on one study at once).
/// Each study is its definition plus an append-only log of events; an operation takes the write lock
/// (BEGIN IMMEDIATE), replays the events other processes appended since this process last looked, runs,
/// and appends its own, so two workers never receive the same assignment. A process killed mid-trial
/// loses nothing that was told; its running assignments are requeued by the next `ask` from any process
/// on the same machine that finds the owner process gone.
public final class SQLiteStudyStorage: StudyStorage, @unchecked Sendable {
    private let database: DatabaseQueue
    private let owner: String
    private let lock = NSLock()
    /// Per study: the state after `sequence` events, and who owns each running assignment.
    private var cache: [String: (study: Study, sequence: Int64, owners: [Study.Assignment: String])] = [:]

    /// `owner` names this process in the log ("host:pid"); tests pass another to play a worker that died.
    public init(path: String, owner: String? = nil) throws {
        var configuration = GRDB.Configuration()
        configuration.busyMode = .timeout(30)
        // WAL lets readers and the writer proceed together; synchronous = NORMAL is durable against a killed
        // process (a committed transaction is in the WAL file) and skips an fsync per commit.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do { database = try DatabaseQueue(path: path, configuration: configuration) } catch {
            throw StudyStorageError.database(path: path, message: "\(error)")
        }
        self.owner = owner ?? "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
        try write { db in
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS studies (name TEXT PRIMARY KEY, definition TEXT NOT NULL, created TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS events (study TEXT NOT NULL, sequence INTEGER NOT NULL, event TEXT NOT NULL,
                    PRIMARY KEY (study, sequence));
                """)
        }
    }

    public func create(_ name: String, study: Study) throws {
        let definition = try Self.encode(study)
        try write { db in
            if let existing = try String.fetchOne(db, sql: "SELECT definition FROM studies WHERE name = ?", arguments: [name]) {
                guard existing == definition else { throw StudyStorageError.exists(name: name) }
                return
            }
            try db.execute(sql: "INSERT INTO studies (name, definition, created) VALUES (?, ?, ?)",
                           arguments: [name, definition, ISO8601DateFormatter().string(from: Date())])
        }
    }

    public func load(_ name: String) throws -> Study {
        try update(name) { $0.study }
    }

    public func update<T>(_ name: String, _ body: (inout StudySession) throws -> T) throws -> T {
        try lock.withLock {
            try write { db in
                var (study, sequence, owners) = try self.latest(name, db)
                var session = StudySession(study: study, owner: self.owner)
                // Requeue assignments whose owner process on this machine has died (once each; never our own).
                let queued = Set(session.study.requeuedAssignments)
                for assignment in session.study.runningAssignments where !queued.contains(assignment) {
                    if let holder = owners[assignment], holder != self.owner, Self.isDead(holder) { try session.requeue(assignment) }
                }
                let result = try body(&session)
                for event in session.events {
                    sequence += 1
                    try db.execute(sql: "INSERT INTO events (study, sequence, event) VALUES (?, ?, ?)",
                                   arguments: [name, sequence, try Self.encode(event)])
                    Self.track(event, &owners)
                }
                study = session.study
                self.cache[name] = (study, sequence, owners)
                return result
            }
        }
    }

    // MARK: internals

    /// The study after every logged event: the cached state plus whatever other processes appended.
    private func latest(_ name: String, _ db: Database) throws -> (Study, Int64, [Study.Assignment: String]) {
        var (study, sequence, owners): (Study, Int64, [Study.Assignment: String])
        if let cached = cache[name] {
            (study, sequence, owners) = cached
        } else {
            guard let definition = try String.fetchOne(db, sql: "SELECT definition FROM studies WHERE name = ?", arguments: [name]) else {
                throw StudyStorageError.missing(name: name)
            }
            (study, sequence, owners) = (try JSONDecoder().decode(Study.self, from: Data(definition.utf8)), 0, [:])
        }
        let rows = try Row.fetchAll(db, sql: "SELECT sequence, event FROM events WHERE study = ? AND sequence > ? ORDER BY sequence",
                                    arguments: [name, sequence])
        for row in rows {
            let event = try JSONDecoder().decode(StudyEvent.self, from: Data((row["event"] as String).utf8))
            try Self.apply(event, to: &study)
            Self.track(event, &owners)
            sequence = row["sequence"]
        }
        return (study, sequence, owners)
    }

    static func apply(_ event: StudyEvent, to study: inout Study) throws {
        switch event {
        case let .ask(expected, _):
            guard study.ask() == expected else { throw StudyStorageError.corrupt(message: "replaying the log asked a different assignment than recorded") }
        case let .tell(assignment, value): try study.tell(assignment, value: value)
        case let .fail(assignment): try study.fail(assignment)
        case let .report(trial, resource, value): try study.report(trial: trial, resource: resource, value: value)
        case let .requeue(assignment): try study.requeue(assignment)
        }
    }

    static func track(_ event: StudyEvent, _ owners: inout [Study.Assignment: String]) {
        switch event {
        case let .ask(assignment, owner): owners[assignment] = owner   // a requeued job asked again changes hands
        case let .tell(assignment, _), let .fail(assignment): owners[assignment] = nil
        case .report, .requeue: break
        }
    }

    /// Whether `owner` ("host:pid") is a process on this machine that no longer exists.
    static func isDead(_ owner: String) -> Bool {
        let parts = owner.split(separator: ":")
        guard parts.count == 2, String(parts[0]) == ProcessInfo.processInfo.hostName, let pid = Int32(parts[1]) else { return false }
        return kill(pid, 0) != 0 && errno == ESRCH
    }

    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// An IMMEDIATE transaction (take the write lock first, then read: no lock upgrade, no deadlock).
    private func write<T>(_ body: (Database) throws -> T) throws -> T {
        var result: T?
        do {
            try database.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
            }
        } catch let error as StudyStorageError {
            throw error
        } catch let error as StudyError {
            throw error
        } catch let error as DatabaseError {
            throw StudyStorageError.database(path: database.path, message: "\(error)")
        }
        return result!
    }
}

/// A storage problem; the description says what to do.
public enum StudyStorageError: AllotError, Equatable {
    case missing(name: String)
    case exists(name: String)
    case corrupt(message: String)
    case database(path: String, message: String)

    public var description: String {
        switch self {
        case let .missing(name): return "no study named \"\(name)\" in this storage; create it first."
        case let .exists(name): return "a study named \"\(name)\" already exists with a different definition; pick another name."
        case let .corrupt(message): return "the study's log does not replay: \(message)."
        case let .database(path, message): return "\(path): \(message)"
        }
    }

    /// A database that cannot be opened or written is a runtime failure; a missing, existing or
    /// unreadable study is the user's input.
    public var exitClass: ExitClass {
        if case .database = self { return .failure }
        return .badInput
    }
}
