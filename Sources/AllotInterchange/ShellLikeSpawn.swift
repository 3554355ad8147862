import Foundation

/// posix_spawn attributes that start a program as a shell would: every signal at its default action and
/// none blocked. A program started from a worker thread (Dispatch's and the test runner's block nearly
/// every signal) otherwise inherits that mask across exec, and then never sees SIGTERM, SIGINT or
/// SIGCHLD: a shell's `wait` hangs, a timeout cannot stop it gently.
public enum ShellLikeSpawn {
    public static func withAttributes<T>(_ body: (inout posix_spawnattr_t) throws -> T) rethrows -> T {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t(), unblocked = sigset_t()
        sigemptyset(&defaults)
        for number: Int32 in 1..<32 where number != SIGKILL && number != SIGSTOP { sigaddset(&defaults, number) }
        sigemptyset(&unblocked)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        return try body(&attributes)
    }
}
