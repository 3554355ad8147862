import Allot
import Foundation

/// The objects a client holds by handle, and the JSON-RPC 2.0 methods that act on them: what `allot
/// serve` speaks over stdin/stdout (one message per line) and the in-process library (`liballot`) over
/// a C call. One request in, one response out; a batch (an array) gets an array. A bad request is an
/// error object for that request only: it never ends the service or touches another object.
///
/// Not thread-safe: one caller at a time (the serve loop; the C entry point takes a lock).
public final class Service {
    /// Bumped when a method's parameters or answer change incompatibly; clients check it in `hello`.
    public static let protocolVersion = 1

    var objects: [Int: ServiceObject] = [:]
    private var nextHandle = 1
    /// Set by the `shutdown` method: the transport stops reading.
    public private(set) var isShutDown = false

    public init() {}

    /// The response line for one request line (nil for a notification, which gets none).
    public func respond(to line: String) -> String? {
        let request: JSONValue
        do {
            request = try JSONParser.parse(line, source: "request")
        } catch {
            return Self.text(Self.errorResponse(id: .null, RPCError(code: RPCError.parseError, message: "\(error)")))
        }
        if case let .array(batch) = request {
            guard !batch.isEmpty else {
                return Self.text(Self.errorResponse(id: .null, RPCError(code: RPCError.invalidRequest, message: "an empty batch")))
            }
            let responses = batch.compactMap(respond)
            return responses.isEmpty ? nil : Self.text(.array(responses))
        }
        return respond(request).map(Self.text)
    }

    /// The response to one request object (nil for a notification).
    public func respond(_ request: JSONValue) -> JSONValue? {
        guard case let .object(members) = request else {
            return Self.errorResponse(id: .null, RPCError(code: RPCError.invalidRequest, message: "a request is an object with \"jsonrpc\": \"2.0\", \"method\" and \"id\""))
        }
        let id = members["id"]
        if let id, !Self.isValidID(id) {
            return Self.errorResponse(id: .null, RPCError(code: RPCError.invalidRequest, message: "\"id\" must be a string, a number or null"))
        }
        guard members["jsonrpc"] == .string("2.0") else {
            return Self.errorResponse(id: id ?? .null, RPCError(code: RPCError.invalidRequest, message: "\"jsonrpc\" must be \"2.0\""))
        }
        guard case let .string(method)? = members["method"] else {
            return Self.errorResponse(id: id ?? .null, RPCError(code: RPCError.invalidRequest, message: "\"method\" must be a string"))
        }
        if let stray = members.keys.first(where: { !["jsonrpc", "method", "params", "id"].contains($0) }) {
            return Self.errorResponse(id: id ?? .null, RPCError(code: RPCError.invalidRequest, message: "unknown member \"\(stray)\" in a request"))
        }
        let params = FieldReader(source: method, value: members["params"] ?? .object([:]))
        do {
            let result = try call(method, params)
            guard let id else { return nil }
            return .object(["jsonrpc": "2.0", "id": id, "result": result])
        } catch {
            guard let id else { return nil }
            return Self.errorResponse(id: id, RPCError(error))
        }
    }

    /// Saves every object that has a file and forgets them all (EOF, SIGTERM, `shutdown`). Returns what
    /// could not be saved.
    public func shutdown() -> [String] {
        var failures: [String] = []
        for handle in objects.keys.sorted() {
            do { try objects[handle]!.save() } catch { failures.append("handle \(handle): \(error)") }
        }
        objects.removeAll()
        return failures
    }

    // MARK: methods

    /// Every method, for `hello` and for "did you mean".
    static let methods = ["hello", "close", "save", "shutdown"] + PolicyObject.methods + RolloutObject.methods + RankObject.methods + StudyObject.methods

    func call(_ method: String, _ params: FieldReader) throws -> JSONValue {
        try params.requireObject()
        switch method {
        case "hello":
            try params.finish(allowed: [])
            return .object(["protocol": .number(Double(Self.protocolVersion)), "service": "allot", "methods": .array(Self.methods.map(JSONValue.string))])
        case "close":
            let handle = try self.handle(params, allowed: ["handle"])
            defer { objects[handle] = nil }
            try objects[handle]!.save()
            return .object(["closed": .number(Double(handle))])
        case "save":
            let handle = try self.handle(params, allowed: ["handle"])
            try objects[handle]!.save()
            return .object(["saved": .number(Double(handle))])
        case "shutdown":
            try params.finish(allowed: [])
            let failures = shutdown()
            isShutDown = true
            guard failures.isEmpty else { throw RuntimeFailure("could not save: " + failures.joined(separator: "; ")) }
            return .object(["shutdown": true])
        case "policy.create", "policy.restore":
            return try add(.policy(try PolicyObject.create(method, params)))
        case "rollouts.create", "rollouts.restore":
            return try add(.rollouts(try RolloutObject.create(method, params)))
        case "ranks.create", "ranks.restore":
            let object = try RankObject.create(method, params)
            return try add(.ranks(object), extra: object.answer(step: nil, points: []))
        case "study.create":
            return try add(.study(try StudyObject.create(params)))
        default:
            guard let dot = method.firstIndex(of: "."), Self.methods.contains(method) else {
                let hint = InputError.closest(to: method, in: Self.methods).map { " Did you mean \"\($0)\"?" } ?? ""
                throw RPCError(code: RPCError.methodNotFound, message: "unknown method \"\(method)\".\(hint) Methods: \(Self.methods.joined(separator: ", ")).", path: "method")
            }
            let kind = String(method[..<dot]), verb = String(method[method.index(after: dot)...])
            var reader = params
            let handle = try self.handle(reader, allowed: nil)
            _ = try reader.optional("handle")
            guard objects[handle]!.kind == kind else {
                throw InputError(source: method, path: "handle", problem: .invalid(expected: "the handle of a \(kind) object", got: "the handle of a \(objects[handle]!.kind) object"))
            }
            return try objects[handle]!.call(verb, reader)
        }
    }

    /// The live object a request names by `handle`.
    private func handle(_ params: FieldReader, allowed: [String]?) throws -> Int {
        var params = params
        let reader = try params.required("handle", "the handle an earlier create returned")
        let handle = try reader.integer(in: 1...Int(Int32.max), "a handle")
        if let allowed { try params.finish(allowed: allowed) }
        guard objects[handle] != nil else { throw reader.error(.other("no object has handle \(handle) (closed, or never created)")) }
        return handle
    }

    private func add(_ object: ServiceObject, extra: JSONValue? = nil) throws -> JSONValue {
        _ = try Limits.check(objects.count + 1, atMost: Self.maxObjects, "the number of open objects", source: "service", path: "handle")
        let handle = nextHandle
        nextHandle += 1
        objects[handle] = object
        var result: JSONObject = ["handle": .number(Double(handle))]
        for member in object.description { result[member.key] = member.value }
        if case let .object(more)? = extra { for member in more { result[member.key] = member.value } }
        return .object(result)
    }

    /// Open objects at once, at most (each holds at most what its limits allow).
    static let maxObjects = 100_000

    // MARK: the wire

    static func isValidID(_ id: JSONValue) -> Bool {
        switch id {
        case .string, .null: return true
        case let .number(value): return value.isFinite
        default: return false
        }
    }

    static func errorResponse(id: JSONValue, _ error: RPCError) -> JSONValue {
        .object(["jsonrpc": "2.0", "id": id, "error": error.json])
    }

    /// The line for a response; an answer JSON cannot carry (a non-finite number) becomes an error for
    /// the same request.
    static func text(_ value: JSONValue) -> String {
        if let text = try? JSONWriter.text(value, sortedKeys: false) { return text }
        let id = value.value(for: "id") ?? .null
        let error = RPCError(code: -32603, message: "the answer held a number JSON cannot carry (NaN or infinity)", exitClass: .failure)
        return (try? JSONWriter.text(errorResponse(id: id, error), sortedKeys: false)) ?? #"{"jsonrpc":"2.0","id":null,"error":{"code":-32603,"message":"internal error"}}"#
    }
}
