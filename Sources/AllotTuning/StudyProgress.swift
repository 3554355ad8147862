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
        var rows: [ProgressRow] = []
        var spent = 0.0
        var finals: [Int: [Double]] = [:]
        var resourceOf: [StudyEvent.JobKey: (resource: Double, resumeFrom: Double?)] = [:]
        for event in events {
            switch event {
            case let .ask(key, resource, resumeFrom, _, _, _):
                resourceOf[key] = (resource, resumeFrom)
            case let .tell(key, value, _):
                guard let job = resourceOf[key] else { continue }
                if job.resource >= maxResource * (1 - 1e-12) { finals[key.trial, default: []].append(value) }
                rows.append(row(key.trial, job, value: value, spent: &spent, finals: finals))
            case let .fail(key):
                guard let job = resourceOf[key] else { continue }
                rows.append(row(key.trial, job, value: nil, spent: &spent, finals: finals))
            default:
                continue
            }
        }
        return rows
    }

    private func row(_ trial: Int, _ job: (resource: Double, resumeFrom: Double?), value: Double?, spent: inout Double,
                     finals: [Int: [Double]]) -> ProgressRow {
        let trained = max(0, job.resource - (job.resumeFrom ?? 0))
        spent += trained
        let means = finals.values.map { $0.reduce(0, +) / Double($0.count) }
        let best = direction == .maximize ? means.max() : means.min()
        return ProgressRow(trial: trial, resource: job.resource, value: value, trained: trained, spent: spent, best: best)
    }
}
