import Foundation
import Glibc
@testable import ModelCache
import Testing

/// When a source file counts as changed: its stamp.
@Suite("File stamps")
struct FileStampTests {
    let directory: String

    init() throws {
        directory = NSTemporaryDirectory() + "cq-stamp-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    /// 12 KiB of `a`, with `byte` at `offset` when given.
    private func write(_ path: String, byte: UInt8? = nil, at offset: Int = 0) throws {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 12 << 10)
        if let byte { bytes[offset] = byte }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// Sets the access and modification times of `path` to those in `status`, as `touch -r` does.
    private func restoreTimes(_ path: String, from status: stat) {
        let times = [status.st_atim, status.st_mtim]
        #expect(utimensat(AT_FDCWD, path, times, 0) == 0)
    }

    @Test func aRewriteOfTheMiddleWithRestoredTimesChangesTheStamp() throws {
        let path = directory + "/file.txt"
        try write(path)
        var before = stat()
        #expect(stat(path, &before) == 0)
        let stamp = try #require(FileStamp.of(path))
        // Past the coarse clock's tick, so that the change time moves on.
        usleep(20_000)
        try write(path, byte: UInt8(ascii: "b"), at: 6000)
        restoreTimes(path, from: before)
        let after = try #require(FileStamp.of(path))
        #expect(after.size == stamp.size && after.modified == stamp.modified && after.inode == stamp.inode)
        #expect(after.changed != stamp.changed)
        #expect(after != stamp)
    }

    @Test func aFileRenamedIntoPlaceHasAnotherInode() throws {
        let path = directory + "/file.txt", replacement = directory + "/new.txt"
        try write(path)
        let stamp = try #require(FileStamp.of(path))
        try write(replacement)
        #expect(rename(replacement, path) == 0)
        let after = try #require(FileStamp.of(path))
        #expect(after.inode != stamp.inode)
        #expect(after != stamp)
    }

    @Test(.timeLimit(.minutes(1)))
    func aFIFOHasNoStampAndDoesNotBlock() throws {
        let path = directory + "/fifo.txt"
        #expect(mkfifo(path, 0o600) == 0)
        #expect(FileStamp.of(path) == nil)
    }
}
