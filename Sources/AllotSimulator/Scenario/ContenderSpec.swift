import AllotInterchange
/// One entry of a scenario's `policies` list: a bare name, or {"name", "label", "parameters"}. Every
/// environment kind reads its contenders through this, so the syntax and the errors are the same for
/// bandit policies, rollout allocators and whatever comes next.
public struct ContenderSpec {
    /// The entry itself (for errors about the whole entry).
    public var reader: FieldReader
    public var name: String
    /// Where the name was written (for unknown-name errors).
    public var nameReader: FieldReader
    public var label: String?
    /// The `parameters` object, if given.
    public var parameters: FieldReader?

    /// Reads an entry; `example` is a valid name for the messages ("ucb1", "knapsack-rl").
    public init(_ entry: FieldReader, example: String) throws {
        var reader = entry
        switch entry.value {
        case let .string(text):
            name = text
            nameReader = entry
        case .object:
            nameReader = try reader.required("name", "a name such as \"\(example)\"")
            name = try nameReader.string()
            if let labelReader = try reader.optional("label") {
                let text = try labelReader.string()
                guard !text.isEmpty else { throw labelReader.invalid("a non-empty string") }
                label = text
            }
            parameters = try reader.optional("parameters")
            try reader.finish(allowed: ["name", "label", "parameters"])
        default:
            throw entry.invalid("a name or an object {\"name\": \"\(example)\", \"parameters\": {...}}")
        }
        self.reader = entry
    }

    /// The field path of parameter `field`, for errors raised by the contender's own validation.
    public func parameterPath(_ field: String) -> String { "\(parametersPath).\(field)" }

    /// The field path of the `parameters` object (where it is, or would be).
    public var parametersPath: String { parameters?.path ?? "\(reader.path).parameters" }

    /// A stable text naming the contender and every resolved parameter: hashed into fingerprints and seeds.
    public static func identity(name: String, parameters: ResolvedParameters) -> String {
        "\(name)|\(parameters.values.keys.sorted().map { "\($0)=\(parameters.values[$0]!.canonicalText)" }.joined(separator: ","))"
    }
}

/// Hands out contender labels and refuses a second contender with the same one.
public struct ContenderLabels {
    private var owners: [String: String] = [:]

    public init() {}

    public mutating func claim(_ label: String, for spec: ContenderSpec) throws {
        if let owner = owners[label] {
            throw spec.reader.error(.invalid(expected: "a label unique within the scenario (add \"label\": \"...\" to tell them apart)",
                                             got: "\"\(label)\", already used by \(owner)"))
        }
        owners[label] = spec.reader.path
    }
}
