import AllotInterchange
import Foundation

/// A discrete grid over a search space, for online bandit tuning: each parameter gets a short list of
/// values (categorical: its choices; integer: its values, or `levels` of them spread out; float:
/// `levels` points, log-spaced for log parameters). A grid point is a list of value indices, one per
/// parameter; `configurations` lists the distinct configurations (conditional parameters that are
/// inactive collapse points that differ only in them), which are the arms of a flat bandit.
public struct TuningGrid: Codable, Sendable, Equatable {
    public let space: SearchSpace
    /// values[p] = the grid values of parameter p (in `space.parameters` order).
    public let values: [[ParameterValue]]
    /// The distinct configurations, and the value indices of the first grid point giving each.
    public let configurations: [Configuration]
    public let points: [[Int]]

    /// The most distinct configurations a grid may have (a flat bandit keeps statistics for each).
    public static let maximumSize = 100_000

    public init(space: SearchSpace, levels: Int = 5) throws {
        guard levels >= 2 else { throw InputError.parameter("tuning grid", "levels", expected: "an integer >= 2", got: "\(levels)") }
        var values: [[ParameterValue]] = []
        for parameter in space.parameters {
            switch parameter.domain {
            case let .categorical(choices):
                values.append(choices.map(ParameterValue.choice))
            case let .integer(low, high, step, log):
                let count = (high - low) / step + 1
                if count <= levels {
                    values.append((0..<count).map { .integer(low + $0 * step) })
                } else {
                    let picks = (0..<levels).map { i -> Int in
                        let u = Double(i) / Double(levels - 1)
                        let x = log ? Foundation.exp(Foundation.log(Double(low)) + u * (Foundation.log(Double(high)) - Foundation.log(Double(low))))
                                    : Double(low) + u * Double(high - low)
                        return low + Int(((x - Double(low)) / Double(step)).rounded()) * step
                    }
                    var seen = Set<Int>()
                    values.append(picks.filter { seen.insert($0).inserted }.map(ParameterValue.integer))
                }
            case let .float(low, high, _, step?):
                let count = Int(((high - low) / step).rounded()) + 1
                let picks = (0..<levels).map { i in Int((Double(i) / Double(levels - 1) * Double(count - 1)).rounded()) }
                var seen = Set<Int>()
                values.append(picks.filter { seen.insert($0).inserted }.map { .number(SearchSpace.gridValue($0, low: low, high: high, step: step)) })
            case let .float(low, high, log, nil):
                values.append((0..<levels).map { i in
                    let u = Double(i) / Double(levels - 1)
                    let x = log ? Foundation.exp(Foundation.log(low) + u * (Foundation.log(high) - Foundation.log(low))) : low + u * (high - low)
                    return .number(i == levels - 1 ? high : min(max(x, low), high))   // exact ends despite rounding
                })
            }
        }
        try self.init(space: space, values: values)
    }

    /// A grid with explicit values per parameter (each must lie in the parameter's domain).
    public init(space: SearchSpace, values: [[ParameterValue]]) throws {
        guard values.count == space.parameters.count else {
            throw InputError.parameter("tuning grid", "grid", expected: "one value list per parameter (\(space.parameters.count))", got: "\(values.count) lists")
        }
        for (parameter, list) in zip(space.parameters, values) {
            guard !list.isEmpty else { throw InputError.parameter("tuning grid", "grid.\(parameter.name)", expected: "at least one value", got: "none") }
            for value in list where !Self.contains(parameter.domain, value) {
                throw InputError.parameter("tuning grid", "grid.\(parameter.name)", expected: "values inside the parameter's domain", got: value.description)
            }
        }
        let size = values.reduce(1.0) { $0 * Double($1.count) }
        guard size <= Double(Self.maximumSize) else {
            throw InputError.parameter("tuning grid", "grid", expected: "at most \(Self.maximumSize) points", got: "\(Int(size)) points; use fewer levels")
        }
        self.space = space
        self.values = values
        var configurations: [Configuration] = []
        var points: [[Int]] = []
        var seen = Set<Configuration>()
        var point = [Int](repeating: 0, count: values.count)
        for _ in 0..<Int(size) {
            let configuration = Self.configuration(space: space, values: values, point: point)
            if seen.insert(configuration).inserted {
                configurations.append(configuration)
                points.append(point)
            }
            // Odometer increment, last parameter fastest.
            var p = values.count - 1
            while p >= 0 {
                point[p] += 1
                if point[p] < values[p].count { break }
                point[p] = 0
                p -= 1
            }
        }
        self.configurations = configurations
        self.points = points
    }

    /// The configuration at a grid point (inactive conditional parameters left out).
    public func configuration(at point: [Int]) -> Configuration {
        Self.configuration(space: space, values: values, point: point)
    }

    static func configuration(space: SearchSpace, values: [[ParameterValue]], point: [Int]) -> Configuration {
        var configuration: Configuration = [:]
        for (p, parameter) in space.parameters.enumerated() where parameter.isActive(in: configuration) {
            configuration[parameter.name] = values[p][point[p]]
        }
        return configuration
    }

    static func contains(_ domain: ParameterDomain, _ value: ParameterValue) -> Bool {
        switch (domain, value) {
        case let (.categorical(choices), .choice(choice)): return choices.contains(choice)
        case let (.integer(low, high, step, _), .integer(x)): return x >= low && x <= high && (x - low) % step == 0
        case let (.float(low, high, _, step), .number(x)):
            return x >= low && x <= high && step.map { abs((x - low) / $0 - ((x - low) / $0).rounded()) <= 1e-6 } ?? true
        case let (.float(low, high, _, step), .integer(x)):
            return Double(x) >= low && Double(x) <= high && step.map { abs((Double(x) - low) / $0 - ((Double(x) - low) / $0).rounded()) <= 1e-6 } ?? true
        default: return false
        }
    }
}
