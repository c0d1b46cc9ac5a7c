import Glibc

/// A temporary file that holds the columns of a load as they fill, so that reading an archive
/// does not keep its whole store in memory until the store is written. The file has no name
/// (it is unlinked as soon as it is made), so nothing is left behind when the process ends in
/// any way; it lives in `TMPDIR`, else `/var/tmp` (on disk by convention), else `/tmp`.
final class SpillFile {
    /// The open file.
    let descriptor: CInt
    /// The bytes written so far; the next chunk goes here.
    private(set) var count = 0

    /// A new temporary file in the first of `directories` that takes one, or nil when none
    /// does (the columns then stay in memory).
    static func make(in directories: [String] = defaultDirectories()) -> SpillFile? {
        for directory in directories {
            var template = Array((directory + "/cq-columns-XXXXXX").utf8CString)
            let descriptor = template.withUnsafeMutableBufferPointer { $0.baseAddress.map { mkstemp($0) } ?? -1 }
            guard descriptor >= 0 else { continue }
            template.withUnsafeBufferPointer { name in _ = name.baseAddress.map { unlink($0) } }
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            return SpillFile(descriptor: descriptor)
        }
        return nil
    }

    /// `TMPDIR` when set, then `/var/tmp` and `/tmp`.
    static func defaultDirectories() -> [String] {
        let temporary = getenv("TMPDIR").map { String(cString: $0) }
        return [temporary, "/var/tmp", "/tmp"].compactMap { $0 }.filter { !$0.isEmpty }
    }

    /// The file open as `descriptor`, which it now owns.
    init(descriptor: CInt) {
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Appends `bytes` and returns where they start, or nil when they could not all be written
    /// (a full disk): the caller keeps them in memory instead.
    func append(_ bytes: UnsafeRawBufferPointer) -> Int? {
        let start = count
        let written = WholeTransfer.move(bytes.count) { done in
            pwrite(descriptor, bytes.baseAddress.map { $0 + done }, bytes.count - done, off_t(start + done))
        }
        guard written.moved == bytes.count else { return nil }
        count += bytes.count
        return start
    }

    /// Reads `buffer.count` bytes from `offset` into `buffer`; false when they cannot be read.
    func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) -> Bool {
        let read = WholeTransfer.move(buffer.count) { done in
            pread(descriptor, buffer.baseAddress.map { $0 + done }, buffer.count - done, off_t(offset + done))
        }
        return read.moved == buffer.count
    }
}
