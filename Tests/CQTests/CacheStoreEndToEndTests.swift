import ColumnStore
import Foundation
import Glibc
import Testing

/// The memory-mapped model cache seen through the built `cq`: a section damaged on disk fails
/// only the queries that read it (exit 4, the cache file removed, the next load rebuilds it),
/// and a cache file renamed over while `cq` runs leaves the running `cq` on its old mapping.
@Suite("cq over the mapped model cache")
struct CacheStoreEndToEndTests {
    /// A scratch directory holding a copy of the samples (`statements/`) and a private
    /// `XDG_CACHE_HOME` (`home/`, created by cq itself).
    struct Scratch {
        let directory: String
        let statements: String
        let home: String
        var environment: [String: String] { ["XDG_CACHE_HOME": home] }
        var cacheDirectory: String { home + "/cq" }

        init() throws {
            directory = try CQProcess.temporaryDirectory()
            statements = directory + "/statements"
            home = directory + "/home"
            try FileManager.default.copyItem(atPath: CQProcess.samples, toPath: statements)
        }

        /// Removes the scratch directory.
        func remove() {
            try? FileManager.default.removeItem(atPath: directory)
        }

        /// The names of the cache files (`model-*.cache`) in the cache directory, sorted.
        func cacheFiles() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: cacheDirectory)) ?? [])
                .filter { $0.hasPrefix("model-") && $0.hasSuffix(".cache") }.sorted()
        }

        /// Runs `cq --format tsv -e QUERY` over `paths` (the copy of the samples by default).
        func run(_ query: String, over paths: [String]? = nil, cache: Bool = true) throws -> CQProcess.Result {
            try CQProcess.run(
                ["--format", "tsv"] + (cache ? [] : ["--no-cache"]) + ["-e", query] + (paths ?? [statements]), environment: environment)
        }
    }

    /// The store identity written in a store file's header: its length is bytes 12..<16
    /// (UInt32, little-endian), the identity itself follows the 32-byte fixed header.
    static func identity(in bytes: [UInt8]) throws -> String {
        try #require(bytes.count >= 32)
        let length = (12..<16).reduce(0) { $0 | Int(bytes[$1]) << (8 * ($1 - 12)) }
        try #require(bytes.count >= 32 + length)
        return String(decoding: bytes[32..<(32 + length)], as: UTF8.self)
    }

    /// Flips one byte in the middle of section `section` of the store file at `path`, in place.
    static func flipByte(inSection section: String, of path: String) throws {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let store = try StoreFile(bytes: bytes, identity: try identity(in: bytes))
        let range = try #require(store.byteRange(ofSection: section))
        try #require(!range.isEmpty)
        bytes[range.lowerBound + range.count / 2] ^= 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    let byActor = "clauses | summarize count() by actor | sort by count desc"

    /// A warm cache of the samples with one byte of `clauses.actor.codes` flipped: the path of
    /// the cache file. With `keepingValidCopy`, a copy of the file as written is kept there first.
    func damagedCache(in scratch: Scratch, keepingValidCopy copy: String? = nil) throws -> String {
        let cold = try scratch.run("clauses | count")
        #expect(cold.status == 0 && cold.output == "count\n48\n" && cold.error.isEmpty, "\(cold.error)")
        let name = try #require(scratch.cacheFiles().first)
        #expect(scratch.cacheFiles().count == 1)
        let path = scratch.cacheDirectory + "/" + name
        if let copy { try FileManager.default.copyItem(atPath: path, toPath: copy) }
        try Self.flipByte(inSection: "clauses.actor.codes", of: path)
        return path
    }

    @Test func aQueryMeetingADamagedSectionFailsRemovesTheCacheAndTheNextRunRebuildsIt() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let cacheFile = try damagedCache(in: scratch)
        let expected = try scratch.run(byActor, cache: false)
        #expect(expected.status == 0 && expected.output.hasPrefix("actor\tcount\njoint\t33\n"))

        let damaged = try scratch.run(byActor)
        #expect(damaged.status == 4, "\(damaged.error)")
        #expect(
            damaged.error.contains(
                "the loaded statements are damaged (section clauses.actor.codes of the model cache: its bytes do not match their checksum)"),
            "\(damaged.error)")
        #expect(damaged.error.contains("the cache file has been removed, so loading the statements again reads them afresh"))
        // No half answer on the output.
        #expect(!damaged.output.contains("joint"))
        #expect(!FileManager.default.fileExists(atPath: cacheFile))

        let again = try scratch.run(byActor)
        #expect(again.status == 0, "\(again.error)")
        #expect(again.error.isEmpty, "\(again.error)")
        #expect(again.output == expected.output)
        #expect(FileManager.default.fileExists(atPath: cacheFile))
        // And the rebuilt cache answers warm too.
        let warm = try scratch.run(byActor)
        #expect(warm.status == 0 && warm.error.isEmpty && warm.output == expected.output)
    }

    @Test func aQueryNotTouchingTheDamagedSectionAnswersFromTheDamagedCache() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let cacheFile = try damagedCache(in: scratch)
        let count = try scratch.run("clauses | count")
        #expect(count.status == 0, "\(count.error)")
        #expect(count.output == "count\n48\n")
        #expect(count.error.isEmpty, "\(count.error)")
        let statements = try scratch.run("statements | summarize count() by place | sort by place")
        let expected = try scratch.run("statements | summarize count() by place | sort by place", cache: false)
        #expect(statements.status == 0 && statements.output == expected.output, "\(statements.error)")
        // Nothing read the damaged section, so the file stays, and the damage is still there.
        #expect(FileManager.default.fileExists(atPath: cacheFile))
        let damaged = try scratch.run(byActor)
        #expect(damaged.status == 4 && damaged.error.contains("section clauses.actor.codes"), "\(damaged.error)")
    }

    @Test func aRunningCQKeepsItsMappingWhenTheCacheFileIsRenamedOver() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        // A warm cache for the samples, then a valid cache of another load (three statements).
        #expect(try scratch.run("statements | count").output == "count\n4\n")
        let name = try #require(scratch.cacheFiles().first)
        let cacheFile = scratch.cacheDirectory + "/" + name
        let fewer = scratch.directory + "/fewer"
        try FileManager.default.copyItem(atPath: CQProcess.samples, toPath: fewer)
        try FileManager.default.removeItem(atPath: fewer + "/2024-05-16-pakistan-china-fifth-strategic-dialogue.txt")
        #expect(try scratch.run("statements | count", over: [fewer]).output == "count\n3\n")
        let other = try #require(scratch.cacheFiles().first { $0 != name })

        // The queries after the swap read sections not touched before it (actor codes, entity
        // columns, clause texts): their pages come from the mapping after the rename.
        let queries = [
            "statements | count",
            byActor + " | take 3",
            "entities | summarize count() by type | sort by type",
            #"clauses | where actor == "Pakistan" and topics has "terrorism" | select n, cameo"#,
            #"clauses | kwic "corridor" width 30"#,
            "mentions | count",
        ]
        let script = queries.map { $0 + "\n" }.joined()
        let expected = try CQProcess.run(["--format", "tsv", "--no-cache", scratch.statements], input: script, environment: scratch.environment)
        try #require(expected.status == 0, "\(expected.error)")
        try #require(expected.output.hasPrefix("count\n4\nactor\tcount\njoint\t33\n"))
        // RunningCQ keeps the last 4 KiB of the output.
        try #require(expected.output.utf8.count < 4000)

        let running = try CQProcess.start(["--format", "tsv", scratch.statements], environment: scratch.environment)
        defer { running.stop() }
        running.write(queries[0] + "\n")
        #expect(running.readOutput(until: "count\n4\n"))

        #expect(rename(scratch.cacheDirectory + "/" + other, cacheFile) == 0)
        for query in queries.dropFirst() { running.write(query + "\n") }
        running.closeInput()
        #expect(running.readOutput(until: expected.output))
        #expect(running.wait() == 0)

        // The file renamed in is another load's: a new cq ignores it, reads afresh and rewrites it.
        let fresh = try scratch.run(byActor + " | take 3")
        #expect(fresh.status == 0 && fresh.error.isEmpty && expected.output.contains(fresh.output), "\(fresh.error)")
        #expect(scratch.cacheFiles() == [name])
        let warm = try scratch.run("statements | count")
        #expect(warm.output == "count\n4\n")
    }

    // After a query meets a damaged section, `.load` of the same paths in the session reads the
    // statements afresh and replaces the damaged ones (it once kept the damaged store's paths as
    // "loaded already" and emptied the session).
    @Test func loadingAgainInTheSessionAfterDamageReadsTheStatementsAfresh() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let cacheFile = try damagedCache(in: scratch)
        let expected = try scratch.run(byActor, cache: false)
        let script = "\(byActor)\n.load \(scratch.statements)\n\(byActor)\nclauses | count\n"
        let result = try CQProcess.run(["--format", "tsv", "--no-bail", scratch.statements], input: script, environment: scratch.environment)
        #expect(result.error.contains("the loaded statements are damaged (section clauses.actor.codes"), "\(result.error)")
        #expect(FileManager.default.fileExists(atPath: cacheFile), "the .load rebuilt the cache")
        // The failed query prints nothing; the two after the `.load` answer from the fresh statements.
        #expect(result.output == expected.output + "count\n48\n", "\(result.error)")
        #expect(!result.error.contains("no statements are loaded"), "\(result.error)")
        #expect(result.status == 4, "\(result.error)")
    }

    // A running cq that meets damage in its old mapping removes the cache file only while the
    // name is still that file: a valid cache another cq renamed over it meanwhile is kept (it
    // once unlinked the path, whatever file it named by then).
    @Test func damageInAnOldMappingDoesNotRemoveTheValidCacheRenamedOverIt() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let valid = scratch.directory + "/valid.cache"
        let cacheFile = try damagedCache(in: scratch, keepingValidCopy: valid)
        let running = try CQProcess.start(["--format", "tsv", scratch.statements], environment: scratch.environment)
        defer { running.stop() }
        running.write("clauses | count\n")
        #expect(running.readOutput(until: "count\n48\n"))
        // Another cq's whole, valid cache takes the name; the session still maps the damaged file.
        #expect(rename(valid, cacheFile) == 0)
        var renamed = stat()
        try #require(stat(cacheFile, &renamed) == 0)
        running.write(byActor + "\n")
        running.closeInput()
        #expect(running.wait() == 4)

        #expect(FileManager.default.fileExists(atPath: cacheFile), "the valid cache renamed over the damaged one was removed")
        let next = try scratch.run(byActor)
        #expect(next.status == 0 && next.error.isEmpty, "\(next.error)")
        var after = stat()
        #expect(stat(cacheFile, &after) == 0 && after.st_ino == renamed.st_ino, "the valid cache was not reused")
    }
}
