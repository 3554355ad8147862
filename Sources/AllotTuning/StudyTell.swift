import Allot
import AllotInterchange

/// A tell message as `allot study tell` and the service's `study.tell` read it: the job, and what it
/// reached (one value, or one per objective) or that it failed, with its cost and constraints.
public struct StudyTell {
    /// The fields a tell message may have; a reader adds its own (attributes, an echoed assignment).
    public static let fields = ["trial", "rung", "bracket", "repetition", "value", "values", "failed", "cost", "constraints"]

    public let job: StudyEvent.JobKey
    private let failed: Bool
    /// Counted against the study's objectives when told, which the message's reader may not know yet.
    private let value: FieldReader?, values: FieldReader?
    private let cost: Double?
    private let constraints: [Double]?
    private let message: FieldReader

    /// Reads the message's fields; the caller finishes the reader, allowing `fields` and its own.
    public init(reading reader: inout FieldReader) throws {
        message = reader
        job = try StudyEvent.JobKey.read(&reader)
        failed = try reader.optional("failed")?.bool() ?? false
        value = try reader.optional("value")
        values = try reader.optional("values")
        cost = try reader.optional("cost")?.number("a cost: a finite number >= 0 (the job's training time)") { $0 >= 0 }
        constraints = try reader.optional("constraints").map(Study.constraints)
    }

    /// Tells the running job its values (or that it failed).
    public func apply(to session: inout StudySession) throws {
        let told = failed ? nil : try Study.values(value: value, values: values, objectives: session.study.directions.count, in: message)
        guard let assignment = session.study.runningAssignment(job) else { throw StudyError.unknownAssignment(trial: job.trial) }
        if let told { try session.tell(assignment, values: told, cost: cost, constraints: constraints) } else { try session.fail(assignment) }
    }
}

extension StudyEvent.JobKey {
    /// The job a message names: "trial", and "rung", "bracket" and "repetition" (0 when left out).
    public static func read(_ reader: inout FieldReader) throws -> StudyEvent.JobKey {
        let trial = try reader.required("trial", "the trial id its ask gave").integer(in: 0...Limits.maxTrials, "the trial number")
        let rung = try reader.optional("rung")?.integer(in: 0...Limits.maxBrackets, "the rung") ?? 0
        let bracket = try reader.optional("bracket")?.integer(in: 0...Limits.maxBrackets, "the bracket") ?? 0
        let repetition = try reader.optional("repetition")?.integer(in: 0...StudyEvent.maxRepetition, "the repetition") ?? 0
        return StudyEvent.JobKey(trial: trial, bracket: bracket, rung: rung, repetition: repetition)
    }
}
