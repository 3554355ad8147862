import Allot
import Foundation

/// What every study storage does with its rows, whatever the database: a definition row becomes a
/// study, journal rows (sequence, entry) are applied in order with no gap, and the entries an
/// operation added become rows. SQLite and PostgreSQL storages share it, so they hold the same data.
public enum StudyJournal {
    /// The study a stored definition describes, with an empty journal.
    public static func study(definition text: String, source: String, name: String) throws -> Study {
        let reader = FieldReader(source: source, path: "studies[\"\(name)\"].definition", value: try JSONParser.parse(Data(text.utf8), source: source))
        return try Study(try StudyDefinition.read(reader))
    }

    /// Applies journal rows after `sequence`, in order; a gap, a damaged row or an entry that does not
    /// fit the ones before it is a corrupt study.
    public static func advance(_ study: inout Study, sequence: inout Int64, rows: [(sequence: Int64?, entry: String?)], source: String, name: String) throws {
        for row in rows {
            guard let next = row.sequence, next == sequence + 1, let text = row.entry else {
                throw StudyStorageError.corrupt(path: source, message: "the journal of study \"\(name)\" has a gap or a damaged row after entry \(sequence)")
            }
            let reader = FieldReader(source: source, path: "journal[\"\(name)\"][\(next)]", value: try JSONParser.parse(Data(text.utf8), source: source))
            let event = try StudyEvent.read(reader, space: study.space)
            do { try study.apply(event) } catch let error as AllotError {
                throw StudyStorageError.corrupt(path: source, message: "journal entry \(next) of study \"\(name)\" does not fit the entries before it: \(error.description)")
            }
            sequence = next
        }
    }

    /// The rows an operation appended: entries `from...` of the study's events, numbered after `sequence`.
    public static func newRows(_ study: Study, from start: Int, after sequence: Int64) throws -> [(sequence: Int64, entry: String)] {
        var rows: [(sequence: Int64, entry: String)] = []
        var number = sequence
        for event in study.events[start...] {
            number += 1
            rows.append((number, try JSONWriter.text(event.json(space: study.space))))
        }
        return rows
    }

    /// A study name every storage accepts.
    public static func checkName(_ name: String) throws {
        guard !name.isEmpty, name.utf8.count <= Limits.maxNameLength, !name.contains("\0") else {
            throw InputError(source: "--name", path: "", problem: .invalid(expected: "a study name of 1 to \(Limits.maxNameLength) bytes", got: "\"\(name.prefix(40))\""))
        }
    }
}
