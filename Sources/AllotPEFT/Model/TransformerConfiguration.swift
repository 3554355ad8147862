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
        try check((2...1_000_000).contains(vocabularySize), "vocabularySize", "an integer in 2...1000000", vocabularySize)
        try check((1...100_000).contains(contextLength), "contextLength", "an integer in 1...100000", contextLength)
        try check((1...1_024).contains(heads), "heads", "an integer in 1...1024", heads)
        try check((1...16_384).contains(width) && width % heads == 0, "width", "a multiple of heads (\(heads)) in 1...16384", width)
        try check((1...256).contains(layers), "layers", "an integer in 1...256", layers)
        try check((1...65_536).contains(feedForwardWidth), "feedForwardWidth", "an integer in 1...65536", feedForwardWidth)
    }

    private enum CodingKeys: String, CodingKey { case vocabularySize, contextLength, width, heads, layers, feedForwardWidth }

    /// Validated as the initialiser validates.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        vocabularySize = try c.decode(Int.self, forKey: .vocabularySize)
        contextLength = try c.decode(Int.self, forKey: .contextLength)
        width = try c.decode(Int.self, forKey: .width)
        heads = try c.decode(Int.self, forKey: .heads)
        layers = try c.decode(Int.self, forKey: .layers)
        feedForwardWidth = try c.decode(Int.self, forKey: .feedForwardWidth)
        try Decoding.validated(c) { try validate() }
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
