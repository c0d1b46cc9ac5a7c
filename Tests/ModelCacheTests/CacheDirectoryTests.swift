import Foundation
import Glibc
@testable import ModelCache
import StatementReader
import Testing

/// The cache directory's checks and the temporary files cache files are written through.
@Suite("The cache directory and temporary files")
struct CacheDirectoryTests {
    let fixture: CacheFixture

    init() throws {
        fixture = try CacheFixture()
    }

    /// Loads once, changes a statement so that a load would rewrite the cache, applies `change`
    /// to the cache directory, and expects the next load to neither read nor write the cache.
    private func expectUnused(after change: () throws -> Void, reason: String) throws {
        _ = fixture.cache.read(paths: [fixture.statements])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: fixture.cacheFile))
        let entries = fixture.cacheEntries()
        try FileManager.default.removeItem(atPath: fixture.statements + "/" + ModelCacheTests.seedName)
        try change()
        let load = fixture.cache.read(paths: [fixture.statements])
        #expect(load.readFiles == 3 && load.reusedFiles == 0)
        #expect((try load.corpus()).statements.count == 3)
        #expect(load.warnings == [ReadWarning(path: fixture.cache.directory, message: "not using the model cache directory: \(reason)")])
        #expect(try Data(contentsOf: URL(fileURLWithPath: fixture.cacheFile)) == bytes)
        #expect(fixture.cacheEntries() == entries)
    }

    @Test(arguments: [0o777, 0o720, 0o702])
    func aDirectoryOthersCanWriteToIsNotUsed(mode: Int) throws {
        try expectUnused(after: { #expect(chmod(fixture.cache.directory, mode_t(mode)) == 0) },
            reason: "its mode \(String(mode, radix: 8)) lets others write to it")
    }

    @Test(.enabled(if: geteuid() == 0, "only root can give a directory away"))
    func aDirectoryOfAnotherUserIsNotUsed() throws {
        try expectUnused(after: { #expect(chown(fixture.cache.directory, 65534, 65534) == 0) }, reason: "it is owned by another user")
    }

    @Test(.enabled(if: geteuid() == 0, "only root can give a link away"))
    func aSymbolicLinkOfAnotherUserIsNotFollowed() throws {
        let real = fixture.directory + "/real-cache"
        try expectUnused(after: {
            try FileManager.default.moveItem(atPath: fixture.cache.directory, toPath: real)
            try FileManager.default.createSymbolicLink(atPath: fixture.cache.directory, withDestinationPath: real)
            #expect(lchown(fixture.cache.directory, 65534, 65534) == 0)
        }, reason: "it is a symbolic link owned by another user")
    }

    @Test func theDirectoryAndItsFilesArePrivate() throws {
        let nested = ModelCache(directory: fixture.directory + "/a/b/cq", identity: "tests")
        let load = nested.read(paths: [fixture.statements])
        #expect(load.warnings.isEmpty)
        var status = stat()
        #expect(stat(nested.directory, &status) == 0 && status.st_mode & 0o777 == 0o700)
        #expect(stat(nested.file(for: [fixture.statements]), &status) == 0 && status.st_mode & 0o777 == 0o600)
    }

    @Test func aLinkPlantedAtTheTemporaryNameIsNotFollowed() throws {
        let victim = fixture.directory + "/victim"
        try Data("precious".utf8).write(to: URL(fileURLWithPath: victim))
        let directory = try CacheDirectory.create(fixture.cache.directory)
        let temporary = "model-0123456789abcdef.cache.tmp-\(getpid()).0badf00d"
        try FileManager.default.createSymbolicLink(atPath: fixture.cache.directory + "/" + temporary, withDestinationPath: victim)
        let problem = CacheStorage.write(named: "model-0123456789abcdef.cache", through: temporary, in: directory) { Array("cache".utf8).withUnsafeBytes($0) }
        #expect(problem == "cannot create \(temporary): File exists")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious")
        #expect(fixture.cacheEntries() == [temporary])
        // Through a free name the same write succeeds and leaves only the cache file.
        let free = CacheTemporary.name(for: "model-0123456789abcdef.cache")
        #expect(CacheStorage.write(named: "model-0123456789abcdef.cache", through: free, in: directory) { Array("cache".utf8).withUnsafeBytes($0) } == nil)
        #expect(fixture.cacheEntries() == ["model-0123456789abcdef.cache", temporary])
    }

    @Test func contentsThatCannotAllBeGivenLeaveNoCacheFile() throws {
        let directory = try CacheDirectory.create(fixture.cache.directory)
        let temporary = CacheTemporary.name(for: "model-0123456789abcdef.cache")
        // The store's bytes stop without a write failing: a spilled column that cannot be read back.
        let problem = CacheStorage.write(named: "model-0123456789abcdef.cache", through: temporary, in: directory) { emit in
            _ = Array("half a cache".utf8).withUnsafeBytes(emit)
            return false
        }
        #expect(problem == "its columns could not be read back from a temporary file")
        #expect(fixture.cacheEntries() == [])
    }

    @Test func staleTemporariesOfDeadProcessesAreRemovedWhenTheCacheIsWritten() throws {
        let dead = try CacheFixture.deadProcessID()
        let hash = "model-00000000deadbeef.cache"
        let stale = [hash + ".tmp-\(dead)", hash + ".tmp-\(dead).0123abcd"]
        let kept = [
            hash + ".tmp-\(getpid()).0123abcd",  // a live process: this one
            hash + ".tmp-1",  // init
            "notes.tmp-\(dead)",  // not a cache's temporary
            hash + ".tmp-\(dead).0123ABCD",  // not as cq names them
            hash + ".tmp-\(dead).x",
        ]
        try FileManager.default.createDirectory(atPath: fixture.cache.directory, withIntermediateDirectories: false,
            attributes: [.posixPermissions: 0o700])
        for name in stale + kept { try Data("partial".utf8).write(to: URL(fileURLWithPath: fixture.cache.directory + "/" + name)) }
        // A link and a directory with a stale name are not regular files: left alone.
        let link = hash + ".tmp-\(dead).00000001", folder = hash + ".tmp-\(dead).00000002"
        try FileManager.default.createSymbolicLink(atPath: fixture.cache.directory + "/" + link, withDestinationPath: "/etc/hostname")
        try FileManager.default.createDirectory(atPath: fixture.cache.directory + "/" + folder, withIntermediateDirectories: false)
        let load = fixture.cache.read(paths: [fixture.statements])
        #expect(load.warnings.isEmpty)
        let cacheName = (fixture.cacheFile as NSString).lastPathComponent
        #expect(fixture.cacheEntries() == (kept + [link, folder, cacheName]).sorted())
    }

    @Test func temporaryNamesCarryTheProcessID() throws {
        let name = CacheTemporary.name(for: "model-0123456789abcdef.cache")
        #expect(name.hasPrefix("model-0123456789abcdef.cache.tmp-\(getpid())."))
        #expect(CacheTemporary.processID(inName: name) == getpid())
        #expect(CacheTemporary.processID(inName: "model-0123456789abcdef.cache.tmp-42") == 42)
        for other in [
            "model-0123456789abcdef.cache", "model-0123456789abcdef.cache.tmp-", "model-0123456789abcdef.cache.tmp-0",
            "model-0123456789abcdef.cache.tmp-+42", "model-0123456789abcdef.cache.tmp-42.0123abc",
            "model-0123456789abcde.cache.tmp-42", "model-0123456789abcdef.cache.tmp-99999999999.0123abcd",
            "xmodel-0123456789abcdef.cache.tmp-42", "model-0123456789abcdef.cache.tmp-42.0123abcd.x",
        ] {
            #expect(CacheTemporary.processID(inName: other) == nil, "\(other)")
        }
    }
}
