import FilePaths
import Glibc

/// What `stat` says of a listed statement file: enough to tell one file from another (device
/// and inode) and to tell whether it changed (size, modification and change times), the fields
/// git's index trusts. The listing takes it once per file, relative to the directory it walks.
public struct FileStatus: Equatable, Sendable {
    /// The size in bytes.
    public var size: Int
    /// The modification time, in nanoseconds since 1970.
    public var modified: Int64
    /// The status change time (ctime), in nanoseconds since 1970: only the kernel sets it.
    public var changed: Int64
    /// The inode number.
    public var inode: UInt64
    /// The device the file is on.
    public var device: UInt64
    /// Whether it is a regular file (not a directory, pipe, socket or device).
    public var isRegularFile: Bool
    /// Whether it is a directory.
    public var isDirectory: Bool

    /// A status with these fields.
    public init(size: Int, modified: Int64, changed: Int64, inode: UInt64, device: UInt64, isRegularFile: Bool, isDirectory: Bool = false) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
        self.device = device
        self.isRegularFile = isRegularFile
        self.isDirectory = isDirectory
    }

    /// The status of the file at `path` (following links), or nil when it cannot be examined.
    public static func of(_ path: String) -> FileStatus? {
        var status = stat()
        guard RawFilePath.withCString(path, { stat($0, &status) }) == 0 else { return nil }
        return FileStatus(status)
    }

    /// The status of the entry `name` of the open directory `directory` (following links), or nil.
    static func of(_ name: String, in directory: CInt) -> FileStatus? {
        var status = stat()
        guard RawFilePath.withCString(name, { fstatat(directory, $0, &status, 0) }) == 0 else { return nil }
        return FileStatus(status)
    }

    /// The fields of `status`.
    init(_ status: stat) {
        self.init(
            size: Int(status.st_size), modified: Self.nanoseconds(status.st_mtim), changed: Self.nanoseconds(status.st_ctim),
            inode: UInt64(status.st_ino),
            device: UInt64(status.st_dev), isRegularFile: status.st_mode & S_IFMT == S_IFREG,
            isDirectory: status.st_mode & S_IFMT == S_IFDIR)
    }

    /// A time in nanoseconds since 1970, held at the largest or smallest 64-bit number when it
    /// does not fit (some 292 years from 1970).
    private static func nanoseconds(_ time: timespec) -> Int64 {
        let (seconds, overflow) = Int64(time.tv_sec).multipliedReportingOverflow(by: 1_000_000_000)
        let (total, carry) = seconds.addingReportingOverflow(Int64(time.tv_nsec))
        guard !overflow, !carry else { return time.tv_sec < 0 ? .min : .max }
        return total
    }
}

/// A statement file as the listing found it: its path and its status when it could be taken.
public struct ListedFile: Sendable {
    /// The path as the reader lists it.
    public var path: String
    /// What `stat` said of it, nil when it could not be examined.
    public var status: FileStatus?
}
