import FilePaths
import Glibc

/// Opens script files (`-f FILE`, `.read FILE`) for reading as their lines arrive.
enum ScriptFile {
    /// Why a script file cannot be read.
    struct Problem: Error {
        /// In words: "no such file", "is a directory", ...
        var reason: String
    }

    /// A descriptor open for reading `path`, which the caller closes; a directory is refused.
    static func open(_ path: String) -> Result<Int32, Problem> {
        var descriptor: Int32
        repeat {
            descriptor = RawFilePath.withCString(path) { Glibc.open($0, O_RDONLY | O_CLOEXEC) }
        } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else {
            return .failure(Problem(reason: errno == ENOENT ? "no such file" : String(cString: strerror(errno)).lowercased()))
        }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            close(descriptor)
            return .failure(Problem(reason: "is a directory"))
        }
        return .success(descriptor)
    }
}
