import COpenBLAS
import Dispatch

/// Single-precision matrix products through OpenBLAS for the trainers (MLP, transformer), which keep
/// their tensors in flat `[Float]` buffers. Row-major; `transposeA`/`transposeB` select op(A), op(B).
/// C ← alpha · op(A) · op(B) + beta · C, with op(A) m×k and op(B) k×n. Allocates nothing.
public enum FloatGEMM {
    @inlinable
    public static func multiply(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, into c: UnsafeMutablePointer<Float>,
                                m: Int, n: Int, k: Int, transposeA: Bool = false, transposeB: Bool = false,
                                alpha: Float = 1, beta: Float = 0) {
        if m == 0 || n == 0 { return }
        run(a, b, c, m: m, n: n, k: k, lda: transposeA ? m : k, ldb: transposeB ? k : n, ldc: n,
            transposeA: transposeA, transposeB: transposeB, alpha: alpha, beta: beta)
    }

    /// The same with explicit leading dimensions, for products on column blocks of a wider matrix
    /// (one attention head's slice of Q, K, V).
    @inlinable
    public static func multiply(_ a: UnsafePointer<Float>, lda: Int, _ b: UnsafePointer<Float>, ldb: Int,
                                into c: UnsafeMutablePointer<Float>, ldc: Int, m: Int, n: Int, k: Int,
                                transposeA: Bool = false, transposeB: Bool = false, alpha: Float = 1, beta: Float = 0) {
        if m == 0 || n == 0 { return }
        run(a, b, c, m: m, n: n, k: k, lda: lda, ldb: ldb, ldc: ldc, transposeA: transposeA, transposeB: transposeB, alpha: alpha, beta: beta)
    }

    /// Opt-in accounting of the time spent in `sgemm` (benchmarks report the GEMM share of a training step).
    /// Off by default; when off it costs one branch per product.
    nonisolated(unsafe) public static var profiling = false
    nonisolated(unsafe) public static var profiledNanoseconds: UInt64 = 0
    nonisolated(unsafe) public static var profiledCalls = 0

    @usableFromInline
    static func run(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
                    m: Int, n: Int, k: Int, lda: Int, ldb: Int, ldc: Int,
                    transposeA: Bool, transposeB: Bool, alpha: Float, beta: Float) {
        let start = profiling ? DispatchTime.now().uptimeNanoseconds : 0
        defer {
            if profiling {
                profiledNanoseconds += DispatchTime.now().uptimeNanoseconds - start
                profiledCalls += 1
            }
        }
        cblas_sgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                    Int32(m), Int32(n), Int32(k), alpha, a, Int32(max(lda, 1)), b, Int32(max(ldb, 1)), beta, c, Int32(max(ldc, 1)))
    }

}
