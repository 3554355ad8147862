import Foundation

extension Study {
    /// Hands out again every running job not `owner`'s whose lease has expired by `now` (the storage's
    /// clock), or whose owner ("host:pid") is a process on this machine that is gone and whose training
    /// process group (if recorded) is gone too. Every storage runs it at the start of an operation.
    public mutating func requeueAbandoned(now: Double, except owner: String?) throws {
        for job in runningJobs where owner == nil || job.owner != owner {
            let reason: String?
            if let lease = job.lease, lease < now {
                reason = "the lease of \(job.owner ?? "its worker") expired"
            } else if let holder = job.owner, Self.isDead(holder), !Self.isAlive(job.process) {
                reason = "its worker \(holder) is gone"
            } else {
                reason = nil
            }
            if let reason, let assignment = runningAssignment(job.key) {
                try requeue(assignment, reason: reason)
            }
        }
    }

    /// Whether `owner` ("host:pid") is a process on this machine that no longer exists.
    static func isDead(_ owner: String) -> Bool {
        let parts = owner.split(separator: ":")
        guard parts.count == 2, String(parts[0]) == ProcessInfo.processInfo.hostName, let pid = Int32(parts[1]), pid > 0 else { return false }
        return kill(pid, 0) != 0 && errno == ESRCH
    }

    /// Whether a recorded process group on this machine still has a process in it.
    static func isAlive(_ process: (host: String, group: Int32)?) -> Bool {
        guard let process, process.host == ProcessInfo.processInfo.hostName, process.group > 1 else { return false }
        return kill(-process.group, 0) == 0 || errno == EPERM
    }
}
