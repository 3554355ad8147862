import Allot
import Foundation

/// One object a client holds: a bandit policy, a rollout allocator, a rank allocator or a study.
enum ServiceObject {
    case policy(PolicyObject)
    case rollouts(RolloutObject)
    case ranks(RankObject)
    case study(StudyObject)

    /// The method prefix that addresses it ("policy" for `policy.select`).
    var kind: String {
        switch self {
        case .policy: return "policy"
        case .rollouts: return "rollouts"
        case .ranks: return "ranks"
        case .study: return "study"
        }
    }

    /// What `create` answers besides the handle: the resolved configuration.
    var description: JSONObject {
        switch self {
        case let .policy(object): return object.description
        case let .rollouts(object): return object.description
        case let .ranks(object): return object.description
        case let .study(object): return object.description
        }
    }

    /// Writes the object's file, if it has one (atomically; nothing happens without a path).
    func save() throws {
        switch self {
        case let .policy(object): try object.save()
        case let .rollouts(object): try object.save()
        case let .ranks(object): try object.save()
        case .study: break   // every study operation is already durable in its storage
        }
    }

    /// Runs one method; the object changes only if the method succeeds.
    mutating func call(_ verb: String, _ params: FieldReader) throws -> JSONValue {
        switch self {
        case var .policy(object):
            defer { self = .policy(object) }
            return try object.call(verb, params)
        case var .rollouts(object):
            defer { self = .rollouts(object) }
            return try object.call(verb, params)
        case var .ranks(object):
            defer { self = .ranks(object) }
            return try object.call(verb, params)
        case var .study(object):
            defer { self = .study(object) }
            return try object.call(verb, params)
        }
    }
}

/// Saving a document to the path an object was created with.
enum ObjectFile {
    /// Reads the optional `path` member: where the object is saved on `save`, `close` and shutdown.
    static func path(_ params: inout FieldReader) throws -> String? {
        guard let reader = try params.optional("path") else { return nil }
        let path = try reader.string()
        guard !path.isEmpty, !path.contains("\0") else { throw reader.invalid("a file path") }
        return path
    }

    static func write(_ document: JSONValue, to path: String?) throws {
        guard let path else { return }
        try AtomicFile.write(try JSONWriter.text(document) + "\n", to: path)
    }

    /// The document at `path` if the file exists.
    static func read(_ path: String?) throws -> (JSONValue, String)? {
        guard let path, FileManager.default.fileExists(atPath: path) else { return nil }
        let (data, source) = try InputFile.read(path)
        return (try JSONParser.parse(data, source: source), source)
    }
}
