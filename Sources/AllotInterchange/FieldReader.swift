import Foundation

/// Reads one JSON value while remembering where it is, so every error names the source and the field
/// path (`prompts[3].rewards[0]`). Objects are read member by member; `finish()` rejects members nobody
/// asked for, so a typo such as "sensitivity" for "sensitivities" is an error with a suggestion
/// instead of a silently ignored setting.
public struct FieldReader {
    public let source: String
    public let path: String
    public let value: JSONValue
    private var consumed: Set<String> = []

    public init(source: String, path: String = "", value: JSONValue) {
        self.source = source
        self.path = path
        self.value = value
    }

    /// Parses `data` strictly and reads it from the top.
    public init(parsing data: Data, source: String) throws {
        self.init(source: source, value: try JSONParser.parse(data, source: source))
    }

    /// An error at this reader's path.
    public func error(_ problem: InputError.Problem) -> InputError {
        InputError(source: source, path: path, problem: problem)
    }

    /// An error saying this value should have been `expected`.
    public func invalid(_ expected: String) -> InputError {
        error(.invalid(expected: expected, got: value.shortDescription))
    }

    public func childPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// A reader for a value that lives under this one (`key` may be "[3]" or a member name).
    public func child(_ key: String, _ value: JSONValue) -> FieldReader {
        FieldReader(source: source, path: key.hasPrefix("[") ? path + key : childPath(key), value: value)
    }

    // MARK: objects

    public func requireObject() throws {
        guard case .object = value else { throw invalid("an object") }
    }

    /// The member `key`, or nil when absent (or null).
    public mutating func optional(_ key: String) throws -> FieldReader? {
        guard case let .object(object) = value else { throw invalid("an object") }
        consumed.insert(key)
        guard let member = object[key], member != .null else { return nil }
        return FieldReader(source: source, path: childPath(key), value: member)
    }

    /// The member `key`; `expected` describes it in the error when it is absent.
    public mutating func required(_ key: String, _ expected: String) throws -> FieldReader {
        guard let member = try optional(key) else {
            // A member nobody asked for that is one typo away is most likely this one, misspelled.
            let misspelt = keys.first { $0 != key && !consumed.contains($0) && InputError.closest(to: $0, in: [key]) == key }
            let hint = misspelt.map { " (is \"\($0)\" a misspelling of \"\(key)\"?)" } ?? ""
            throw InputError(source: source, path: childPath(key), problem: .missing(expected: expected + hint))
        }
        return member
    }

    /// Every member key of the object, in file order.
    public var keys: [String] {
        guard case let .object(object) = value else { return [] }
        return object.keys
    }

    /// Every member as a reader, in file order (for objects keyed by names: matrices, prompts).
    public func members() throws -> [(key: String, reader: FieldReader)] {
        guard case let .object(object) = value else { throw invalid("an object") }
        return object.members.map { ($0.key, FieldReader(source: source, path: childPath($0.key), value: $0.value)) }
    }

    /// Rejects members that were never read, naming the ones that are allowed and the closest.
    public func finish(allowed: [String]? = nil) throws {
        guard case let .object(object) = value else { return }
        for member in object.members where !consumed.contains(member.key) {
            throw InputError(source: source, path: childPath(member.key),
                             problem: .unknownName(kind: "field", got: member.key, valid: allowed ?? consumed.sorted()))
        }
    }

    // MARK: scalars

    public func string() throws -> String {
        guard case let .string(text) = value else { throw invalid("a string") }
        return text
    }

    /// A non-empty string of at most `Limits.maxNameLength` characters (a name, an id).
    public func name(_ what: String = "a name") throws -> String {
        let text = try string()
        guard !text.isEmpty else { throw invalid("\(what) (a non-empty string)") }
        guard text.utf8.count <= Limits.maxNameLength else {
            throw error(.tooLarge(what: what, limit: "\(Limits.maxNameLength) bytes", got: "\(text.utf8.count) bytes"))
        }
        return text
    }

    /// A string that must be one of `choices`.
    public func choice(_ choices: [String], kind: String) throws -> String {
        let text = try string()
        guard choices.contains(text) else { throw error(.unknownName(kind: kind, got: text, valid: choices)) }
        return text
    }

    public func bool() throws -> Bool {
        guard case let .bool(flag) = value else { throw invalid("true or false") }
        return flag
    }

    /// A finite number satisfying `condition`, described by `expected` ("a number > 0"). NaN and the
    /// infinities are refused here, by name, wherever they appear.
    public func number(_ expected: String = "a finite number", _ condition: (Double) -> Bool = { _ in true }) throws -> Double {
        guard case let .number(number) = value else { throw invalid(expected) }
        guard number.isFinite else { throw error(.invalid(expected: expected, got: "\(JSONValue.format(number)) (not a finite number)")) }
        guard condition(number) else { throw invalid(expected) }
        return number
    }

    /// A whole number satisfying `condition`; beyond ±2^53 it is refused (it would not be exact).
    public func integer(_ expected: String = "an integer", _ condition: (Int) -> Bool = { _ in true }) throws -> Int {
        let number = try self.number(expected)
        guard number.rounded() == number else { throw invalid(expected) }
        guard abs(number) <= 9_007_199_254_740_992 else {
            throw error(.tooLarge(what: "the integer", limit: "2^53", got: JSONValue.format(number)))
        }
        guard condition(Int(number)) else { throw invalid(expected) }
        return Int(number)
    }

    /// A whole number in `range`; above its upper end it is a limit (exit 2 naming the limit).
    public func integer(in range: ClosedRange<Int>, _ what: String) throws -> Int {
        let value = try integer("an integer in \(range.lowerBound)...\(range.upperBound) (\(what))")
        if value > range.upperBound {
            throw error(.tooLarge(what: what, limit: "\(range.upperBound)", got: "\(value)"))
        }
        guard value >= range.lowerBound else { throw invalid("an integer in \(range.lowerBound)...\(range.upperBound) (\(what))") }
        return value
    }

    /// A non-negative whole number that fits a 64-bit seed (beyond 2^53 as the exact decimal digits a
    /// 64-bit writer leaves, or as a string of them).
    public func seed() throws -> UInt64 {
        if case let .string(digits) = value, let seed = UInt64(digits) { return seed }
        let number = try integer("an integer in 0...2^64-1 (a seed)") { $0 >= 0 }
        return UInt64(number)
    }

    // MARK: arrays

    /// The elements of an array, each with its own path (`means[3]`); at most `maxCount` of them.
    public func elements(_ expected: String = "an array", maxCount: Int = Limits.maxArrayElements) throws -> [FieldReader] {
        guard case let .array(items) = value else { throw invalid(expected) }
        guard items.count <= maxCount else {
            throw error(.tooLarge(what: "the array", limit: "\(maxCount) elements", got: "\(items.count) elements"))
        }
        var readers: [FieldReader] = []
        readers.reserveCapacity(items.count)
        for (offset, item) in items.enumerated() { readers.append(FieldReader(source: source, path: "\(path)[\(offset)]", value: item)) }
        return readers
    }

    /// An array of finite numbers each satisfying `condition` (`expected` describes one element: "rewards
    /// in [0, 1]"); `count` fixes the length when given.
    public func numbers(_ expected: String, count: Int? = nil, maxCount: Int = Limits.maxArrayElements,
                        _ condition: (Double) -> Bool = { _ in true }) throws -> [Double] {
        guard case let .array(items) = value else {
            throw invalid(count.map { "an array of \($0) numbers (\(expected))" } ?? "an array of numbers (\(expected))")
        }
        if let count, items.count != count {
            throw error(.invalid(expected: "an array of \(count) numbers (\(expected))", got: value.shortDescription))
        }
        guard items.count <= maxCount else {
            throw error(.tooLarge(what: "the array", limit: "\(maxCount) elements", got: "\(items.count) elements"))
        }
        var result: [Double] = []
        result.reserveCapacity(items.count)
        for (offset, item) in items.enumerated() {
            guard case let .number(number) = item, number.isFinite, condition(number) else {
                let got = item.shortDescription + ({ if case let .number(n) = item, !n.isFinite { return " (not a finite number)" }; return "" }())
                throw InputError(source: source, path: "\(path)[\(offset)]", problem: .invalid(expected: expected, got: got))
            }
            result.append(number)
        }
        return result
    }
}
