// The README's example, kept compiling. Run: swift run ReadmeExample
import Allot
import Foundation

let means = [0.30, 0.55, 0.70]                        // hidden from the policy
var policy = try ThompsonSampling(arms: means.count, seed: 42)
var environment = RandomSource(seed: 7)
for _ in 0..<5_000 {
    let arm = try policy.select()                     // select(k:) gives k distinct arms per round
    let reward: Double = environment.bernoulli(means[arm]) ? 1 : 0
    try policy.update(Observation(arm: arm, reward: reward))
}
for arm in 0..<policy.armCount {
    print("arm \(arm): \(policy.pulls[arm]) pulls, posterior mean \(policy.posteriorMean(of: arm))")
}
let checkpoint = try JSONEncoder().encode(policy)     // decode it later to resume bit-for-bit
print("checkpoint: \(checkpoint.count) bytes")
