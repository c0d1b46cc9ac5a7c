import FilePaths
import Foundation
import Glibc

/// Lists the statement files under a directory with `opendir`/`readdir`: far cheaper than
/// Foundation's URL enumerator on archives of tens of thousands of files. Hidden entries are
/// skipped, symbolic links are listed but never descended into, and the walk keeps its own
/// stack, so a deep tree cannot exhaust the call stack.
enum DirectoryWalk {
    /// The files under `directory` whose extension (any case) is in `extensions`, by absolute
    /// path, sorted, each with its status taken relative to its directory; and a warning for
    /// each directory that could not be listed.
    static func files(under directory: String, extensions: Set<String>) -> ([ListedFile], [ReadWarning]) {
        var files = [ListedFile]()
        var warnings = [ReadWarning]()
        var pending = [URL(fileURLWithPath: directory).standardizedFileURL.path]
        while let current = pending.popLast() {
            guard let stream = RawFilePath.withCString(current, { opendir($0) }) else {
                warnings.append(ReadWarning(path: current, message: "cannot list: \(String(cString: strerror(errno)))"))
                continue
            }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                // The record is only as long as its name: read up to the NUL, never the whole
                // `d_name` array (a copy of it reads past the end of short records).
                let name = withUnsafeMutablePointer(to: &entry.pointee.d_name) { field in
                    field.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) {
                        RawFilePath.string(from: UnsafeRawBufferPointer(start: $0, count: strlen($0)))
                    }
                }
                guard !name.hasPrefix(".") else { continue }
                let path = current + "/" + name
                if isDirectory(path, type: entry.pointee.d_type) {
                    pending.append(path)
                } else if extensions.contains(fileExtension(of: name)) {
                    files.append(ListedFile(path: path, status: FileStatus.of(name, in: dirfd(stream))))
                }
            }
        }
        return (files.sorted { $0.path < $1.path }, warnings)
    }

    /// Whether an entry is a real directory (not a link to one); asks `lstat` when the
    /// file system does not say.
    private static func isDirectory(_ path: String, type: UInt8) -> Bool {
        if type != UInt8(DT_UNKNOWN) { return type == UInt8(DT_DIR) }
        var status = stat()
        return RawFilePath.withCString(path, { lstat($0, &status) }) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// The lower-cased text after the last dot of a file name, or "" when there is none.
    static func fileExtension(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
