import COpenBLAS
import Foundation

/// A Cholesky factorisation A = L Lᵀ of a symmetric positive-definite matrix (LAPACKE `dpotrf`),
/// kept to solve A x = b and to evaluate quadratic forms xᵀ A⁻¹ x cheaply (LinUCB's width).
public struct CholeskyFactorization: Sendable, Equatable, Codable {
    /// The lower-triangular factor L (entries above the diagonal are zero).
    public let lower: Matrix

    /// Factorises a symmetric positive-definite matrix; only its lower triangle is read.
    public init(_ matrix: Matrix) throws {
        guard matrix.rows == matrix.columns else {
            throw NumericsError.shapeMismatch(operation: "Cholesky", expected: "a square matrix", got: "\(matrix.rows)×\(matrix.columns)")
        }
        var factor = matrix
        let n = matrix.rows
        if n > 0 {
            let info = factor.elements.withUnsafeMutableBufferPointer {
                LAPACKE_dpotrf(LAPACK_ROW_MAJOR, CChar(UInt8(ascii: "L")), Int32(n), $0.baseAddress, Int32(n))
            }
            if info > 0 { throw NumericsError.notPositiveDefinite(minor: Int(info)) }
            if info < 0 { throw NumericsError.lapack(function: "LAPACKE_dpotrf", info: info) }
        }
        for i in 0..<n {
            for j in (i + 1)..<max(n, i + 1) { factor[i, j] = 0 }
        }
        lower = factor
    }

    /// Dimension n of the n × n matrix.
    public var dimension: Int { lower.rows }

    /// x with A x = b (LAPACKE `dpotrs`).
    public func solve(_ b: [Double]) throws -> [Double] {
        var x = b
        try solve(inPlace: &x)
        return x
    }

    /// Overwrites b with A⁻¹ b, without allocating.
    public func solve(inPlace b: inout [Double]) throws {
        let n = dimension
        guard b.count == n else {
            throw NumericsError.shapeMismatch(operation: "Cholesky solve", expected: "a right-hand side of length \(n)", got: "length \(b.count)")
        }
        if n == 0 { return }
        let info = lower.elements.withUnsafeBufferPointer { pl in
            b.withUnsafeMutableBufferPointer { pb in
                LAPACKE_dpotrs(LAPACK_ROW_MAJOR, CChar(UInt8(ascii: "L")), Int32(n), 1, pl.baseAddress, Int32(n), pb.baseAddress, 1)
            }
        }
        if info != 0 { throw NumericsError.lapack(function: "LAPACKE_dpotrs", info: info) }
    }

    /// xᵀ A⁻¹ x = ‖L⁻¹ x‖², computed in `scratch` (length n) by one triangular solve (`cblas_dtrsv`).
    public func inverseQuadraticForm(_ x: [Double], scratch: inout [Double]) -> Double {
        let n = dimension
        precondition(x.count == n && scratch.count == n, "inverseQuadraticForm: vector lengths must equal the dimension")
        if n == 0 { return 0 }
        for i in 0..<n { scratch[i] = x[i] }
        lower.elements.withUnsafeBufferPointer { pl in
            scratch.withUnsafeMutableBufferPointer { ps in
                cblas_dtrsv(CblasRowMajor, CblasLower, CblasNoTrans, CblasNonUnit, Int32(n), pl.baseAddress, Int32(n), ps.baseAddress, 1)
            }
        }
        var sum = 0.0
        for value in scratch { sum += value * value }
        return sum
    }

    /// log det A = 2 Σ ln L_ii.
    public var logDeterminant: Double {
        var sum = 0.0
        for i in 0..<dimension { sum += 2 * log(lower[i, i]) }
        return sum
    }
}

/// A thin singular value decomposition A = U diag(S) Vᵀ (LAPACKE `dgesdd`, divide and conquer).
public struct SingularValueDecomposition: Sendable, Equatable {
    /// m × k left singular vectors, k = min(m, n).
    public let u: Matrix
    /// The k singular values, largest first.
    public let singularValues: [Double]
    /// k × n right singular vectors, transposed.
    public let vTransposed: Matrix

    /// Decomposes `matrix`.
    public init(_ matrix: Matrix) throws {
        let (m, n) = (matrix.rows, matrix.columns)
        let k = min(m, n)
        var work = matrix.elements
        var s = [Double](repeating: 0, count: k)
        var u = Matrix(rows: m, columns: k)
        var vt = Matrix(rows: k, columns: n)
        if k > 0 {
            let info = work.withUnsafeMutableBufferPointer { pa in
                s.withUnsafeMutableBufferPointer { ps in
                    u.elements.withUnsafeMutableBufferPointer { pu in
                        vt.elements.withUnsafeMutableBufferPointer { pv in
                            LAPACKE_dgesdd(LAPACK_ROW_MAJOR, CChar(UInt8(ascii: "S")), Int32(m), Int32(n),
                                           pa.baseAddress, Int32(n), ps.baseAddress,
                                           pu.baseAddress, Int32(k), pv.baseAddress, Int32(n))
                        }
                    }
                }
            }
            if info != 0 { throw NumericsError.lapack(function: "LAPACKE_dgesdd", info: info) }
        }
        self.u = u
        singularValues = s
        vTransposed = vt
    }

    /// U diag(S) Vᵀ, to check a decomposition or rebuild a truncated one.
    public func reconstructed(rank: Int? = nil) throws -> Matrix {
        let r = min(rank ?? singularValues.count, singularValues.count)
        var scaledU = Matrix(rows: u.rows, columns: r)
        for i in 0..<u.rows {
            for j in 0..<r { scaledU[i, j] = u[i, j] * singularValues[j] }
        }
        var topV = Matrix(rows: r, columns: vTransposed.columns)
        for i in 0..<r {
            for j in 0..<vTransposed.columns { topV[i, j] = vTransposed[i, j] }
        }
        return try scaledU.multiplied(by: topV)
    }
}

extension Matrix {
    /// The Cholesky factorisation of this symmetric positive-definite matrix.
    public func cholesky() throws -> CholeskyFactorization { try CholeskyFactorization(self) }

    /// The thin SVD of this matrix.
    public func singularValueDecomposition() throws -> SingularValueDecomposition { try SingularValueDecomposition(self) }
}
