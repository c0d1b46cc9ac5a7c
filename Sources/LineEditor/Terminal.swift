import Glibc

/// Unbuffered writes to the terminal on standard output.
enum Terminal {
    /// Writes `text` to standard output, retrying on interruption; gives up quietly on errors.
    static func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }
}
