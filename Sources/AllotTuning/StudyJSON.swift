import Allot

/// Studies as plain JSON: configuration values as numbers and strings.
public enum StudyJSON {
    public static func assignment(_ a: Study.Assignment, space: SearchSpace) -> JSONValue {
        .object(["bracket": .number(Double(a.bracket)), "configuration": space.json(a.configuration),
                 "resource": .number(a.resource), "resumeFrom": a.resumeFrom.map(JSONValue.number) ?? .null,
                 "rung": .number(Double(a.rung)), "trial": .number(Double(a.trial))])
    }

    public static func trial(_ t: Study.Trial, space: SearchSpace) -> JSONValue {
        .object(["configuration": space.json(t.configuration), "id": .number(Double(t.id)),
                 "resource": t.resource.map(JSONValue.number) ?? .null, "state": .string(t.state.rawValue),
                 "value": t.value.map(JSONValue.number) ?? .null])
    }

    public static func text(_ value: JSONValue) -> String { value.canonicalText }
}
