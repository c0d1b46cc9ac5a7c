import Foundation
import Glibc

/// Writes an export through a temporary file that is renamed into place only when it is
/// complete, so a failed export leaves the old output (or none), never half of one.
///
/// The rules: a regular file that is replaced keeps its permission bits; a target that exists
/// and is not a regular file or directory (a device such as `/dev/null`, a FIFO) is written
/// through, as `.output` does, never replaced; a directory export into an existing directory
/// replaces each of its files whole. Every message names the path the user gave, never a
/// temporary one, and a failure removes every temporary file (SQLite's journal included).
enum AtomicOutput {
    /// Creates the file at `path` by letting `write` fill a temporary path.
    static func file(at path: String, _ write: (String) throws(ExportError) -> Void) throws(ExportError) {
        let target = FileKind.of(path)
        if target == .directory { throw ExportError(path: path, message: "is a directory; give a file name") }
        if target == .special {
            // Written beside in the temporary directory, then copied through to the device or FIFO.
            let temporary = temporaryName(in: NSTemporaryDirectory(), for: path)
            defer { removeTemporaryFile(temporary) }
            try write(temporary)
            try copy(temporary, through: path)
            return
        }
        let parent = try existingParent(of: path)
        let temporary = temporaryName(in: parent, for: path)
        do throws(ExportError) {
            try write(temporary)
            if case .regular(let mode) = target, chmod(temporary, mode) != 0 {
                throw ExportError(path: path, message: "cannot keep the file's permissions: \(reason(errno))")
            }
            try rename(temporary, to: path)
        } catch {
            removeTemporaryFile(temporary)
            throw error
        }
    }

    /// Fills the directory at `path` with the files `write` puts in a temporary directory. A
    /// new directory appears whole; in an existing one each file is replaced whole.
    static func directory(at path: String, _ write: (String) throws(ExportError) -> Void) throws(ExportError) {
        let target = FileKind.of(path)
        if target != .missing, target != .directory { throw ExportError(path: path, message: "exists and is not a directory") }
        // In an existing directory the temporary one is made inside it: `.` and `..` have no
        // usable sibling, and inside it every rename stays on one file system.
        let temporary = temporaryName(in: target == .directory ? path : try existingParent(of: path), for: path)
        do throws(ExportError) {
            guard mkdir(temporary, 0o755) == 0 else {
                throw ExportError(path: path, message: "cannot create a directory: \(reason(errno))")
            }
            try write(temporary)
            if target == .directory {
                for name in try contents(of: temporary, named: path) {
                    try rename(temporary + "/" + name, to: path + "/" + name)
                }
                removeDirectory(temporary)
            } else {
                try rename(temporary, to: path)
            }
        } catch {
            removeDirectory(temporary)
            throw error
        }
    }

    /// Makes the directory at `path` unless it is there already (another process may make it
    /// at the same moment: that is not a failure).
    static func makeDirectory(_ path: String) throws(ExportError) {
        if mkdir(path, 0o755) == 0 { return }
        let number = errno
        guard number == EEXIST, FileKind.of(path) == .directory else {
            throw ExportError(path: path, message: number == EEXIST ? "exists and is not a directory" : "cannot create a directory: \(reason(number))")
        }
    }

    /// Writes bytes to a new temporary file; a failure (disk full, permission denied...) names
    /// the file the user asked for.
    static func write(_ data: Data, to temporary: String, named path: String) throws(ExportError) {
        try write(to: temporary, named: path) { (append) throws(ExportError) in try append(data) }
    }

    /// Writes a new temporary file from the parts `produce` hands to the function it is given,
    /// in order; a failure names the file the user asked for.
    static func write(
        to temporary: String, named path: String, _ produce: ((Data) throws(ExportError) -> Void) throws(ExportError) -> Void
    ) throws(ExportError) {
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ExportError(path: path, message: "cannot write: \(reason(errno))") }
        defer { close(descriptor) }
        try produce { (data) throws(ExportError) in
            if let problem = writeAll(data, to: descriptor) { throw ExportError(path: path, message: "cannot write: \(problem)") }
        }
    }

    /// What stands at a path.
    private enum FileKind: Equatable {
        case missing
        case directory
        /// A regular file, with its permission bits.
        case regular(mode_t)
        /// A device, FIFO or socket: written through, never replaced.
        case special

        static func of(_ path: String) -> FileKind {
            var status = stat()
            guard stat(path, &status) == 0 else { return .missing }
            switch status.st_mode & S_IFMT {
            case S_IFDIR: return .directory
            case S_IFREG: return .regular(status.st_mode & 0o7777)
            default: return .special
            }
        }
    }

    /// The directory that will hold `path`, which must exist.
    private static func existingParent(of path: String) throws(ExportError) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        let parent: String
        if let slash = trimmed.lastIndex(of: "/") {
            parent = slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
        } else {
            parent = "."
        }
        guard FileKind.of(parent) == .directory else {
            throw ExportError(path: path, message: "the directory \(parent) does not exist")
        }
        return parent
    }

    /// A fresh hidden name in `directory` for the temporary output of `path`.
    private static func temporaryName(in directory: String, for path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? "export"
        let unique = UUID().uuidString.prefix(8)
        return (directory.hasSuffix("/") ? directory : directory + "/") + "." + (name == "." || name == ".." ? "export" : name)
            + ".cq-tmp-" + unique
    }

    /// Copies the finished temporary file into the device or FIFO at `path`.
    private static func copy(_ temporary: String, through path: String) throws(ExportError) {
        guard let data = FileManager.default.contents(atPath: temporary) else {
            throw ExportError(path: path, message: "cannot read the finished export back")
        }
        var descriptor: Int32
        repeat { descriptor = open(path, O_WRONLY | O_CLOEXEC) } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else { throw ExportError(path: path, message: "cannot write: \(reason(errno))") }
        defer { close(descriptor) }
        if let problem = writeAll(data, to: descriptor) { throw ExportError(path: path, message: "cannot write: \(problem)") }
    }

    /// Writes all of `data`, retrying when a signal interrupts; the reason on failure.
    private static func writeAll(_ data: Data, to descriptor: Int32) -> String? {
        data.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let result = Glibc.write(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
                if result < 0, errno == EINTR { continue }
                guard result > 0 else { return reason(errno) }
                written += result
            }
            return nil
        }
    }

    private static func rename(_ source: String, to destination: String) throws(ExportError) {
        guard Glibc.rename(source, destination) == 0 else {
            throw ExportError(path: destination, message: "cannot move the finished export into place: \(reason(errno))")
        }
    }

    private static func contents(of directory: String, named path: String) throws(ExportError) -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw ExportError(path: path, message: "cannot list the finished export")
        }
    }

    /// Removes a temporary file and what SQLite may have left beside it.
    private static func removeTemporaryFile(_ temporary: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] { unlink(temporary + suffix) }
    }

    private static func removeDirectory(_ directory: String) {
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// The system's words for an error number ("No space left on device").
    private static func reason(_ number: Int32) -> String {
        String(cString: strerror(number))
    }
}
