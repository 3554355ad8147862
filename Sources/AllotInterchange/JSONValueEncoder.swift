import Foundation

/// Encodes `Encodable` types to a `JSONValue` (the other half of `JSONValueDecoder`). A non-finite
/// Double or Float is an error naming its path; integers beyond 2^53 are written as decimal strings,
/// so they read back exactly; `Data` is base64.
final class JSONValueEncoder: Encoder {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    fileprivate let node: Node

    fileprivate init(node: Node, codingPath: [any CodingKey]) {
        self.node = node
        self.codingPath = codingPath
    }

    static func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let node = Node()
        try JSONValueEncoder(node: node, codingPath: []).encodeAny(value)
        return node.value
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.becomeObject()
        return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.becomeArray()
        return UnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(encoder: self) }

    fileprivate func encodeAny<T: Encodable>(_ value: T) throws {
        switch value {
        case let json as JSONValue: node.set(json)
        case let data as Data: node.set(.string(data.base64EncodedString()))
        case let number as Double: node.set(try Self.number(number, codingPath))
        case let number as Float: node.set(try Self.number(Double(number), codingPath))
        // Arrays of numbers (a policy's per-arm statistics) skip a container and a node per element.
        case let numbers as [Double]:
            if let bad = numbers.firstIndex(where: { !$0.isFinite }) { _ = try Self.number(numbers[bad], codingPath + [IndexKey(bad)]) }
            node.set(.array(numbers.map { .number($0) }))
        case let numbers as [Int]: node.set(.array(numbers.map(Self.integer)))
        default: try value.encode(to: self)
        }
    }

    fileprivate static func number(_ value: Double, _ path: [any CodingKey]) throws -> JSONValue {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: path, debugDescription: "JSON has no \(JSONValue.format(value))"))
        }
        return .number(value)
    }

    fileprivate static func integer<I: FixedWidthInteger>(_ value: I) -> JSONValue {
        let magnitude = value.magnitude
        return magnitude <= 9_007_199_254_740_992 ? .number(Double(value)) : .string(String(value))
    }
}

/// A value under construction: containers write into it by reference (appends are amortised O(1)).
fileprivate final class Node {
    enum Kind { case unset, value, object, array }
    var kind = Kind.unset
    var scalar: JSONValue = .null
    var keys: [String] = []
    var children: [Node] = []
    /// Member position by key, for the rare `encode` of a key twice (Codable allows overwriting).
    var positions: [String: Int] = [:]

    func set(_ value: JSONValue) {
        kind = .value
        scalar = value
    }

    func becomeObject() { if kind != .object { kind = .object; keys = []; children = []; positions = [:] } }
    func becomeArray() { if kind != .array { kind = .array; children = [] } }

    func member(_ key: String) -> Node {
        precondition(kind == .object, "not an object")
        if let position = positions[key] { return children[position] }
        let child = Node()
        positions[key] = children.count
        keys.append(key)
        children.append(child)
        return child
    }

    func appendElement() -> Node {
        precondition(kind == .array, "not an array")
        let child = Node()
        children.append(child)
        return child
    }

    var elementCount: Int { kind == .array ? children.count : 0 }

    var value: JSONValue {
        switch kind {
        case .unset: return .object(JSONObject([]))
        case .value: return scalar
        case .object: return .object(JSONObject(zip(keys, children).map { (key: $0, value: $1.value) }))
        case .array: return .array(children.map(\.value))
        }
    }
}

private struct IndexKey: CodingKey {
    var stringValue: String { "[\(intValue!)]" }
    var intValue: Int?
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: Node
    let codingPath: [any CodingKey]

    private func child(_ key: Key) -> JSONValueEncoder {
        JSONValueEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key])
    }

    mutating func encodeNil(forKey key: Key) throws { node.member(key.stringValue).set(.null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { node.member(key.stringValue).set(.bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) throws { node.member(key.stringValue).set(.string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { node.member(key.stringValue).set(try JSONValueEncoder.number(value, codingPath + [key])) }
    mutating func encode(_ value: Float, forKey key: Key) throws { node.member(key.stringValue).set(try JSONValueEncoder.number(Double(value), codingPath + [key])) }
    mutating func encode(_ value: Int, forKey key: Key) throws { node.member(key.stringValue).set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { node.member(key.stringValue).set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { node.member(key.stringValue).set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { node.member(key.stringValue).set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { node.member(key.stringValue).set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { node.member(key.stringValue).set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { node.member(key.stringValue).set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { node.member(key.stringValue).set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { node.member(key.stringValue).set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { node.member(key.stringValue).set(JSONValueEncoder.integer(value)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try child(key).encodeAny(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        child(key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { child(key).unkeyedContainer() }

    mutating func superEncoder() -> any Encoder { JSONValueEncoder(node: node.member("super"), codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { child(key) }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: Node
    let codingPath: [any CodingKey]
    var count: Int { node.elementCount }

    private func next() -> JSONValueEncoder {
        let index = node.elementCount
        return JSONValueEncoder(node: node.appendElement(), codingPath: codingPath + [IndexKey(index)])
    }

    mutating func encodeNil() throws { node.appendElement().set(.null) }
    mutating func encode(_ value: Bool) throws { node.appendElement().set(.bool(value)) }
    mutating func encode(_ value: String) throws { node.appendElement().set(.string(value)) }
    mutating func encode(_ value: Double) throws {
        let path = codingPath + [IndexKey(count)]
        node.appendElement().set(try JSONValueEncoder.number(value, path))
    }
    mutating func encode(_ value: Float) throws { try encode(Double(value)) }
    mutating func encode(_ value: Int) throws { node.appendElement().set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: Int8) throws { node.appendElement().set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: Int16) throws { node.appendElement().set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: Int32) throws { node.appendElement().set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: Int64) throws { node.appendElement().set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: UInt) throws { node.appendElement().set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: UInt8) throws { node.appendElement().set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: UInt16) throws { node.appendElement().set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: UInt32) throws { node.appendElement().set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: UInt64) throws { node.appendElement().set(JSONValueEncoder.integer(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { try next().encodeAny(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        next().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { next().unkeyedContainer() }

    mutating func superEncoder() -> any Encoder { next() }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let encoder: JSONValueEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.node.set(.null) }
    mutating func encode(_ value: Bool) throws { encoder.node.set(.bool(value)) }
    mutating func encode(_ value: String) throws { encoder.node.set(.string(value)) }
    mutating func encode(_ value: Double) throws { encoder.node.set(try JSONValueEncoder.number(value, codingPath)) }
    mutating func encode(_ value: Float) throws { encoder.node.set(try JSONValueEncoder.number(Double(value), codingPath)) }
    mutating func encode(_ value: Int) throws { encoder.node.set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: Int8) throws { encoder.node.set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: Int16) throws { encoder.node.set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: Int32) throws { encoder.node.set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: Int64) throws { encoder.node.set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: UInt) throws { encoder.node.set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: UInt8) throws { encoder.node.set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: UInt16) throws { encoder.node.set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: UInt32) throws { encoder.node.set(JSONValueEncoder.integer(value)) }
    mutating func encode(_ value: UInt64) throws { encoder.node.set(JSONValueEncoder.integer(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.encodeAny(value) }
}
