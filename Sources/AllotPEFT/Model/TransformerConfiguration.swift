import AllotInterchange
/// The shape of the character-level transformer: pre-LayerNorm blocks of causal multi-head attention
/// and a GELU MLP, learned position embeddings, an untied output layer.
public struct TransformerConfiguration: Codable, Sendable, Equatable {
    public var vocabularySize: Int
    public var contextLength: Int
    public var width: Int
    public var heads: Int
    public var layers: Int
    public var feedForwardWidth: Int

    public init(vocabularySize: Int, contextLength: Int = 64, width: Int = 128, heads: Int = 4, layers: Int = 3, feedForwardWidth: Int? = nil) throws {
        self.vocabularySize = vocabularySize
        self.contextLength = contextLength
        self.width = width
        self.heads = heads
        self.layers = layers
        self.feedForwardWidth = feedForwardWidth ?? 4 * width
        try validate()
    }

    public var headWidth: Int { width / heads }

    public func validate() throws {
        func check(_ ok: Bool, _ field: String, _ expected: String, _ got: Int) throws {
            guard ok else { throw InputError.parameter("transformer", field, expected: expected, got: "\(got)") }
        }
        try check(vocabularySize >= 2, "vocabularySize", "an integer >= 2", vocabularySize)
        try check(contextLength >= 1, "contextLength", "an integer >= 1", contextLength)
        try check(heads >= 1, "heads", "an integer >= 1", heads)
        try check(width >= 1 && width % heads == 0, "width", "a positive multiple of heads (\(heads))", width)
        try check(layers >= 1, "layers", "an integer >= 1", layers)
        try check(feedForwardWidth >= 1, "feedForwardWidth", "an integer >= 1", feedForwardWidth)
    }

    /// (input, output) width of an adapted matrix kind.
    public func shape(of kind: MatrixKind) -> (input: Int, output: Int) {
        switch kind {
        case .query, .key, .value, .output: return (width, width)
        case .up: return (width, feedForwardWidth)
        case .down: return (feedForwardWidth, width)
        }
    }
}

/// The weight matrices of a block that carry LoRA adapters.
public enum MatrixKind: String, Codable, Sendable, CaseIterable {
    case query, key, value, output, up, down
}

/// A rank pattern that cannot be applied. (A parameter out of range is an `InputError`.)
public enum PEFTError: AllotError, Equatable {
    case budgetExceeded(parameters: Int, budget: Int)
    case shapeMismatch(field: String, expected: String, got: String)

    public var description: String {
        switch self {
        case let .budgetExceeded(parameters, budget):
            return "the rank pattern needs \(parameters) adapter parameters, over the budget of \(budget)."
        case let .shapeMismatch(field, expected, got): return "'\(field)' must be \(expected), got \(got)."
        }
    }

    /// An allocator that proposes a pattern over its own budget is Allot's bug, not the user's input.
    public var exitClass: ExitClass {
        if case .budgetExceeded = self { return .failure }
        return .badInput
    }

    public var field: String? {
        if case let .shapeMismatch(field, _, _) = self { return field }
        return nil
    }
}
