import AllotInterchange
import Foundation

/// Runs a program the way a shell would (`ShellLikeSpawn`), for tests that start shells and servers,
/// output (stdout and stderr together) captured through a file. Foundation's Process hands the child
/// the test thread's signal mask, so a `sh` started that way never sees SIGCHLD and its `wait` hangs;
/// its waitUntilExit can also miss the exit of a script that starts a daemon.
enum Spawn {
    static func run(_ program: String, _ arguments: [String], in folder: String? = nil, environment: [String: String]? = nil) -> (status: Int32, output: String) {
        let log = NSTemporaryDirectory() + "allot-spawn-\(UUID().uuidString).log"
        defer { unlink(log) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // posix_spawn has no portable chdir: a folder is entered by a shell that then becomes the program.
        let command = folder.map { ["/bin/sh", "-c", "cd \"$1\" && shift && exec \"$@\"", "sh", $0, program] + arguments } ?? [program] + arguments
        let argv = command.map { strdup($0) } + [nil]
        let envp = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = ShellLikeSpawn.withAttributes { posix_spawn(&pid, command[0], &actions, &$0, argv, envp) }
        guard spawned == 0 else { return (-1, "cannot start \(program): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        return (status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f), output)
    }
}
