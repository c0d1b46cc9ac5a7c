import Foundation
import Glibc
import LineEditor

/// Where results go: standard output, or a file opened by `.output` / `.once`.
///
/// A file is written to a temporary file beside it and renamed into place when the output
/// is closed, so a failed write leaves no half file behind. Writes use `write(2)` directly:
/// a closed pipe (`cq ... | head -1`) ends output quietly instead of killing the process.
final class OutputChannel {
    /// Why a write failed.
    enum Failure: Error {
        /// The reader went away (EPIPE): stop quietly.
        case closedPipe
        /// Anything else: say so.
        case failed(String)
    }

    private var descriptor: Int32
    /// The file being written and its temporary name, when not standard output.
    private var file: (path: String, temporary: String?)?
    /// Whether output goes to a terminal (for colour and wrapping).
    private(set) var isTerminal: Bool
    /// `.once`: go back to standard output after the next result.
    var closesAfterNextResult = false

    init() {
        descriptor = STDOUT_FILENO
        isTerminal = isatty(STDOUT_FILENO) != 0
    }

    /// The name used in messages.
    var name: String { file?.path ?? "standard output" }

    /// Sends output to `path` (a new or truncated file), or throws a message naming the problem.
    func redirect(to path: String) throws(Failure) {
        try close()
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists, isDirectory.boolValue { throw .failed("\(path) is a directory") }
        let isRegular = !exists || (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular
        // Regular files are written beside and renamed; devices (/dev/null, /dev/full) directly.
        let target = isRegular ? path + ".cq-\(getpid()).tmp" : path
        let opened = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard opened >= 0 else {
            throw .failed("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        descriptor = opened
        file = (path, isRegular ? target : nil)
        isTerminal = false
    }

    /// Writes text; throws on a failed write (the file is then abandoned and removed).
    func write(_ text: String) throws(Failure) {
        let error = FileDescriptor.writeAll(text, to: descriptor)
        guard error != 0 else { return }
        if error == EPIPE, file == nil { throw .closedPipe }
        let message = "cannot write to \(name): \(String(cString: strerror(error)))"
        abandon()
        throw .failed(message)
    }

    /// Finishes a file output (renaming it into place) and goes back to standard output.
    func close() throws(Failure) {
        guard let file else { return }
        defer { reset() }
        if Glibc.close(descriptor) != 0 {
            let message = "cannot write to \(file.path): \(String(cString: strerror(errno)))"
            if let temporary = file.temporary { unlink(temporary) }
            throw .failed(message)
        }
        if let temporary = file.temporary, rename(temporary, file.path) != 0 {
            let message = "cannot write \(file.path): \(String(cString: strerror(errno)))"
            unlink(temporary)
            throw .failed(message)
        }
    }

    private func abandon() {
        guard let file else { return }
        Glibc.close(descriptor)
        if let temporary = file.temporary { unlink(temporary) }
        reset()
    }

    private func reset() {
        file = nil
        descriptor = STDOUT_FILENO
        isTerminal = isatty(STDOUT_FILENO) != 0
        closesAfterNextResult = false
    }
}
