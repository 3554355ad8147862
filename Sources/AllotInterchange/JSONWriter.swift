/// Writes JSON text: keys sorted (stable output, byte-identical for identical values) or in their
/// order, compact or indented. Numbers that are whole and below 2^53 are written without a fraction;
/// others in the shortest form that reads back to the same double. JSON has no NaN or infinity: by
/// default a non-finite number is an error naming its path, so a bad value never reaches a file.
public enum JSONWriter {
    public enum NonFinite: Sendable {
        /// Throw `EncodingFailure.nonFinite` with the value's path.
        case error
        /// Write null (only for text meant for people or hashes).
        case null
    }

    public static func text(_ value: JSONValue, sortedKeys: Bool = true, pretty: Bool = false, nonFinite: NonFinite = .error) throws -> String {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        var path: [PathComponent] = []
        try write(value, into: &output, sortedKeys: sortedKeys, indent: pretty ? 0 : nil, nonFinite: nonFinite, path: &path)
        return String(decoding: output, as: UTF8.self)
    }

    /// Where the writer is, kept as components and spelled out only for an error (an interpolated string per
    /// element made large arrays ten times slower to write).
    private enum PathComponent {
        case key(String)
        case index(Int)
    }

    private static func spelled(_ path: [PathComponent]) -> String {
        var text = ""
        for component in path {
            switch component {
            case let .key(key): text += text.isEmpty ? key : ".\(key)"
            case let .index(index): text += "[\(index)]"
            }
        }
        return text.isEmpty ? "(the whole value)" : text
    }

    /// Writes a whole number's decimal digits without making a String.
    private static func writeInteger(_ value: Int64, into output: inout [UInt8]) {
        if value == 0 { output.append(UInt8(ascii: "0")); return }
        if value < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes of scratch: enough for 2^63's 19 digits
        var count = 0
        withUnsafeMutableBytes(of: &digits) { scratch in
            while magnitude > 0 {
                scratch[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            for position in stride(from: count - 1, through: 0, by: -1) { output.append(scratch[position]) }
        }
    }

    private static func write(_ value: JSONValue, into output: inout [UInt8], sortedKeys: Bool, indent: Int?, nonFinite: NonFinite,
                              path: inout [PathComponent]) throws {
        switch value {
        case .null: output += "null".utf8
        case let .bool(flag): output += (flag ? "true" : "false").utf8
        case let .number(number):
            if number.isFinite {
                if number.rounded() == number && abs(number) < 9_007_199_254_740_992 {
                    writeInteger(Int64(number), into: &output)
                } else {
                    output += String(number).utf8
                }
            } else if nonFinite == .null {
                output += "null".utf8
            } else {
                throw EncodingFailure.nonFinite(path: spelled(path), value: JSONValue.format(number))
            }
        case let .string(text): writeString(text, into: &output)
        case let .array(elements):
            if elements.isEmpty { output += "[]".utf8; return }
            output.append(UInt8(ascii: "["))
            for (offset, element) in elements.enumerated() {
                if offset > 0 { output.append(UInt8(ascii: ",")) }
                newline(&output, indent.map { $0 + 2 })
                path.append(.index(offset))
                try write(element, into: &output, sortedKeys: sortedKeys, indent: indent.map { $0 + 2 }, nonFinite: nonFinite, path: &path)
                path.removeLast()
            }
            newline(&output, indent)
            output.append(UInt8(ascii: "]"))
        case let .object(object):
            if object.count == 0 { output += "{}".utf8; return }
            output.append(UInt8(ascii: "{"))
            for (offset, member) in (sortedKeys ? object.sortedMembers : object.members).enumerated() {
                if offset > 0 { output.append(UInt8(ascii: ",")) }
                newline(&output, indent.map { $0 + 2 })
                writeString(member.key, into: &output)
                output += (indent == nil ? ":" : ": ").utf8
                path.append(.key(member.key))
                try write(member.value, into: &output, sortedKeys: sortedKeys, indent: indent.map { $0 + 2 }, nonFinite: nonFinite, path: &path)
                path.removeLast()
            }
            newline(&output, indent)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(_ output: inout [UInt8], _ indent: Int?) {
        guard let indent else { return }
        output.append(0x0A)
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
    }

    static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output += "\\\"".utf8
            case UInt8(ascii: "\\"): output += "\\\\".utf8
            case 0x0A: output += "\\n".utf8
            case 0x0D: output += "\\r".utf8
            case 0x09: output += "\\t".utf8
            case 0..<0x20:
                let hex = String(byte, radix: 16)
                output += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}

/// A value could not be written as JSON.
public enum EncodingFailure: AllotError, Equatable {
    /// NaN or an infinity at `path`: JSON cannot carry it, and writing null would silently change the file.
    case nonFinite(path: String, value: String)
    /// Something Codable could not be represented.
    case unsupported(path: String, message: String)

    public var exitClass: ExitClass { .failure }
    public var field: String? {
        switch self {
        case let .nonFinite(path, _), let .unsupported(path, _): return path
        }
    }

    public var description: String {
        switch self {
        case let .nonFinite(path, value):
            return "cannot write \(value) at \(path): JSON has no NaN or infinity, and nothing was written. A computation produced a non-finite value from the inputs."
        case let .unsupported(path, message): return "cannot write \(path) as JSON: \(message)"
        }
    }
}
