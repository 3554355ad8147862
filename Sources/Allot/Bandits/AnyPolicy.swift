/// Any registry policy behind one Codable value: what a tuner level, `allot serve` and a Python
/// `state_dict()` hold. Its snapshot (format `allot-policy`, version 1) is `{"format", "version",
/// "policy": name, "arms": n, "state": <the policy's own state>}`; decoding finds the policy by name and
/// validates its state (parameters in range, one statistic per arm, a valid random source).
public struct AnyPolicy: Sendable {
    public static let format = "allot-policy"
    public static let version = 1

    public private(set) var policy: any Policy

    public init(_ policy: any Policy) { self.policy = policy }

    /// Builds `configuration` from the registry for `context`.
    public init(_ configuration: ComponentConfiguration, context: PolicyContext) throws {
        policy = try PolicyRegistry.registry.build(configuration, context).plainPolicy(source: configuration.name)
    }

    public var name: String { type(of: policy).name }
    public var armCount: Int { policy.armCount }

    public mutating func select() throws -> Int { try policy.select() }
    public mutating func select(k: Int, into arms: inout [Int]) throws { try policy.select(k: k, into: &arms) }
    public mutating func update(_ observation: Observation) throws { try policy.update(observation) }
    @discardableResult public mutating func addArm() -> Int { policy.addArm() }

    /// The snapshot document.
    public func snapshot() throws -> JSONValue {
        .object(["format": .string(Self.format), "version": .number(Double(Self.version)), "policy": .string(name),
                 "arms": .number(Double(armCount)), "state": try Interchange.encode(policy)])
    }

    /// Reads a snapshot; `source` names it in errors.
    public static func restore(_ value: JSONValue, source: String) throws -> AnyPolicy {
        var root = FieldReader(source: source, value: value)
        let format = try root.required("format", "\"\(Self.format)\"")
        guard try format.string() == Self.format else { throw format.invalid("\"\(Self.format)\" (a policy snapshot)") }
        let version = try root.required("version", "the format version")
        guard try version.integer() == Self.version else { throw version.invalid("version \(Self.version) (a newer release wrote this snapshot)") }
        let nameReader = try root.required("policy", "the policy's name")
        let entry = try PolicyRegistry.registry.entry(try nameReader.string(), source: source, path: nameReader.path)
        let arms = try root.required("arms", "the number of arms").integer(in: 0...Limits.maxArms, "the number of arms")
        let state = try root.required("state", "the policy's state")
        try root.finish(allowed: ["format", "version", "policy", "arms", "state"])
        let restored = try entry.restore(state.value, source: source, path: "state").plainPolicy(source: source)
        guard restored.armCount == arms else {
            throw InputError(source: source, path: "arms", problem: .invalid(expected: "the state's arm count (\(restored.armCount))", got: "\(arms)"))
        }
        return AnyPolicy(restored)
    }
}

extension AnyPolicy: Codable {
    public init(from decoder: any Decoder) throws {
        let value = try JSONValue(from: decoder)
        do { self = try AnyPolicy.restore(value, source: "policy") } catch let error as InputError {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath + (error.path.isEmpty ? [] : [PathKey(error.path)]), debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws { try snapshot().encode(to: encoder) }
}
