import Allot
import Foundation

/// A hyperparameter value.
public enum ParameterValue: Codable, Sendable, Hashable, CustomStringConvertible {
    case number(Double)
    case integer(Int)
    case choice(String)

    public var description: String {
        switch self {
        case let .number(value): return String(value)
        case let .integer(value): return String(value)
        case let .choice(value): return value
        }
    }
}

/// One configuration: a value for every active parameter.
public typealias Configuration = [String: ParameterValue]

/// What a hyperparameter may take.
public enum ParameterDomain: Sendable, Equatable {
    /// low <= x <= high; `log` samples uniformly in log space (needs low > 0). `step`: only low, low +
    /// step, ..., high (Optuna's `suggest_float(step=)`; high - low a multiple of step, no log).
    case float(low: Double, high: Double, log: Bool, step: Double? = nil)
    /// low, low + step, ... <= high; `log` samples the grid uniformly in log space (needs low > 0).
    case integer(low: Int, high: Int, step: Int, log: Bool)
    case categorical([String])
}

/// A hyperparameter: its domain and, for conditional ones, the parent value(s) under which it exists
/// (a momentum that only exists when optimizer = "sgd").
public struct SearchParameter: Sendable, Equatable {
    public var name: String
    public var domain: ParameterDomain
    /// Present only when the parent categorical parameter takes one of these values.
    public var condition: Condition?

    public struct Condition: Sendable, Equatable {
        public var parent: String
        public var values: [String]
        public init(parent: String, values: [String]) {
            self.parent = parent
            self.values = values
        }
    }

    /// Whether the parameter belongs in a configuration with these values: unconditional, or its parent's
    /// choice is one of the condition's values.
    public func isActive(in configuration: Configuration) -> Bool {
        guard let condition else { return true }
        guard case let .choice(parent)? = configuration[condition.parent] else { return false }
        return condition.values.contains(parent)
    }

    public init(_ name: String, _ domain: ParameterDomain, when condition: Condition? = nil) {
        self.name = name
        self.domain = domain
        self.condition = condition
    }
}

/// A search space, validated when built: every error names the parameter and says what was expected.
/// Samplers produce points of [0, 1)^d (d = number of parameters); `configuration(at:)` maps a point to
/// values, dropping conditional parameters whose condition does not hold.
///
/// A study defined by its objective (define-by-run) starts from the empty space and learns a parameter
/// when a trial first suggests it (`adding`). Such a parameter is *suggested*: the configurations of
/// trials that never asked for it do not have it, so it is optional wherever a configuration is read.
public struct SearchSpace: Sendable, Equatable {
    public let parameters: [SearchParameter]
    /// The first `declaredCount` parameters were given with the space; the rest were suggested.
    public let declaredCount: Int

    public init(_ parameters: [SearchParameter]) throws {
        guard !parameters.isEmpty else {
            throw SearchSpace.problem("", "a search space needs at least one parameter")
        }
        try Self.check(parameters)
        self.parameters = parameters
        declaredCount = parameters.count
    }

    private init(checked parameters: [SearchParameter], declaredCount: Int) {
        self.parameters = parameters
        self.declaredCount = declaredCount
    }

    /// The space of a study its objective defines, before any trial suggested a parameter.
    public static let empty = SearchSpace(checked: [], declaredCount: 0)

    /// This space with `parameter`, which a trial suggested, after the others. It has no condition (the
    /// objective's own code decides when it asks for it), and its name must be new.
    public func adding(_ parameter: SearchParameter) throws -> SearchSpace {
        guard parameter.condition == nil else {
            throw SearchSpace.problem(parameter.name, "is suggested by the objective, so it has no condition (the objective's code decides when it is asked for)")
        }
        let all = parameters + [parameter]
        try Self.check(all)
        return SearchSpace(checked: all, declaredCount: declaredCount)
    }

    /// The suggested parameters `keep` selects, in order, as a space of their own: a subset of a valid
    /// space's suggested parameters (no conditions, distinct names) needs no validation.
    public func suggested(where keep: (SearchParameter) -> Bool) -> SearchSpace {
        SearchSpace(checked: parameters[declaredCount...].filter(keep), declaredCount: 0)
    }

    /// Whether the parameter at `index` was suggested by a trial rather than given with the space.
    public func isSuggested(_ index: Int) -> Bool { index >= declaredCount }

    /// The parameter named `name`, with its position.
    public func parameter(named name: String) -> (index: Int, parameter: SearchParameter)? {
        parameters.firstIndex { $0.name == name }.map { ($0, parameters[$0]) }
    }

    /// Validates parameters in order, naming the first that cannot be used.
    private static func check(_ parameters: [SearchParameter]) throws {
        guard parameters.count <= Self.maxParameters else {
            throw SearchSpace.problem("", "a search space may have at most \(Self.maxParameters) parameters, got \(parameters.count)")
        }
        var seen: [String: SearchParameter] = [:]
        for (index, parameter) in parameters.enumerated() {
            let name = parameter.name
            guard !name.isEmpty, name.utf8.count <= Limits.maxNameLength else {
                throw SearchSpace.problem(name.isEmpty ? "" : String(name.prefix(40)), at: index, "a parameter name must have 1 to \(Limits.maxNameLength) bytes")
            }
            guard seen[name] == nil else { throw SearchSpace.problem(name, at: index, "is defined twice") }
            switch parameter.domain {
            case let .float(low, high, log, step):
                guard low.isFinite, high.isFinite, low < high else {
                    throw SearchSpace.problem(name, at: index, "needs low < high (finite), got low \(low), high \(high)")
                }
                if log, low <= 0 { throw SearchSpace.problem(name, at: index, "is log-scaled, so low must be > 0, got \(low)") }
                if let step {
                    guard step.isFinite, step > 0 else { throw SearchSpace.problem(name, at: index, "needs step > 0 (finite), got \(step)") }
                    guard !log else { throw SearchSpace.problem(name, at: index, "has a step, so it cannot be log-scaled (as in Optuna)") }
                    let cells = (high - low) / step
                    guard cells <= Double(Self.maxInteger) else {
                        throw SearchSpace.problem(name, at: index, "needs at most 2^53 steps of \(JSONValue.format(step)) between low and high, got \(JSONValue.format(cells))")
                    }
                    guard abs(cells - cells.rounded()) <= 1e-9 * max(1, cells) else {
                        let top = Self.gridValue(Int(cells.rounded(.down)), low: low, high: .greatestFiniteMagnitude, step: step)
                        throw SearchSpace.problem(name, at: index, "needs high - low to be a multiple of step \(JSONValue.format(step)), got low \(JSONValue.format(low)), high \(JSONValue.format(high)) (Optuna would move high to \(JSONValue.format(top)): give that)")
                    }
                }
            case let .integer(low, high, step, log):
                guard abs(low) <= Self.maxInteger, abs(high) <= Self.maxInteger else {
                    throw SearchSpace.problem(name, at: index, "needs low and high within ±2^53, got low \(low), high \(high)")
                }
                guard low <= high else { throw SearchSpace.problem(name, at: index, "needs low <= high, got low \(low), high \(high)") }
                guard step >= 1 else { throw SearchSpace.problem(name, at: index, "needs step >= 1, got \(step)") }
                if log, low <= 0 { throw SearchSpace.problem(name, at: index, "is log-scaled, so low must be > 0, got \(low)") }
            case let .categorical(choices):
                guard !choices.isEmpty else { throw SearchSpace.problem(name, at: index, "needs at least one choice, got none") }
                guard choices.count <= Self.maxChoices else { throw SearchSpace.problem(name, at: index, "has \(choices.count) choices, more than the limit of \(Self.maxChoices)") }
                guard Set(choices).count == choices.count else { throw SearchSpace.problem(name, at: index, "has duplicate choices") }
            }
            if let condition = parameter.condition {
                guard let parent = seen[condition.parent] else {
                    throw SearchSpace.problem(name, at: index, "depends on '\(condition.parent)', which must be defined before it")
                }
                guard case let .categorical(choices) = parent.domain else {
                    throw SearchSpace.problem(name, at: index, "depends on '\(condition.parent)', which must be categorical")
                }
                if let bad = condition.values.first(where: { !choices.contains($0) }) {
                    throw SearchSpace.problem(name, at: index, "depends on '\(condition.parent)' = \"\(bad)\", not one of its choices (\(choices.joined(separator: ", ")))")
                }
            }
            seen[name] = parameter
        }
    }

    public var dimension: Int { parameters.count }

    /// Integer bounds are exact doubles, so they survive JSON.
    static let maxInteger = 1 << 53
    static let maxParameters = 1_000
    static let maxChoices = 100_000

    /// Value k of a float grid low, low + step, ..., high: rounded to the step's decimals where it has few
    /// (0.1 · 3 is 0.3, not 0.30000000000000004), and never past high.
    static func gridValue(_ k: Int, low: Double, high: Double, step: Double) -> Double {
        let x = min(low + Double(k) * step, high)
        let scale = Foundation.pow(10, Foundation.ceil(-Foundation.log10(step)) + 9)
        let rounded = (x * scale).rounded() / scale
        return scale.isFinite && rounded.isFinite && abs(rounded - x) <= 1e-9 * step ? rounded : x
    }

    /// The configuration for a point of [0, 1)^dimension.
    public func configuration(at point: [Double]) -> Configuration {
        precondition(point.count == dimension, "a point must have one coordinate per parameter")
        var values: Configuration = [:]
        for (parameter, u) in zip(parameters, point) {
            guard parameter.isActive(in: values) else { continue }
            let u = min(max(u, 0), 1 - 1e-12)
            switch parameter.domain {
            case let .float(low, high, _, step?):
                let count = Int(((high - low) / step).rounded()) + 1
                values[parameter.name] = .number(Self.gridValue(min(Int(u * Double(count)), count - 1), low: low, high: high, step: step))
            case let .float(low, high, log, nil):
                values[parameter.name] = .number(log ? Foundation.exp(Foundation.log(low) + u * (Foundation.log(high) - Foundation.log(low))) : low + u * (high - low))
            case let .integer(low, high, step, log):
                let count = (high - low) / step + 1
                var k: Int
                if log {
                    let x = Foundation.exp(Foundation.log(Double(low)) + u * (Foundation.log(Double(low + (count - 1) * step) + 1) - Foundation.log(Double(low))))
                    k = Int(((x - Double(low)) / Double(step)).rounded(.down))
                } else {
                    k = Int(u * Double(count))
                }
                k = min(max(k, 0), count - 1)
                values[parameter.name] = .integer(low + k * step)
            case let .categorical(choices):
                values[parameter.name] = .choice(choices[min(Int(u * Double(choices.count)), choices.count - 1)])
            }
        }
        return values
    }
}

extension SearchSpace {
    /// Where `configuration` sits in the unit cube `configuration(at:)` maps from: per parameter the
    /// coordinate (an integer at the middle of its cell), a categorical parameter's choice index, and nil
    /// for a parameter the configuration does not have (inactive, or not in this space). Model-based
    /// samplers learn in these coordinates.
    public func unitCoordinates(of configuration: Configuration) -> [Double?] {
        parameters.map { parameter in
            guard let value = configuration[parameter.name] else { return nil }
            switch (parameter.domain, value) {
            case let (.float(low, high, _, step?), .number(x)):
                let count = Int(((high - low) / step).rounded()) + 1
                let k = min(max(Int(((x - low) / step).rounded()), 0), count - 1)
                return (Double(k) + 0.5) / Double(count)
            case let (.float(low, high, log, nil), .number(x)):
                guard high > low else { return 0.5 }
                let u = log ? (Foundation.log(x) - Foundation.log(low)) / (Foundation.log(high) - Foundation.log(low)) : (x - low) / (high - low)
                return min(max(u, 0), 1 - 1e-12)
            case let (.integer(low, high, step, log), .integer(x)):
                let count = (high - low) / step + 1
                let k = min(max((x - low) / step, 0), count - 1)
                if log {
                    let top = Foundation.log(Double(low + (count - 1) * step) + 1), bottom = Foundation.log(Double(low))
                    guard top > bottom else { return 0.5 }
                    // The middle of the cell of values that floor to k.
                    let lower = (Foundation.log(Double(low + k * step)) - bottom) / (top - bottom)
                    let upper = (Foundation.log(Double(low + (k + 1) * step)) - bottom) / (top - bottom)
                    return min(max((lower + min(upper, 1)) / 2, 0), 1 - 1e-12)
                }
                return (Double(k) + 0.5) / Double(count)
            case let (.categorical(choices), .choice(name)):
                return choices.firstIndex(of: name).map(Double.init)
            default:
                return nil
            }
        }
    }
}

extension SearchSpace {
    /// A search space that cannot be used, naming the parameter.
    /// A mistake in the space; `index` places it at the parameter (`parameters[2]`, as in the file).
    static func problem(_ parameter: String, at index: Int? = nil, _ sentence: String) -> InputError {
        InputError(source: "search space", path: index.map { "parameters[\($0)]" } ?? "",
                   problem: .other(parameter.isEmpty ? sentence + "." : "parameter '\(parameter)' \(sentence)."))
    }
}
