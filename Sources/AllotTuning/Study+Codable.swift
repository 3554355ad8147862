import Allot

/// A study as a document (format `allot-study`, version 2): `{"format", "version", "definition",
/// "events": [...]}`. Decoding replays the journal. A snapshot written by release 583d2df (the whole
/// study's private state) cannot be continued this way: store such studies in SQLite, where their
/// log migrates (docs/formats.md).
extension Study: Codable {
    public static let format = "allot-study"
    public static let version = 2

    public var json: JSONValue {
        .object(["format": .string(Self.format), "version": .number(Double(Self.version)), "definition": definition.json,
                 "events": .array(events.map { $0.json(space: space) })])
    }

    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }

    public init(from decoder: any Decoder) throws {
        let value = try JSONValue(from: decoder)
        do { self = try Study.read(FieldReader(source: "study", value: value)) } catch let error as InputError {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath + (error.path.isEmpty ? [] : [PathKey(error.path)]), debugDescription: error.description))
        }
    }

    /// Reads a study document, replaying its journal.
    public static func read(_ reader: FieldReader) throws -> Study {
        var root = reader
        if root.keys.contains("schedule") && root.keys.contains("sampler") {
            throw root.error(.other("a study snapshot written by release 583d2df; only its SQLite storage can be migrated (docs/formats.md)"))
        }
        let formatReader = try root.required("format", "\"\(format)\"")
        guard try formatReader.string() == format else { throw formatReader.invalid("\"\(format)\"") }
        guard try root.required("version", "the format version").integer() == version else {
            throw root.error(.invalid(expected: "version \(version)", got: "another version"))
        }
        let definition = try StudyDefinition.read(try root.required("definition", "the study's definition"))
        let entries = try root.required("events", "the journal").elements()
        try root.finish(allowed: ["format", "version", "definition", "events"])
        return try Study(definition, replaying: entries.count, source: reader.source) { offset, space in try StudyEvent.read(entries[offset], space: space) }
    }
}
