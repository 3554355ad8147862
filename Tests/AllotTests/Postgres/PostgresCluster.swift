import Foundation

/// A real PostgreSQL server for the storage tests: the one `.ci/run` started (ALLOT_TEST_POSTGRES_DIR),
/// else a throwaway cluster this test process starts with scripts/postgres-cluster.sh and stops at exit.
/// Each test gets its own database.
enum PostgresCluster {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let script = root.appendingPathComponent("scripts/postgres-cluster.sh").path

    /// The cluster's folder (its socket is inside).
    static let directory: String = {
        if let given = ProcessInfo.processInfo.environment["ALLOT_TEST_POSTGRES_DIR"], !given.isEmpty { return given }
        let folder = "/tmp/allot-pg-\(getpid())"
        let (status, output) = run([script, "start", folder])
        precondition(status == 0, "could not start a PostgreSQL cluster (install Debian's postgresql package): \(output)")
        atexit {
            _ = PostgresCluster.run([PostgresCluster.script, "stop", "/tmp/allot-pg-\(getpid())"])
            try? FileManager.default.removeItem(atPath: "/tmp/allot-pg-\(getpid())")
        }
        return folder
    }()

    /// A fresh database; returns its URL.
    static func database(_ prefix: String = "t") -> String {
        let name = "\(prefix)_\(UUID().uuidString.prefix(8).lowercased())"
        let (status, output) = run([script, "createdb", directory, name])
        precondition(status == 0, "createdb failed: \(output)")
        return output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Stops and starts the server: every open connection is cut.
    static func restart() {
        let (status, output) = run([script, "restart", directory])
        precondition(status == 0, "restart failed: \(output)")
    }

    /// Runs bash with `arguments`.
    @discardableResult
    static func run(_ arguments: [String]) -> (Int32, String) {
        let (status, output) = Spawn.run("/bin/bash", arguments)
        return (status, output)
    }
}
