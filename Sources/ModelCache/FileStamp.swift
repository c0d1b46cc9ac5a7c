import FilePaths
import Glibc

/// A source file as the cache knows it. A file is taken to hold the same statements while its
/// path, size, modification time, change time, inode, device and the hash of its first and last
/// 4 KiB are all unchanged. `touch -r` can restore a modification time but not the change time
/// (only the kernel sets it, to the time of any write or restore); an editor that renames a new
/// file into place gives a new inode; the hash catches an edit at either end that somehow kept
/// both times.
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
    /// FNV-1a of the first and the last `edgeLength` bytes (of the whole file when it is shorter).
    var edgeHash: UInt64

    /// How many bytes at each end of the file the hash covers.
    static let edgeLength = 4096

    /// The stamp of the regular file at `path` now, or nil when it cannot be examined or is not
    /// a regular file (the reader then reads it, and says what is wrong with it).
    static func of(_ path: String) -> FileStamp? {
        // Non-blocking, so that a FIFO among the statements cannot stop the load here.
        let descriptor = RawFilePath.withCString(path) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
            let modified = nanoseconds(status.st_mtim), let changed = nanoseconds(status.st_ctim),
            let edgeHash = edgeHash(of: descriptor, size: Int(status.st_size))
        else { return nil }
        return FileStamp(
            path: path, size: Int(status.st_size), modified: modified, changed: changed, inode: UInt64(status.st_ino),
            device: UInt64(status.st_dev), edgeHash: edgeHash)
    }

    /// FNV-1a of the first and the last `edgeLength` bytes of the open file of `size` bytes;
    /// nil when it cannot be read.
    static func edgeHash(of descriptor: CInt, size: Int) -> UInt64? {
        let length = min(size, edgeLength)
        var hash = FNV1a()
        let readable = withUnsafeTemporaryAllocation(byteCount: edgeLength, alignment: 1) { buffer in
            for offset in size > edgeLength ? [0, size - edgeLength] : [0] {
                let got = pread(descriptor, buffer.baseAddress, length, off_t(offset))
                guard got >= 0 else { return false }
                hash.add(UnsafeRawBufferPointer(rebasing: buffer[..<got]))
            }
            return true
        }
        return readable ? hash.value : nil
    }

    /// A time in nanoseconds since 1970, nil when that does not fit 64 bits.
    private static func nanoseconds(_ time: timespec) -> Int64? {
        let (seconds, overflow) = Int64(time.tv_sec).multipliedReportingOverflow(by: 1_000_000_000)
        let (total, carry) = seconds.addingReportingOverflow(Int64(time.tv_nsec))
        return overflow || carry ? nil : total
    }
}
