import Foundation

/// Files written so that a reader (or a crash) only ever sees the old version or the new one: the
/// bytes go to a temporary file beside the target, are flushed to disk, and the temporary is renamed
/// over the target. Temporaries are named `.NAME.PID.RANDOM.allot-tmp`, and a writer removes the
/// ones a killed process left behind (its PID gone), so they never accumulate.
public enum AtomicFile {
    static let suffix = ".allot-tmp"

    /// Replaces `path` with `data` atomically; a failure leaves the old file untouched.
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        removeAbandonedTemporaries(of: name, in: directory)
        let temporary = (directory as NSString).appendingPathComponent(
            ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max))\(suffix)")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw RuntimeFailure("cannot create a temporary file to write it: \(String(cString: strerror(errno)))", path: path) }
        var failure: String?
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw RuntimeFailure("cannot write it: \(failure)", path: path)
        }
        // Make the rename itself durable.
        let directoryDescriptor = open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directoryDescriptor >= 0 {
            fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }

    /// Writes `text` as UTF-8.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Deletes temporaries of `name` whose writer process no longer exists.
    static func removeAbandonedTemporaries(of name: String, in directory: String) {
        let prefix = ".\(name)."
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory) else { return }
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(suffix) {
            let middle = entry.dropFirst(prefix.count).dropLast(suffix.count).split(separator: ".")
            guard middle.count == 2, let pid = Int32(middle[0]) else { continue }
            if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH {
                unlink((directory as NSString).appendingPathComponent(entry))
            }
        }
    }
}

/// Reading what a user hands Allot: a file or standard input, size-checked, with errors that name it.
public enum InputFile {
    /// The bytes of `path` ("-" or nil: standard input); `source` names it in errors.
    public static func read(_ path: String?) throws -> (data: Data, source: String) {
        guard let path, path != "-" else { return (try readStandardInput(), "stdin") }
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw InputError(source: path, path: "", problem: .unreadable(String(cString: strerror(errno))))
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            throw InputError(source: path, path: "", problem: .unreadable("not a regular file"))
        }
        guard Int(status.st_size) <= Limits.maxDocumentBytes else {
            throw InputError(source: path, path: "", problem: .tooLarge(what: "the file", limit: "\(Limits.maxDocumentBytes) bytes", got: "\(status.st_size) bytes"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(source: path, path: "", problem: .unreadable("permission denied or removed while reading"))
        }
        return (data, path)
    }

    /// Standard input up to `Limits.maxDocumentBytes`.
    public static func readStandardInput() throws -> Data {
        var data = Data()
        let handle = FileHandle.standardInput
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            data.append(chunk)
            guard data.count <= Limits.maxDocumentBytes else {
                throw InputError(source: "stdin", path: "", problem: .tooLarge(what: "the input", limit: "\(Limits.maxDocumentBytes) bytes", got: "more"))
            }
        }
        return data
    }

    /// Parses a file (or stdin) as JSON and returns a reader at its top.
    public static func readJSON(_ path: String?) throws -> FieldReader {
        let (data, source) = try read(path)
        return try FieldReader(parsing: data, source: source)
    }
}

/// Names that become file or folder names (a study's checkpoint folder, a scenario's report folder):
/// kept readable where they are safe, encoded where they are not, never able to leave their folder.
public enum FileName {
    /// A single path component for `name`, one to one: ASCII letters, digits, '-', '_' and inner '.'
    /// kept; every other byte (including '/', '%' and a leading '.') written as `%XX`.
    public static func component(_ name: String) -> String {
        guard !name.isEmpty else { return "%" }   // unambiguous: a real '%' is always written %25
        var result = ""
        for byte in name.utf8 {
            let keep = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
                || (byte == UInt8(ascii: ".") && !result.isEmpty)   // a leading '.' would hide the file, and ".." would climb
            if keep { result.append(Character(Unicode.Scalar(byte))) } else { result += String(format: "%%%02X", byte) }
        }
        return result
    }

    /// `name` joined to `directory`, refused (InputError) if it would name anything outside it:
    /// a separator, "..", or a folder that is a symbolic link pointing elsewhere.
    public static func inside(_ directory: String, _ name: String, field: String) throws -> String {
        guard !name.isEmpty, name != ".", name != "..", !name.contains("/"), !name.contains("\0") else {
            throw InputError(source: field, path: "", problem: .invalid(expected: "a plain file name inside \(directory)", got: "\"\(name)\""))
        }
        let joined = (directory as NSString).appendingPathComponent(name)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: joined, isDirectory: &isDirectory),
           let attributes = try? FileManager.default.attributesOfItem(atPath: joined),
           attributes[.type] as? FileAttributeType == .typeSymbolicLink {
            throw InputError(source: field, path: "", problem: .invalid(expected: "a real file or folder inside \(directory), not a symbolic link", got: "\"\(joined)\""))
        }
        return joined
    }
}
