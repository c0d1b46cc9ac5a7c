import Foundation
import Glibc
import ModelCache

/// A scratch directory with a copy of the samples in `statements/` and a cache in `cache/`.
struct CacheFixture {
    /// The scratch directory.
    let directory: String
    /// The copy of the samples.
    let statements: String
    /// A cache in `directory/cache`.
    let cache: ModelCache

    /// A new scratch directory.
    init() throws {
        directory = NSTemporaryDirectory() + "cq-cache-tests-" + UUID().uuidString
        statements = directory + "/statements"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: ModelCacheTests.samples, toPath: statements)
        cache = ModelCache(directory: directory + "/cache", identity: "tests")
    }

    /// The cache file of a load of the samples.
    var cacheFile: String { cache.file(for: [statements]) }

    /// The names in the cache directory, sorted.
    func cacheEntries() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cache.directory)) ?? []).sorted()
    }

    /// The id of a process that has exited and been waited for: no live process has it.
    static func deadProcessID() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}
