import Allot
import Foundation

/// The search-space format, the same in a space file, a study's definition and a JSON-RPC request:
///
///     {"parameters": [
///       {"name": "learning_rate", "type": "float", "low": 1e-4, "high": 0.1, "log": true},
///       {"name": "width", "type": "int", "low": 16, "high": 256, "step": 16},
///       {"name": "optimizer", "type": "categorical", "choices": ["sgd", "adam"]},
///       {"name": "momentum", "type": "float", "low": 0, "high": 0.99, "condition": {"parent": "optimizer", "values": ["sgd"]}}
///     ]}
///
/// Decoding validates it as `SearchSpace.init` does. Study definitions written before this format
/// (release 583d2df: `{"name", "domain": {"float": {...}}}`) are read too.
extension SearchSpace: Codable {
    public init(from decoder: any Decoder) throws {
        let value = try JSONValue(from: decoder)
        do {
            self = try SearchSpace.read(FieldReader(source: "", value: value))
        } catch let error as InputError {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath + (error.path.isEmpty ? [] : [PathKey(error.path)]),
                                                    debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }

    /// The space in its file format: the parameters given with it (a define-by-run study's suggested
    /// ones are in its journal, `StudyEvent.parameter`).
    public var json: JSONValue {
        .object(["parameters": .array(parameters.prefix(declaredCount).map(Self.json))])
    }

    /// One parameter in the space's file format.
    public static func json(_ parameter: SearchParameter) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [(key: "name", value: .string(parameter.name))]
        switch parameter.domain {
        case let .float(low, high, log, step):
            members += [("type", "float"), ("low", .number(low)), ("high", .number(high)), ("log", .bool(log))]
            if let step { members.append(("step", .number(step))) }
        case let .integer(low, high, step, log):
            members += [("type", "int"), ("low", .number(Double(low))), ("high", .number(Double(high))), ("step", .number(Double(step))), ("log", .bool(log))]
        case let .categorical(choices):
            members += [("type", "categorical"), ("choices", .array(choices.map(JSONValue.string)))]
        }
        if let condition = parameter.condition {
            members.append(("condition", .object(["parent": .string(condition.parent), "values": .array(condition.values.map(JSONValue.string))])))
        }
        return .object(JSONObject(members))
    }

    /// Reads the space format (or the legacy encoding of release 583d2df), every error naming the field.
    /// `allowEmpty`: no parameters is the space of a study its objective defines.
    public static func read(_ reader: FieldReader, allowEmpty: Bool = false) throws -> SearchSpace {
        var root = reader
        let items = try root.required("parameters", "an array of parameters").elements("an array of parameters", maxCount: maxParameters)
        try root.finish(allowed: ["parameters"])
        if allowEmpty, items.isEmpty { return .empty }
        var parameters: [SearchParameter] = []
        for item in items {
            parameters.append(item.keys.contains("domain") ? try legacyParameter(item) : try parameter(item))
        }
        do { return try SearchSpace(parameters) } catch let error as InputError {
            let path = error.path.isEmpty ? reader.childPath("parameters") : (reader.path.isEmpty ? error.path : "\(reader.path).\(error.path)")
            throw InputError(source: reader.source.isEmpty ? error.source : reader.source, path: path, problem: error.problem)
        }
    }

    /// One parameter in the space's file format (`{"name", "type", ...}`), every error naming the field.
    public static func parameter(_ item: FieldReader) throws -> SearchParameter {
        var item = item
        let name = try item.required("name", "the parameter's name").name("the parameter's name")
        let type = try item.required("type", "float, int or categorical").choice(["float", "int", "categorical"], kind: "parameter type")
        let log = try item.optional("log")?.bool() ?? false
        let condition = try item.optional("condition").map(readCondition)
        let domain: ParameterDomain
        switch type {
        case "float":
            domain = .float(low: try item.required("low", "a number").number(), high: try item.required("high", "a number").number(), log: log,
                            step: try item.optional("step")?.number("a number > 0") { $0 > 0 })
        case "int":
            domain = .integer(low: try item.required("low", "an integer").integer(), high: try item.required("high", "an integer").integer(),
                              step: try item.optional("step")?.integer("an integer >= 1") { $0 >= 1 } ?? 1, log: log)
        default:
            domain = .categorical(try item.required("choices", "an array of strings").elements("an array of strings", maxCount: maxChoices).map { try $0.string() })
        }
        try item.finish(allowed: ["name", "type", "low", "high", "step", "log", "choices", "condition"])
        return SearchParameter(name, domain, when: condition)
    }

    static func readCondition(_ reader: FieldReader) throws -> SearchParameter.Condition {
        var reader = reader
        let parent = try reader.required("parent", "the categorical parameter it depends on").string()
        let values = try reader.required("values", "the parent's values under which it exists").elements().map { try $0.string() }
        try reader.finish(allowed: ["parent", "values"])
        return .init(parent: parent, values: values)
    }

    /// `{"name", "domain": {"float": {"low", "high", "log"}} | {"integer": {...}} | {"categorical": {"_0": [...]}}, "condition"}`.
    static func legacyParameter(_ item: FieldReader) throws -> SearchParameter {
        var item = item
        let name = try item.required("name", "the parameter's name").name("the parameter's name")
        var domainReader = try item.required("domain", "the parameter's domain")
        let condition = try item.optional("condition").map(readCondition)
        try item.finish(allowed: ["name", "domain", "condition"])
        let kinds = domainReader.keys
        guard kinds.count == 1, let kind = kinds.first else { throw domainReader.invalid("one of float, integer, categorical") }
        var body = try domainReader.required(kind, "the domain's values")
        let domain: ParameterDomain
        switch kind {
        case "float":
            domain = .float(low: try body.required("low", "a number").number(), high: try body.required("high", "a number").number(),
                            log: try body.required("log", "true or false").bool())
        case "integer":
            domain = .integer(low: try body.required("low", "an integer").integer(), high: try body.required("high", "an integer").integer(),
                              step: try body.required("step", "an integer >= 1").integer("an integer >= 1") { $0 >= 1 }, log: try body.required("log", "true or false").bool())
        case "categorical":
            domain = .categorical(try body.required("_0", "the choices").elements().map { try $0.string() })
        default:
            throw domainReader.error(.unknownName(kind: "domain", got: kind, valid: ["float", "integer", "categorical"]))
        }
        try body.finish()
        return SearchParameter(name, domain, when: condition)
    }
}

extension ParameterValue {
    /// The value as plain JSON: a number for float and int parameters, a string for a categorical one.
    public var json: JSONValue {
        switch self {
        case let .number(x): return .number(x)
        case let .integer(x): return .number(Double(x))
        case let .choice(x): return .string(x)
        }
    }
}

extension SearchSpace {
    /// A configuration as plain JSON: numbers for float and int parameters, strings for categorical ones.
    /// Values of parameters the space does not have yet (queued for a study its objective defines) come
    /// after the others, by name.
    public func json(_ configuration: Configuration) -> JSONValue {
        var members = parameters.compactMap { parameter in configuration[parameter.name].map { (key: parameter.name, value: $0.json) } }
        if members.count < configuration.count {
            let known = Set(parameters.map(\.name))
            members += configuration.filter { !known.contains($0.key) }.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value.json) }
        }
        return .object(JSONObject(members))
    }

    /// Whether the space's parameters come from trials' suggest calls (a study its objective defines).
    public var isOpen: Bool { declaredCount == 0 }

    /// Reads a configuration of this space: each active parameter present with a value in its domain
    /// (ints on their step grid, choices among the choices), inactive ones absent, nothing else.
    /// `partial`: some parameters may be left out (a sampler chooses them), but a conditional parameter
    /// comes with its parent, and a parent's value that makes a parameter active comes with it, so the
    /// values given never depend on a choice the sampler makes. A parameter a trial suggested (in a
    /// study its objective defines) may always be left out: trials that never asked for it lack it.
    /// `pending`: a name the space does not have is kept with its value as given, a number or a string
    /// (queued for a parameter no trial has asked for yet; checked when one does).
    public func configuration(from reader: FieldReader, partial: Bool = false, pending: Bool = false) throws -> Configuration {
        try reader.requireObject()
        var configuration: Configuration = [:]
        var reader = reader
        for (index, parameter) in parameters.enumerated() {
            if let condition = parameter.condition {
                guard parameter.isActive(in: configuration) else {
                    if try reader.optional(parameter.name) != nil {
                        let when = "\(condition.parent) is one of \(condition.values.joined(separator: ", "))"
                        throw InputError(source: reader.source, path: reader.childPath(parameter.name), problem: .invalid(
                            expected: partial && configuration[condition.parent] == nil
                                ? "'\(condition.parent)' given too: '\(parameter.name)' exists only when \(when)"
                                : "no value: '\(parameter.name)' exists only when \(when)", got: "a value"))
                    }
                    continue
                }
            } else if partial || isSuggested(index), try reader.optional(parameter.name) == nil {
                continue
            }
            configuration[parameter.name] = try Self.value(of: parameter, from: try reader.required(parameter.name, "a value for '\(parameter.name)'"))
        }
        if pending {
            let known = Set(parameters.map(\.name))
            for name in reader.keys where !known.contains(name) {
                let member = try reader.required(name, "a value")
                _ = try reader.child(name, .string(name)).name("a parameter's name")
                switch member.value {
                case let .number(x) where x.isFinite: configuration[name] = .number(x)
                case let .string(text): configuration[name] = .choice(text)
                default: throw member.invalid("a number or a string (the value of a parameter no trial has asked for yet)")
                }
            }
            return configuration
        }
        try reader.finish(allowed: parameters.map(\.name))
        return configuration
    }

    /// A value of `parameter` read by `member`: in its domain (ints on their step grid, choices among the choices).
    public static func value(of parameter: SearchParameter, from member: FieldReader) throws -> ParameterValue {
        switch parameter.domain {
        case let .float(low, high, _, step):
            // Within a rounding error of the bounds: a sampled log-scale value can land a hair past `high`.
            let slack = 1e-9 * Swift.max(1, abs(low), abs(high))
            if let step {
                return .number(try member.number("a number in [\(JSONValue.format(low)), \(JSONValue.format(high))] in steps of \(JSONValue.format(step))") {
                    let k = ($0 - low) / step
                    return $0 >= low - slack && $0 <= high + slack && abs(k - k.rounded()) <= 1e-6
                })
            }
            return .number(try member.number("a number in [\(JSONValue.format(low)), \(JSONValue.format(high))]") { $0 >= low - slack && $0 <= high + slack })
        case let .integer(low, high, step, _):
            return .integer(try member.integer("an integer in \(low)...\(high) in steps of \(step)") { $0 >= low && $0 <= high && ($0 - low) % step == 0 })
        case let .categorical(choices):
            return .choice(try member.choice(choices, kind: "value for '\(parameter.name)'"))
        }
    }
}
