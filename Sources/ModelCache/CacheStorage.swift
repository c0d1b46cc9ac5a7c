import ColumnStore
import Glibc

/// Opening and writing whole cache files with plain system calls, relative to a checked cache
/// directory. A cache file's header is read and checked before anything else of it; then the
/// file is mapped read-only, so that only the pages a query touches are read (a huge or sparse
/// file costs nothing). It is written to a new temporary file beside its final name and renamed
/// into place, never rewritten in place, so a mapping of the old file stays whole.
enum CacheStorage {
    /// Opens the cache file `name` in `directory` and maps it as a store written by `identity`
    /// (its header and directory checked); nil when there is no such file. Throws when it is no
    /// regular file, cannot be read or mapped, or its header is wrong.
    static func open(_ name: String, in directory: CacheDirectory, identity: String) throws(StoreProblem) -> MappedCache? {
        // Non-blocking, so that a FIFO there cannot hang the open; no link is followed.
        let descriptor = openat(directory.descriptor, name, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            let reason = errno == ELOOP ? "a symbolic link" : String(cString: strerror(errno))
            throw .damaged(reason: "cannot open it: \(reason)", offset: 0)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw .damaged(reason: "not a regular file", offset: 0)
        }
        let file = try StoreFile.map(descriptor: descriptor, size: Int(status.st_size), identity: identity)
        return MappedCache(file: file, inode: FileInode(device: UInt64(status.st_dev), inode: UInt64(status.st_ino)))
    }

    /// A cache file mapped, with the inode it was opened as: the name may later be given to a
    /// newer file, which must not be taken for this one.
    struct MappedCache {
        var file: StoreFile
        var inode: FileInode
    }

    /// The device and inode of a file.
    struct FileInode: Sendable {
        var device: UInt64
        var inode: UInt64

        /// Whether `name` in `directory` is still this file.
        func isNamed(_ name: String, in directory: CacheDirectory) -> Bool {
            var status = stat()
            return fstatat(directory.descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 && UInt64(status.st_dev) == device
                && UInt64(status.st_ino) == inode
        }
    }

    /// Writes the cache file `name` in `directory`, its bytes as `contents` hands them to the
    /// function it is given: into the new file `temporary` (never an existing file or link),
    /// then renamed over `name` once `contents` returns true. Returns the reason on failure.
    static func write(
        named name: String, through temporary: String, in directory: CacheDirectory,
        _ contents: (_ emit: (UnsafeRawBufferPointer) -> Bool) -> Bool
    ) -> String? {
        let descriptor = openat(directory.descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return "cannot create \(temporary): \(String(cString: strerror(errno)))" }
        var problem: String?
        let isComplete = contents { buffer in
            var written = 0
            while written < buffer.count {
                let result = Glibc.write(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
                if result < 0, errno == EINTR { continue }
                guard result > 0 else {
                    problem = String(cString: strerror(errno))
                    return false
                }
                written += result
            }
            return true
        }
        close(descriptor)
        if isComplete, renameat(directory.descriptor, temporary, directory.descriptor, name) == 0 { return nil }
        // `contents` stops without a problem of writing when its bytes cannot be read back (a
        // column spilled to a temporary file).
        let reason = problem ?? (isComplete ? String(cString: strerror(errno)) : "its columns could not be read back from a temporary file")
        unlinkat(directory.descriptor, temporary, 0)
        return reason
    }
}
