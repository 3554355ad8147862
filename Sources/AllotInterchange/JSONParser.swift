import Foundation

/// A strict JSON parser (RFC 8259) for everything Allot reads: requests on stdin, state files, scenario
/// and space files, stored studies. Unlike Foundation's it rejects trailing commas, repeated keys,
/// leading zeros, control characters and invalid UTF-8, and says where (line and column). It accepts
/// the tokens NaN, Infinity and -Infinity that Python's `json.dumps` writes, as non-finite numbers, so
/// the field that holds one is named in the error instead of a syntax message. Nesting is bounded
/// (`maxDepth`), so no document can exhaust the stack.
public struct JSONParser {
    /// Deepest nesting of arrays and objects accepted.
    public static let maxDepth = 200

    /// Parses `data` as one JSON value; `source` names it in errors ("stdin", a file path).
    public static func parse(_ data: Data, source: String) throws -> JSONValue {
        guard data.count <= Limits.maxDocumentBytes else {
            throw InputError(source: source, path: "", problem: .tooLarge(what: "the document", limit: "\(Limits.maxDocumentBytes) bytes", got: "\(data.count) bytes"))
        }
        return try data.withUnsafeBytes { raw in
            var parser = JSONParser(bytes: raw.bindMemory(to: UInt8.self), source: source)
            return try parser.document()
        }
    }

    /// Parses a string (tests, command-line JSON).
    public static func parse(_ text: String, source: String) throws -> JSONValue {
        try parse(Data(text.utf8), source: source)
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let source: String
    private var position = 0
    private var depth = 0

    private init(bytes: UnsafeBufferPointer<UInt8>, source: String) {
        self.bytes = bytes
        self.source = source
    }

    private mutating func document() throws -> JSONValue {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }   // a UTF-8 byte-order mark
        skipWhitespace()
        guard position < bytes.count else { throw failure("the document is empty; expected a JSON value") }
        let value = try parseValue()
        skipWhitespace()
        guard position == bytes.count else { throw failure("unexpected \(describe(position)) after the JSON value") }
        return value
    }

    // MARK: values

    private mutating func parseValue() throws -> JSONValue {
        guard position < bytes.count else { throw failure("the document ends where a value was expected") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "N"): try expectWord("NaN"); return .number(.nan)
        case UInt8(ascii: "I"): try expectWord("Infinity"); return .number(.infinity)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = position
            let number = try parseNumber()
            return exactness(of: number, from: start)
        default: throw failure("unexpected \(describe(position)); expected a value (object, array, string, number, true, false or null)")
        }
    }

    private mutating func enter() throws {
        depth += 1
        guard depth <= Self.maxDepth else { throw failure("nesting deeper than \(Self.maxDepth) levels") }
    }

    private mutating func parseObject() throws -> JSONValue {
        try enter()
        defer { depth -= 1 }
        position += 1
        var members: [JSONObject.Member] = []
        var seen: Set<String> = []
        skipWhitespace()
        if peek(UInt8(ascii: "}")) { position += 1; return .object(JSONObject(uniqueMembers: [], index: nil)) }
        while true {
            skipWhitespace()
            guard peek(UInt8(ascii: "\"")) else {
                if peek(UInt8(ascii: "}")) { throw failure("a trailing comma before '}'") }
                throw failure("unexpected \(describe(position)); expected a member name in double quotes")
            }
            let keyStart = position
            let key = try parseString()
            guard seen.insert(key).inserted else {
                position = keyStart
                throw failure("the key \"\(key)\" appears twice in one object")
            }
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else { throw failure("unexpected \(describe(position)); expected ':' after the member name \"\(key)\"") }
            position += 1
            skipWhitespace()
            members.append((key, try parseValue()))
            skipWhitespace()
            if peek(UInt8(ascii: ",")) { position += 1; continue }
            if peek(UInt8(ascii: "}")) { position += 1; break }
            throw failure("unexpected \(describe(position)); expected ',' or '}' after the value of \"\(key)\"")
        }
        var index: [String: Int]?
        if members.count > JSONObject.indexThreshold {
            var table = [String: Int](minimumCapacity: members.count)
            for (offset, member) in members.enumerated() { table[member.key] = offset }
            index = table
        }
        return .object(JSONObject(uniqueMembers: members, index: index))
    }

    private mutating func parseArray() throws -> JSONValue {
        try enter()
        defer { depth -= 1 }
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if peek(UInt8(ascii: "]")) { position += 1; return .array([]) }
        while true {
            skipWhitespace()
            if peek(UInt8(ascii: "]")) { throw failure("a trailing comma before ']'") }
            elements.append(try parseValue())
            skipWhitespace()
            if peek(UInt8(ascii: ",")) { position += 1; continue }
            if peek(UInt8(ascii: "]")) { position += 1; break }
            throw failure("unexpected \(describe(position)); expected ',' or ']' in an array")
        }
        return .array(elements)
    }

    // MARK: strings

    private mutating func parseString() throws -> String {
        let start = position
        position += 1
        // Fast path: no escapes.
        var end = position
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            let slice = UnsafeBufferPointer(rebasing: bytes[position..<end])
            guard let text = String(validating: slice, as: UTF8.self) else {
                position = start
                throw failure("a string that is not valid UTF-8")
            }
            position = end + 1
            return text
        }
        var scalars: [UInt8] = Array(bytes[position..<end])
        position = end
        while true {
            guard position < bytes.count else { position = start; throw failure("a string that never ends (missing closing '\"')") }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") { position += 1; break }
            if byte < 0x20 { throw failure("a control character (byte \(byte)) inside a string; write it as an escape such as \\n") }
            if byte != UInt8(ascii: "\\") { scalars.append(byte); position += 1; continue }
            position += 1
            guard position < bytes.count else { throw failure("a string that ends in the middle of an escape") }
            let escape = bytes[position]
            position += 1
            switch escape {
            case UInt8(ascii: "\""): scalars.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): scalars.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "/"): scalars.append(UInt8(ascii: "/"))
            case UInt8(ascii: "b"): scalars.append(0x08)
            case UInt8(ascii: "f"): scalars.append(0x0C)
            case UInt8(ascii: "n"): scalars.append(0x0A)
            case UInt8(ascii: "r"): scalars.append(0x0D)
            case UInt8(ascii: "t"): scalars.append(0x09)
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800...0xDBFF).contains(code) {
                    guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                        throw failure("a lone UTF-16 surrogate \\u\(String(code, radix: 16, uppercase: true)) in a string")
                    }
                    position += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw failure("a UTF-16 surrogate pair with an invalid low half") }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(code) {
                    throw failure("a lone UTF-16 surrogate \\u\(String(code, radix: 16, uppercase: true)) in a string")
                }
                scalars.append(contentsOf: Array(String(Character(Unicode.Scalar(code)!)).utf8))
            default:
                position -= 1
                throw failure("an invalid escape '\\\(Character(Unicode.Scalar(escape)))' in a string")
            }
        }
        guard let text = String(validating: scalars, as: UTF8.self) else {
            position = start
            throw failure("a string that is not valid UTF-8")
        }
        return text
    }

    private mutating func hex4() throws -> UInt32 {
        guard position + 4 <= bytes.count else { throw failure("a \\u escape needs four hexadecimal digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw failure("a \\u escape needs four hexadecimal digits")
            }
            value = value * 16 + digit
            position += 1
        }
        return value
    }

    // MARK: numbers

    private mutating func parseNumber() throws -> Double {
        let start = position
        var negative = false
        if peek(UInt8(ascii: "-")) {
            negative = true
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "I") {
                try expectWord("Infinity")
                return -.infinity
            }
        }
        guard position < bytes.count, isDigit(bytes[position]) else { throw failure("a number needs a digit after '-'") }
        var integer: UInt64 = 0
        var digits = 0
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < bytes.count, isDigit(bytes[position]) {
                position = start
                throw failure("a number with a leading zero")
            }
            digits = 1
        } else {
            while position < bytes.count, isDigit(bytes[position]) {
                if digits < 18 { integer = integer * 10 + UInt64(bytes[position] - UInt8(ascii: "0")) }
                digits += 1
                position += 1
            }
        }
        var simple = digits <= 15
        if peek(UInt8(ascii: ".")) {
            simple = false
            position += 1
            guard position < bytes.count, isDigit(bytes[position]) else { throw failure("a number needs a digit after '.'") }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            simple = false
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard position < bytes.count, isDigit(bytes[position]) else { throw failure("a number needs a digit in its exponent") }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if simple { return negative ? -Double(integer) : Double(integer) }
        // strtod on a terminated copy: correctly rounded, and 1e999 becomes Infinity (rejected by the reader of the field).
        let length = position - start
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: length + 1) { buffer in
            for offset in 0..<length { buffer[offset] = CChar(bitPattern: bytes[start + offset]) }
            buffer[length] = 0
            return strtod(buffer.baseAddress!, nil)
        }
    }

    /// An integer literal that a double cannot hold exactly (a 64-bit seed written by Foundation) is kept
    /// as its decimal digits, the form `JSONValueEncoder` writes such integers in, so it reads back exactly.
    private func exactness(of number: Double, from start: Int) -> JSONValue {
        guard position - start >= 16, abs(number) > 9_007_199_254_740_992 else { return .number(number) }
        var digits = ""
        for offset in start..<position {
            let byte = bytes[offset]
            guard byte == UInt8(ascii: "-") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) else { return .number(number) }
            digits.append(Character(Unicode.Scalar(byte)))
        }
        if let unsigned = UInt64(digits), Double(exactly: unsigned) == nil { return .string(digits) }
        if let signed = Int64(digits), Double(exactly: signed) == nil { return .string(digits) }
        return .number(number)
    }

    // MARK: helpers

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private func peek(_ byte: UInt8) -> Bool { position < bytes.count && bytes[position] == byte }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    private mutating func expectWord(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        let start = position
        guard position + count <= bytes.count else { throw failure("unexpected \(describe(start)); expected \(word)") }
        for offset in 0..<count where bytes[position + offset] != word.utf8Start[offset] {
            throw failure("unexpected \(describe(start)); expected a value")
        }
        position += count
    }

    /// The byte at `offset` as a person reads it.
    private func describe(_ offset: Int) -> String {
        guard offset < bytes.count else { return "end of input" }
        let byte = bytes[offset]
        if byte >= 0x21, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    /// A syntax error at the current position, with its line and column (1-based, in bytes).
    private func failure(_ message: String) -> InputError {
        var line = 1, column = 1
        for offset in 0..<min(position, bytes.count) {
            if bytes[offset] == 0x0A { line += 1; column = 1 } else { column += 1 }
        }
        return InputError(source: source, path: "", problem: .syntax("line \(line), column \(column): \(message)"))
    }
}
