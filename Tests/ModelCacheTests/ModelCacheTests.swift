import ColumnStore
import Foundation
import Glibc
import ModelCache
import StatementModel
import StatementReader
import Testing

/// The model cache over a copy of the samples: reuse, invalidation and damaged caches.
@Suite("The model cache")
struct ModelCacheTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path + "/samples/statements"
    static let seedName = "2024-05-16-pakistan-china-fifth-strategic-dialogue.txt"

    let fixture: CacheFixture
    var directory: String { fixture.directory }
    var statements: String { fixture.statements }
    var cache: ModelCache { fixture.cache }
    private var cacheFile: String { fixture.cacheFile }

    init() throws {
        fixture = try CacheFixture()
    }

    @Test func aSecondLoadComesFromTheCacheWithTheSameModel() throws {
        let first = cache.read(paths: [statements])
        #expect(first.readFiles == 4 && first.reusedFiles == 0)
        #expect(first.warnings.isEmpty)
        #expect(FileManager.default.fileExists(atPath: cacheFile))
        let second = cache.read(paths: [statements])
        #expect(second.readFiles == 0 && second.reusedFiles == 4)
        #expect(second.warnings.isEmpty)
        #expect((try second.corpus()) == StatementReader().read(paths: [statements]).corpus)
        let seed = (try second.corpus()).statement(id: "2024-05-16-pakistan-china-fifth-strategic-dialogue")
        #expect(seed?.clauses.filter { $0.actor == "Pakistan" }.count == 8)
    }

    @Test func aChangedFileIsReadAgainAndTheRestReused() throws {
        _ = cache.read(paths: [statements])
        let seed = statements + "/" + Self.seedName
        let text = try String(contentsOfFile: seed, encoding: .utf8)
        let added = "The two sides agreed to hold the Sixth Round in Beijing."
        try text.replacingOccurrences(of: "The two sides reiterated that", with: added + " The two sides reiterated that")
            .write(toFile: seed, atomically: false, encoding: .utf8)
        let changed = cache.read(paths: [statements])
        #expect(changed.readFiles == 1 && changed.reusedFiles == 3)
        let clauses = (try changed.corpus()).statement(id: "2024-05-16-pakistan-china-fifth-strategic-dialogue")?.clauses ?? []
        #expect(clauses.contains { $0.text == added })
        #expect(cache.read(paths: [statements]).reusedFiles == 4)

        try FileManager.default.removeItem(atPath: seed)
        let removed = cache.read(paths: [statements])
        #expect((try removed.corpus()).statements.count == 3)
        #expect(removed.readFiles == 0)
        try FileManager.default.copyItem(atPath: Self.samples + "/" + Self.seedName, toPath: directory + "/statements/new.txt")
        let grown = cache.read(paths: [statements])
        #expect(grown.readFiles == 1 && grown.reusedFiles == 3)
        #expect((try grown.corpus()).statement(id: "new") != nil)
    }

    @Test func aRewriteWithTheSameSizeAndRestoredTimesIsReadAgain() throws {
        _ = cache.read(paths: [statements])
        let seed = statements + "/" + Self.seedName
        var before = stat()
        #expect(stat(seed, &before) == 0)
        // Past the coarse clock's tick, so that the change time moves on.
        usleep(20_000)
        // Same size, in place (same inode), in the middle (outside the hashed first and last
        // 4 KiB), and `touch -r` to the old times: only the change time tells.
        let text = try String(contentsOfFile: seed, encoding: .utf8)
        try text.replacingOccurrences(of: "a green corridor", with: "a clean corridor").write(toFile: seed, atomically: false, encoding: .utf8)
        #expect(utimensat(AT_FDCWD, seed, [before.st_atim, before.st_mtim], 0) == 0)
        var after = stat()
        #expect(stat(seed, &after) == 0 && after.st_size == before.st_size && after.st_ino == before.st_ino)
        #expect(after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)
        let load = cache.read(paths: [statements])
        #expect(load.readFiles == 1 && load.reusedFiles == 3)
        let clauses = (try load.corpus()).statement(id: "2024-05-16-pakistan-china-fifth-strategic-dialogue")?.clauses ?? []
        #expect(clauses.contains { $0.text.contains("a clean corridor") })
    }

    @Test func negativeAndExtremeNumbersOfAJSONModelRoundTripThroughTheCache() throws {
        let clauses = [
            Clause(statement: "s", n: -3, paragraph: -1, text: "The two sides met.", start: -100, end: Int.max),
            Clause(statement: "s", n: Int.min, paragraph: Int.max, text: "They agreed.", start: Int.min, end: 0),
        ]
        let mentions = [Mention(clause: -2, start: -7, end: Int.min, text: "sides"), Mention(clause: Int.max, start: 1, end: -1, text: "x")]
        let statement = Statement(
            id: "s", title: "Negative", date: nil, place: nil, source: nil, path: "s.json", parties: [], partyCodes: [],
            text: "The two sides met. They agreed.", clauses: clauses,
            entities: [Entity(name: "sides", type: .other, code: nil, aliases: [], mentions: mentions)])
        let models = directory + "/models"
        try FileManager.default.createDirectory(atPath: models, withIntermediateDirectories: true)
        try JSONEncoder().encode(Corpus(statements: [statement])).write(to: URL(fileURLWithPath: models + "/model.json"))
        let direct = StatementReader().read(paths: [models])
        #expect(direct.warnings.isEmpty)
        #expect(direct.corpus.statements == [statement])
        #expect(cache.read(paths: [models]).readFiles == 1)
        let cached = cache.read(paths: [models])
        #expect(cached.reusedFiles == 1 && cached.readFiles == 0)
        #expect((try cached.corpus()) == direct.corpus)
    }

    @Test func aFileThatFailsEveryTimeIsReadAgainWithoutRewritingTheCache() throws {
        try Data("---\ntitle: [unclosed\n---\nThe two sides met.\n".utf8).write(to: URL(fileURLWithPath: statements + "/broken.md"))
        let first = cache.read(paths: [statements])
        #expect(first.warnings.contains { $0.path.hasSuffix("broken.md") })
        let written = try FileManager.default.attributesOfItem(atPath: cacheFile)[.modificationDate] as? Date
        let second = cache.read(paths: [statements])
        #expect(second.readFiles == 1 && second.reusedFiles == 4)
        #expect(second.warnings.contains { $0.path.hasSuffix("broken.md") })
        #expect(try FileManager.default.attributesOfItem(atPath: cacheFile)[.modificationDate] as? Date == written)
    }

    @Test func otherPathsHaveTheirOwnCacheFile() throws {
        _ = cache.read(paths: [statements])
        let seed = statements + "/" + Self.seedName
        #expect(cache.file(for: [seed]) != cacheFile)
        let one = cache.read(paths: [seed])
        #expect(try one.readFiles == 1 && one.corpus().statements.count == 1)
        #expect(cache.read(paths: [statements]).reusedFiles == 4)
    }

    @Test(arguments: ["garbage", "truncated", "empty", "damaged index"])
    func aDamagedCacheIsIgnoredWithAWarningAndRebuilt(damage: String) throws {
        _ = cache.read(paths: [statements])
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: cacheFile)))
        switch damage {
        case "garbage": bytes = Array("this is not a cache".utf8)
        case "truncated": bytes.removeLast(bytes.count / 2)
        case "empty": bytes = []
        default:
            // The cache's own sections are read by every load: a damaged one is found at once.
            let file = try StoreFile(bytes: bytes, identity: "tests")
            let stamps = try #require(file.byteRange(ofSection: "cache.file_stamps"))
            bytes[stamps.lowerBound + 9] ^= 0x5A
        }
        try Data(bytes).write(to: URL(fileURLWithPath: cacheFile))
        let damaged = cache.read(paths: [statements])
        #expect(damaged.readFiles == 4)
        #expect(damaged.warnings.map(\.message).contains { $0.hasPrefix("the model cache is damaged (") && $0.hasSuffix("); rebuilding it") },
            "\(damaged.warnings)")
        #expect((try damaged.corpus()).statements.count == 4)
        let rebuilt = cache.read(paths: [statements])
        #expect(rebuilt.reusedFiles == 4 && rebuilt.warnings.isEmpty)
    }

    @Test func everyTruncationOfACacheIsRefusedCleanly() throws {
        let seed = statements + "/" + Self.seedName
        let clauseCount = (try cache.read(paths: [seed]).corpus()).statements.first?.clauses.count
        #expect(clauseCount == 40)
        let file = cache.file(for: [seed])
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 50)) {
            try Data(bytes.prefix(length)).write(to: URL(fileURLWithPath: file))
            let load = cache.read(paths: [seed])
            #expect(load.readFiles == 1, "a cache cut at \(length) bytes was used")
            #expect((try load.corpus()).statements.first?.clauses.count == clauseCount)
        }
    }

    @Test func aCacheOfAnotherVersionIsIgnoredWithAWarning() throws {
        _ = cache.read(paths: [statements])
        let newer = ModelCache(directory: cache.directory, identity: "a later cq")
        let load = newer.read(paths: [statements])
        #expect(load.readFiles == 4)
        #expect(load.warnings.map(\.message) == ["the model cache was written by another version of cq; rebuilding it"])
        #expect(newer.read(paths: [statements]).reusedFiles == 4)
    }

    @Test func anUnwritableCacheOnlyWarns() throws {
        let blocked = directory + "/blocked"
        try Data().write(to: URL(fileURLWithPath: blocked))
        let load = ModelCache(directory: blocked + "/cq", identity: "tests").read(paths: [statements])
        #expect((try load.corpus()).statements.count == 4)
        #expect(load.warnings.count == 1)
        #expect(load.warnings.first?.message.hasPrefix("cannot write the model cache: cannot create") == true)
    }

    @Test func theDefaultDirectoryFollowsXDG() throws {
        #expect(ModelCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/a"]) == "/x/cache/cq")
        #expect(ModelCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/home/a"]) == "/home/a/.cache/cq")
        #expect(ModelCache.defaultDirectory(environment: ["HOME": "/home/a"]) == "/home/a/.cache/cq")
        #expect(ModelCache.defaultDirectory(environment: [:]) == nil)
    }
}
