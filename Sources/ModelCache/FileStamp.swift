import StatementReader

/// A source file as the cache knows it. A file is taken to hold the same statements while its
/// path, size, modification time, change time, inode and device are all unchanged (the fields
/// git's index trusts). `touch -r` can restore a modification time but not the change time
/// (only the kernel sets it, to the time of any write or restore); an editor that renames a new
/// file into place gives a new inode. Taking a stamp is one `stat`: no byte of the file is read.
struct FileStamp: Equatable, Sendable {
    /// The path as the reader listed it.
    var path: String
    /// The size in bytes.
    var size: Int
    /// The modification time, in nanoseconds since 1970.
    var modified: Int64
    /// The status change time (ctime), in nanoseconds since 1970.
    var changed: Int64
    /// The inode number.
    var inode: UInt64
    /// The device the file is on.
    var device: UInt64

    /// A stamp for the file at `path` that no file's stamp equals (its size is -1): the cache
    /// keeps a file it could not examine, and reads it again next time.
    static func unknown(_ path: String) -> FileStamp {
        FileStamp(path: path, size: -1, modified: 0, changed: 0, inode: 0, device: 0)
    }

    /// The stamp of the regular file at `path` now, or nil when it cannot be examined or is not
    /// a regular file (the reader then reads it, and says what is wrong with it).
    static func of(_ path: String) -> FileStamp? {
        FileStatus.of(path).flatMap { FileStamp(path: path, status: $0) }
    }
}

extension FileStamp {
    /// The stamp of a file the listing found: nil when its status could not be taken or it is
    /// not a regular file.
    init?(path: String, status: FileStatus?) {
        guard let status, status.isRegularFile else { return nil }
        self.init(
            path: path, size: status.size, modified: status.modified, changed: status.changed, inode: status.inode,
            device: status.device)
    }
}
