import Allot

/// A text as character ids over a fixed vocabulary, split into training and held-out validation text
/// (the last `validationFraction`), with seeded random batches of windows.
public struct CharacterCorpus: Sendable {
    public let vocabulary: [Character]
    public let training: [Int]
    public let validation: [Int]

    /// `vocabulary` lists the characters in id order; characters outside it map to the space (or id 0).
    public init(text: String, vocabulary: [Character], validationFraction: Double = 0.1) throws {
        guard validationFraction > 0, validationFraction < 1 else {
            throw InputError.parameter("corpus", "validationFraction", expected: "a number in (0, 1)", got: "\(validationFraction)")
        }
        let index = Dictionary(vocabulary.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let fallback = index[" "] ?? 0
        let ids = text.map { index[$0] ?? fallback }
        let split = Int(Double(ids.count) * (1 - validationFraction))
        self.vocabulary = vocabulary
        training = Array(ids[..<split])
        validation = Array(ids[split...])
    }

    /// The sorted set of characters of some texts: one vocabulary for pretraining and fine-tuning.
    public static func vocabulary(of texts: [String]) -> [Character] {
        Array(Set(texts.joined())).sorted()
    }

    /// `batch` random windows of `length` + 1 characters from the training text, as (inputs, targets).
    public func trainingBatch(batch: Int, length: Int, random: inout RandomSource, into inputs: inout [Int], targets: inout [Int]) {
        inputs.removeAll(keepingCapacity: true)
        targets.removeAll(keepingCapacity: true)
        for _ in 0..<batch {
            let start = random.integer(below: training.count - length - 1)
            for t in 0..<length {
                inputs.append(training[start + t])
                targets.append(training[start + t + 1])
            }
        }
    }

    /// Evenly spaced windows of the validation text (the same every call), `batch` per group.
    public func validationBatches(batch: Int, length: Int, windows: Int) -> [(inputs: [Int], targets: [Int])] {
        let stride = max(1, (validation.count - length - 1) / max(windows, 1))
        var result: [(inputs: [Int], targets: [Int])] = []
        var inputs: [Int] = [], targets: [Int] = []
        for w in 0..<windows {
            let start = min(w * stride, validation.count - length - 1)
            inputs += validation[start..<(start + length)]
            targets += validation[(start + 1)...(start + length)]
            if (w + 1) % batch == 0 {
                result.append((inputs, targets))
                inputs = []
                targets = []
            }
        }
        if !inputs.isEmpty { result.append((inputs, targets)) }
        return result
    }
}
