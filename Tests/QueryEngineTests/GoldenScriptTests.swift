import CQTesting
import Foundation
import Testing

/// Runs every script in `Golden/` through the runner of `cq test` (CQTesting): each statement's
/// output must equal the `#>` lines after it (Crafting Interpreters style: the expectation sits
/// beside the query it belongs to). Each script names its statements with `#@ load`. To record
/// new expectations: `swift run cq test --update Tests/QueryEngineTests/Golden`, then review the diff.
@Suite("Golden query scripts")
struct GoldenScriptTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden").path
    static let scripts: [String] = (try? FileManager.default.contentsOfDirectory(atPath: directory))?
        .filter { $0.hasSuffix(".cq") }.sorted() ?? []

    @Test func thereAreScripts() {
        #expect(Self.scripts.count >= 5)
    }

    @Test(arguments: scripts)
    func script(_ name: String) {
        let result = TestRunner().run(file: Self.directory + "/" + name)
        #expect(result.problem == nil, "\(result.problem?.description ?? "")")
        #expect(!result.cases.isEmpty)
        #expect(result.failedCount == 0, "\n\(TestSummary.report([result]))")
    }
}
