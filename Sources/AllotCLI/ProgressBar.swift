import AllotInterchange
import AllotSimulator
import Foundation

/// Shows run progress on stderr: a redrawn bar when stderr is a terminal, a plain line per tenth otherwise
/// (so logs and CI output stay readable).
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let start = Date()
    private var lastDecile = -1
    private var lastDraw = Date.distantPast
    private var drawn = false

    func update(_ progress: SimulationRunner.Progress) {
        lock.withLock {
            let fraction = Double(progress.completed) / Double(max(progress.total, 1))
            if progress.scenario.isEmpty {
                write("resuming: \(progress.resumed) of \(progress.total) replications already saved\n")
                return
            }
            if isTerminal {
                let now = Date()
                guard progress.completed == progress.total || now.timeIntervalSince(lastDraw) > 0.1 else { return }
                lastDraw = now
                let width = 30
                let filled = Int(fraction * Double(width))
                let elapsed = now.timeIntervalSince(start)
                let done = progress.completed - progress.resumed
                let remaining = done > 0 ? elapsed / Double(done) * Double(progress.total - progress.completed) : 0
                let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
                let label = "\(progress.scenario) · \(progress.contender)"
                write("\r\u{1B}[2K\(bar) \(progress.completed)/\(progress.total)  ETA \(Self.duration(remaining))  \(label.prefix(50))")
                drawn = true
            } else {
                let decile = Int(fraction * 10)
                guard decile > lastDecile else { return }
                lastDecile = decile
                write("\(Int(fraction * 100))% (\(progress.completed)/\(progress.total) replications, \(Self.duration(Date().timeIntervalSince(start))) elapsed)\n")
            }
        }
    }

    /// Ends the bar's line.
    func finish() {
        lock.withLock {
            if drawn { write("\n") }
            drawn = false
        }
    }

    private func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }

    static func duration(_ seconds: Double) -> String {
        seconds < 60 ? String(format: "%.0fs", seconds) : String(format: "%dm%02ds", Int(seconds) / 60, Int(seconds) % 60)
    }
}
