import Allot
import Foundation

/// Result files are read back by `allot report` and by a resumed `allot simulate`, possibly after someone
/// edited or crafted them: everything that becomes a file name, an array index or a loop bound is
/// checked on decode.
enum ResultNames {
    /// A scenario name or trace key, as used for a folder or file name: letters, digits, '-', '_' and
    /// '.', not starting with '.', at most 100 characters.
    static func isSafe(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 100 && !name.hasPrefix(".")
            && name.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0)) }
    }
}
