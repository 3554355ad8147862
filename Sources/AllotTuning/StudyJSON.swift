import Allot

/// Studies as plain JSON: configuration values as numbers and strings.
public enum StudyJSON {
    /// `{"trial", "rung", "bracket", "resource", "resumeFrom", "configuration"}`, and `"repetition"` for a
    /// re-evaluation (absent: 0).
    public static func assignment(_ a: Study.Assignment, space: SearchSpace) -> JSONValue {
        var members: [String: JSONValue] = ["bracket": .number(Double(a.bracket)), "configuration": space.json(a.configuration),
                                            "resource": .number(a.resource), "resumeFrom": a.resumeFrom.map(JSONValue.number) ?? .null,
                                            "rung": .number(Double(a.rung)), "trial": .number(Double(a.trial))]
        if a.repetition > 0 { members["repetition"] = .number(Double(a.repetition)) }
        return object(members)
    }

    /// `{"id", "configuration", "resource", "state", "value"}`, `"values"` (one per objective) in a study
    /// with several objectives, `"constraints"` when its tell had them, `"evaluations"` when the value is the mean of more than one evaluation at
    /// its resource, and `"attributes"` when the user set any.
    public static func trial(_ t: Study.Trial, space: SearchSpace) -> JSONValue {
        var members: [String: JSONValue] = ["configuration": space.json(t.configuration), "id": .number(Double(t.id)),
                                            "resource": t.resource.map(JSONValue.number) ?? .null, "state": .string(t.state.rawValue),
                                            "value": t.value.map(JSONValue.number) ?? .null]
        if let values = t.values { members["values"] = .array(values.map(JSONValue.number)) }
        if let constraints = t.constraints { members["constraints"] = .array(constraints.map(JSONValue.number)) }
        if t.evaluations > 1 { members["evaluations"] = .number(Double(t.evaluations)) }
        if !t.attributes.isEmpty { members["attributes"] = object(t.attributes) }
        return object(members)
    }

    private static func object(_ members: [String: JSONValue]) -> JSONValue {
        .object(JSONObject(members.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }))
    }

    public static func text(_ value: JSONValue) -> String { value.canonicalText }
}
