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
        .executableTarget(
            name: "PolicyBenchmarks",
            dependencies: [
                .product(name: "Allot", package: rootIdentity),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/PolicyBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "RolloutBenchmarks",
            dependencies: [
                .product(name: "Allot", package: rootIdentity),
                .product(name: "AllotRL", package: rootIdentity),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/RolloutBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "TuningBenchmarks",
            dependencies: [
                .product(name: "Allot", package: rootIdentity),
                .product(name: "AllotTuning", package: rootIdentity),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/TuningBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
