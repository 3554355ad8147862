import Allot

extension Study {
    /// One finished job, in the order the journal recorded it, with what the study had spent and found
    /// by then.
    public struct ProgressRow: Sendable, Equatable {
        public var trial: Int
        public var resource: Double
        /// Nil for a failed job.
        public var value: Double?
        /// The resource this job trained: to `resource` from where it resumed (a promoted trial continues
        /// from its checkpoint; a re-evaluation trains again from the start).
        public var trained: Double
        /// Every finished job's `trained` so far: the budget spent.
        public var spent: Double
        /// The best value among trials at the largest resource so far (a re-evaluated trial's mean), nil
        /// before one got there.
        public var best: Double?
    }

    /// The study's progress against the budget it spent: one row per finished job, in journal order, as
    /// Optuna's optimisation history is one point per trial, but over resource rather than trials,
    /// since a study that stops most trials early spends very different amounts on each.
    public func progress() -> [ProgressRow] {
        let jobOf = Dictionary(uniqueKeysWithValues: jobs.map { ($0.key, $0) })
        var rows: [ProgressRow] = []
        var spent = 0.0
        var finals: [Int: [Double]] = [:]         // each trial's evaluations at the largest resource
        var best: Double?
        for event in events {
            let key: StudyEvent.JobKey, value: Double?
            switch event {
            case let .tell(told, result, _, _): (key, value) = (told, result[0])
            case let .fail(failed): (key, value) = (failed, nil)
            default: continue
            }
            guard let job = jobOf[key] else { continue }
            if let value, job.resource >= maxResource * (1 - 1e-12) {
                // Only a value at the largest resource moves the best (a re-evaluation may lower its trial's mean).
                finals[key.trial, default: []].append(value)
                let means = finals.values.map { $0.reduce(0, +) / Double($0.count) }
                best = direction == .maximize ? means.max() : means.min()
            }
            let trained = max(0, job.resource - (job.resumeFrom ?? 0))
            spent += trained
            rows.append(ProgressRow(trial: key.trial, resource: job.resource, value: value, trained: trained, spent: spent, best: best))
        }
        return rows
    }
}
