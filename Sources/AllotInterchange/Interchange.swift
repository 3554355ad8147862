import Foundation

/// The one JSON stack every format goes through: strict parsing, Codable to and from `JSONValue`,
/// canonical writing, and errors that name the source and the field.
public enum Interchange {
    /// `value` as a JSON value; a non-finite number is an `EncodingFailure` naming its path.
    public static func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        do { return try JSONValueEncoder.encode(value) } catch let error as EncodingError {
            throw failure(error)
        }
    }

    /// `value` as JSON text (keys sorted, so equal values give identical bytes).
    public static func text<T: Encodable>(_ value: T, pretty: Bool = false) throws -> String {
        try JSONWriter.text(encode(value), pretty: pretty)
    }

    /// Decodes `T` from a parsed value; `source` and `path` locate it in errors.
    public static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue, source: String, path: String = "") throws -> T {
        do {
            return try JSONValueDecoder(value: value, codingPath: []).decode(type)
        } catch let error as DecodingError {
            throw inputError(error, source: source, path: path)
        } catch let error as InputError where error.source == "" {
            throw InputError(source: source, path: join(path, error.path), problem: error.problem)
        }
    }

    /// Parses `data` strictly and decodes `T` from it.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, source: String) throws -> T {
        try decode(type, from: JSONParser.parse(data, source: source), source: source)
    }

    /// A decoding failure as an input error at its field.
    public static func inputError(_ error: DecodingError, source: String, path: String = "") -> InputError {
        switch error {
        case let .typeMismatch(_, context), let .dataCorrupted(context):
            let message = context.debugDescription
            if message.hasPrefix("expected ") {
                return InputError(source: source, path: join(path, render(context.codingPath)), problem: .other(String(message.prefix(1).uppercased() + message.dropFirst()) + "."))
            }
            return InputError(source: source, path: join(path, render(context.codingPath)), problem: .other(message))
        case let .keyNotFound(key, context):
            return InputError(source: source, path: join(path, render(context.codingPath + [key])), problem: .missing(expected: "this field"))
        case let .valueNotFound(_, context):
            return InputError(source: source, path: join(path, render(context.codingPath)), problem: .missing(expected: "a value"))
        @unknown default:
            return InputError(source: source, path: path, problem: .other("\(error)"))
        }
    }

    static func failure(_ error: EncodingError) -> EncodingFailure {
        switch error {
        case let .invalidValue(value, context):
            if let number = value as? Double, !number.isFinite {
                return .nonFinite(path: render(context.codingPath), value: JSONValue.format(number))
            }
            return .unsupported(path: render(context.codingPath), message: context.debugDescription)
        @unknown default:
            return .unsupported(path: "", message: "\(error)")
        }
    }

    /// A coding path as a field path: `statistics.means[3]`.
    public static func render(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if key.stringValue.hasPrefix("[") {
                text += key.stringValue
            } else if let index = key.intValue, key.stringValue == "Index \(index)" {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }

    static func join(_ prefix: String, _ path: String) -> String {
        if prefix.isEmpty { return path }
        if path.isEmpty { return prefix }
        return path.hasPrefix("[") ? prefix + path : "\(prefix).\(path)"
    }
}

/// Validation inside `init(from:)`: a failed check becomes a decoding error at the container's path,
/// which `Interchange.decode` reports as an input error naming the field.
public enum Decoding {
    /// Throws a data-corrupted error at `key` of `container` unless `condition` holds.
    public static func require<Key: CodingKey>(_ condition: Bool, _ container: KeyedDecodingContainer<Key>, _ key: Key,
                                                 _ message: @autoclosure () -> String) throws {
        guard condition else {
            throw DecodingError.dataCorrupted(.init(codingPath: container.codingPath + [key], debugDescription: message()))
        }
    }

    /// Runs a constructor's own validation; an `InputError` it throws becomes a decoding error at the
    /// container's path (its field appended), so a bad parameter in a file names its place in the file.
    public static func validated<Key: CodingKey, T>(_ container: KeyedDecodingContainer<Key>, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as InputError {
            let key = error.path.isEmpty ? [] : [PathKey(error.path)]
            let message: String
            switch error.problem {
            case let .invalid(expected, got): message = "expected \(expected), got \(got)"
            default: message = error.description
            }
            throw DecodingError.dataCorrupted(.init(codingPath: container.codingPath + key, debugDescription: message))
        } catch let error as AllotError {
            throw DecodingError.dataCorrupted(.init(codingPath: container.codingPath + (error.field.map { [PathKey($0)] } ?? []), debugDescription: error.description))
        }
    }

    /// Arrays that must have one entry each for `count` things.
    public static func requireCount<Key: CodingKey>(_ count: Int, of key: Key, in container: KeyedDecodingContainer<Key>, is expected: Int,
                                                      _ what: String) throws {
        try require(count == expected, container, key, "expected \(expected) entries (\(what)), got \(count)")
    }

    /// Every value finite (and, with `atLeast`, not below it).
    public static func requireFinite<Key: CodingKey, S: Sequence>(_ values: S, _ container: KeyedDecodingContainer<Key>, _ key: Key,
                                                                   atLeast minimum: Double? = nil) throws where S.Element: BinaryFloatingPoint {
        for (offset, value) in values.enumerated() {
            let number = Double(value)
            if !number.isFinite || (minimum.map { number < $0 } ?? false) {
                throw DecodingError.dataCorrupted(.init(codingPath: container.codingPath + [key, PathKey("[\(offset)]")],
                                                        debugDescription: "expected a finite number\(minimum.map { " >= \(JSONValue.format($0))" } ?? ""), got \(JSONValue.format(number))"))
            }
        }
    }
}

/// A coding key made from a path fragment ("[3]", "means").
public struct PathKey: CodingKey {
    public var stringValue: String
    public var intValue: Int? { nil }
    public init(_ string: String) { stringValue = string }
    public init?(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) { stringValue = "[\(intValue)]" }
}
