/// A scenario file a user wrote cannot be run as it is. The description is the message `allot` prints:
/// the file, the field path (`policies[2].parameters.exploration`), what was expected, what was given, and
/// for an unknown name the names that would have worked.
public struct ScenarioError: Error, Equatable, CustomStringConvertible {
    /// What is wrong at `path`.
    public enum Problem: Equatable, Sendable {
        /// The file is not valid JSON.
        case syntax(String)
        /// The file could not be read at all.
        case unreadable(String)
        /// A required field is absent.
        case missing(expected: String)
        /// A field has the wrong type or an out-of-range value.
        case invalid(expected: String, got: String)
        /// A name (policy, environment kind, parameter, field) is not one we know.
        case unknownName(kind: String, got: String, valid: [String])
    }

    /// The scenario file (or "built-in:NAME").
    public var file: String
    /// Dotted field path inside the file, empty for the whole document.
    public var path: String
    public var problem: Problem

    public init(file: String, path: String, problem: Problem) {
        self.file = file
        self.path = path
        self.problem = problem
    }

    public var description: String {
        let location = path.isEmpty ? file : "\(file): \(path)"
        switch problem {
        case let .syntax(detail):
            return "\(file): not valid JSON: \(detail)"
        case let .unreadable(detail):
            return "\(file): cannot read the file: \(detail)"
        case let .missing(expected):
            return "\(location): missing; expected \(expected)."
        case let .invalid(expected, got):
            return "\(location): expected \(expected), got \(got)."
        case let .unknownName(kind, got, valid):
            let suggestion = Self.closest(to: got, in: valid).map { " Did you mean \"\($0)\"?" } ?? ""
            return "\(location): unknown \(kind) \"\(got)\".\(suggestion) Valid: \(valid.joined(separator: ", "))."
        }
    }

    /// The valid name closest to `name`: the only one it is a prefix of, else the one at the smallest edit
    /// distance (at most max(2, a third of its length)) if there is exactly one.
    static func closest(to name: String, in valid: [String]) -> String? {
        let extensions = valid.filter { $0.lowercased().hasPrefix(name.lowercased()) && !name.isEmpty }
        if extensions.count == 1 { return extensions[0] }
        let limit = max(2, name.count / 3)
        let scored = valid.map { ($0, editDistance(name.lowercased(), $0.lowercased())) }.filter { $0.1 <= limit }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return scored.filter { $0.1 == best.1 }.count == 1 ? best.0 : nil
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
