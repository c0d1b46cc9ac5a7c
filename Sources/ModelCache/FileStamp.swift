import Glibc

/// A source file as the cache knows it: a file whose path, size and modification time are
/// unchanged is taken to hold the same statements.
struct FileStamp: Equatable, Sendable {
    /// The path as the reader listed it.
    var path: String
    /// The size in bytes.
    var size: Int
    /// The modification time, in nanoseconds since 1970.
    var modified: Int64

    /// The stamp of the file at `path` now, or nil when it cannot be examined.
    static func of(_ path: String) -> FileStamp? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        let (seconds, overflow) = Int64(status.st_mtim.tv_sec).multipliedReportingOverflow(by: 1_000_000_000)
        guard !overflow else { return nil }
        return FileStamp(path: path, size: Int(status.st_size), modified: seconds &+ Int64(status.st_mtim.tv_nsec))
    }
}
