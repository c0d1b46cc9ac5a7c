import Glibc

/// Unbuffered writes to a file descriptor, for output that must not go through buffered
/// streams (standard output shared with libedit, standard error, files of `.output`).
public enum FileDescriptor {
    /// Writes all of `text` to `descriptor`, retrying when a signal interrupts the write;
    /// returns 0, or the `errno` of the write that failed.
    @discardableResult
    public static func writeAll(_ text: String, to descriptor: Int32) -> Int32 {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            bytes = bytes.dropFirst(written)
        }
        return 0
    }
}
