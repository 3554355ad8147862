/// One parameter a component accepts (a policy, an allocator, a scheduler, an environment kind): its
/// name, type, default and meaning. The default is stated here once; listings (`allot policies`),
/// readers (scenario files, CLI options, JSON-RPC) and reports all take it from here.
public struct ParameterSpec: Sendable {
    public enum Kind: Sendable, Equatable {
        case number
        case integer
        case choice([String])
        case numbers
        case text
        case bool
        case object
    }

    public var name: String
    public var kind: Kind
    /// The default, or nil when the parameter is required or derived (see `defaultNote`).
    public var defaultValue: JSONValue?
    /// How a missing value is filled when there is no fixed default ("from the horizon"), or "required".
    public var defaultNote: String?
    public var help: String
    /// Bounds of a number or integer; above the upper one is a limit (exit 2 naming it), never an attempt.
    public var range: ClosedRange<Double>?

    public init(_ name: String, _ kind: Kind, default defaultValue: JSONValue? = nil, note: String? = nil, range: ClosedRange<Double>? = nil, help: String) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.defaultNote = note
        self.range = range
        self.help = help
    }

    /// The default as shown in listings.
    public var defaultText: String {
        if let defaultValue {
            if case let .string(text) = defaultValue { return text }
            return defaultValue.canonicalText
        }
        return defaultNote ?? "required"
    }

    /// The type as shown in listings.
    public var typeText: String {
        switch kind {
        case .number: return "number"
        case .integer: return "integer"
        case let .choice(choices): return choices.joined(separator: "|")
        case .numbers: return "array of numbers"
        case .text: return "string"
        case .bool: return "boolean"
        case .object: return "object"
        }
    }

    /// Checks the type of `reader`'s value against this spec.
    public func check(_ reader: FieldReader) throws -> JSONValue {
        switch kind {
        case .number, .integer:
            let value = kind == .number ? try reader.number() : Double(try reader.integer())
            if let range {
                let shown = "\(JSONValue.format(range.lowerBound))...\(JSONValue.format(range.upperBound))"
                if value > range.upperBound { throw reader.error(.tooLarge(what: "'\(name)'", limit: JSONValue.format(range.upperBound), got: JSONValue.format(value))) }
                guard value >= range.lowerBound else { throw reader.invalid("\(kind == .integer ? "an integer" : "a number") in \(shown)") }
            }
            return .number(value)
        case let .choice(choices): return .string(try reader.choice(choices, kind: "value for '\(name)'"))
        case .numbers: return .array(try reader.numbers("finite numbers").map(JSONValue.number))
        case .text: return .string(try reader.string())
        case .bool: return .bool(try reader.bool())
        case .object: try reader.requireObject(); return reader.value
        }
    }
}

/// Parameter values after defaults are applied, by name.
public struct ResolvedParameters: Sendable, Equatable, Codable {
    public var values: [String: JSONValue]

    public init(_ values: [String: JSONValue] = [:]) { self.values = values }

    /// Reads `parameters` (an object, or nil for all defaults) against `specs`: type-checks each value,
    /// rejects unknown names (with the closest valid one), fills defaults.
    public static func read(_ parameters: FieldReader?, specs: [ParameterSpec], owner: String) throws -> ResolvedParameters {
        var resolved: [String: JSONValue] = [:]
        for spec in specs { if let value = spec.defaultValue { resolved[spec.name] = value } }
        guard let parameters else { return ResolvedParameters(resolved) }
        let names = specs.map(\.name)
        for (key, child) in try parameters.members() {
            guard let spec = specs.first(where: { $0.name == key }) else {
                throw child.error(.unknownName(kind: "parameter of \(owner)", got: key, valid: names))
            }
            resolved[key] = try spec.check(child)
        }
        return ResolvedParameters(resolved)
    }

    public func number(_ name: String) -> Double? {
        if case let .number(value) = values[name] { return value }
        return nil
    }

    public func integer(_ name: String) -> Int? {
        guard let value = number(name), value.rounded() == value, abs(value) <= 9_007_199_254_740_992 else { return nil }
        return Int(value)
    }

    public func string(_ name: String) -> String? {
        if case let .string(value) = values[name] { return value }
        return nil
    }

    public func bool(_ name: String) -> Bool? {
        if case let .bool(value) = values[name] { return value }
        return nil
    }

    /// The values as a JSON object, keys sorted.
    public var json: JSONValue { .object(JSONObject(values.keys.sorted().map { (key: $0, value: values[$0]!) })) }

    /// "exploration=1, window=500", sorted by name.
    public var summary: String {
        values.keys.sorted().map { key in
            if case let .string(text) = values[key]! { return "\(key)=\(text)" }
            return "\(key)=\(values[key]!.canonicalText)"
        }.joined(separator: ", ")
    }
}
