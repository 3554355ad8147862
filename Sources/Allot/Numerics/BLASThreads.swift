import COpenBLAS
import Foundation

/// OpenBLAS's thread count: one setting for the whole process, shared by every BLAS and LAPACK call
/// Allot makes (the trainers' products, the Gaussian process's Cholesky, the rank allocators' SVDs).
/// Work that already fills the cores with its own threads (parallel replications) sets it to 1:
/// OpenBLAS's threads would spin against them (the GP scenario ran 3× slower on 2 cores).
public enum BLASThreads {
    /// The number of threads OpenBLAS uses now.
    public static var current: Int { Int(openblas_get_num_threads()) }

    /// Sets the number of threads (at least 1).
    public static func set(_ threads: Int) {
        openblas_set_num_threads(Int32(max(1, min(threads, Int(Int32.max)))))
    }

    /// True when the user fixed the count with `OPENBLAS_NUM_THREADS`, which Allot then never overrides.
    public static var fixedByEnvironment: Bool {
        ProcessInfo.processInfo.environment["OPENBLAS_NUM_THREADS"] != nil
    }

    /// Sets `threads` unless the environment fixed the count; returns the count to restore afterwards.
    public static func limit(to threads: Int) -> Int {
        let previous = current
        if !fixedByEnvironment { set(threads) }
        return previous
    }
}
