/// A policy was configured or fed with something it cannot use. The description names the field,
/// what was expected and what was given, so the message can be shown to a user as it is.
/// (A constructor parameter out of range is an `InputError` with the policy as its source.)
public enum PolicyError: AllotError, Equatable {
    /// An observation (or context) passed to `update` is unusable.
    case invalidObservation(policy: String, field: String, expected: String, got: String)
    /// `select(k:)` asked for more distinct arms than exist, or for fewer than one.
    case invalidSelectionSize(policy: String, k: Int, arms: Int)

    public var description: String {
        switch self {
        case let .invalidObservation(policy, field, expected, got):
            return "\(policy): observation field '\(field)' must be \(expected), got \(got)."
        case let .invalidSelectionSize(policy, k, arms):
            return "\(policy): select(k:) needs 1 <= k <= number of arms (\(arms)), got k = \(k)."
        }
    }

    public var exitClass: ExitClass { .badInput }
    public var field: String? {
        switch self {
        case let .invalidObservation(_, field, _, _): return field
        case .invalidSelectionSize: return "k"
        }
    }
}

/// Parameter and observation checks shared by the policies, each throwing a `PolicyError` that names the field.
enum Check {
    static func positive(_ value: Double, _ field: String, _ policy: String) throws {
        guard value > 0, value.isFinite else {
            throw InputError.parameter(policy, field, expected: "a finite number > 0", got: "\(value)")
        }
    }

    static func nonNegative(_ value: Double, _ field: String, _ policy: String) throws {
        guard value >= 0, value.isFinite else {
            throw InputError.parameter(policy, field, expected: "a finite number >= 0", got: "\(value)")
        }
    }

    static func finite(_ value: Double, _ field: String, _ policy: String) throws {
        guard value.isFinite else {
            throw InputError.parameter(policy, field, expected: "a finite number", got: "\(value)")
        }
    }

    /// 0 < value < 1 (discount factors).
    static func openUnit(_ value: Double, _ field: String, _ policy: String) throws {
        guard value > 0, value < 1 else {
            throw InputError.parameter(policy, field, expected: "a number strictly between 0 and 1", got: "\(value)")
        }
    }

    /// 0 <= value <= 1 (probabilities).
    static func probability(_ value: Double, _ field: String, _ policy: String) throws {
        guard value >= 0, value <= 1 else {
            throw InputError.parameter(policy, field, expected: "a probability in [0, 1]", got: "\(value)")
        }
    }

    static func positiveCount(_ value: Int, _ field: String, _ policy: String) throws {
        guard value > 0 else {
            throw InputError.parameter(policy, field, expected: "an integer >= 1", got: "\(value)")
        }
    }

    static func armCount(_ value: Int, _ policy: String) throws {
        guard value >= 0 else {
            throw InputError.parameter(policy, "arms", expected: "an integer >= 0", got: "\(value)")
        }
    }

    /// The arm exists, the reward is finite (and in [0, 1] when `unitReward`), the cost finite and >= 0.
    static func observation(_ observation: Observation, arms: Int, unitReward: Bool, _ policy: String) throws {
        guard observation.arm >= 0, observation.arm < arms else {
            throw PolicyError.invalidObservation(policy: policy, field: "arm", expected: "an arm index in 0..<\(arms)", got: "\(observation.arm)")
        }
        if unitReward {
            guard observation.reward >= 0, observation.reward <= 1 else {
                throw PolicyError.invalidObservation(policy: policy, field: "reward", expected: "a number in [0, 1]", got: "\(observation.reward)")
            }
        } else {
            guard observation.reward.isFinite, abs(observation.reward) <= maximumMagnitude else {
                throw PolicyError.invalidObservation(policy: policy, field: "reward", expected: "a finite number within ±1e100", got: "\(observation.reward)")
            }
        }
        if let probability = observation.probability, !(probability > 0 && probability <= 1) {
            throw PolicyError.invalidObservation(policy: policy, field: "probability", expected: "the draw's probability, in (0, 1]", got: "\(probability)")
        }
        guard observation.cost >= 0, observation.cost <= maximumMagnitude else {
            throw PolicyError.invalidObservation(policy: policy, field: "cost", expected: "a finite number in [0, 1e100]", got: "\(observation.cost)")
        }
    }

    /// Rewards and costs beyond this would overflow the squares the statistics keep.
    static let maximumMagnitude = 1e100

    static func selectionSize(_ k: Int, arms: Int, _ policy: String) throws {
        guard k >= 1, k <= arms else {
            throw PolicyError.invalidSelectionSize(policy: policy, k: k, arms: arms)
        }
    }
}
