import AllotInterchange
import ArgumentParser
import Foundation

/// `allot __trial-wrapper -- PROGRAM ARGS...` (hidden): what `allot tune` runs each training command
/// under. It leads the trial's process group, starts the command in it, and watches its own parent: if
/// the tuner dies (even by SIGKILL), it stops the whole group — SIGTERM, then SIGKILL two seconds later
/// — so no trial outlives its tuner and a resumed tuner never runs a job beside an orphan. It exits as
/// the command did (the same status, or the same signal).
struct TrialWrapperCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "__trial-wrapper", shouldDisplay: false)

    @Argument(parsing: .postTerminator)
    var command: [String] = []

    func run() throws {
        guard let program = command.first else { throw ValidationError("give the command after --.") }
        let parent = getppid()
        setpgid(0, 0)                 // lead the group that `allot tune` stops on a timeout or Ctrl-C
        signal(SIGTERM, SIG_IGN)      // that stop reaches the command; this process then reports how it ended
        signal(SIGINT, SIG_IGN)

        let arguments = command.map { strdup($0) } + [nil]
        let environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (arguments + environment).forEach { free($0) } }
        var child: pid_t = 0
        // The command starts as from a shell (this process was started from a tuner's worker thread).
        let spawned = ShellLikeSpawn.withAttributes { posix_spawn(&child, program, nil, &$0, arguments, environment) }
        guard spawned == 0 else {
            FileHandle.standardError.write(Data("allot: cannot start \(program): \(String(cString: strerror(spawned)))\n".utf8))
            Foundation.exit(127)
        }
        let spawnedChild = child
        Thread.detachNewThread {
            while getppid() == parent { usleep(100_000) }
            // The tuner is gone: stop the trial's whole process group.
            kill(0, SIGTERM)
            for _ in 0..<20 where kill(spawnedChild, 0) == 0 { usleep(100_000) }
            kill(0, SIGKILL)
        }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0, errno == EINTR {}
        let signalNumber = status & 0x7F
        if signalNumber == 0 { Foundation.exit((status >> 8) & 0xFF) }
        signal(signalNumber, SIG_DFL)
        kill(getpid(), signalNumber)
        Foundation.exit(128 + signalNumber)
    }
}
