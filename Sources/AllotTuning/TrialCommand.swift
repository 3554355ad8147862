import AllotInterchange
import Foundation

/// Runs an external training command for one assignment — the protocol behind `allot tune -- COMMAND`.
///
/// The command receives the assignment as one JSON object on stdin
/// (`{"trial", "rung", "bracket", "resource", "resumeFrom", "checkpoint", "configuration": {...}}`) and in
/// environment variables: `ALLOT_TRIAL`, `ALLOT_RESOURCE`, `ALLOT_RESUME_FROM` (empty for a fresh start),
/// `ALLOT_CHECKPOINT` (a path the command may save to and resume from), `ALLOT_CONFIGURATION` (the JSON
/// object) and `ALLOT_PARAM_<NAME>` per hyperparameter (name upper-cased, other characters as `_`).
/// It trains to `resource` and prints a line `{"resource": r, "value": v}` whenever it has a value (one per
/// epoch, say); other output passes through. Exit status 0 with at least one value line is a result (the
/// last value); anything else is a failed trial.
public struct TrialCommand: Sendable {
    /// Program and arguments; the program is looked up on PATH.
    public let arguments: [String]
    /// Where per-trial checkpoint paths point (`<directory>/trial-<id>`); created on demand.
    public let checkpointDirectory: String?
    /// Seconds after which a trial is stopped and failed.
    public let timeout: Double?

    public struct Outcome: Sendable, Equatable {
        public var status: Int32
        /// The last value the command printed, if any.
        public var value: Double?
        public var reports: Int
        /// Why the trial failed, for the progress log.
        public var failure: String?
    }

    public init(arguments: [String], checkpointDirectory: String? = nil, timeout: Double? = nil) throws {
        guard let program = arguments.first else {
            throw InputError.parameter("allot tune", "command", expected: "a program to run after --", got: "nothing")
        }
        guard Self.resolve(program) != nil else {
            throw InputError.parameter("allot tune", "command", expected: "a program on PATH or a path to an executable file", got: "\"\(program)\"")
        }
        if let timeout, !(timeout > 0) {
            throw InputError.parameter("allot tune", "trial-timeout", expected: "a number of seconds > 0", got: "\(timeout)")
        }
        self.arguments = arguments
        self.checkpointDirectory = checkpointDirectory
        self.timeout = timeout
    }

    /// The checkpoint path of a trial.
    public func checkpoint(trial: Int) -> String? {
        checkpointDirectory.map { ($0 as NSString).appendingPathComponent("trial-\(trial)") }
    }

    /// What the command gets on stdin.
    public func input(_ assignment: Study.Assignment) -> [String: Any] {
        var object: [String: Any] = [
            "trial": assignment.trial, "rung": assignment.rung, "bracket": assignment.bracket,
            "resource": assignment.resource, "resumeFrom": assignment.resumeFrom.map { $0 as Any } ?? NSNull(),
            "configuration": Self.plain(assignment.configuration),
        ]
        object["checkpoint"] = checkpoint(trial: assignment.trial) ?? NSNull()
        return object
    }

    /// The environment variables the command gets (added to this process's environment).
    public func environment(_ assignment: Study.Assignment) -> [String: String] {
        var variables: [String: String] = [
            "ALLOT_TRIAL": String(assignment.trial),
            "ALLOT_RUNG": String(assignment.rung),
            "ALLOT_RESOURCE": Self.number(assignment.resource),
            "ALLOT_RESUME_FROM": assignment.resumeFrom.map(Self.number) ?? "",
            "ALLOT_CONFIGURATION": Self.json(Self.plain(assignment.configuration)),
        ]
        if let path = checkpoint(trial: assignment.trial) { variables["ALLOT_CHECKPOINT"] = path }
        for (name, value) in assignment.configuration {
            let key = "ALLOT_PARAM_" + String(name.uppercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
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
    public func run(_ assignment: Study.Assignment, report: (Double, Double) -> Void, output: (String) -> Void,
                    started: (Process) -> Void = { _ in }) throws -> Outcome {
        signal(SIGPIPE, SIG_IGN)
        if let directory = checkpointDirectory {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.resolve(arguments[0])!)
        process.arguments = Array(arguments.dropFirst())
        process.environment = ProcessInfo.processInfo.environment.merging(environment(assignment)) { $1 }
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
        let payload = Data((Self.json(input(assignment)) + "\n").utf8)
        let writer = stdin.fileHandleForWriting
        Thread.detachNewThread {
            try? writer.write(contentsOf: payload)
            try? writer.close()
        }
        var outcome = Outcome(status: 0, value: nil, reports: 0, failure: nil)
        var pending = Data()
        let reader = stdout.fileHandleForReading
        func handle(_ line: Data) {
            guard let text = String(data: line, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return }
            if let (resource, value) = Self.valueLine(text) {
                outcome.value = value
                outcome.reports += 1
                report(resource ?? assignment.resource, value)
            } else {
                output(text)
            }
        }
        while true {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            pending.append(chunk)
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                handle(pending[pending.startIndex..<newline])
                pending.removeSubrange(pending.startIndex...newline)
            }
        }
        handle(pending)
        process.waitUntilExit()
        finished.set()
        outcome.status = process.terminationStatus
        if process.terminationReason == .uncaughtSignal {
            outcome.failure = timedOut.isSet ? "timed out after \(Self.number(timeout ?? 0)) s" : "stopped by signal \(process.terminationStatus)"
        } else if outcome.status != 0 {
            outcome.failure = "exit status \(outcome.status)"
        } else if outcome.value == nil {
            outcome.failure = "printed no {\"resource\": r, \"value\": v} line"
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

    /// `{"resource": r, "value": v}` (resource optional) → (r, v); nil for any other line.
    static func valueLine(_ text: String) -> (Double?, Double)? {
        guard text.first == "{", let data = text.data(using: .utf8),
              let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              let value = (object["value"] as? NSNumber)?.doubleValue, value.isFinite else { return nil }
        let resource = (object["resource"] as? NSNumber)?.doubleValue
        return (resource.flatMap { $0.isFinite ? $0 : nil }, value)
    }

    static func plain(_ configuration: Configuration) -> [String: Any] {
        configuration.mapValues { value -> Any in
            switch value {
            case let .number(x): return x
            case let .integer(x): return x
            case let .choice(x): return x
            }
        }
    }

    /// Compact JSON with sorted keys.
    public static func json(_ object: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
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
    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        func set() { lock.withLock { value = true } }
        var isSet: Bool { lock.withLock { value } }
    }
}
