import Foundation

/// A flag raised once (by Ctrl-C, SIGTERM, a fatal error or a test) that long-running loops poll, with
/// callbacks that run when it is raised (to stop child processes at once).
public final class StopSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false
    private var handlers: [@Sendable () -> Void] = []
    private let limit: Int?
    private var admitted = 0

    /// `afterAdmissions`: raise automatically once that many units of work have been admitted (tests
    /// use it to simulate an interruption at a known point).
    public init(afterAdmissions limit: Int? = nil) { self.limit = limit }

    public var isRaised: Bool { lock.withLock { raised } }

    public func raise() {
        let toRun: [@Sendable () -> Void] = lock.withLock {
            guard !raised else { return [] }
            raised = true
            return handlers
        }
        for handler in toRun { handler() }
    }

    /// Runs `handler` when the signal is raised (at once if it already is).
    public func onRaise(_ handler: @escaping @Sendable () -> Void) {
        let runNow: Bool = lock.withLock {
            if raised { return true }
            handlers.append(handler)
            return false
        }
        if runNow { handler() }
    }

    /// Called before starting one unit of work (a replication); false when it must not start.
    public func admit() -> Bool {
        let (allowed, justRaised): (Bool, Bool) = lock.withLock {
            if raised { return (false, false) }
            if let limit, admitted >= limit { return (false, true) }
            admitted += 1
            return (true, false)
        }
        if justRaised { raise() }
        return allowed
    }
}
