import AllotTuning

/// The storage a `--storage` value names: a `postgresql://` (or `postgres://`) URL, whose missing parts
/// come from the PG* environment variables as with psql, or else an SQLite file path.
public enum StudyStorages {
    public static func open(_ location: String, owner: String? = nil, lease: Double? = nil) throws -> any StudyStorage {
        if PostgresStudyStorage.isURL(location) {
            return try PostgresStudyStorage(url: location, owner: owner, lease: lease)
        }
        return try SQLiteStudyStorage(path: location, owner: owner, lease: lease)
    }

    /// Where `allot tune` keeps per-trial checkpoints when not told: beside an SQLite file, or in
    /// `allot-checkpoints/` of the current directory for a database (give `--checkpoints` a folder all
    /// workers share when they run on several machines).
    public static func defaultCheckpoints(for location: String) -> String {
        PostgresStudyStorage.isURL(location) ? "allot-checkpoints" : "\(location).checkpoints"
    }
}
