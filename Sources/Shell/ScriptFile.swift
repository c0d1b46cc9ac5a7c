import FilePaths
import Glibc

/// Opens script files (`-f FILE`, `.read FILE`).
enum ScriptFile {
    /// Why a script file cannot be read.
    struct Problem: Error {
        /// In words: "no such file", "is a directory", ...
        var reason: String
    }

    /// A script file open for reading.
    struct Opened {
        /// The descriptor, which the caller closes.
        var descriptor: Int32
        /// Whether it is a regular file (its whole text can be read before it runs), not a
        /// pipe or a device.
        var isRegular: Bool
    }

    /// `path` open for reading; a directory is refused.
    static func open(_ path: String) -> Result<Opened, Problem> {
        var descriptor: Int32
        repeat {
            descriptor = RawFilePath.withCString(path) { Glibc.open($0, O_RDONLY | O_CLOEXEC) }
        } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else {
            return .failure(Problem(reason: errno == ENOENT ? "no such file" : String(cString: strerror(errno)).lowercased()))
        }
        var status = stat()
        let type = fstat(descriptor, &status) == 0 ? status.st_mode & S_IFMT : 0
        if type == S_IFDIR {
            close(descriptor)
            return .failure(Problem(reason: "is a directory"))
        }
        return .success(Opened(descriptor: descriptor, isRegular: type == S_IFREG))
    }
}
