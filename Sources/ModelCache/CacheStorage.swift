import Glibc

/// Reading and writing whole cache files with plain system calls, relative to a checked cache
/// directory. A cache file's header is read and checked before anything else of it; then the
/// file is mapped read-only, so that only the pages decoding touches are read (a huge or sparse
/// file costs nothing). It is written to a new temporary file beside its final name and renamed
/// into place.
enum CacheStorage {
    /// Opens the cache file `name` in `directory`, checks its header for `identity`, maps it and
    /// hands the whole file to `decode`; nil when there is no such file. Throws when it is no
    /// regular file, cannot be read or mapped, or its header is wrong.
    static func withContents<Contents>(
        of name: String, in directory: CacheDirectory, identity: String,
        _ decode: (UnsafeRawBufferPointer) throws(CacheFile.Problem) -> Contents
    ) throws(CacheFile.Problem) -> Contents? {
        // Non-blocking, so that a FIFO there cannot hang the open; no link is followed.
        let descriptor = openat(directory.descriptor, name, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            let reason = errno == ELOOP ? "a symbolic link" : String(cString: strerror(errno))
            throw .corrupt(CacheCorruption(reason: "cannot open it: \(reason)", offset: 0))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw .corrupt(CacheCorruption(reason: "not a regular file", offset: 0))
        }
        let size = Int(status.st_size)
        try checkHeader(of: descriptor, size: size, identity: identity)
        guard let mapping = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapping != MAP_FAILED else {
            throw .corrupt(CacheCorruption(reason: "cannot map it: \(String(cString: strerror(errno)))", offset: 0))
        }
        defer { munmap(mapping, size) }
        return try decode(UnsafeRawBufferPointer(start: mapping, count: size))
    }

    /// Reads the first bytes of the open cache file and checks its magic bytes and identity.
    private static func checkHeader(of descriptor: CInt, size: Int, identity: String) throws(CacheFile.Problem) {
        let length = min(size, CacheFile.headerLength(identity: identity))
        let header = UnsafeMutableRawBufferPointer.allocate(byteCount: length, alignment: 1)
        defer { header.deallocate() }
        let got = pread(descriptor, header.baseAddress, length, 0)
        guard got == length else {
            let reason = got < 0 ? String(cString: strerror(errno)) : "it shrank while being read"
            throw .corrupt(CacheCorruption(reason: reason, offset: 0))
        }
        _ = try CacheFile.headerEnd(UnsafeRawBufferPointer(header), identity: identity)
    }

    /// Writes `bytes` as the cache file `name` in `directory`: into the new file `temporary`
    /// (never an existing file or link), then renamed over `name`. Returns the reason on failure.
    static func write(_ bytes: [UInt8], named name: String, through temporary: String, in directory: CacheDirectory) -> String? {
        let descriptor = openat(directory.descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return "cannot create \(temporary): \(String(cString: strerror(errno)))" }
        var written = 0
        let problem: String? = bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = Glibc.write(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
                if result < 0, errno == EINTR { continue }
                guard result > 0 else { return String(cString: strerror(errno)) }
                written += result
            }
            return nil
        }
        close(descriptor)
        if problem == nil, renameat(directory.descriptor, temporary, directory.descriptor, name) == 0 { return nil }
        let reason = problem ?? String(cString: strerror(errno))
        unlinkat(directory.descriptor, temporary, 0)
        return reason
    }
}
