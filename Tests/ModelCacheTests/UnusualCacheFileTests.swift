import Dispatch
import Foundation
import Glibc
import ModelCache
import Testing

/// Cache files that are no ordinary cache: huge sparse files, a FIFO, a symbolic link. Each
/// gives a warning, the load reads the statements, and the cache is rebuilt as a regular file.
@Suite("Unusual cache files")
struct UnusualCacheFileTests {
    let fixture: CacheFixture

    init() throws {
        fixture = try CacheFixture()
    }

    /// Loads the samples, expecting a warning about the cache file, and then a clean rebuilt cache.
    private func expectRefusedThenRebuilt(_ load: ModelCache.Load, reason: String) throws {
        #expect(load.readFiles == 4 && load.reusedFiles == 0)
        #expect((try load.corpus()).statements.count == 4)
        #expect(load.warnings.map(\.message) == ["the model cache is damaged (\(reason)); rebuilding it"])
        var status = stat()
        #expect(lstat(fixture.cacheFile, &status) == 0 && status.st_mode & S_IFMT == S_IFREG && status.st_size < 1 << 20)
        let again = fixture.cache.read(paths: [fixture.statements])
        #expect(again.reusedFiles == 4 && again.warnings.isEmpty)
    }

    @Test(arguments: [true, false])
    func aHugeSparseCacheFileIsRefusedWithoutBeingRead(keepsItsHeader: Bool) throws {
        _ = fixture.cache.read(paths: [fixture.statements])
        // 40 GB: a real cache grown by `truncate -s 40G`, or nothing but zeros. Sparse: no disk.
        if !keepsItsHeader { try Data().write(to: URL(fileURLWithPath: fixture.cacheFile)) }
        #expect(truncate(fixture.cacheFile, 40 << 30) == 0)
        let load = fixture.cache.read(paths: [fixture.statements])
        try expectRefusedThenRebuilt(load, reason: keepsItsHeader ? "the file is not as long as its sections" : "not a cq store file")
    }

    @Test func aFIFOAtTheCachePathIsRefusedWithoutBlocking() throws {
        _ = fixture.cache.read(paths: [fixture.statements])
        try FileManager.default.removeItem(atPath: fixture.cacheFile)
        #expect(mkfifo(fixture.cacheFile, 0o600) == 0)
        let handover = Handover()
        let cache = fixture.cache, statements = fixture.statements
        DispatchQueue.global().async {
            handover.load = cache.read(paths: [statements])
            handover.done.signal()
        }
        if handover.done.wait(timeout: .now() + 30) == .timedOut {
            Issue.record("the load blocked on the FIFO")
            // Unblock it: a writer that closes at once gives the reader an end of file.
            close(open(fixture.cacheFile, O_WRONLY | O_NONBLOCK))
            handover.done.wait()
        }
        let load = try #require(handover.load)
        try expectRefusedThenRebuilt(load, reason: "not a regular file")
    }

    @Test func aSymbolicLinkAtTheCachePathIsNeitherFollowedNorWrittenThrough() throws {
        let victim = fixture.directory + "/victim"
        try Data("precious".utf8).write(to: URL(fileURLWithPath: victim))
        try FileManager.default.createDirectory(atPath: fixture.cache.directory, withIntermediateDirectories: false,
            attributes: [.posixPermissions: 0o700])
        try FileManager.default.createSymbolicLink(atPath: fixture.cacheFile, withDestinationPath: victim)
        let load = fixture.cache.read(paths: [fixture.statements])
        try expectRefusedThenRebuilt(load, reason: "cannot open it: a symbolic link")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious")
    }
}

/// A load run on another thread, handed over through a semaphore (which orders the accesses).
private final class Handover: @unchecked Sendable {
    var load: ModelCache.Load?
    let done = DispatchSemaphore(value: 0)
}
