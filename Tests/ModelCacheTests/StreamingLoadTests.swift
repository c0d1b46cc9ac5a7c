import ColumnStore
import Foundation
import ModelCache
import StatementModel
import StatementReader
import Testing

/// Loads that hand each file's statements to the store as they are read, a batch at a time,
/// give what reading every file first and then building the store gives.
@Suite("Loads built while reading")
struct StreamingLoadTests {
    let fixture: CacheFixture

    /// The samples copied 80 times into folders of their own (320 files, more than one
    /// batch: every id shared, made unique by path), with a file that fails in the middle.
    init() throws {
        fixture = try CacheFixture()
        let manager = FileManager.default
        let names = try manager.contentsOfDirectory(atPath: fixture.statements).sorted()
        for copy in 0..<80 {
            let folder = fixture.statements + "/copy-\(copy)"
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for name in names { try manager.copyItem(atPath: fixture.statements + "/" + name, toPath: folder + "/" + name) }
        }
        try Data([0xFF, 0xFE, 0x00, 0x01, 0x80]).write(to: URL(fileURLWithPath: fixture.statements + "/copy-40/broken.md"))
        try manager.removeItem(atPath: fixture.statements + "/" + names[0])
    }

    var read: ReadResult { StatementReader().read(paths: [fixture.statements]) }

    @Test func withoutACacheTheStoreHoldsWhatTheReaderReads() throws {
        let expected = read
        let load = ModelCache.readWithoutCache(paths: [fixture.statements])
        #expect(try load.corpus() == expected.corpus)
        #expect(load.warnings == expected.warnings)
        #expect(expected.corpus.statements.count == 323 && expected.warnings.count == 1)
        #expect(Set(expected.corpus.statements.map(\.id)).count == 323)
    }

    @Test func throughTheCacheAndAfterAChangeTheStoreHoldsWhatTheReaderReads() throws {
        let first = fixture.cache.read(paths: [fixture.statements])
        #expect(try first.corpus() == read.corpus)
        #expect(first.readFiles == 324 && first.reusedFiles == 0)
        // A file in the middle changes and one is added: those two are read, the rest reused.
        let changed = fixture.statements + "/copy-60/" + ModelCacheTests.seedName
        try ("Changed\n\nPakistan and China agreed to meet again.\n").write(toFile: changed, atomically: true, encoding: .utf8)
        try ("Added\n\nThe two sides held talks.\n").write(toFile: fixture.statements + "/copy-7/added.txt", atomically: true, encoding: .utf8)
        let second = fixture.cache.read(paths: [fixture.statements])
        #expect(second.readFiles == 2 + 1 && second.reusedFiles == 322)
        #expect(try second.corpus() == read.corpus)
        #expect(second.warnings == read.warnings)
    }

    @Test func progressCountsEveryFileReadOnce() throws {
        let counts = Counts()
        _ = ModelCache.readWithoutCache(paths: [fixture.statements], progress: { done, total in counts.add(done, total) })
        let seen = counts.values
        #expect(seen.last.map { $0 == (324, 324) } == true)
        #expect(seen.allSatisfy { $0.total == 324 && $0.done <= 324 })
    }

    @Test func aCancelledLoadSaysHowManyFilesItSkipped() throws {
        let load = ModelCache.readWithoutCache(paths: [fixture.statements], isCancelled: { true })
        #expect(load.store.rowCount("statements") == 0)
        #expect(load.warnings.map(\.message) == ["loading interrupted: 324 of 324 files not read"])
    }
}

/// Progress reports gathered from the reader's threads.
private final class Counts: @unchecked Sendable {
    private let lock = NSLock()
    private var reports = [(done: Int, total: Int)]()

    func add(_ done: Int, _ total: Int) {
        lock.withLock { reports.append((done, total)) }
    }

    /// The reports in order of their counts.
    var values: [(done: Int, total: Int)] {
        lock.withLock { reports.sorted { $0.done < $1.done } }
    }
}
