import AllotInterchange
import AllotData
import Foundation

/// The optional `curves` field of the kinds that replay recorded learning curves: a path (relative to
/// the scenario file) to an LCDB-shaped CSV, or the built-in LCDB sample when absent.
enum CurvesField {
    /// The curves and a name for them in summaries.
    static func read(_ environment: inout FieldReader, directory: String) throws -> (curves: LearningCurves, source: String) {
        guard let reader = try environment.optional("curves") else { return (LearningCurves.lcdbAccuracy, "LCDB 1.0 (built in)") }
        let path = try reader.string()
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: directory, isDirectory: true))
        do {
            let curves = try LearningCurves(csv: String(decoding: try Data(contentsOf: url), as: UTF8.self), source: path)
            return (curves, curves.missingRows == 0 ? path : "\(path) (\(curves.missingRowsCount) with a missing time or score left out)")
        } catch let error as InputError {
            throw reader.error(.invalid(expected: "an LCDB-shaped CSV file", got: error.description))
        } catch {
            throw reader.error(.invalid(expected: "a readable CSV file (path relative to the scenario file)", got: "\"\(path)\" (\(error.localizedDescription))"))
        }
    }
}
