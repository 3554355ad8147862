import AllotInterchange
import CLibPQ
import Foundation

/// One libpq connection: parameterised statements in text format, results as rows of optional strings.
/// Not thread-safe (the storage that owns it serialises its use).
final class PostgresConnection {
    private var connection: OpaquePointer?
    let location: String
    private let conninfo: String

    /// `url` is a libpq connection URI (`postgresql://user@host:port/db?...`); what it leaves out comes
    /// from the PG* environment variables, as with psql. A connection attempt gives up after 10 s.
    init(url: String) throws {
        location = PostgresConnection.redacted(url)
        var info = url
        if !info.contains("connect_timeout=") { info += (info.contains("?") ? "&" : "?") + "connect_timeout=10" }
        conninfo = info
        try connect()
    }

    deinit { if let connection { PQfinish(connection) } }

    func connect() throws {
        if let connection { PQfinish(connection) }
        connection = PQconnectdb(conninfo)
        guard let connection, PQstatus(connection) == CONNECTION_OK else {
            let message = connection.map { String(cString: PQerrorMessage($0)) } ?? "out of memory"
            throw PostgresError.connect(location: location, message: message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        _ = try execute("SET client_min_messages = warning")
    }

    /// Whether the connection is usable (false after the server went away).
    var isHealthy: Bool { connection.map { PQstatus($0) == CONNECTION_OK } ?? false }

    /// Runs one statement with `$1...` parameters (NULL for nil); returns its rows (empty for commands).
    @discardableResult
    func execute(_ sql: String, _ parameters: [String?] = []) throws -> [[String?]] {
        guard let connection else { throw PostgresError.connectionLost(location: location, message: "not connected") }
        let copies = parameters.map { $0.map { strdup($0) } ?? nil }
        defer { for copy in copies { free(copy) } }
        let pointers = copies.map { UnsafePointer<CChar>($0) }
        let result = pointers.withUnsafeBufferPointer { values in
            PQexecParams(connection, sql, Int32(parameters.count), nil, values.baseAddress, nil, nil, 0)
        }
        defer { PQclear(result) }
        let status = PQresultStatus(result)
        switch status {
        case PGRES_COMMAND_OK:
            return []
        case PGRES_TUPLES_OK:
            let rows = Int(PQntuples(result)), columns = Int(PQnfields(result))
            var table: [[String?]] = []
            table.reserveCapacity(rows)
            for row in 0..<rows {
                table.append((0..<columns).map { column in
                    PQgetisnull(result, Int32(row), Int32(column)) == 1 ? nil : String(cString: PQgetvalue(result, Int32(row), Int32(column)))
                })
            }
            return table
        default:
            let message = String(cString: PQresultErrorMessage(result)).trimmingCharacters(in: .whitespacesAndNewlines)
            let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } ?? ""
            if PQstatus(connection) != CONNECTION_OK || state.hasPrefix("08") || state == "57P01" || state == "57P02" || state == "57P03" {
                throw PostgresError.connectionLost(location: location, message: message.isEmpty ? "the server closed the connection" : message)
            }
            throw PostgresError.statement(location: location, state: state, message: message)
        }
    }

    /// The URL without its password, for messages.
    static func redacted(_ url: String) -> String {
        guard let at = url.firstIndex(of: "@"), let scheme = url.range(of: "://"), scheme.upperBound < at else { return url }
        let credentials = url[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return url }
        return String(url[..<colon]) + ":***" + String(url[at...])
    }
}

/// What went wrong talking to PostgreSQL. A connection that cannot be made (wrong host, user,
/// password or database) is the user's input; a connection lost mid-operation, after retries, is a
/// runtime failure.
public enum PostgresError: AllotError, Equatable {
    case connect(location: String, message: String)
    case connectionLost(location: String, message: String)
    case statement(location: String, state: String, message: String)

    public var description: String {
        switch self {
        case let .connect(location, message): return "\(location): cannot connect to PostgreSQL: \(message). Check the URL (postgresql://user:password@host:port/database) or the PG* variables."
        case let .connectionLost(location, message): return "\(location): lost the connection to PostgreSQL: \(message)"
        case let .statement(location, state, message): return "\(location): PostgreSQL refused a statement (\(state)): \(message)"
        }
    }

    public var exitClass: ExitClass {
        switch self {
        case .connect: return .badInput
        case .connectionLost, .statement: return .failure
        }
    }
}
