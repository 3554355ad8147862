/// How a failure ends the `allot` command and what a JSON-RPC client is told: the same classes
/// everywhere, so a script can tell its own mistake from Allot's.
public enum ExitClass: Int32, Sendable, Codable {
    /// Allot or the machine failed (a disk full, a database locked by a crashed process).
    case failure = 1
    /// The input is wrong: a field, a file, a name, a size. The message says which and why.
    case badInput = 2
    /// Stopped by Ctrl-C or SIGTERM; what finished is saved and the same command resumes.
    case interrupted = 130
}

/// Every error Allot throws on purpose. Its description is a sentence a user can act on; `field` is
/// the path of the offending value when there is one (`prompts[3].rewards[0]`, `matrices.q`).
public protocol AllotError: Error, CustomStringConvertible, Sendable {
    var exitClass: ExitClass { get }
    var field: String? { get }
}

extension AllotError {
    public var field: String? { nil }
}

/// Input that cannot be used as given: the source (a file, "stdin", a policy's name), the field path,
/// and what is wrong, including for an unknown name the names that would work and the closest one.
public struct InputError: AllotError, Equatable {
    public enum Problem: Equatable, Sendable {
        /// The text is not valid JSON (or CSV); the detail says where.
        case syntax(String)
        /// The source could not be read at all.
        case unreadable(String)
        /// A required field is absent.
        case missing(expected: String)
        /// A field has the wrong type or an out-of-range value.
        case invalid(expected: String, got: String)
        /// A name (policy, kind, parameter, field) is not one we know.
        case unknownName(kind: String, got: String, valid: [String])
        /// A size is beyond what this machine (or Allot) can do; nothing was allocated.
        case tooLarge(what: String, limit: String, got: String)
        /// Anything else, as a sentence.
        case other(String)
    }

    /// A file path, "stdin", "request", or the component whose parameter is wrong ("ucb1").
    public var source: String
    /// Dotted field path inside the source, empty for the whole of it.
    public var path: String
    public var problem: Problem

    public init(source: String, path: String, problem: Problem) {
        self.source = source
        self.path = path
        self.problem = problem
    }

    /// A parameter of a component (a policy, an allocator, a scheduler) is out of range.
    public static func parameter(_ owner: String, _ field: String, expected: String, got: String) -> InputError {
        InputError(source: owner, path: field, problem: .invalid(expected: expected, got: got))
    }

    public var exitClass: ExitClass { .badInput }
    public var field: String? { path.isEmpty ? nil : path }

    /// A component's parameter error placed where the parameter was written (`policies[2].parameters`
    /// of a scenario file).
    public func relocated(to source: String, under prefix: String) -> InputError {
        var copy = nested(under: prefix)
        copy.source = source
        return copy
    }

    /// The same problem one level down (`source` stays; `prefix` goes in front of the path).
    public func nested(under prefix: String) -> InputError {
        var copy = self
        copy.path = path.isEmpty ? prefix : (path.hasPrefix("[") || prefix.isEmpty ? prefix + path : "\(prefix).\(path)")
        return copy
    }

    public var description: String {
        let location = path.isEmpty ? source : "\(source): \(path)"
        switch problem {
        case let .syntax(detail): return "\(source): not valid JSON: \(detail)"
        case let .unreadable(detail): return "\(source): cannot read it: \(detail)"
        case let .missing(expected): return "\(location): missing; expected \(expected)."
        case let .invalid(expected, got): return "\(location): expected \(expected), got \(got)."
        case let .unknownName(kind, got, valid):
            let suggestion = Self.closest(to: got, in: valid).map { " Did you mean \"\($0)\"?" } ?? ""
            let listed = valid.count > 40 ? valid.prefix(40).joined(separator: ", ") + ", ... (\(valid.count) in all)" : valid.joined(separator: ", ")
            return "\(location): unknown \(kind) \"\(got)\".\(suggestion) Valid: \(listed)."
        case let .tooLarge(what, limit, got): return "\(location): \(what) is too large: \(got), the limit is \(limit). Nothing was allocated."
        case let .other(sentence): return "\(location): \(sentence)"
        }
    }

    /// The valid name closest to `name`: the only one it is a prefix of, else the one at the smallest edit
    /// distance (at most max(2, a third of its length)) if there is exactly one.
    public static func closest(to name: String, in valid: [String]) -> String? {
        guard !name.isEmpty, name.count <= 200 else { return nil }
        let lowered = name.lowercased()
        let extensions = valid.filter { $0.lowercased().hasPrefix(lowered) }
        if extensions.count == 1 { return extensions[0] }
        let limit = max(2, name.count / 3)
        let scored = valid.prefix(1_000).map { ($0, editDistance(lowered, $0.lowercased(), limit: limit)) }.filter { $0.1 <= limit }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return scored.filter { $0.1 == best.1 }.count == 1 ? best.0 : nil
    }

    /// Levenshtein distance, giving up (returning limit + 1) once every entry of a row exceeds `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

/// Stopped by Ctrl-C or SIGTERM: what finished is saved, and the same command resumes (exit 130).
public struct Interrupted: AllotError, Equatable {
    public var saved: Int
    public var total: Int
    public var unit: String
    public init(saved: Int, total: Int, unit: String) {
        self.saved = saved
        self.total = total
        self.unit = unit
    }
    public var exitClass: ExitClass { .interrupted }
    public var description: String {
        "interrupted: \(saved) of \(total) \(unit) are saved; run the same command again to resume."
    }
}

/// A failure that is nobody's input: I/O, a database, a command that keeps failing.
public struct RuntimeFailure: AllotError, Equatable {
    public var message: String
    public var path: String?
    public init(_ message: String, path: String? = nil) {
        self.message = message
        self.path = path
    }
    public var exitClass: ExitClass { .failure }
    public var description: String { path.map { "\($0): \(message)" } ?? message }
}
