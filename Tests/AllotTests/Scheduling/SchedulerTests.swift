import Testing
import AllotInterchange
@testable import Allot

/// Hyperband's bracket arithmetic, successive halving's promotions, and ASHA's never-idle rule.
@Suite("Schedulers")
struct SchedulerTests {
    @Test("Hyperband R = 81, η = 3 gives exactly the paper's table")
    func hyperbandTable() throws {
        let schedule = try HyperbandSchedule(maxResource: 81, eta: 3)
        let table = schedule.brackets.map { $0.map { [$0.configurations, Int($0.resource)] } }
        #expect(table == [
            [[81, 1], [27, 3], [9, 9], [3, 27], [1, 81]],
            [[34, 3], [11, 9], [3, 27], [1, 81]],
            [[15, 9], [5, 27], [1, 81]],
            [[8, 27], [2, 81]],
            [[5, 81]],
        ])
        #expect(schedule.maxBracket == 4)
        // Powers of η are found without a floating log: R = 243 = 3^5 has s_max = 5; R = 80 has 3.
        #expect(try HyperbandSchedule(maxResource: 243, eta: 3).maxBracket == 5)
        #expect(try HyperbandSchedule(maxResource: 80, eta: 3).maxBracket == 3)
        #expect(throws: InputError.parameter("hyperband", "eta", expected: "an integer in 2...1000", got: "1")) {
            try HyperbandSchedule(maxResource: 81, eta: 1)
        }
        #expect(throws: InputError.self) { try HyperbandSchedule(maxResource: 0.5) }
    }

    @Test("successive halving keeps the best ⌊n/η⌋ of each rung and names the best of the last")
    func successiveHalving() throws {
        let rungs = try HyperbandSchedule(maxResource: 9, eta: 3).brackets[0]   // (9,1) (3,3) (1,9)
        var halving = try SuccessiveHalving(configurations: Array(0..<9), rungs: rungs)
        // Value of a configuration: its id, plus the resource (so later rungs look better).
        var seen: [[Int]] = []
        while !halving.isFinished {
            var jobs: [SchedulerJob] = []
            while let job = halving.nextJob() { jobs.append(job) }
            seen.append(jobs.map(\.configuration).sorted())
            for job in jobs { try halving.report(job, value: Double(job.configuration) + job.resource) }
        }
        #expect(seen == [Array(0..<9), [6, 7, 8], [8]])
        #expect(halving.winner?.configuration == 8)
        #expect(throws: SchedulerError.self) { try halving.report(SchedulerJob(configuration: 3, rung: 0, resource: 1), value: 0) }
    }

    @Test("ASHA never leaves a worker idle while a promotion or a new configuration is possible")
    func ashaNeverIdles() throws {
        for workers in [1, 3, 8] {
            var asha = try ASHA(minResource: 1, maxResource: 27, eta: 3, maxConfigurations: 40)
            var random = RandomSource(seed: UInt64(workers))
            var quality: [Int: Double] = [:]
            // (finish time, job) for busy workers.
            var busy: [(Double, SchedulerJob)] = []
            var clock = 0.0
            var idleWhileWorkExisted = 0
            var finished = 0
            while true {
                while busy.count < workers {
                    let before = asha.results
                    guard let job = asha.nextJob() else {
                        if asha.hasWork { idleWhileWorkExisted += 1 }
                        break
                    }
                    if job.rung > 0 {
                        // A promotion: the configuration was in the top ⌊|rung k| / η⌋ of rung k just now.
                        let rung = before[job.rung - 1]
                        let top = rung.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(rung.count / 3)
                        #expect(top.contains { $0.key == job.configuration })
                    }
                    if quality[job.configuration] == nil { quality[job.configuration] = random.uniform() }
                    busy.append((clock + job.resource * random.uniform(from: 0.5, to: 1.5), job))
                }
                guard let next = busy.indices.min(by: { busy[$0].0 < busy[$1].0 }) else { break }
                let (time, job) = busy.remove(at: next)
                clock = time
                try asha.report(job, value: quality[job.configuration]! + job.resource / 100)
                finished += 1
            }
            #expect(idleWhileWorkExisted == 0)
            #expect(asha.started == 40)
            #expect(!asha.hasWork)
            // Promoted configurations come from the rung below (ASHA may promote more than ⌊|rung k| / η⌋ in
            // total: a configuration in the top third when promoted can drop out of it later).
            for k in 0..<(asha.resources.count - 1) {
                #expect(Set(asha.results[k + 1].keys).isSubset(of: Set(asha.results[k].keys)))
            }
            #expect(asha.resources == [1, 3, 9, 27])
            #expect(asha.best?.rung == 3)
        }
    }

    @Test("ASHA promotes the best of a rung as soon as a third of it is in")
    func ashaPromotes() throws {
        var asha = try ASHA(minResource: 1, maxResource: 9, eta: 3)
        let jobs = (0..<3).map { _ in asha.nextJob()! }
        #expect(jobs.map(\.rung) == [0, 0, 0])
        for (job, value) in zip(jobs, [0.2, 0.9, 0.5]) { try asha.report(job, value: value) }
        let promotion = asha.nextJob()
        #expect(promotion == SchedulerJob(configuration: 1, rung: 1, resource: 3))
        // Nothing else in the top third: the next free worker starts a new configuration.
        let next = asha.nextJob()
        #expect(next == SchedulerJob(configuration: 3, rung: 0, resource: 1))
    }
}
