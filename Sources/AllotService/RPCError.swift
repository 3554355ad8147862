import Allot

/// A JSON-RPC 2.0 error object carrying what the CLI would say: the message (with the field path) and
/// the exit class the same failure has on the command line (2 bad input, 1 runtime failure).
public struct RPCError: Error, Sendable, Equatable {
    public var code: Int
    public var message: String
    public var exitClass: ExitClass
    public var source: String?
    public var path: String?

    public static let parseError = -32700
    public static let invalidRequest = -32600
    public static let methodNotFound = -32601
    public static let invalidParams = -32602
    /// A runtime failure (a file that cannot be written): the request was valid.
    public static let runtimeFailure = -32000

    public init(code: Int, message: String, exitClass: ExitClass = .badInput, source: String? = nil, path: String? = nil) {
        self.code = code
        self.message = message
        self.exitClass = exitClass
        self.source = source
        self.path = path
    }

    /// The error object for any error a method threw.
    public init(_ error: any Error) {
        switch error {
        case let error as RPCError:
            self = error
        case let error as InputError:
            self.init(code: Self.invalidParams, message: error.description, source: error.source, path: error.path.isEmpty ? nil : error.path)
        case let error as AllotError:
            self.init(code: error.exitClass == .badInput ? Self.invalidParams : Self.runtimeFailure, message: error.description,
                      exitClass: error.exitClass, path: error.field)
        default:
            self.init(code: Self.runtimeFailure, message: "\(error)", exitClass: .failure)
        }
    }

    public var json: JSONValue {
        var data: [(key: String, value: JSONValue)] = [("exitClass", .number(Double(exitClass.rawValue)))]
        if let source { data.append(("source", .string(source))) }
        if let path { data.append(("path", .string(path))) }
        return .object(["code": .number(Double(code)), "message": .string(message), "data": .object(JSONObject(data))])
    }
}
