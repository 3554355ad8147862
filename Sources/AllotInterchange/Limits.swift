import Foundation

/// The largest sizes Allot accepts from a user, checked before anything is allocated: beyond these a
/// request gets exit 2 naming the limit and the value, never an out-of-memory abort or an hour-long
/// loop. Each limit is far above real use (a GRPO batch has thousands of prompts, not millions) and
/// low enough that the work it implies finishes in seconds and fits in memory on a small machine.
public enum Limits {
    /// A JSON document (request, state file, scenario): 256 MiB.
    public static let maxDocumentBytes = 256 << 20
    /// Elements of one array in any input.
    public static let maxArrayElements = 10_000_000
    /// A name or id (prompt, matrix, study, parameter, label): 1,024 bytes.
    public static let maxNameLength = 1_024

    /// Prompts in one rollout request.
    public static let maxPrompts = 1_000_000
    /// Rollouts per step, and per prompt (`--budget`, `--max`): 2^40 would take hours to hand out one by one.
    public static let maxRollouts = 100_000_000
    /// Token budget of the cost-aware allocator.
    public static let maxTokens = 1 << 50
    /// Tokens of one rollout (a response length).
    public static let maxRolloutTokens = 1 << 24
    /// Matrices in one rank request.
    public static let maxMatrices = 100_000
    /// A matrix side (input or output width): wider than any model's hidden size.
    public static let maxMatrixWidth = 1 << 20
    /// Component slots per matrix.
    public static let maxRank = 4_096
    /// Total slots over all matrices (what each reallocation walks).
    public static let maxTotalSlots = 10_000_000
    /// Training steps, horizons and rounds.
    public static let maxSteps = 1 << 40
    /// Simulated rounds of one replication times its replications (work, not memory: traces are bounded).
    public static let maxSimulatedRounds = 1 << 40
    /// Replications of one scenario.
    public static let maxReplications = 100_000
    /// Arms of a bandit.
    public static let maxArms = 10_000_000
    /// A trial's user attribute (a metric, a note, a path), as canonical JSON: 64 KiB.
    public static let maxAttributeBytes = 65_536
    /// Trials of a study, and configurations of one Hyperband bracket.
    public static let maxTrials = 10_000_000
    /// R, the most resource one trial may get (in resource units, before η powers).
    public static let maxResource = 1e15
    /// η of successive halving.
    public static let maxEta = 1_000
    /// Hyperband's s_max (brackets − 1); beyond this the bracket counts overflow.
    public static let maxBrackets = 60

    /// `value` if it is at most `limit`, else an `InputError` naming the field.
    @discardableResult
    public static func check(_ value: Int, atMost limit: Int, _ what: String, source: String, path: String) throws -> Int {
        guard value <= limit else {
            throw InputError(source: source, path: path, problem: .tooLarge(what: what, limit: "\(limit)", got: "\(value)"))
        }
        return value
    }

    /// a · b, or an `InputError` when it would exceed `limit` (or overflow).
    public static func product(_ a: Int, _ b: Int, atMost limit: Int, _ what: String, source: String, path: String) throws -> Int {
        let (result, overflow) = a.multipliedReportingOverflow(by: b)
        guard !overflow, result <= limit else {
            throw InputError(source: source, path: path,
                             problem: .tooLarge(what: what, limit: "\(limit)", got: overflow ? "\(a) × \(b) (beyond 2^63)" : "\(result)"))
        }
        return result
    }

    /// a + b, or an `InputError` when it would exceed `limit` (or overflow).
    public static func sum(_ a: Int, _ b: Int, atMost limit: Int, _ what: String, source: String, path: String) throws -> Int {
        let (result, overflow) = a.addingReportingOverflow(b)
        guard !overflow, result <= limit else {
            throw InputError(source: source, path: path,
                             problem: .tooLarge(what: what, limit: "\(limit)", got: overflow ? "\(a) + \(b) (beyond 2^63)" : "\(result)"))
        }
        return result
    }
}
