/// A parsed JSON document that keeps numbers, booleans and strings apart, so a reader can say exactly
/// what it was given ("the string \"fast\"") when it expected something else. Objects keep the order
/// their members were written in; equality ignores that order, as JSON does.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// Any JSON number, and the non-standard tokens NaN, Infinity and -Infinity (which Python's
    /// `json.dumps` writes): they parse, so the reader of the field can reject them by name.
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The member named `key` of an object, or nil.
    public func value(for key: String) -> JSONValue? {
        guard case let .object(object) = self else { return nil }
        return object[key]
    }

    /// How the value reads in an error message: `the string "fast"`, `the number -1`, `an object`.
    public var shortDescription: String {
        switch self {
        case .null: return "null"
        case let .bool(value): return "the boolean \(value)"
        case let .number(value): return "the number \(JSONValue.format(value))"
        case let .string(value):
            let shown = value.count > 60 ? String(value.prefix(57)) + "..." : value
            return "the string \"\(shown)\""
        case let .array(elements): return "an array of \(elements.count) element\(elements.count == 1 ? "" : "s")"
        case .object: return "an object"
        }
    }

    /// A number as a person reads it: integral values without a fraction, non-finite ones by name.
    public static func format(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "Infinity" : "-Infinity" }
        return value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// Compact JSON text with keys sorted (used for fingerprints, labels and stable output). Non-finite
    /// numbers, which JSON cannot carry, are written as null here; `JSONWriter` refuses them instead.
    public var canonicalText: String {
        (try? JSONWriter.text(self, nonFinite: .null)) ?? "null"
    }
}

/// The members of a JSON object, in the order they were written, with a lookup table once there are
/// enough of them for a linear search to matter (a request naming 40,000 matrices stays linear).
public struct JSONObject: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Member = (key: String, value: JSONValue)
    public private(set) var members: [Member]
    private var index: [String: Int]?

    /// Objects with more members than this get a lookup table.
    static let indexThreshold = 12

    /// Members in this order; a repeated key keeps its last value (the parser rejects repeats before this).
    public init(_ members: [Member]) {
        self.members = []
        self.members.reserveCapacity(members.count)
        for member in members { self[member.key] = member.value }
    }

    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements.map { (key: $0.0, value: $0.1) })
    }

    /// Appends without checking for a repeated key (the parser has checked).
    init(uniqueMembers: [Member], index: [String: Int]?) {
        members = uniqueMembers
        self.index = index
    }

    public var count: Int { members.count }
    public var keys: [String] { members.map(\.key) }

    public func makeIterator() -> IndexingIterator<[Member]> { members.makeIterator() }

    public subscript(key: String) -> JSONValue? {
        get {
            if let index { return index[key].map { members[$0].value } }
            return members.first { $0.key == key }?.value
        }
        set {
            let position = index.map { $0[key] } ?? members.firstIndex { $0.key == key }
            switch (position, newValue) {
            case let (position?, value?): members[position].value = value
            case let (position?, nil):
                members.remove(at: position)
                rebuildIndex()
            case let (nil, value?):
                members.append((key, value))
                if index != nil { index![key] = members.count - 1 } else if members.count > Self.indexThreshold { rebuildIndex() }
            case (nil, nil): break
            }
        }
    }

    private mutating func rebuildIndex() {
        guard members.count > Self.indexThreshold else { index = nil; return }
        var table = [String: Int](minimumCapacity: members.count)
        for (position, member) in members.enumerated() { table[member.key] = position }
        index = table
    }

    /// Members sorted by key (for canonical output).
    public var sortedMembers: [Member] { members.sorted { $0.key < $1.key } }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return lhs.members.allSatisfy { rhs[$0.key] == $0.value }
    }
}

extension JSONValue: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByNilLiteral {
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(nilLiteral: ()) { self = .null }
}
