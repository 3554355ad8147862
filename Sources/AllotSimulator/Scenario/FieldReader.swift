/// Reads one JSON value of a scenario file while remembering where it is, so every error names the file
/// and the field path. Objects are read field by field; `finish()` rejects fields nobody asked for, so a
/// typo such as "horizn" is an error instead of a silently ignored setting.
public struct FieldReader {
    public let file: String
    public let path: String
    public let value: JSONValue
    private var consumed: Set<String> = []

    public init(file: String, path: String = "", value: JSONValue) {
        self.file = file
        self.path = path
        self.value = value
    }

    /// An error at this reader's path.
    public func error(_ problem: ScenarioError.Problem) -> ScenarioError {
        ScenarioError(file: file, path: path, problem: problem)
    }

    /// An error saying this value should have been `expected`.
    public func invalid(_ expected: String) -> ScenarioError {
        error(.invalid(expected: expected, got: value.shortDescription))
    }

    func childPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    // MARK: objects

    /// Fails unless the value is an object.
    public func requireObject() throws {
        guard case .object = value else { throw invalid("an object") }
    }

    /// The member `key`, or nil when absent (or null).
    public mutating func optional(_ key: String) throws -> FieldReader? {
        try requireObject()
        consumed.insert(key)
        guard let member = value.value(for: key), member != .null else { return nil }
        return FieldReader(file: file, path: childPath(key), value: member)
    }

    /// The member `key`; `expected` describes it in the error when it is absent.
    public mutating func required(_ key: String, _ expected: String) throws -> FieldReader {
        guard let member = try optional(key) else {
            throw ScenarioError(file: file, path: childPath(key), problem: .missing(expected: expected))
        }
        return member
    }

    /// Every member key of the object, sorted.
    public var keys: [String] {
        guard case let .object(members) = value else { return [] }
        return members.map(\.key)
    }

    /// Rejects members that were never read, naming the ones that are allowed.
    public func finish(allowed: [String]? = nil) throws {
        guard case let .object(members) = value else { return }
        for member in members where !consumed.contains(member.key) {
            throw ScenarioError(file: file, path: childPath(member.key),
                                problem: .unknownName(kind: "field", got: member.key, valid: (allowed ?? consumed.sorted())))
        }
    }

    // MARK: scalars

    public func string() throws -> String {
        guard case let .string(text) = value else { throw invalid("a string") }
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

    /// A finite number satisfying `condition`, described by `expected` ("a number > 0").
    public func number(_ expected: String = "a finite number", _ condition: (Double) -> Bool = { _ in true }) throws -> Double {
        guard case let .number(number) = value, number.isFinite, condition(number) else { throw invalid(expected) }
        return number
    }

    /// A whole number satisfying `condition`.
    public func integer(_ expected: String = "an integer", _ condition: (Int) -> Bool = { _ in true }) throws -> Int {
        guard case let .number(number) = value, number.rounded() == number, abs(number) < 9e15, condition(Int(number)) else {
            throw invalid(expected)
        }
        return Int(number)
    }

    /// A non-negative whole number that fits a 64-bit seed.
    public func seed() throws -> UInt64 {
        guard case let .number(number) = value, number.rounded() == number, number >= 0, number < 9.007e15 else {
            throw invalid("an integer in 0...2^53 (a seed)")
        }
        return UInt64(number)
    }

    // MARK: arrays

    /// The elements of an array, each with its own path (`means[3]`).
    public func elements(_ expected: String = "an array") throws -> [FieldReader] {
        guard case let .array(items) = value else { throw invalid(expected) }
        return items.enumerated().map { FieldReader(file: file, path: "\(path)[\($0.offset)]", value: $0.element) }
    }

    /// An array of finite numbers each satisfying `condition`; `count` fixes the length when given.
    public func numbers(_ expected: String, count: Int? = nil, _ condition: (Double) -> Bool = { _ in true }) throws -> [Double] {
        let items = try elements("an array of \(expected)")
        if let count, items.count != count {
            throw invalid("an array of \(count) \(expected)")
        }
        return try items.map { try $0.number(expected, condition) }
    }
}
