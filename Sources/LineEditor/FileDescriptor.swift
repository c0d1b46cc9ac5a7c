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

    /// Opens `/dev/null` on each of standard input, output and error that is closed (`cq <&-`),
    /// so that no file cq opens later takes its number; returns the numbers that were closed.
    public static func openClosedStandardDescriptors() -> [Int32] {
        var closed = [Int32]()
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) < 0 && errno == EBADF {
            closed.append(descriptor)
            let opened = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if opened >= 0, opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
        return closed
    }
}
