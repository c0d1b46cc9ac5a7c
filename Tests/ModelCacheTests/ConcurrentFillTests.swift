import Foundation
import Glibc
import ModelCache
import Testing

/// Several `cq` processes filling the same empty cache at once: each writes its own temporary
/// and renames it into place, so the cache ends as one whole file that a later run reuses.
@Suite("Concurrent fills of the model cache")
struct ConcurrentFillTests {
    /// The built `cq`, beside the test bundle (as CQTests' `CQProcess` finds it).
    static let cq: String? = {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while url.path != "/" {
            let candidate = url.appendingPathComponent("cq").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            url.deleteLastPathComponent()
        }
        return nil
    }()

    /// How many processes race, and how many times.
    static let racers = 4
    static let rounds = 5

    /// A `cq -e 'clauses | count'` waiting behind `/bin/sh`'s `read` until a line arrives on its
    /// standard input, so that every racer is spawned before any starts loading.
    struct Racer {
        let process = Process()
        let gate = Pipe(), output = Pipe(), error = Pipe()

        init(cq: String, statements: String, home: String) throws {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", #"read line; exec "$0" -e 'clauses | count' "$1""#, cq, statements]
            var environment = ProcessInfo.processInfo.environment
            environment["XDG_CACHE_HOME"] = home
            process.environment = environment
            process.standardInput = gate
            process.standardOutput = output
            process.standardError = error
            try process.run()
        }

        func go() throws {
            try gate.fileHandleForWriting.write(contentsOf: Data("go\n".utf8))
            try gate.fileHandleForWriting.close()
        }

        /// The exit status and what it printed, once it has exited.
        func finish() -> (status: Int32, output: String, error: String) {
            let out = output.fileHandleForReading.readDataToEndOfFile()
            let err = error.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
        }
    }

    @Test func racingFillsLeaveOneWholeCacheFileThatIsReused() throws {
        let cq = try #require(Self.cq, "the built cq beside the test bundle")
        let scratch = NSTemporaryDirectory() + "cq-concurrent-fill-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let statements = scratch + "/statements"
        try FileManager.default.copyItem(atPath: ModelCacheTests.samples, toPath: statements)
        let identity = ModelCache.identity(ofProgram: cq)

        for round in 0..<Self.rounds {
            // A fresh XDG_CACHE_HOME that does not exist yet: the racers also race to create it.
            let home = scratch + "/home-\(round)"
            let directory = home + "/cq"
            let racers = try (0..<Self.racers).map { _ in try Racer(cq: cq, statements: statements, home: home) }
            for racer in racers { try racer.go() }
            for (index, outcome) in racers.map({ $0.finish() }).enumerated() {
                #expect(outcome.status == 0, "round \(round), racer \(index): \(outcome.error)")
                #expect(outcome.output == "count\n48\n", "round \(round), racer \(index)")
                #expect(outcome.error.isEmpty, "round \(round), racer \(index): \(outcome.error)")
            }

            let entries = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
            let caches = entries.filter { $0.hasPrefix("model-") && $0.hasSuffix(".cache") }
            #expect(caches.count == 1, "round \(round): \(entries)")
            #expect(!entries.contains { $0.contains(".tmp-") }, "round \(round): \(entries)")
            #expect(entries.count == 1, "round \(round): \(entries)")

            let cache = ModelCache(directory: directory, identity: identity)
            #expect(caches.first == URL(fileURLWithPath: cache.file(for: [statements])).lastPathComponent)
            let (count, warning) = cache.cachedFileCount(for: [statements])
            #expect(count == 4, "round \(round)")
            #expect(warning == nil, "round \(round): \(String(describing: warning))")

            // A further run takes the file as it is: no rewrite (same inode and time), no warning.
            var before = stat()
            try #require(stat(cache.file(for: [statements]), &before) == 0)
            let again = try Racer(cq: cq, statements: statements, home: home)
            try again.go()
            let outcome = again.finish()
            #expect(outcome.status == 0 && outcome.output == "count\n48\n" && outcome.error.isEmpty, "\(outcome.error)")
            var after = stat()
            try #require(stat(cache.file(for: [statements]), &after) == 0)
            #expect(after.st_ino == before.st_ino)
            #expect(after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)
        }
    }
}
