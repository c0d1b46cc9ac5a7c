import Foundation
import Glibc

/// The directory the cache files are kept in, opened once and checked before any cache file in
/// it is read or written: a directory owned by the user and writable by no one else, so that no
/// one else can plant, swap or link files in it. Every file operation goes through the open
/// descriptor, so the directory checked is the directory used.
final class CacheDirectory: Sendable {
    /// The open directory.
    let descriptor: CInt

    /// Takes ownership of the open `descriptor`.
    private init(descriptor: CInt) {
        self.descriptor = descriptor
    }

    /// Closes the directory.
    deinit {
        close(descriptor)
    }

    /// Why a cache directory is not used.
    struct Refusal: Error {
        /// What is wrong with it, for the warning.
        var reason: String
    }

    /// The checked directory at `path`, or nil when there is none.
    static func open(_ path: String) throws(Refusal) -> CacheDirectory? {
        var link = stat()
        guard lstat(path, &link) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw Refusal(reason: String(cString: strerror(errno)))
        }
        // A link someone else made could point anywhere of the user's.
        if link.st_mode & S_IFMT == S_IFLNK, link.st_uid != geteuid() {
            throw Refusal(reason: "it is a symbolic link owned by another user")
        }
        let descriptor = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Refusal(reason: String(cString: strerror(errno))) }
        // Owned from here on: closed however this ends.
        let directory = CacheDirectory(descriptor: descriptor)
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Refusal(reason: String(cString: strerror(errno))) }
        guard status.st_uid == geteuid() else { throw Refusal(reason: "it is owned by another user") }
        guard status.st_mode & 0o022 == 0 else {
            throw Refusal(reason: "its mode \(String(status.st_mode & 0o7777, radix: 8)) lets others write to it")
        }
        return directory
    }

    /// The checked directory at `path`, created first (with any missing parents, private to
    /// the user) when there is none.
    static func create(_ path: String) throws(Refusal) -> CacheDirectory {
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw Refusal(reason: "cannot create \(path): \(error.localizedDescription)")
        }
        guard let directory = try open(path) else { throw Refusal(reason: "cannot create \(path): it vanished") }
        return directory
    }

    /// The names of the entries in the directory (without `.` and `..`).
    func names() -> [String] {
        let copy = dup(descriptor)
        guard copy >= 0 else { return [] }
        guard let stream = fdopendir(copy) else {
            close(copy)
            return []
        }
        defer { closedir(stream) }
        // The copy shares its position with `descriptor`: start from the first entry every time.
        rewinddir(stream)
        var names = [String]()
        while let entry = readdir(stream) {
            // The record is only as long as its name: read up to the NUL, never the whole array.
            let name = withUnsafeMutablePointer(to: &entry.pointee.d_name) { field in
                field.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) {
                    String(decoding: UnsafeRawBufferPointer(start: $0, count: strlen($0)), as: UTF8.self)
                }
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }
}
