import COpenBLAS

/// A small dense matrix of Doubles in row-major order, with the few operations Allot needs done by
/// OpenBLAS (GEMM, triangular solves) and LAPACKE (Cholesky, SVD). Callers never see a pointer.
public struct Matrix: Sendable, Equatable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// Entries, row after row: element (i, j) is `elements[i * columns + j]`.
    public var elements: [Double]

    /// A rows × columns matrix filled with `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "Matrix: dimensions must be >= 0")
        self.rows = rows
        self.columns = columns
        elements = [Double](repeating: value, count: rows * columns)
    }

    /// A matrix from row-major entries; throws if their count is not rows × columns.
    public init(rows: Int, columns: Int, elements: [Double]) throws {
        guard rows >= 0, columns >= 0, elements.count == rows * columns else {
            throw NumericsError.shapeMismatch(operation: "Matrix(rows:columns:elements:)",
                                              expected: "\(max(rows, 0) * max(columns, 0)) elements for \(rows)×\(columns)",
                                              got: "\(elements.count)")
        }
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// A matrix from an array of equally long rows.
    public init(_ rowArrays: [[Double]]) throws {
        let width = rowArrays.first?.count ?? 0
        if let bad = rowArrays.firstIndex(where: { $0.count != width }) {
            throw NumericsError.shapeMismatch(operation: "Matrix(rows)", expected: "every row of length \(width)",
                                              got: "row \(bad) of length \(rowArrays[bad].count)")
        }
        try self.init(rows: rowArrays.count, columns: width, elements: rowArrays.flatMap { $0 })
    }

    /// The n × n identity scaled by `scale`.
    public static func identity(_ n: Int, scale: Double = 1) -> Matrix {
        var matrix = Matrix(rows: n, columns: n)
        for i in 0..<n { matrix.elements[i * n + i] = scale }
        return matrix
    }

    /// Element (row, column).
    @inlinable
    public subscript(row: Int, column: Int) -> Double {
        get { elements[row * columns + column] }
        set { elements[row * columns + column] = newValue }
    }

    /// The transpose.
    public func transposed() -> Matrix {
        var result = Matrix(rows: columns, columns: rows)
        for i in 0..<rows {
            for j in 0..<columns { result.elements[j * rows + i] = elements[i * columns + j] }
        }
        return result
    }

    /// The Frobenius norm.
    public var frobeniusNorm: Double {
        elements.withUnsafeBufferPointer { cblas_dnrm2(Int32($0.count), $0.baseAddress, 1) }
    }

    /// op(self) · op(other) by `cblas_dgemm`, where op transposes when asked.
    public func multiplied(by other: Matrix, transposingSelf: Bool = false, transposingOther: Bool = false) throws -> Matrix {
        let m = transposingSelf ? columns : rows
        let n = transposingOther ? other.rows : other.columns
        var result = Matrix(rows: m, columns: n)
        try result.addProduct(self, other, transposingFirst: transposingSelf, transposingSecond: transposingOther, alpha: 1, beta: 0)
        return result
    }

    /// self ← alpha · op(a) · op(b) + beta · self, in place, by `cblas_dgemm` (no allocation).
    public mutating func addProduct(_ a: Matrix, _ b: Matrix, transposingFirst: Bool = false, transposingSecond: Bool = false,
                                    alpha: Double = 1, beta: Double = 1) throws {
        let m = transposingFirst ? a.columns : a.rows
        let inner = transposingFirst ? a.rows : a.columns
        let innerB = transposingSecond ? b.columns : b.rows
        let n = transposingSecond ? b.rows : b.columns
        guard inner == innerB, rows == m, columns == n else {
            throw NumericsError.shapeMismatch(operation: "Matrix.addProduct",
                                              expected: "op(a) \(m)×\(inner) · op(b) \(inner)×\(n) into \(m)×\(n)",
                                              got: "op(b) \(innerB)×\(n) into \(rows)×\(columns)")
        }
        if m == 0 || n == 0 { return }
        let resultColumns = columns
        a.elements.withUnsafeBufferPointer { pa in
            b.elements.withUnsafeBufferPointer { pb in
                elements.withUnsafeMutableBufferPointer { pc in
                    cblas_dgemm(CblasRowMajor,
                                transposingFirst ? CblasTrans : CblasNoTrans,
                                transposingSecond ? CblasTrans : CblasNoTrans,
                                Int32(m), Int32(n), Int32(inner), alpha,
                                pa.baseAddress, Int32(max(a.columns, 1)),
                                pb.baseAddress, Int32(max(b.columns, 1)),
                                beta, pc.baseAddress, Int32(max(resultColumns, 1)))
                }
            }
        }
    }

    /// self · vector.
    public func multiplied(by vector: [Double]) throws -> [Double] {
        guard vector.count == columns else {
            throw NumericsError.shapeMismatch(operation: "Matrix × vector", expected: "a vector of length \(columns)", got: "length \(vector.count)")
        }
        var result = [Double](repeating: 0, count: rows)
        if rows == 0 || columns == 0 { return result }
        let n = columns
        elements.withUnsafeBufferPointer { pa in
            vector.withUnsafeBufferPointer { px in
                result.withUnsafeMutableBufferPointer { py in
                    cblas_dgemv(CblasRowMajor, CblasNoTrans, Int32(rows), Int32(n), 1, pa.baseAddress, Int32(n),
                                px.baseAddress, 1, 0, py.baseAddress, 1)
                }
            }
        }
        return result
    }

    /// self ← self + alpha · x yᵀ (a rank-one update, `cblas_dger`).
    public mutating func addOuterProduct(_ x: [Double], _ y: [Double], alpha: Double = 1) {
        precondition(x.count == rows && y.count == columns, "addOuterProduct: vector lengths must match the matrix")
        if rows == 0 || columns == 0 { return }
        let (m, n) = (rows, columns)
        x.withUnsafeBufferPointer { px in
            y.withUnsafeBufferPointer { py in
                elements.withUnsafeMutableBufferPointer { pa in
                    cblas_dger(CblasRowMajor, Int32(m), Int32(n), alpha, px.baseAddress, 1, py.baseAddress, 1, pa.baseAddress, Int32(n))
                }
            }
        }
    }
}

extension Matrix: Codable {
    private enum CodingKeys: String, CodingKey { case rows, columns, elements }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let rows = try container.decode(Int.self, forKey: .rows)
        let columns = try container.decode(Int.self, forKey: .columns)
        let elements = try container.decode([Double].self, forKey: .elements)
        let (count, overflow) = rows.multipliedReportingOverflow(by: columns)
        guard rows >= 0, columns >= 0, !overflow, elements.count == count else {
            throw DecodingError.dataCorruptedError(forKey: .elements, in: container,
                                                   debugDescription: "expected \(rows)×\(columns) elements, got \(elements.count)")
        }
        try Decoding.requireFinite(elements, container, .elements)
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }
}
