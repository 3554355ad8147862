import AllotInterchange
import Foundation

/// Recorded learning curves in the LCDB shape: for each (dataset, learner, training-set size, inner seed)
/// the training time and the validation and test scores. Replayed as bandit arms by the simulator and as a
/// tuning problem by the schedulers, so nobody here shaped the curves.
public struct LearningCurves: Sendable {
    /// One measured point of one curve.
    public struct Record: Sendable, Equatable {
        public var dataset: Int
        public var learner: String
        public var trainingSize: Int
        public var innerSeed: Int
        /// Training time in seconds.
        public var trainTime: Double
        public var validationScore: Double
        public var testScore: Double
    }

    /// Every record, in file order.
    public let records: [Record]

    /// Rows left out because their training time or a score was missing: empty, `nan` or `NA`, as LCDB
    /// records a run that failed and as pandas writes a missing value. Callers say so on stderr.
    public let missingRows: Int
    /// The line number of the first such row, for that message.
    public let firstMissingLine: Int?

    /// The LCDB 1.0 accuracy curves shipped with Allot (25 OpenML datasets, 34,920 records).
    public static let lcdbAccuracy: LearningCurves = {
        do { return try LearningCurves(csv: lcdbAccuracyDevCSV, source: "built-in LCDB data") } catch {
            preconditionFailure("the embedded LCDB data is malformed: \(error)")
        }
    }()

    /// Parses CSV text with the header `openmlid,learner,size_train,inner_seed,traintime,score_valid,score_test`
    /// (columns in any order; extra columns are ignored). `source` names the file in errors. A row whose
    /// time or score is missing is left out and counted (`missingRows`); any other unreadable field is an
    /// error. Integer columns accept an integral decimal (`995.0`), which pandas writes for an integer
    /// column that has a missing value anywhere.
    public init(csv: String, source: String) throws {
        var lines = csv.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .makeIterator()
        guard let header = lines.next() else { throw InputError(source: source, path: "", problem: .other("no records (expected a header line and at least one row).")) }
        let names = header.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        var column: [String: Int] = [:]
        for required in Self.columns {
            guard let index = names.firstIndex(of: required) else {
                // The header is not echoed: a file that is not a curves file (it might be any file the user can read) stays private.
                throw InputError(source: source, path: "line 1", problem: .missing(expected: "a column named '\(required)': the header must name \(Self.columns.joined(separator: ", ")) (its first line has \(names.count) comma-separated fields)"))
            }
            column[required] = index
        }
        var parsed: [Record] = []
        var missing = 0
        var firstMissing: Int?
        var lineNumber = 1
        while let line = lines.next() {
            lineNumber += 1
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            func field(_ name: String) throws -> Substring {
                let index = column[name]!
                guard index < fields.count else {
                    throw InputError(source: source, path: "line \(lineNumber), column '\(name)'", problem: .invalid(expected: "a value", got: "nothing (only \(fields.count) fields)"))
                }
                return fields[index]
            }
            func integer(_ name: String, atLeast minimum: Int) throws -> Int {
                let text = try field(name)
                guard let value = Self.integer(text), value >= minimum, value <= 1 << 53 else {
                    throw InputError(source: source, path: "line \(lineNumber), column '\(name)'", problem: .invalid(expected: "an integer in \(minimum)...2^53", got: Self.shown(text)))
                }
                return value
            }
            func number(_ name: String, atLeast minimum: Double? = nil) throws -> Double {
                let text = try field(name)
                guard let value = Double(text), value.isFinite, abs(value) <= 1e15, minimum.map({ value >= $0 }) ?? true else {
                    let expected = minimum.map { "a finite number >= \(JSONValue.format($0))" } ?? "a finite number"
                    throw InputError(source: source, path: "line \(lineNumber), column '\(name)'", problem: .invalid(expected: expected, got: Self.shown(text)))
                }
                return value
            }
            if try ["traintime", "score_valid", "score_test"].contains(where: { Self.isMissing(try field($0)) }) {
                missing += 1
                firstMissing = firstMissing ?? lineNumber
                continue
            }
            let learner = try field("learner")
            guard !learner.isEmpty, learner.utf8.count <= Limits.maxNameLength else {
                throw InputError(source: source, path: "line \(lineNumber), column 'learner'", problem: .invalid(expected: "a learner name", got: Self.shown(learner)))
            }
            parsed.append(Record(
                dataset: try integer("openmlid", atLeast: 0), learner: String(learner),
                trainingSize: try integer("size_train", atLeast: 1), innerSeed: try integer("inner_seed", atLeast: 0),
                trainTime: try number("traintime", atLeast: 0), validationScore: try number("score_valid"), testScore: try number("score_test")))
        }
        guard !parsed.isEmpty else {
            let why = missing == 0 ? "expected a header line and at least one row"
                : missing == 1 ? "its one row has a missing training time or score"
                : "every one of its \(missing) rows has a missing training time or score"
            throw InputError(source: source, path: "", problem: .other("no records (\(why))."))
        }
        records = parsed
        missingRows = missing
        firstMissingLine = firstMissing
    }

    /// What a curves file writes for a value it does not have.
    static func isMissing(_ text: Substring) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        return trimmed.isEmpty || trimmed == "nan" || trimmed == "na"
    }

    /// An integer, or a decimal with nothing after the point but zeros (`995.0`).
    static func integer(_ text: Substring) -> Int? {
        if let value = Int(text) { return value }
        guard let point = text.firstIndex(of: "."), text[text.index(after: point)...].allSatisfy({ $0 == "0" }) else { return nil }
        return Int(text[..<point])
    }

    /// "1 row" / "3 rows": how many were left out.
    public var missingRowsCount: String { "\(missingRows) row\(missingRows == 1 ? "" : "s")" }

    /// The note a command prints when rows were left out, or nil.
    public var missingRowsNote: String? {
        guard missingRows > 0, let line = firstMissingLine else { return nil }
        return "note: left out \(missingRowsCount) whose training time or score is missing (empty, nan or NA: a run that failed), the first at line \(line)"
    }

    /// The columns a curves file must have.
    public static let columns = ["openmlid", "learner", "size_train", "inner_seed", "traintime", "score_valid", "score_test"]

    /// Dataset ids, ascending.
    public var datasets: [Int] { Array(Set(records.map(\.dataset))).sorted() }

    /// The records of one dataset.
    public func records(dataset: Int) -> [Record] { records.filter { $0.dataset == dataset } }
}

extension LearningCurves {
    /// A field's text as an error shows it: short values of plain characters only, so an error never
    /// prints a line of a file that was not meant to be read.
    static func shown(_ text: Substring) -> String {
        let plain = text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-+ ".contains($0)) }
        return plain && text.count <= 24 ? "'\(text)'" : "a field of \(text.count) characters"
    }
}
