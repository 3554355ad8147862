import Allot
import AllotTuning
import Foundation

/// Studies in a PostgreSQL database, for workers on many machines: the same definition and journal as
/// the SQLite storage (docs/formats.md), in the schema `allot` of the database the URL names.
///
/// An operation is one transaction: it locks the study's row (`SELECT ... FOR UPDATE`, so operations on
/// one study run one at a time across every machine), applies the journal rows it has not seen, hands
/// out again any job whose lease expired (by the server's clock, so machines need not agree on the
/// time), runs, and appends its rows. When the connection drops the operation is retried on a new
/// connection for up to `retryWindow` seconds; if the drop came after the commit was sent, the retry
/// finds its own rows in the journal and returns what the committed operation returned, so a tell is
/// never lost or counted twice.
public final class PostgresStudyStorage: StudyStorage, @unchecked Sendable {
    public static let format = "allot-study-database"
    public static let schemaVersion = 2

    private let connection: PostgresConnection
    private let owner: String?
    private let lease: Double?
    private let retryWindow: Double
    private let lock = NSLock()
    private var cache: [String: (study: Study, sequence: Int64)] = [:]
    /// Where messages name the database (the URL without its password).
    public var location: String { connection.location }

    /// `owner` names this worker in the journal (default "host:pid"; "" for none); `lease` is how long
    /// an asked job stays its own without a heartbeat (nil: until told, or until its owner on this
    /// machine is found gone).
    public init(url: String, owner: String? = nil, lease: Double? = nil, retryWindow: Double = 60) throws {
        connection = try PostgresConnection(url: url)
        self.owner = owner == "" ? nil : (owner ?? SQLiteStudyStorage.processOwner)
        self.lease = lease
        self.retryWindow = retryWindow
        try lock.withLock { try retrying { try self.prepareSchema() } }
    }

    /// Whether `location` names a PostgreSQL database rather than an SQLite file.
    public static func isURL(_ location: String) -> Bool {
        location.hasPrefix("postgresql://") || location.hasPrefix("postgres://")
    }

    // MARK: StudyStorage

    public func create(_ name: String, definition: StudyDefinition) throws {
        try StudyJournal.checkName(name)
        let text = try JSONWriter.text(definition.json)
        try lock.withLock {
            try retrying {
                try transaction {
                    // Inserted unless it exists (made earlier, or by a worker racing this one); either way the
                    // stored definition must be this one.
                    try self.connection.execute("INSERT INTO allot.studies (name, definition, created) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING",
                                                [name, text, ISO8601DateFormatter().string(from: Date())])
                    let stored = try self.connection.execute("SELECT definition FROM allot.studies WHERE name = $1", [name]).first?.first ?? nil
                    guard stored == text else { throw StudyStorageError.exists(name: name) }
                }
            }
        }
    }

    public func load(_ name: String) throws -> Study { try update(name) { $0.study } }

    public func names() throws -> [String] {
        try lock.withLock { try retrying { try connection.execute("SELECT name FROM allot.studies ORDER BY name").compactMap { $0.first ?? nil } } }
    }

    public func update<T>(_ name: String, _ body: (inout StudySession) throws -> T) throws -> T {
        try lock.withLock {
            // What the last attempt tried to commit, to recognise it after a dropped connection.
            var pending: (after: Int64, rows: [(sequence: Int64, entry: String)], study: Study, result: T)?
            return try retrying {
                if let attempt = pending {
                    pending = nil
                    if try committed(name, after: attempt.after, rows: attempt.rows) {
                        cache[name] = (attempt.study, attempt.rows.last?.sequence ?? attempt.after)
                        return attempt.result
                    }
                }
                return try transaction {
                    // The lock on the study's row, the server's clock, and the definition unless it is cached:
                    // one round trip. The journal is read by the next statement, whose snapshot is taken
                    // after the lock is held, so it sees every row committed before.
                    // Taken out of the cache, not copied: the operation mutates it in place (a copy would
                    // duplicate every trial and journal entry per operation).
                    var cached = cache.removeValue(forKey: name)
                    guard let row = try connection.execute("SELECT CASE WHEN $2 THEN definition END, extract(epoch FROM clock_timestamp()) FROM allot.studies WHERE name = $1 FOR UPDATE",
                                                           [name, cached == nil ? "true" : "false"]).first else {
                        throw StudyStorageError.missing(name: name)
                    }
                    var (study, sequence) = try cached.take() ?? (StudyJournal.study(definition: row[0] ?? "", source: location, name: name), 0)
                    let rows = try connection.execute("SELECT sequence, entry FROM allot.journal WHERE study = $1 AND sequence > $2 ORDER BY sequence",
                                                      [name, String(sequence)])
                    try StudyJournal.advance(&study, sequence: &sequence, rows: rows.map { (Int64($0[0] ?? ""), $0[1]) }, source: location, name: name)
                    let now = row[1].flatMap(Double.init) ?? Date().timeIntervalSince1970
                    let before = study.events.count       // requeues below are journal entries too
                    try study.requeueAbandoned(now: now, except: owner)
                    var session = StudySession(study: consume study, owner: owner, lease: lease, now: now)
                    let result = try body(&session)
                    let added = try StudyJournal.newRows(session.study, from: before, after: sequence)
                    // One statement for an operation's rows (a copied study's in chunks: a statement takes at most 65,535 parameters).
                    for start in stride(from: 0, to: added.count, by: 1_000) {
                        let chunk = added[start..<min(start + 1_000, added.count)]
                        let values = (0..<chunk.count).map { "($1, $\(2 * $0 + 2), $\(2 * $0 + 3))" }.joined(separator: ", ")
                        try connection.execute("INSERT INTO allot.journal (study, sequence, entry) VALUES \(values)",
                                               [name] + chunk.flatMap { [String($0.sequence), $0.entry] })
                    }
                    pending = (sequence, added, session.study, result)
                    return (result, { [self] in
                        pending = nil
                        cache[name] = (session.study, added.last?.sequence ?? sequence)
                    })
                }
            }
        }
    }

    // MARK: transactions and retries

    /// Runs `body` in a transaction; its second result runs after a successful commit.
    private func transaction<T>(_ body: () throws -> (T, () -> Void)) throws -> T {
        try connection.execute("BEGIN")
        do {
            let (result, committed) = try body()
            try connection.execute("COMMIT")
            committed()
            return result
        } catch {
            if connection.isHealthy { _ = try? connection.execute("ROLLBACK") }
            throw error
        }
    }

    private func transaction(_ body: () throws -> Void) throws {
        try transaction { () -> ((), () -> Void) in try body(); return ((), {}) }
    }

    /// Whether the journal holds exactly `rows` after entry `after`: the commit of a dropped connection went through.
    private func committed(_ name: String, after: Int64, rows: [(sequence: Int64, entry: String)]) throws -> Bool {
        guard let last = rows.last else { return false }
        let stored = try connection.execute("SELECT sequence, entry FROM allot.journal WHERE study = $1 AND sequence > $2 AND sequence <= $3 ORDER BY sequence",
                                            [name, String(after), String(last.sequence)])
        return stored.count == rows.count && zip(stored, rows).allSatisfy { $0[0] == String($1.sequence) && $0[1] == $1.entry }
    }

    /// Runs `body`, reconnecting and running it again while the server is unreachable, for up to
    /// `retryWindow` seconds; says so on stderr once.
    private func retrying<T>(_ body: () throws -> T) throws -> T {
        let deadline = Date().addingTimeInterval(retryWindow)
        var warned = false
        var delay = 0.1
        while true {
            do {
                if !connection.isHealthy { try connection.connect() }
                return try body()
            } catch let error as PostgresError {
                switch error {
                case .connectionLost, .connect:   // the first connection was made in init: this is the server going away
                    guard Date() < deadline else {
                        throw PostgresError.connectionLost(location: location, message: "still unreachable after \(Int(retryWindow)) s: \(error)")
                    }
                    if !warned {
                        FileHandle.standardError.write(Data("allot: lost the connection to \(location); retrying for up to \(Int(retryWindow)) s\n".utf8))
                        warned = true
                    }
                    Thread.sleep(forTimeInterval: delay)
                    delay = min(delay * 2, 2)
                default:
                    throw error
                }
            }
        }
    }

    // MARK: schema

    /// Creates schema 2 in a database without it, and refuses one whose `allot` schema holds something else.
    private func prepareSchema() throws {
        try transaction {
            try connection.execute("SELECT pg_advisory_xact_lock(7346101)")   // one creator at a time
            let tables = Set(try connection.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'allot'").compactMap { $0.first ?? nil })
            if tables.isEmpty {
                try connection.execute("CREATE SCHEMA IF NOT EXISTS allot")
                try connection.execute("CREATE TABLE allot.allot_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                try connection.execute("CREATE TABLE allot.studies (name TEXT PRIMARY KEY, definition TEXT NOT NULL, created TEXT NOT NULL)")
                try connection.execute("CREATE TABLE allot.journal (study TEXT NOT NULL REFERENCES allot.studies (name), sequence BIGINT NOT NULL, entry TEXT NOT NULL, PRIMARY KEY (study, sequence))")
                try connection.execute("INSERT INTO allot.allot_meta (key, value) VALUES ('format', $1), ('schema', $2)", [Self.format, String(Self.schemaVersion)])
                return
            }
            guard tables.isSuperset(of: ["allot_meta", "studies", "journal"]) else {
                throw StudyStorageError.foreign(path: location, message: "its schema allot holds other tables (\(tables.sorted().prefix(8).joined(separator: ", ")))")
            }
            let meta = Dictionary(try connection.execute("SELECT key, value FROM allot.allot_meta").compactMap { row -> (String, String)? in
                guard let key = row[0], let value = row[1] else { return nil }
                return (key, value)
            }, uniquingKeysWith: { a, _ in a })
            guard meta["format"] == Self.format else {
                throw StudyStorageError.foreign(path: location, message: "its allot_meta table does not name the format \(Self.format)")
            }
            guard let version = meta["schema"].flatMap(Int.init), version == Self.schemaVersion else {
                throw StudyStorageError.foreign(path: location, message: "it has schema version \(meta["schema"] ?? "none"); this release reads \(Self.schemaVersion)")
            }
        }
    }
}
