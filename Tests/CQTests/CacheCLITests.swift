import Foundation
import Testing

/// The model cache seen from the command line: `$XDG_CACHE_HOME/cq`, `--no-cache`, and a
/// damaged cache file.
@Suite("cq's model cache")
struct CacheCLITests {
    let samples = CQProcess.samples
    let query = "clauses | summarize count() by actor | sort by count desc"

    private func cacheFiles(in home: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: home + "/cq")) ?? []
    }

    @Test func aWarmRunAnswersTheSameFromTheCache() throws {
        let home = try CQProcess.temporaryDirectory()
        let cold = try CQProcess.run(["--format", "csv", "-e", query, samples], environment: ["XDG_CACHE_HOME": home])
        #expect(cold.status == 0 && cold.error.isEmpty)
        let files = cacheFiles(in: home)
        #expect(files.count == 1 && files.first?.hasPrefix("model-") == true && files.first?.hasSuffix(".cache") == true)
        let warm = try CQProcess.run(["--format", "csv", "-e", query, samples], environment: ["XDG_CACHE_HOME": home])
        #expect(warm.status == 0 && warm.error.isEmpty)
        #expect(warm.output == cold.output)
        #expect(warm.output.contains("joint,33"))
    }

    @Test func noCacheNeitherReadsNorWritesIt() throws {
        let home = try CQProcess.temporaryDirectory()
        let result = try CQProcess.run(["--no-cache", "-e", "statements | count", samples], environment: ["XDG_CACHE_HOME": home])
        #expect(result.status == 0)
        #expect(cacheFiles(in: home).isEmpty)
        let export = try CQProcess.run(["export", "--no-cache", "--to", "json", home + "/m.json", samples], environment: ["XDG_CACHE_HOME": home])
        #expect(export.status == 0)
        #expect(cacheFiles(in: home).isEmpty)
    }

    @Test func aDamagedCacheFileIsAWarningAndTheAnswerStands() throws {
        let home = try CQProcess.temporaryDirectory()
        _ = try CQProcess.run(["-e", "statements | count", samples], environment: ["XDG_CACHE_HOME": home])
        let file = try #require(cacheFiles(in: home).first)
        try Data("nothing like a cache".utf8).write(to: URL(fileURLWithPath: home + "/cq/" + file))
        let result = try CQProcess.run(["--format", "csv", "-e", "statements | count", samples], environment: ["XDG_CACHE_HOME": home])
        #expect(result.status == 0)
        #expect(result.output == "count\r\n4\r\n")
        #expect(result.error.contains("/cq/\(file): byte "))
        #expect(result.error.contains("warning: the model cache is damaged ("))
        let again = try CQProcess.run(["-e", "statements | count", samples], environment: ["XDG_CACHE_HOME": home])
        #expect(again.error.isEmpty)
    }
}
