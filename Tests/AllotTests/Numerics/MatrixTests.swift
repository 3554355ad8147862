import Foundation
import Testing
import AllotInterchange
@testable import Allot

@Suite("Matrix")
struct MatrixTests {
    private func randomMatrix(_ rows: Int, _ columns: Int, seed: UInt64) -> Matrix {
        var random = RandomSource(seed: seed)
        var matrix = Matrix(rows: rows, columns: columns)
        for i in matrix.elements.indices { matrix.elements[i] = random.normal() }
        return matrix
    }

    private func naiveProduct(_ a: Matrix, _ b: Matrix) -> Matrix {
        var c = Matrix(rows: a.rows, columns: b.columns)
        for i in 0..<a.rows { for j in 0..<b.columns { for k in 0..<a.columns { c[i, j] += a[i, k] * b[k, j] } } }
        return c
    }

    private func maxDifference(_ a: Matrix, _ b: Matrix) -> Double {
        zip(a.elements, b.elements).map { abs($0 - $1) }.max() ?? 0
    }

    @Test("GEMM matches the naive product, with and without transposes")
    func gemm() throws {
        let a = randomMatrix(7, 5, seed: 1)
        let b = randomMatrix(5, 3, seed: 2)
        #expect(maxDifference(try a.multiplied(by: b), naiveProduct(a, b)) < 1e-12)
        let at = a.transposed()
        let bt = b.transposed()
        #expect(maxDifference(try at.multiplied(by: b, transposingSelf: true), naiveProduct(a, b)) < 1e-12)
        #expect(maxDifference(try a.multiplied(by: bt, transposingOther: true), naiveProduct(a, b)) < 1e-12)
        #expect(maxDifference(try at.multiplied(by: bt, transposingSelf: true, transposingOther: true), naiveProduct(a, b)) < 1e-12)
    }

    @Test("matrix-vector product and rank-one update")
    func vectorOperations() throws {
        let a = try Matrix([[1, 2], [3, 4], [5, 6]])
        #expect(try a.multiplied(by: [1, -1]) == [-1, -1, -1])
        var m = Matrix(rows: 2, columns: 3)
        m.addOuterProduct([1, 2], [1, 0, -1], alpha: 2)
        #expect(m.elements == [2, 0, -2, 4, 0, -4])
    }

    @Test("shape mismatches are errors, not crashes")
    func shapeErrors() throws {
        let a = randomMatrix(3, 4, seed: 1)
        #expect(throws: NumericsError.self) { try a.multiplied(by: a) }
        #expect(throws: NumericsError.self) { try a.multiplied(by: [1, 2]) }
        #expect(throws: NumericsError.self) { try Matrix(rows: 2, columns: 2, elements: [1, 2, 3]) }
        #expect(throws: NumericsError.self) { try Matrix([[1, 2], [3]]) }
        let bad = #"{"rows":2,"columns":2,"elements":[1,2,3]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Matrix.self, from: Data(bad.utf8)) }
    }

    @Test("Cholesky solves a symmetric positive-definite system")
    func choleskySolve() throws {
        let g = randomMatrix(6, 6, seed: 3)
        var spd = try g.multiplied(by: g, transposingOther: true)
        for i in 0..<6 { spd[i, i] += 1 }
        let x = [1.0, -2, 3, -4, 5, -6]
        let b = try spd.multiplied(by: x)
        let factor = try spd.cholesky()
        let solved = try factor.solve(b)
        #expect(zip(solved, x).allSatisfy { abs($0 - $1) < 1e-10 })
        let rebuilt = try factor.lower.multiplied(by: factor.lower, transposingOther: true)
        #expect(maxDifference(rebuilt, spd) < 1e-10)
        // xᵀ A⁻¹ x computed through the factor equals xᵀ (A⁻¹ x).
        var scratch = [Double](repeating: 0, count: 6)
        let quadratic = factor.inverseQuadraticForm(b, scratch: &scratch)
        let direct = zip(b, solved).reduce(0.0) { $0 + $1.0 * $1.1 }
        #expect(abs(quadratic - direct) < 1e-9 * abs(direct))
    }

    @Test("Cholesky rejects a matrix that is not positive definite")
    func choleskyRejects() throws {
        let indefinite = try Matrix([[1, 2], [2, 1]])
        #expect(throws: NumericsError.notPositiveDefinite(minor: 2)) { try indefinite.cholesky() }
        #expect(throws: NumericsError.self) { try Matrix(rows: 2, columns: 3).cholesky() }
    }

    @Test("SVD reconstructs the matrix to 1e-10 and orders singular values", arguments: [(30, 20), (20, 30), (256, 64)])
    func svd(shape: (Int, Int)) throws {
        let a = randomMatrix(shape.0, shape.1, seed: 4)
        let decomposition = try a.singularValueDecomposition()
        #expect(maxDifference(try decomposition.reconstructed(), a) < 1e-10)
        #expect(zip(decomposition.singularValues, decomposition.singularValues.dropFirst()).allSatisfy { $0 >= $1 })
        // Uᵀ U = I.
        let gram = try decomposition.u.multiplied(by: decomposition.u, transposingSelf: true)
        #expect(maxDifference(gram, Matrix.identity(gram.rows)) < 1e-10)
    }

    @Test("norm, log-determinant, identity and transpose on known values")
    func smallHelpers() throws {
        #expect(try Matrix([[3, 4]]).frobeniusNorm == 5)
        let diagonal = try Matrix([[2, 0], [0, 3]])
        #expect(abs(try diagonal.cholesky().logDeterminant - log(6)) < 1e-15)
        #expect(Matrix.identity(2, scale: 2) == (try Matrix([[2, 0], [0, 2]])))
        #expect(try Matrix([[1, 2, 3]]).transposed() == Matrix([[1], [2], [3]]))
        let empty = Matrix(rows: 0, columns: 0)
        #expect(try empty.cholesky().solve([]) == [])
    }

    @Test("SVD of a known matrix")
    func svdKnown() throws {
        let a = try Matrix([[3, 0], [0, -4], [0, 0]])
        let decomposition = try a.singularValueDecomposition()
        #expect(abs(decomposition.singularValues[0] - 4) < 1e-14)
        #expect(abs(decomposition.singularValues[1] - 3) < 1e-14)
        // Rank-1 truncation keeps only the -4 entry.
        let truncated = try decomposition.reconstructed(rank: 1)
        #expect(maxDifference(truncated, try Matrix([[0, 0], [0, -4], [0, 0]])) < 1e-14)
    }
}
