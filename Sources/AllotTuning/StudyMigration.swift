import Allot
import Foundation

/// Turns a study stored by release 583d2df — its whole `Study` encoded as the definition, plus a log of
/// asks, tells and requeues that rebuilt it by replaying the scheduler — into a version 2 definition
/// and journal of data. Every configuration the old study had drawn is kept: those asked come from the
/// log; those a Hyperband bracket had drawn but not yet handed out are regenerated from the stored
/// sampler state exactly as that release drew them. New trials of a migrated study come from today's
/// sampler with the study's seed (recovered from the stored state when it is below 10,000, else derived
/// from it) or the same Sobol sequence.
enum StudyMigration {
    struct Migrated {
        var definition: StudyDefinition
        var journal: [StudyEvent]
    }

    static func migrate(name: String, definition text: String, events: [String], source: String) throws -> Migrated {
        var root = FieldReader(source: source, path: "studies[\"\(name)\"].definition", value: try JSONParser.parse(Data(text.utf8), source: source))
        let space = try SearchSpace.read(try root.required("space", "the search space"))
        let direction = try root.required("direction", "maximize or minimize").choice(["maximize", "minimize"], kind: "direction")
        let trialsReader = try root.required("trials", "the trials")
        guard case let .array(existing) = trialsReader.value, existing.isEmpty else {
            throw trialsReader.error(.other("a stored definition holds trials; release 583d2df stored studies empty"))
        }
        // The schedule.
        var scheduleReader = try root.required("schedule", "the schedule")
        guard let kind = scheduleReader.keys.first, scheduleReader.keys.count == 1 else { throw scheduleReader.invalid("one of random, hyperband, asha") }
        var body = try scheduleReader.required(kind, "the schedule's parameters")
        let registry = SchedulerRegistry.registry
        let scheduler: ComponentConfiguration
        var hyperband: HyperbandSchedule?
        switch kind {
        case "random":
            scheduler = try registry.configuration("random", ["trials": .number(Double(try body.required("trials", "").integer())),
                                                               "resource": .number(try body.required("resource", "").number())])
        case "hyperband":
            let maxResource = try body.required("maxResource", "").number(), eta = try body.required("eta", "").integer()
            scheduler = try registry.configuration("hyperband", ["maxResource": .number(maxResource), "eta": .number(Double(eta))])
            hyperband = try HyperbandSchedule(maxResource: maxResource, eta: eta)
        case "asha":
            scheduler = try registry.configuration("asha", [
                "minResource": .number(try body.required("minResource", "").number()), "maxResource": .number(try body.required("maxResource", "").number()),
                "eta": .number(Double(try body.required("eta", "").integer())), "trials": .number(Double(try body.required("trials", "").integer())),
            ])
        default:
            throw scheduleReader.error(.unknownName(kind: "schedule", got: kind, valid: ["random", "hyperband", "asha"]))
        }
        // The sampler, and the stream that drew the old study's configurations.
        var samplerReader = try root.required("sampler", "the sampler")
        guard let samplerKind = samplerReader.keys.first, samplerReader.keys.count == 1 else { throw samplerReader.invalid("random or sobol") }
        let samplerState = try samplerReader.required(samplerKind, "the sampler's state")
        var stream: (Int) -> [[Double]]
        let sampler: ComponentConfiguration
        switch samplerKind {
        case "random":
            var stateReader = samplerState
            let random = try Interchange.decode(RandomSource.self, from: try stateReader.required("_0", "the random source").value, source: source,
                                                path: stateReader.childPath("_0"))
            let seed = recoverSeed(random) ?? Fingerprint.fnv1a(stateReader.value.canonicalText) & ((1 << 53) - 1)
            sampler = try SamplerRegistry.registry.configuration("random", ["seed": .number(Double(seed))])
            stream = { count in var draw = StreamSampler(random: random); return draw.points(count, dimension: space.dimension) }
        case "sobol":
            var stateReader = samplerState
            let sequence = try Interchange.decode(SobolSequence.self, from: try stateReader.required("_0", "the sequence").value, source: source,
                                                  path: stateReader.childPath("_0"))
            sampler = try SamplerRegistry.registry.configuration("sobol")
            stream = { count in var copy = sequence; return (0..<count).map { _ in copy.next() } }
        default:
            throw samplerReader.error(.unknownName(kind: "sampler", got: samplerKind, valid: ["random", "sobol"]))
        }
        let definition = try StudyDefinition(space: space, direction: Study.Direction(rawValue: direction)!, scheduler: scheduler, sampler: sampler)

        // The log.
        var journal: [StudyEvent] = []
        var created = 0
        var openedBrackets = 0
        for (offset, text) in events.enumerated() {
            let reader = FieldReader(source: source, path: "events[\"\(name)\"][\(offset)]", value: try JSONParser.parse(Data(text.utf8), source: source))
            guard reader.keys.count == 1, let type = reader.keys.first else { throw reader.invalid("one event") }
            var outer = reader
            var payload = try outer.required(type, "the event")
            switch type {
            case "ask":
                let assignment = try readAssignment(try payload.required("_0", "the assignment"), space: space)
                let owner = try payload.optional("owner")?.string()
                try payload.finish(allowed: ["_0", "owner"])
                if assignment.trial == created {
                    journal.append(.trial(assignment.trial, assignment.configuration))
                    created += 1
                } else if assignment.trial > created {
                    throw reader.error(.other("asks trial \(assignment.trial) before trial \(created) exists"))
                }
                openedBrackets = max(openedBrackets, assignment.bracket + 1)
                journal.append(.ask(assignment.key, resource: assignment.resource, resumeFrom: assignment.resumeFrom,
                                    owner: owner == "external" ? nil : owner, lease: nil, at: nil))
            case "tell":
                let assignment = try readAssignment(try payload.required("_0", "the assignment"), space: space)
                journal.append(.tell(assignment.key, value: try payload.required("value", "the value").number()))
                try payload.finish(allowed: ["_0", "value"])
            case "fail":
                journal.append(.fail(try readAssignment(try payload.required("_0", "the assignment"), space: space).key))
                try payload.finish(allowed: ["_0"])
            case "requeue":
                journal.append(.requeue(try readAssignment(try payload.required("_0", "the assignment"), space: space).key, reason: "requeued by release 583d2df"))
                try payload.finish(allowed: ["_0"])
            case "report":
                journal.append(.report(trial: try payload.required("trial", "").integer { $0 >= 0 }, resource: try payload.required("resource", "").number(),
                                       value: try payload.required("value", "").number()))
                try payload.finish(allowed: ["trial", "resource", "value"])
            default:
                throw reader.error(.unknownName(kind: "event", got: type, valid: ["ask", "tell", "fail", "report", "requeue"]))
            }
        }
        // A Hyperband bracket drew all its configurations when it opened; list the ones never handed out.
        if let hyperband, openedBrackets > 0 {
            let total = hyperband.brackets.prefix(openedBrackets).reduce(0) { $0 + $1[0].configurations }
            if total > created {
                let points = stream(total)
                for id in created..<total { journal.append(.trial(id, space.configuration(at: points[id]))) }
            }
        }
        return Migrated(definition: definition, journal: journal)
    }

    /// The seed the old study was created with, when it is a small one (`--seed` was usually left at 0 or
    /// set to a small number): then the migrated definition is the one the same command builds today,
    /// and re-running that `allot tune` resumes the study instead of refusing a different definition.
    static func recoverSeed(_ state: RandomSource) -> UInt64? {
        (0..<UInt64(10_000)).first { RandomSource(seed: $0) == state }
    }

    /// `{"trial", "bracket", "rung", "resource", "resumeFrom"?, "configuration": {name: {"number": {"_0": x}} | {"integer": ...} | {"choice": ...}}}`.
    static func readAssignment(_ reader: FieldReader, space: SearchSpace) throws -> Study.Assignment {
        var reader = reader
        let trial = try reader.required("trial", "").integer(in: 0...Limits.maxTrials, "the trial number")
        let bracket = try reader.required("bracket", "").integer(in: 0...Limits.maxBrackets, "the bracket")
        let rung = try reader.required("rung", "").integer(in: 0...Limits.maxBrackets, "the rung")
        let resource = try reader.required("resource", "").number()
        let resumeFrom = try reader.optional("resumeFrom")?.number()
        var plain: [(key: String, value: JSONValue)] = []
        for (name, member) in try reader.required("configuration", "").members() {
            var value = member
            guard let kind = value.keys.first, value.keys.count == 1 else { throw member.invalid("one of number, integer, choice") }
            var inner = try value.required(kind, "")
            let item = try inner.required("_0", "the value")
            switch kind {
            case "number": plain.append((name, .number(try item.number())))
            case "integer": plain.append((name, .number(Double(try item.integer()))))
            case "choice": plain.append((name, .string(try item.string())))
            default: throw value.error(.unknownName(kind: "value kind", got: kind, valid: ["number", "integer", "choice"]))
            }
        }
        try reader.finish(allowed: ["trial", "bracket", "rung", "resource", "resumeFrom", "configuration"])
        let configuration = try space.configuration(from: FieldReader(source: reader.source, path: reader.childPath("configuration"), value: .object(JSONObject(plain))))
        return Study.Assignment(trial: trial, configuration: configuration, resource: resource, resumeFrom: resumeFrom, rung: rung, bracket: bracket)
    }
}
