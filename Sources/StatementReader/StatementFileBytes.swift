import FilePaths
import Glibc

/// The bytes of a statement file, read with plain system calls on the path's raw bytes (a
/// name that is not valid UTF-8 still opens). The file is opened without blocking and checked
/// through the open descriptor, so a FIFO, a device or a file swapped for one after it was
/// listed is refused, never read.
enum StatementFileBytes {
    /// The whole file, or a warning naming what is wrong with it.
    static func read(_ path: String) throws(ReadWarning) -> [UInt8] {
        var descriptor: Int32
        repeat {
            descriptor = RawFilePath.withCString(path) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else { throw ReadWarning(path: path, message: "cannot read the file: \(reason(errno))") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw ReadWarning(path: path, message: "cannot read the file: \(reason(errno))") }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw ReadWarning(path: path, message: "not a regular file (a pipe, socket or device), skipped")
        }
        var bytes = [UInt8]()
        bytes.reserveCapacity(Int(clamping: status.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let got = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { throw ReadWarning(path: path, message: "cannot read the file: \(reason(errno))") }
            if got == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<got])
        }
    }

    /// Words for an `errno` from opening or reading a statement file.
    private static func reason(_ number: Int32) -> String {
        switch number {
        case ELOOP: "a loop of symbolic links"
        case ENOENT: "no such file (vanished, or a broken link)"
        default: String(cString: strerror(number))
        }
    }
}
