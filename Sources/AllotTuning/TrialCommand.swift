import Allot
import Foundation

/// Runs an external training command for one assignment — the protocol behind `allot tune -- COMMAND`.
///
/// The command receives the assignment as one JSON object on stdin
/// (`{"trial", "rung", "bracket", "repetition", "resource", "resumeFrom", "checkpoint", "configuration": {...}}`) and
/// in environment variables: `ALLOT_TRIAL`, `ALLOT_REPETITION` (k > 0: the k-th re-evaluation of the trial at
/// this resource, trained afresh: use it to pick another seed or split), `ALLOT_RESOURCE`, `ALLOT_RESUME_FROM` (empty for a fresh start),
/// `ALLOT_CHECKPOINT` (a path the command may save to and resume from), `ALLOT_CONFIGURATION` (the JSON
/// object) and `ALLOT_PARAM_<NAME>` per hyperparameter (name upper-cased, other characters as `_`; two
/// names that would give the same variable are refused up front). It trains to `resource` and prints a
/// line `{"resource": r, "value": v}` whenever it has a value (one per epoch, say); other output passes
/// through. Exit status 0 with at least one value line is a result (the last value); anything else is a
/// failed trial.
public struct TrialCommand: Sendable {
    /// Program and arguments; the program is looked up on PATH.
    public let arguments: [String]
    /// Where per-trial checkpoint paths point (`<directory>/trial-<id>`); created on demand.
    public let checkpointDirectory: String?
    /// Seconds after which a trial is stopped and failed.
    public let timeout: Double?
    /// A program (and its arguments) the command runs under, e.g. `allot __trial-wrapper --`, which
    /// stops the command's process group when the tuner dies.
    public let wrapper: [String]

    public struct Outcome: Sendable, Equatable {
        public var status: Int32
        /// The last value the command printed, if any.
        public var value: Double?
        public var reports: Int
        /// Why the trial failed, for the progress log.
        public var failure: String?
        /// User attributes the command printed (`{"attributes": {...}}`), a later key replacing an earlier.
        public var attributes: [String: JSONValue] = [:]
        /// Attributes refused (null, empty name, too large), for the progress log.
        public var refusedAttributes: [String] = []
    }

    public init(arguments: [String], checkpointDirectory: String? = nil, timeout: Double? = nil, wrapper: [String] = []) throws {
        guard let program = arguments.first else {
            throw InputError.parameter("allot tune", "command", expected: "a program to run after --", got: "nothing")
        }
        guard Self.resolve(program) != nil else {
            throw InputError.parameter("allot tune", "command", expected: "a program on PATH or a path to an executable file", got: "\"\(program)\"")
        }
        if let timeout, !(timeout > 0 && timeout <= 1e9) {
            throw InputError.parameter("allot tune", "trial-timeout", expected: "a number of seconds in (0, 1e9]", got: "\(timeout)")
        }
        self.arguments = arguments
        self.checkpointDirectory = checkpointDirectory
        self.timeout = timeout
        self.wrapper = wrapper
    }

    /// The checkpoint path of a trial.
    public func checkpoint(trial: Int) -> String? {
        checkpointDirectory.map { ($0 as NSString).appendingPathComponent("trial-\(trial)") }
    }

    /// The checkpoint path of an assignment: its trial's, or for a re-evaluation one of its own, so it
    /// neither resumes from nor overwrites the trial's network.
    public func checkpoint(_ assignment: Study.Assignment) -> String? {
        guard assignment.repetition > 0 else { return checkpoint(trial: assignment.trial) }
        return checkpointDirectory.map { ($0 as NSString).appendingPathComponent("trial-\(assignment.trial)-repetition-\(assignment.repetition)") }
    }

    /// What the command gets on stdin.
    public func input(_ assignment: Study.Assignment, space: SearchSpace) -> JSONValue {
        .object([
            "trial": .number(Double(assignment.trial)), "rung": .number(Double(assignment.rung)), "bracket": .number(Double(assignment.bracket)),
            "repetition": .number(Double(assignment.repetition)),
            "resource": .number(assignment.resource), "resumeFrom": assignment.resumeFrom.map(JSONValue.number) ?? .null,
            "checkpoint": checkpoint(assignment).map(JSONValue.string) ?? .null,
            "configuration": space.json(assignment.configuration),
        ])
    }

    /// The variable that carries parameter `name`.
    public static func variable(for name: String) -> String {
        "ALLOT_PARAM_" + String(name.uppercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
    }

    /// Refuses a space in which two parameters would share one `ALLOT_PARAM_*` variable.
    public static func checkVariables(_ space: SearchSpace) throws {
        var owners: [String: String] = [:]
        for parameter in space.parameters {
            let variable = variable(for: parameter.name)
            if let other = owners[variable] {
                throw InputError(source: "search space", path: "", problem: .other(
                    "parameters '\(other)' and '\(parameter.name)' would both be passed as \(variable); rename one (the JSON on stdin keeps both names)"))
            }
            owners[variable] = parameter.name
        }
    }

    /// The environment variables the command gets (added to this process's environment).
    public func environment(_ assignment: Study.Assignment, space: SearchSpace) -> [String: String] {
        var variables: [String: String] = [
            "ALLOT_TRIAL": String(assignment.trial),
            "ALLOT_RUNG": String(assignment.rung),
            "ALLOT_REPETITION": String(assignment.repetition),
            "ALLOT_RESOURCE": Self.number(assignment.resource),
            "ALLOT_RESUME_FROM": assignment.resumeFrom.map(Self.number) ?? "",
            "ALLOT_CONFIGURATION": space.json(assignment.configuration).canonicalText,
        ]
        if let path = checkpoint(assignment) { variables["ALLOT_CHECKPOINT"] = path }
        for (name, value) in assignment.configuration {
            let key = Self.variable(for: name)
            switch value {
            case let .number(x): variables[key] = Self.number(x)
            case let .integer(x): variables[key] = String(x)
            case let .choice(x): variables[key] = x
            }
        }
        return variables
    }

    /// Runs the command for `assignment`: `report(resource, value)` for each value line, `output(line)` for
    /// every other line, `started(process)` once it runs (so a caller can stop it). Blocks until it exits.
    /// SIGPIPE is ignored from then on (as servers do): a command that exits without reading its input
    /// fails its trial instead of killing the caller.
    public func run(_ assignment: Study.Assignment, space: SearchSpace, report: (Double, Double) -> Void, output: (String) -> Void,
                    started: (Process) -> Void = { _ in }) throws -> Outcome {
        signal(SIGPIPE, SIG_IGN)
        if let directory = checkpointDirectory {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        let process = Process()
        let program = wrapper.isEmpty ? Self.resolve(arguments[0])! : wrapper[0]
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = wrapper.isEmpty ? Array(arguments.dropFirst()) : Array(wrapper.dropFirst()) + [Self.resolve(arguments[0])!] + arguments.dropFirst()
        var inherited = ProcessInfo.processInfo.environment
        // Python block-buffers a pipe: without this, a Python command's values arrive only when it exits.
        if inherited["PYTHONUNBUFFERED"] == nil { inherited["PYTHONUNBUFFERED"] = "1" }
        process.environment = inherited.merging(environment(assignment, space: space)) { $1 }
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        started(process)
        // Plain threads, not Dispatch's global queues: when many trials run at once, blocked queue workers
        // must not be able to delay a timeout or the input a command waits for.
        let finished = Flag(), timedOut = Flag()
        if let timeout {
            Thread.detachNewThread {
                let deadline = Date().addingTimeInterval(timeout)
                while !finished.isSet, process.isRunning, Date() < deadline { usleep(5_000) }
                if !finished.isSet, process.isRunning {
                    timedOut.set()
                    Self.stop(process)
                }
            }
        }
        // The command may not read stdin at all: write from another thread so a full pipe cannot block us.
        let payload = Data(((try? JSONWriter.text(input(assignment, space: space))) ?? "{}").utf8 + [0x0A])
        let writer = stdin.fileHandleForWriting
        Thread.detachNewThread {
            try? writer.write(contentsOf: payload)
            try? writer.close()
        }
        var outcome = Outcome(status: 0, value: nil, reports: 0, failure: nil)
        var lines = LineBuffer()
        var printedPythonDict = false
        func handle(_ line: Data) {
            guard let text = String(data: line, encoding: .utf8) else { return }
            // A carriage return starts a line over on a terminal (progress bars): each part is a line.
            for part in text.split(separator: "\r") { take(part.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
        func take(_ text: String) {
            guard !text.isEmpty else { return }
            switch Self.valueLine(text) {
            case let .value(resource, value, attributes)?:
                take(attributes: attributes)
                outcome.value = value
                outcome.reports += 1
                report(resource ?? assignment.resource, value)
            case let .nonFinite(text)?:
                outcome.failure = "printed a value that is not a finite number (\(text))"
            case let .attributes(attributes)?:
                take(attributes: attributes)
            case nil:
                if text.hasPrefix("{'"), text.contains("'value'") { printedPythonDict = true }
                output(text)
            }
        }
        func take(attributes: JSONObject?) {
            guard let attributes else { return }
            let reader = FieldReader(source: "output", path: "attributes", value: .object(attributes))
            for (key, value) in attributes {
                do {
                    outcome.attributes[key] = try StudyEvent.attribute(key, value, in: reader)
                } catch {
                    outcome.refusedAttributes.append("\(error)")
                }
            }
        }
        let reader = stdout.fileHandleForReading
        while true {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            lines.append(chunk, handle)
        }
        lines.finish(handle)
        process.waitUntilExit()
        finished.set()
        outcome.status = process.terminationStatus
        if process.terminationReason == .uncaughtSignal {
            outcome.failure = timedOut.isSet ? "timed out after \(Self.number(timeout ?? 0)) s" : "stopped by signal \(process.terminationStatus)"
        } else if outcome.status != 0 {
            outcome.failure = "exit status \(outcome.status)"
        } else if outcome.failure == nil, outcome.value == nil {
            outcome.failure = "printed no {\"resource\": r, \"value\": v} line"
                + (printedPythonDict ? " (it printed a Python dict, whose quotes are not JSON's: print(json.dumps({...})))" : "")
        }
        if outcome.failure != nil { outcome.value = nil }
        return outcome
    }

    /// Stops a command and everything it started: Foundation runs each command in its own process group,
    /// so SIGTERM to the group also reaches a `sleep` or a data-loader worker that holds the output pipe.
    public static func stop(_ process: Process) {
        guard process.isRunning else { return }
        let pid = process.processIdentifier
        if getpgid(pid) == pid { kill(-pid, SIGTERM) } else { process.terminate() }
    }

    enum ValueLine: Equatable {
        case value(resource: Double?, value: Double, attributes: JSONObject?)
        case nonFinite(String)
        /// `{"attributes": {...}}` without a value.
        case attributes(JSONObject)
    }

    /// `{"resource": r, "value": v}` (resource optional, `"attributes": {...}` optional) → (r, v,
    /// attributes); `{"attributes": {...}}` alone → the attributes; nil for any other line.
    static func valueLine(_ text: String) -> ValueLine? {
        guard text.first == "{", text.utf8.count <= 1 << 20, let parsed = try? JSONParser.parse(text, source: "output") else { return nil }
        var attributes: JSONObject?
        if case let .object(object)? = parsed.value(for: "attributes") { attributes = object }
        guard case let .number(value)? = parsed.value(for: "value") else {
            guard let attributes, case let .object(members) = parsed, members.count == 1 else { return nil }
            return .attributes(attributes)
        }
        guard value.isFinite else { return .nonFinite(JSONValue.format(value)) }
        var resource: Double?
        if case let .number(r)? = parsed.value(for: "resource"), r.isFinite { resource = r }
        return .value(resource: resource, value: value, attributes: attributes)
    }

    /// Integral values print without a fraction ("27", not "27.0"), so shell scripts can use them as counts.
    public static func number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }

    /// The executable for `program`: itself if it contains a slash, else the first match on PATH.
    static func resolve(_ program: String) -> String? {
        let manager = FileManager.default
        if program.contains("/") { return manager.isExecutableFile(atPath: program) ? program : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = (String(directory) as NSString).appendingPathComponent(program)
            if manager.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// A flag set from another thread.
    public final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        public init() {}
        public func set() { lock.withLock { value = true } }
        public var isSet: Bool { lock.withLock { value } }
    }
}

/// Splits a byte stream into lines in linear time: each chunk is scanned once, and consumed bytes are
/// dropped once per chunk, so one 2 MB line costs the same as two thousand short ones.
struct LineBuffer {
    private var pending = Data()

    mutating func append(_ chunk: Data, _ line: (Data) -> Void) {
        var start = pending.startIndex
        let scanFrom = pending.endIndex
        pending.append(chunk)
        var index = scanFrom
        while let newline = pending[index...].firstIndex(of: UInt8(ascii: "\n")) {
            line(pending[start..<newline])
            start = pending.index(after: newline)
            index = start
        }
        if start != pending.startIndex { pending = Data(pending[start...]) }
    }

    mutating func finish(_ line: (Data) -> Void) {
        if !pending.isEmpty { line(pending) }
        pending = Data()
    }
}

/// Quoting for a POSIX shell: a word in single quotes, with each quote written '\'' — pasting a hint
/// runs the command it shows, whatever a parameter value contains.
public enum ShellQuote {
    public static func word(_ text: String) -> String {
        if !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_./=:,+@%".contains($0)) }) { return text }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    public static func command(_ words: [String]) -> String { words.map(word).joined(separator: " ") }
}
