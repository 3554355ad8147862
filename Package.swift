// swift-tools-version: 6.1
// Allot: spends limited training budgets (LoRA rank, RL rollouts, hyperparameter trials) where they teach the most.
import PackageDescription

let package = Package(
    name: "Allot",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Allot", targets: ["Allot"]),
        .library(name: "AllotInterchange", targets: ["AllotInterchange"]),
        .library(name: "AllotRL", targets: ["AllotRL"]),
        .library(name: "AllotPEFT", targets: ["AllotPEFT"]),
        .library(name: "AllotTuning", targets: ["AllotTuning"]),
        .library(name: "AllotSimulator", targets: ["AllotSimulator"]),
        .library(name: "AllotService", targets: ["AllotService"]),
        // liballot's C entry points for in-process clients (the Python package loads it with ctypes).
        .library(name: "AllotFFI", type: .dynamic, targets: ["AllotFFI"]),
        .executable(name: "allot", targets: ["AllotCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // System libraries, linked by name (no pkgConfig: see docs/toolchain notes in README).
        .systemLibrary(name: "COpenBLAS", path: "Sources/COpenBLAS"),
        .systemLibrary(name: "CGSL", path: "Sources/CGSL"),
        .systemLibrary(name: "CLibPQ", path: "Sources/CLibPQ"),

        // What crosses the boundary: the strict JSON parser and writer, the path-tracking reader, errors
        // with their exit class, atomic files, limits, registries. Knows no algorithm; depends on Foundation only.
        .target(name: "AllotInterchange", exclude: ["README.md"]),

        // The allocation core: numerics wrappers and bandit policies. Hides every C pointer.
        .target(
            name: "Allot",
            dependencies: ["COpenBLAS", "CGSL", "AllotInterchange"],
            exclude: ["README.md"]
        ),

        // Rank budgets: the RankAdaptable protocol, rank allocators, a LoRA transformer trainer on OpenBLAS.
        .target(name: "AllotPEFT", dependencies: ["Allot", "AllotData"]),

        // Rollout budgets: per-prompt statistics, rollout allocators, the RolloutSampler adapter, a GRPO learner.
        .target(name: "AllotRL", dependencies: ["Allot"], exclude: ["README.md"]),

        // Hyperparameter budgets: recorded tuning problems and the tuners that replay them.
        .target(
            name: "AllotTuning",
            dependencies: ["Allot", "AllotData", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["README.md"]
        ),

        // Real recorded data compiled into the binary (LCDB learning curves), with sources and licences.
        .target(name: "AllotData", dependencies: ["AllotInterchange"], exclude: ["LCDB-LICENSE.txt", "DIGITS-LICENSE.txt", "TEXTS-LICENSE.txt"]),

        // Offline evaluation: scenarios, seeded replications in parallel, metrics, reports.
        .target(
            name: "AllotSimulator",
            dependencies: ["Allot", "AllotData", "AllotPEFT", "AllotRL", "AllotTuning"],
            exclude: ["README.md"],
            resources: [
                .embedInCode("BuiltIn/bernoulli-10.json"),
                .embedInCode("BuiltIn/gaussian-5.json"),
                .embedInCode("BuiltIn/piecewise-stationary.json"),
                .embedInCode("BuiltIn/adversarial-alternating.json"),
                .embedInCode("BuiltIn/linear-contextual.json"),
                .embedInCode("BuiltIn/budgeted-bernoulli.json"),
                .embedInCode("BuiltIn/lcdb-replay.json"),
                .embedInCode("BuiltIn/grpo-rollouts.json"),
                .embedInCode("BuiltIn/lcdb-tuning.json"),
                .embedInCode("BuiltIn/function-tuning.json"),
                .embedInCode("BuiltIn/rank-allocation.json"),
                .embedInCode("BuiltIn/minilm-ranks.json"),
                .embedInCode("BuiltIn/minilm-tuning.json"),
                .embedInCode("BuiltIn/grpo-arithmetic.json"),
            ]
        ),

        // Study storage in PostgreSQL, for workers on many machines (libpq, the server project's client).
        .target(name: "AllotPostgres", dependencies: ["AllotTuning", "CLibPQ"]),

        // Objects by handle behind JSON-RPC 2.0: what `allot serve` and liballot speak to clients.
        .target(name: "AllotService", dependencies: ["Allot", "AllotPEFT", "AllotRL", "AllotTuning", "AllotPostgres"]),

        // The C ABI over the service: allot_service_new / _call / _free, for in-process clients.
        .target(name: "AllotFFI", dependencies: ["AllotService"]),

        // The `allot` command-line tool: thin parsing, files, exit codes.
        .executableTarget(
            name: "AllotCLI",
            dependencies: [
                "Allot",
                "AllotInterchange",
                "AllotPEFT",
                "AllotRL",
                "AllotPostgres",
                "AllotService",
                "AllotSimulator",
                "AllotTuning",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // The README's library example, compiled with the package so it cannot rot.
        .executableTarget(name: "ReadmeExample", dependencies: ["Allot"], path: "Examples/ReadmeExample"),

        // AllotCLI is a dependency so `swift test` builds the `allot` binary the CLI tests run.
        .testTarget(name: "AllotTests", dependencies: ["Allot", "AllotInterchange", "AllotService", "AllotPostgres", "AllotData", "AllotPEFT", "AllotRL", "AllotTuning", "AllotSimulator", "AllotCLI",
                                                  .product(name: "GRDB", package: "GRDB.swift")]),
    ],
    swiftLanguageModes: [.v6]
)
