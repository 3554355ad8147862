// swift-tools-version: 6.1
// Benchmarks for Allot, kept out of the root package so library users never build the benchmark
// dependency. Run from this folder: swift package benchmark
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, so the root package's identity is whatever the
/// checkout is called; derive it instead of assuming "allot".
let rootIdentity = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
    name: "AllotBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        benchmarkTarget("PolicyBenchmarks", using: ["Allot"]),
        benchmarkTarget("RolloutBenchmarks", using: ["Allot", "AllotRL"]),
        benchmarkTarget("TuningBenchmarks", using: ["Allot", "AllotTuning"]),
        benchmarkTarget("PEFTBenchmarks", using: ["Allot", "AllotPEFT"]),
    ]
)

/// A benchmark executable in Benchmarks/NAME using products of the root package.
func benchmarkTarget(_ name: String, using products: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: products.map { .product(name: $0, package: rootIdentity) } + [.product(name: "Benchmark", package: "benchmark")],
        path: "Benchmarks/\(name)",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}
