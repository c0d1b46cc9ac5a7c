import Foundation
import Glibc

/// Reading and writing whole cache files with plain system calls: a cache is read in one
/// `read` into one buffer, and written beside its final name and renamed into place.
enum CacheStorage {
    /// The bytes of the file, or nil when there is none; throws when it exists but cannot be read.
    static func contents(of path: String) throws(CacheCorruption) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw CacheCorruption(reason: "cannot open it: \(String(cString: strerror(errno)))", offset: 0)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw CacheCorruption(reason: "not a regular file", offset: 0)
        }
        let size = Int(status.st_size)
        var failure: CacheCorruption?
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let got = read(descriptor, buffer.baseAddress.map { $0 + count }, size - count)
                if got < 0, errno == EINTR { continue }
                guard got > 0 else {
                    failure = CacheCorruption(reason: got == 0 ? "it shrank while being read" : String(cString: strerror(errno)), offset: count)
                    return
                }
                count += got
            }
        }
        if let failure { throw failure }
        return bytes
    }

    /// Writes `bytes` to `path` (creating its directory, private to the user) through a
    /// temporary file renamed into place; returns the reason on failure.
    static func write(_ bytes: [UInt8], to path: String) -> String? {
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            return "cannot create \(directory): \(error.localizedDescription)"
        }
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
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
        if problem == nil, rename(temporary, path) == 0 { return nil }
        let reason = problem ?? String(cString: strerror(errno))
        unlink(temporary)
        return reason
    }
}
