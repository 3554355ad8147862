import Allot
import ArgumentParser
import Foundation

/// `allot demo`: races bandit policies on a 10-armed Bernoulli instance and prints regret against the
/// Lai–Robbins bound. The project's main job until `allot simulate` lands.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Race bandit policies on a 10-armed Bernoulli bandit and report regret against the Lai–Robbins bound."
    )

    static let means = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05]

    @Option(help: "Rounds per run.")
    var horizon = 10_000

    @Option(help: "Independent runs per policy (seeds seed, seed+1, ...).")
    var runs = 20

    @Option(help: "Master seed.")
    var seed: UInt64 = 0

    func validate() throws {
        guard horizon >= 1 else { throw ValidationError("--horizon must be an integer >= 1, got \(horizon).") }
        guard runs >= 1 else { throw ValidationError("--runs must be an integer >= 1, got \(runs).") }
    }

    /// One row of the results table.
    struct Row {
        let name: String
        let meanRegret: Double
        let bestArmShare: Double
        let decisionsPerSecond: Double
    }

    func race<P: Policy>(_ name: String, _ make: (UInt64) throws -> P) throws -> Row {
        var totalRegret = 0.0
        var bestPulls = 0
        var elapsed = 0.0
        let best = Self.means.max()!
        for run in 0..<runs {
            let runSeed = SplitMix64.derive(seed: seed, index: UInt64(run))
            var policy = try make(runSeed)
            var environment = RandomSource(seed: SplitMix64.derive(seed: runSeed, index: 1))
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<horizon {
                let arm = try policy.select()
                let reward: Double = environment.bernoulli(Self.means[arm]) ? 1 : 0
                try policy.update(Observation(arm: arm, reward: reward))
                totalRegret += best - Self.means[arm]
                if arm == 0 { bestPulls += 1 }
            }
            elapsed += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        let decisions = Double(horizon * runs)
        return Row(name: name, meanRegret: totalRegret / Double(runs), bestArmShare: Double(bestPulls) / decisions,
                   decisionsPerSecond: decisions / max(elapsed, 1e-9))
    }

    func run() throws {
        let arms = Self.means.count
        let rows = [
            try race("thompson") { try ThompsonSampling(arms: arms, seed: $0) },
            try race("kl-ucb") { _ in try KLUCB(arms: arms) },
            try race("bayes-ucb") { _ in try BayesUCB(arms: arms, horizon: horizon) },
            try race("ucb-v") { _ in try UCBV(arms: arms) },
            try race("ucb1") { _ in try UCB1(arms: arms) },
            try race("exp3") { try EXP3(arms: arms, horizon: horizon, seed: $0) },
            try race("epsilon-greedy") { try EpsilonGreedy(arms: arms, schedule: .constant(epsilon: 0.1), seed: $0) },
        ].sorted { $0.meanRegret < $1.meanRegret }
        let bound = try LaiRobbins.regret(means: Self.means, horizon: horizon)

        print("Bernoulli bandit, means \(Self.means.map { String($0) }.joined(separator: ", "))")
        print("horizon \(horizon), \(runs) runs per policy, seed \(seed); Lai–Robbins regret at this horizon: \(String(format: "%.1f", bound))")
        print("")
        print(pad("policy", 16) + pad("mean regret", 13, right: true) + pad("x bound", 9, right: true)
              + pad("best arm", 10, right: true) + pad("decisions/s", 14, right: true))
        for row in rows {
            print(pad(row.name, 16)
                  + pad(String(format: "%.1f", row.meanRegret), 13, right: true)
                  + pad(String(format: "%.2f", row.meanRegret / bound), 9, right: true)
                  + pad(String(format: "%.1f%%", 100 * row.bestArmShare), 10, right: true)
                  + pad(String(format: "%.2e", row.decisionsPerSecond), 14, right: true))
        }
        print("")
        print("winner: \(rows[0].name) (regret \(String(format: "%.1f", rows[0].meanRegret)), \(String(format: "%.2f", rows[0].meanRegret / bound))x the Lai–Robbins bound)")
    }

    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }
}
