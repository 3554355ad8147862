import AllotTuning

/// The storage a `--storage` value names: a `postgresql://` (or `postgres://`) URL, whose missing parts
/// come from the PG* environment variables as with psql, or else an SQLite file path.
public enum StudyStorages {
    public static func open(_ location: String, owner: String? = nil, lease: Double? = nil) throws -> any StudyStorage {
        let location = resolved(location)
        if PostgresStudyStorage.isURL(location) {
            return try PostgresStudyStorage(url: location, owner: owner, lease: lease)
        }
        return try SQLiteStudyStorage(path: location, owner: owner, lease: lease)
    }

    /// Optuna's storage URLs (SQLAlchemy's) as Allot reads them: `sqlite:///study.db` is the file
    /// `study.db` (four slashes: an absolute path), and `postgresql+psycopg2://...` is `postgresql://...`,
    /// so a storage string copied from an Optuna script opens the same database.
    public static func resolved(_ location: String) -> String {
        if location.hasPrefix("sqlite:///") { return String(location.dropFirst("sqlite:///".count)) }
        for scheme in ["postgresql+", "postgres+"] where location.hasPrefix(scheme) {
            guard let separator = location.range(of: "://") else { break }
            return String(scheme.dropLast()) + String(location[separator.lowerBound...])
        }
        return location
    }

    /// Where `allot tune` keeps per-trial checkpoints when not told: beside an SQLite file, or in
    /// `allot-checkpoints/` of the current directory for a database (give `--checkpoints` a folder all
    /// workers share when they run on several machines).
    public static func defaultCheckpoints(for location: String) -> String {
        let location = resolved(location)
        return PostgresStudyStorage.isURL(location) ? "allot-checkpoints" : "\(location).checkpoints"
    }
}
