import Foundation

/// Writes an export through a temporary sibling that is renamed into place only when it is
/// complete, so a failed export leaves the old output (or none), never half of one.
enum AtomicOutput {
    /// Creates the file at `path` by letting `write` fill a temporary path beside it.
    static func file(at path: String, _ write: (String) throws(ExportError) -> Void) throws(ExportError) {
        try requireParent(of: path)
        if isDirectory(path) { throw ExportError(path: path, message: "is a directory; give a file name") }
        let temporary = temporaryPath(beside: path)
        do throws(ExportError) {
            try write(temporary)
            try rename(temporary, to: path)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    /// Fills the directory at `path` with the files `write` puts in a temporary directory
    /// beside it. A new directory appears whole; in an existing one each file is replaced whole.
    static func directory(at path: String, _ write: (String) throws(ExportError) -> Void) throws(ExportError) {
        try requireParent(of: path)
        let exists = FileManager.default.fileExists(atPath: path)
        if exists, !isDirectory(path) { throw ExportError(path: path, message: "exists and is not a directory") }
        let temporary = temporaryPath(beside: path)
        do throws(ExportError) {
            do {
                try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: false)
            } catch {
                throw ExportError(path: temporary, message: "cannot create a directory: \(Self.reason(error))")
            }
            try write(temporary)
            if exists {
                for name in try contents(of: temporary) {
                    try rename(temporary + "/" + name, to: path + "/" + name)
                }
                try? FileManager.default.removeItem(atPath: temporary)
            } else {
                try rename(temporary, to: path)
            }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    /// Writes bytes to a temporary file; a failure (disk full, permission denied...) names the
    /// file the user asked for.
    static func write(_ data: Data, to temporary: String, named path: String) throws(ExportError) {
        do {
            try data.write(to: URL(fileURLWithPath: temporary))
        } catch {
            throw ExportError(path: path, message: "cannot write: \(reason(error))")
        }
    }

    private static func requireParent(of path: String) throws(ExportError) {
        let parent = (path as NSString).deletingLastPathComponent
        guard isDirectory(parent.isEmpty ? "." : parent) else {
            throw ExportError(path: path, message: "the directory \(parent) does not exist")
        }
    }

    private static func temporaryPath(beside path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let name = "." + url.lastPathComponent + ".cq-tmp-" + UUID().uuidString.prefix(8)
        return url.deletingLastPathComponent().appendingPathComponent(name).path
    }

    private static func rename(_ source: String, to destination: String) throws(ExportError) {
        guard Glibc.rename(source, destination) == 0 else {
            throw ExportError(path: destination, message: "cannot move the finished export into place: \(String(cString: strerror(errno)))")
        }
    }

    private static func contents(of directory: String) throws(ExportError) -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw ExportError(path: directory, message: "cannot list: \(reason(error))")
        }
    }

    private static func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }

    /// The short reason of a Foundation error ("Permission denied", "No space left on device").
    private static func reason(_ error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return error.localizedDescription
    }
}
