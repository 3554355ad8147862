import Allot
import Foundation
import GRDB

/// Where studies live between calls and processes. A storage runs each operation on the latest state of
/// the study, exclusively, and makes its effects durable before returning.
public protocol StudyStorage: Sendable {
    /// Creates a study; creating one that exists with the same definition is a no-op, with another an error.
    func create(_ name: String, definition: StudyDefinition) throws
    /// Runs `body` on the study's latest state; what it asks, tells, fails or reports is persisted atomically.
    func update<T>(_ name: String, _ body: (inout StudySession) throws -> T) throws -> T
    /// The study's latest state, read-only.
    func load(_ name: String) throws -> Study
    /// The names of the studies stored here.
    func names() throws -> [String]
}

extension StudyStorage {
    public func create(_ name: String, study: Study) throws { try create(name, definition: study.definition) }

    /// Copies study `name` of `source` here with its whole journal (trials, values, running jobs and
    /// their owners), so it continues here exactly as it would have there. Refuses a destination that
    /// already holds a study of that name with any entry.
    public func copy(_ name: String, from source: any StudyStorage) throws {
        let study = try source.load(name)
        try create(name, definition: study.definition)
        try update(name) { session in
            guard session.study.events.isEmpty else {
                throw InputError(source: name, path: "", problem: .other("the destination already holds study \"\(name)\" with \(session.study.events.count) journal entries; copy into another storage or name"))
            }
            try session.adopt(journal: study.events)
        }
    }
}

/// A study inside one storage transaction: the same calls as `Study`, made as `owner` with its lease.
public struct StudySession {
    public internal(set) var study: Study
    let owner: String?
    let lease: Double?
    /// The storage's clock, seconds since 1970 (a shared database's, so leases mean the same on every
    /// machine); nil: this machine's.
    let now: Double?

    /// A session on a study held in memory (what a storage hands its `update` body).
    public init(study: Study, owner: String? = nil, lease: Double? = nil, now: Double? = nil) {
        self.study = study
        self.owner = owner
        self.lease = lease
        self.now = now
    }

    var time: Double { now ?? Date().timeIntervalSince1970 }

    public mutating func ask() -> Study.Assignment? { study.ask(owner: owner, lease: lease, now: time) }
    public mutating func tell(_ assignment: Study.Assignment, value: Double, cost: Double? = nil) throws {
        try study.tell(assignment, value: value, cost: cost, now: time)
    }
    public mutating func tell(_ assignment: Study.Assignment, values: [Double], cost: Double? = nil, constraints: [Double]? = nil) throws {
        try study.tell(assignment, values: values, cost: cost, constraints: constraints, now: time)
    }
    public mutating func fail(_ assignment: Study.Assignment) throws { try study.fail(assignment) }
    public mutating func promote(trial: Int) -> Study.Assignment? { study.promote(trial: trial, owner: owner, lease: lease, now: time) }
    public mutating func report(trial: Int, resource: Double, value: Double) throws { try study.report(trial: trial, resource: resource, value: value) }
    @discardableResult public mutating func enqueue(_ configuration: Configuration, skipIfExists: Bool = false) throws -> Bool {
        try study.enqueue(configuration, skipIfExists: skipIfExists)
    }
    public mutating func requeue(_ assignment: Study.Assignment, reason: String) throws { try study.requeue(assignment, reason: reason) }
    public mutating func setAttribute(trial: Int?, key: String, value: JSONValue) throws { try study.setAttribute(trial: trial, key: key, value: value) }
    public mutating func suggest(trial: Int, parameter: SearchParameter) throws -> ParameterValue { try study.suggest(trial: trial, parameter: parameter) }
    public mutating func add(from reader: FieldReader, allowing extra: [String] = []) throws -> Int { try study.add(from: reader, allowing: extra) }
    /// Renews this owner's lease on its running jobs (those it still holds); returns how many.
    @discardableResult public mutating func heartbeat(lease seconds: Double) throws -> Int {
        var renewed = 0
        guard let owner else { return 0 }
        for job in study.runningJobs where job.owner == owner {
            if let assignment = study.runningAssignment(job.key) {
                try study.heartbeat(assignment, owner: owner, lease: seconds, now: time)
                renewed += 1
            }
        }
        return renewed
    }
    /// Fills an empty study with another storage's journal (`copy`); the entries must replay.
    mutating func adopt(journal: [StudyEvent]) throws {
        guard study.events.isEmpty else { throw StudyStorageError.exists(name: "the destination") }
        for event in journal { try study.apply(event) }
    }

    public mutating func recordProcess(_ assignment: Study.Assignment, group: Int32) throws {
        try study.recordProcess(assignment, host: ProcessInfo.processInfo.hostName, group: group)
    }
}

/// Studies in an SQLite file (WAL; several processes on one machine may work on one study at once).
///
/// Schema version 2 (docs/formats.md): `allot_meta` (format and schema version), `studies` (name and
/// definition, as data) and `journal` (one row per study event, as data). An operation takes the write
/// lock (BEGIN IMMEDIATE), applies the journal rows other processes appended since this process last
/// looked, hands out again any job whose owner's lease expired or whose owner process on this machine
/// is gone, runs, and appends its own rows, so two workers never receive the same job and nothing told
/// is lost. A file from release 583d2df (schema 1) is migrated in one transaction when opened; its
/// tables are kept as `studies_v1` and `events_v1`. A file that is not a study database, or is damaged,
/// is refused with an input error.
public final class SQLiteStudyStorage: StudyStorage, @unchecked Sendable {
    public static let format = "allot-study-database"
    public static let schemaVersion = 2

    private let database: DatabaseQueue
    let path: String
    private let owner: String?
    private let lease: Double?
    private let lock = NSLock()
    /// Per study: the state after `sequence` journal rows.
    private var cache: [String: (study: Study, sequence: Int64)] = [:]

    /// `owner` names this process in the journal (default "host:pid"; "" for none: a command that exits
    /// at once); `lease` is how long an asked job stays its own without a heartbeat (nil: until told, or
    /// until the owner process is found gone).
    public init(path: String, owner: String? = nil, lease: Double? = nil) throws {
        self.path = path
        var configuration = GRDB.Configuration()
        configuration.busyMode = .timeout(30)
        // WAL lets readers and the writer proceed together; synchronous = NORMAL is durable against a killed
        // process (a committed transaction is in the WAL file) and skips an fsync per commit.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        if FileManager.default.fileExists(atPath: path) { try Self.checkHeader(path) }
        self.owner = owner == "" ? nil : (owner ?? Self.processOwner)
        self.lease = lease
        // Switching a new file to WAL takes an exclusive lock without waiting on the busy timeout, so two
        // workers creating the same file at once could see "database is locked": open again until it is
        // settled (30 s, as the busy timeout).
        let deadline = Date().addingTimeInterval(30)
        var opened: DatabaseQueue?
        while opened == nil {
            do {
                opened = try DatabaseQueue(path: path, configuration: configuration)
            } catch let error as DatabaseError where (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED) && Date() < deadline {
                usleep(20_000)
            } catch {
                throw Self.translate(error, path: path)
            }
        }
        database = opened!
        try write { db in try self.prepareSchema(db) }
    }

    /// This process as a job owner: "host:pid".
    public static var processOwner: String { "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)" }

    public func create(_ name: String, definition: StudyDefinition) throws {
        try Self.checkName(name)
        let text = try JSONWriter.text(definition.json)
        try write { db in
            if let existing = try self.definitionText(name, db) {
                guard existing == text else { throw StudyStorageError.exists(name: name) }
                return
            }
            try db.execute(sql: "INSERT INTO studies (name, definition, created) VALUES (?, ?, ?)",
                           arguments: [name, text, ISO8601DateFormatter().string(from: Date())])
        }
    }

    public func load(_ name: String) throws -> Study {
        try update(name) { $0.study }
    }

    public func names() throws -> [String] {
        try write { db in
            try Row.fetchAll(db, sql: "SELECT name FROM studies ORDER BY name").compactMap { Self.text($0, "name") }
        }
    }

    public func update<T>(_ name: String, _ body: (inout StudySession) throws -> T) throws -> T {
        try lock.withLock {
            try write { db in
                // The cached study is taken out (not copied) so the operation mutates it in place; a failed
                // operation leaves no cache entry, and the next one replays from the file.
                var (study, sequence) = try self.latest(name, db)
                let before = study.events.count
                var session = StudySession(study: consume study, owner: self.owner, lease: self.lease)
                try session.study.requeueAbandoned(now: Date().timeIntervalSince1970, except: self.owner)
                let result = try body(&session)
                study = session.study
                for row in try StudyJournal.newRows(study, from: before, after: sequence) {
                    try db.execute(sql: "INSERT INTO journal (study, sequence, entry) VALUES (?, ?, ?)", arguments: [name, row.sequence, row.entry])
                    sequence = row.sequence
                }
                self.cache[name] = (study, sequence)
                return result
            }
        }
    }

    // MARK: reading the journal

    /// The study after every journal row: the cached state plus whatever other processes appended.
    private func latest(_ name: String, _ db: Database) throws -> (Study, Int64) {
        var (study, sequence): (Study, Int64)
        if let cached = cache.removeValue(forKey: name) {
            (study, sequence) = cached
        } else {
            guard let text = try definitionText(name, db) else { throw StudyStorageError.missing(name: name) }
            (study, sequence) = (try StudyJournal.study(definition: text, source: path, name: name), 0)
        }
        let rows = try Row.fetchAll(db, sql: "SELECT sequence, entry FROM journal WHERE study = ? AND sequence > ? ORDER BY sequence",
                                    arguments: [name, sequence])
        try StudyJournal.advance(&study, sequence: &sequence, rows: rows.map { (Self.integer($0, "sequence"), Self.text($0, "entry")) },
                                 source: path, name: name)
        return (study, sequence)
    }

    private func definitionText(_ name: String, _ db: Database) throws -> String? {
        guard let row = try Row.fetchOne(db, sql: "SELECT definition FROM studies WHERE name = ?", arguments: [name]) else { return nil }
        guard let text = Self.text(row, "definition") else {
            throw StudyStorageError.corrupt(path: path, message: "the definition of study \"\(name)\" is not text")
        }
        return text
    }

    /// A text column, or nil if it holds anything else (GRDB traps on a mismatched `as String`).
    static func text(_ row: Row, _ column: String) -> String? {
        let value: DatabaseValue = row[column]
        if case let .string(text) = value.storage { return text }
        return nil
    }

    static func integer(_ row: Row, _ column: String) -> Int64? {
        let value: DatabaseValue = row[column]
        if case let .int64(number) = value.storage { return number }
        return nil
    }

    static func checkName(_ name: String) throws { try StudyJournal.checkName(name) }

    // MARK: schema

    /// Reads the first bytes: a file that is not SQLite at all is refused before SQLite touches it.
    static func checkHeader(_ path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if !header.isEmpty, header != Data("SQLite format 3\0".utf8) {
            throw StudyStorageError.foreign(path: path, message: "it is not an SQLite database")
        }
    }

    /// Creates schema 2 in an empty file, migrates schema 1, and refuses anything else.
    private func prepareSchema(_ db: Database) throws {
        let tables = Set(try Row.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'").compactMap { Self.text($0, "name") })
        if tables.contains("allot_meta") {
            let meta = Dictionary(try Row.fetchAll(db, sql: "SELECT key, value FROM allot_meta").compactMap { row -> (String, String)? in
                guard let key = Self.text(row, "key"), let value = Self.text(row, "value") else { return nil }
                return (key, value)
            }, uniquingKeysWith: { a, _ in a })
            guard meta["format"] == Self.format else {
                throw StudyStorageError.foreign(path: path, message: "its allot_meta table does not name the format \(Self.format)")
            }
            guard let version = meta["schema"].flatMap(Int.init) else { throw StudyStorageError.foreign(path: path, message: "its schema version is missing") }
            guard version <= Self.schemaVersion else {
                throw StudyStorageError.foreign(path: path, message: "it has schema version \(version), written by a newer release (this one reads 1 and 2)")
            }
            try checkColumns(db, "studies", ["name", "definition", "created"])
            try checkColumns(db, "journal", ["study", "sequence", "entry"])
            return
        }
        if tables.isEmpty {
            try createSchema(db)
            return
        }
        if tables.contains("studies"), tables.contains("events") {
            try checkColumns(db, "studies", ["name", "definition", "created"])
            try checkColumns(db, "events", ["study", "sequence", "event"])
            try migrateVersion1(db)
            return
        }
        if tables.isSuperset(of: ["alembic_version", "studies", "trials", "trial_params"]) {
            throw StudyStorageError.foreign(path: path, message: "it is an Optuna storage (its tables alembic_version, studies, trials, trial_params, ...); Allot keeps its studies in a file of its own, so give another path")
        }
        throw StudyStorageError.foreign(path: path, message: "it holds other tables (\(tables.sorted().prefix(8).joined(separator: ", "))), not an Allot study database")
    }

    private func createSchema(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE allot_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE studies (name TEXT PRIMARY KEY, definition TEXT NOT NULL, created TEXT NOT NULL);
            CREATE TABLE journal (study TEXT NOT NULL, sequence INTEGER NOT NULL, entry TEXT NOT NULL, PRIMARY KEY (study, sequence));
            """)
        try db.execute(sql: "INSERT INTO allot_meta (key, value) VALUES ('format', ?), ('schema', ?)", arguments: [Self.format, String(Self.schemaVersion)])
    }

    private func checkColumns(_ db: Database, _ table: String, _ expected: [String]) throws {
        let columns = try Row.fetchAll(db, sql: "PRAGMA table_info(\(table))").compactMap { Self.text($0, "name") }
        guard Set(expected).isSubset(of: Set(columns)) else {
            throw StudyStorageError.foreign(path: path, message: "its \(table) table has columns \(columns.joined(separator: ", ")), not \(expected.joined(separator: ", "))")
        }
    }

    /// Schema 1 (release 583d2df) to 2, in the caller's transaction: every study's definition and log
    /// become a version 2 definition and journal, checked by replaying them before anything is written.
    private func migrateVersion1(_ db: Database) throws {
        var migrated: [(name: String, definition: StudyDefinition, journal: [StudyEvent])] = []
        for row in try Row.fetchAll(db, sql: "SELECT name, definition FROM studies ORDER BY name") {
            guard let name = Self.text(row, "name"), let definition = Self.text(row, "definition") else {
                throw StudyStorageError.corrupt(path: path, message: "a row of the studies table is not text")
            }
            var events: [String] = []
            for event in try Row.fetchAll(db, sql: "SELECT sequence, event FROM events WHERE study = ? ORDER BY sequence", arguments: [name]) {
                guard let text = Self.text(event, "event") else {
                    throw StudyStorageError.corrupt(path: path, message: "an event of study \"\(name)\" is not text")
                }
                events.append(text)
            }
            do {
                let result = try StudyMigration.migrate(name: name, definition: definition, events: events, source: path)
                _ = try Study(result.definition, replaying: result.journal, source: path)
                migrated.append((name, result.definition, result.journal))
            } catch let error as AllotError {
                throw StudyStorageError.corrupt(path: path, message: "study \"\(name)\" (schema 1) cannot be migrated: \(error.description)")
            }
        }
        try db.execute(sql: "ALTER TABLE studies RENAME TO studies_v1; ALTER TABLE events RENAME TO events_v1")
        try createSchema(db)
        for study in migrated {
            try db.execute(sql: "INSERT INTO studies (name, definition, created) SELECT name, ?, created FROM studies_v1 WHERE name = ?",
                           arguments: [try JSONWriter.text(study.definition.json), study.name])
            for (offset, event) in study.journal.enumerated() {
                try db.execute(sql: "INSERT INTO journal (study, sequence, entry) VALUES (?, ?, ?)",
                               arguments: [study.name, offset + 1, try JSONWriter.text(event.json(space: study.definition.space))])
            }
        }
    }

    // MARK: transactions

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
        } catch let error as AllotError {
            throw error
        } catch {
            throw Self.translate(error, path: path)
        }
        return result!
    }

    /// SQLite's own errors: a file that is not a database or is damaged is the user's input (exit 2);
    /// a busy, read-only or full disk is a runtime failure (exit 1).
    static func translate(_ error: any Error, path: String) -> any AllotError {
        guard let error = error as? DatabaseError else { return StudyStorageError.database(path: path, message: "\(error)") }
        switch error.resultCode {
        case .SQLITE_NOTADB: return StudyStorageError.foreign(path: path, message: "it is not an SQLite database")
        case .SQLITE_CORRUPT, .SQLITE_FORMAT: return StudyStorageError.corrupt(path: path, message: "the database file is damaged (\(error.message ?? "corrupt"))")
        case .SQLITE_MISMATCH, .SQLITE_CONSTRAINT, .SQLITE_ERROR:
            return StudyStorageError.corrupt(path: path, message: "the database does not have the expected layout (\(error.message ?? "\(error.resultCode)"))")
        default: return StudyStorageError.database(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }
}

/// A storage problem; the description says what to do.
public enum StudyStorageError: AllotError, Equatable {
    case missing(name: String)
    case exists(name: String)
    /// The database or one of its studies is damaged.
    case corrupt(path: String, message: String)
    /// The file is not an Allot study database (or a newer one).
    case foreign(path: String, message: String)
    case database(path: String, message: String)

    public var description: String {
        switch self {
        case let .missing(name): return "no study named \"\(name)\" in this storage; create it first."
        case let .exists(name): return "a study named \"\(name)\" already exists with a different definition; pick another name."
        case let .corrupt(path, message): return "\(path): \(message)."
        case let .foreign(path, message): return "\(path) is not a study database Allot can open: \(message)."
        case let .database(path, message): return "\(path): \(message)"
        }
    }

    /// A database that cannot be opened or written is a runtime failure; a missing, existing, damaged or
    /// foreign study is the user's input.
    public var exitClass: ExitClass {
        if case .database = self { return .failure }
        return .badInput
    }
}
