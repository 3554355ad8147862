import Foundation
import Testing
import AllotInterchange

/// The strict parser: what RFC 8259 allows parses, everything else is refused with a position.
@Suite("Strict JSON")
struct JSONParserTests {
    func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(text, source: "t") }

    func syntaxError(_ text: String) -> String? {
        do { _ = try parse(text); return nil } catch let error as InputError {
            if case let .syntax(detail) = error.problem { return detail }
            return "not a syntax error: \(error)"
        } catch { return "\(error)" }
    }

    @Test("valid documents parse to the values they spell")
    func validDocuments() throws {
        #expect(try parse(#"{"a": [1, -2.5, 3e2, 0, -0.0], "b": {"c": null, "d": true, "e": false}, "f": "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"}"#)
                == .object(["a": [1, -2.5, 300, 0, 0], "b": .object(["c": .null, "d": true, "e": false]), "f": .string("x\"\\/\u{8}\u{c}\n\r\té😀")]))
        #expect(try parse(" \n 42 \t") == 42)
        #expect(try parse("\u{FEFF}[]") == .array([]))
        #expect(try parse("12345678901234567") == .string("12345678901234567"))   // beyond 2^53 and not a double: kept exact
        #expect(try parse("9007199254740993.5") == .number(9007199254740993.5))
        #expect(try parse("0.1") == .number(0.1))
        #expect(try parse(#""ünï""#) == .string("ünï"))
    }

    @Test("trailing commas, repeated keys, leading zeros and other liberties are refused, with line and column")
    func strictness() {
        #expect(syntaxError("[1, 2,]")?.contains("trailing comma") == true)
        #expect(syntaxError(#"{"a": 1,}"#)?.contains("trailing comma") == true)
        #expect(syntaxError("{\"a\": 1,\n \"a\": 2}") == "line 2, column 2: the key \"a\" appears twice in one object")
        #expect(syntaxError("012")?.contains("leading zero") == true)
        #expect(syntaxError("[1 2]")?.contains("expected ',' or ']'") == true)
        #expect(syntaxError("\"a\tb\"")?.contains("control character") == true)
        #expect(syntaxError(#""\x""#)?.contains("invalid escape") == true)
        #expect(syntaxError(#""\ud800""#)?.contains("lone UTF-16 surrogate") == true)
        #expect(syntaxError("'a'") != nil)
        #expect(syntaxError("") == "line 1, column 1: the document is empty; expected a JSON value")
        #expect(syntaxError("{} {}")?.contains("after the JSON value") == true)
        #expect(syntaxError("1.") != nil)
        #expect(syntaxError("-") != nil)
        #expect(syntaxError("1e") != nil)
        #expect(syntaxError("tru") != nil)
        #expect(syntaxError("[\"abc") != nil)
        #expect(syntaxError("{\"a\" 1}")?.contains("expected ':'") == true)
    }

    @Test("invalid UTF-8 is refused, not replaced")
    func invalidUTF8() {
        var bytes = Array("[\"a".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("\"]".utf8)
        #expect(throws: InputError.self) { try JSONParser.parse(Data(bytes), source: "t") }
    }

    @Test("nesting is bounded: a deep document is an error, never a stack overflow")
    func deepNesting() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(syntaxError(deep)?.contains("nesting deeper than") == true)
        let fine = String(repeating: "[", count: 150) + String(repeating: "]", count: 150)
        #expect(syntaxError(fine) == nil)
    }

    @Test("NaN and the infinities parse, and the reader of the field refuses them by name")
    func nonFiniteTokens() throws {
        let value = try parse(#"{"rewards": [0.5, NaN], "budget": Infinity, "low": -Infinity, "big": 1e999}"#)
        guard case let .array(rewards)? = value.value(for: "rewards"), case let .number(nan) = rewards[1] else { Issue.record("no array"); return }
        #expect(nan.isNaN)
        var reader = FieldReader(source: "stdin", value: value)
        #expect(throws: InputError(source: "stdin", path: "rewards[1]", problem: .invalid(expected: "rewards in [0, 1]", got: "the number NaN (not a finite number)"))) {
            _ = try reader.required("rewards", "").numbers("rewards in [0, 1]")
        }
        #expect(throws: InputError(source: "stdin", path: "budget", problem: .invalid(expected: "an integer", got: "Infinity (not a finite number)"))) {
            _ = try reader.required("budget", "").integer()
        }
        #expect(throws: InputError.self) { _ = try reader.required("big", "").number() }
    }

    @Test("the writer refuses NaN with its path, sorts keys, and round-trips every double")
    func writer() throws {
        #expect(throws: EncodingFailure.nonFinite(path: "a.b[1]", value: "NaN")) {
            _ = try JSONWriter.text(.object(["a": .object(["b": [1, .number(.nan)]])]))
        }
        #expect(try JSONWriter.text(.object(["b": 1, "a": [true, .null, "x\n"]])) == #"{"a":[true,null,"x\n"],"b":1}"#)
        var random = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let x = Double(bitPattern: random.next() & 0x7FEF_FFFF_FFFF_FFFF) * (Bool.random() ? 1 : -1)
            let text = try JSONWriter.text(.number(x))
            #expect(try parse(text) == .number(x), "\(x) wrote \(text)")
        }
        let tricky = "a\"\u{301}b\\\u{1}é"
        #expect(try parse(try JSONWriter.text(.string(tricky))) == .string(tricky))
    }

    struct Sample: Codable, Equatable {
        var seed: UInt64
        var big: Int64
        var weights: [Float]
        var bytes: Data
        var table: [Int: Double]
        var nested: [String: [Double?]]
        var choice: Choice
        enum Choice: Codable, Equatable { case a(x: Double), b }
    }

    @Test("Codable through JSONValue: exact for 64-bit integers, floats and data; errors name the field")
    func codableBridge() throws {
        let sample = Sample(seed: .max, big: -9_007_199_254_740_993, weights: [0.1, 3.4e38, -Float.leastNormalMagnitude / 1_024], bytes: Data([0, 255, 7]),
                            table: [3: 1.5, -1: 2], nested: ["k": [1, nil]], choice: .a(x: 2))
        let text = try Interchange.text(sample)
        let decoded = try Interchange.decode(Sample.self, from: Data(text.utf8), source: "s.json")
        #expect(decoded == sample)
        #expect(decoded.weights.map(\.bitPattern) == sample.weights.map(\.bitPattern))

        var bad = sample
        bad.weights[1] = .nan
        #expect(throws: EncodingFailure.nonFinite(path: "weights[1]", value: "NaN")) { _ = try Interchange.encode(bad) }

        let broken = text.replacingOccurrences(of: #""weights":["#, with: #""weights":["x","#)
        do {
            _ = try Interchange.decode(Sample.self, from: Data(broken.utf8), source: "s.json")
            Issue.record("decoded a string as a float")
        } catch let error as InputError {
            #expect(error.source == "s.json")
            #expect(error.path == "weights[0]")
        }
        let missing = text.replacingOccurrences(of: #""seed":"18446744073709551615","#, with: "")
        #expect(throws: InputError(source: "s.json", path: "seed", problem: .missing(expected: "this field"))) {
            _ = try Interchange.decode(Sample.self, from: Data(missing.utf8), source: "s.json")
        }
    }

    @Test("objects with many members look keys up in constant time and keep their order")
    func largeObjects() throws {
        let members = (0..<40_000).map { (key: "m\($0)", value: JSONValue.number(Double($0))) }
        let text = try JSONWriter.text(.object(JSONObject(members)), sortedKeys: false)
        guard case let .object(object) = try parse(text) else { Issue.record("not an object"); return }
        #expect(object.keys.first == "m0" && object.keys.last == "m39999")
        #expect(object["m31234"] == .number(31234))
        #expect(object["absent"] == nil)
    }
}
