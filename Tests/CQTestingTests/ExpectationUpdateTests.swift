import CQTesting
import Foundation
import Testing

/// `--update`: failing snapshots are rewritten in place, properties are left alone.
@Suite("Updating expectations")
struct ExpectationUpdateTests {
    @Test func failingAndMissingSnapshotsAreWrittenAndTheFileThenPasses() throws {
        let path = try TestFiles.overSamples("""
            statements | count
            #> 99
            clauses | wher actor == "China"
            clauses | where text has "Mars" | assert count() >= 1, "nobody mentions Mars"
            clauses | count
            #! error: never
            """)
        let update = TestRunner().update(file: path)
        #expect(update.problem == nil)
        #expect(update.changes.map { [$0.line, $0.before, $0.after] } == [[2, 1, 6], [9, 0, 5]])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[2...7] == ["#> ┌───────┐", "#> │ count │", "#> ├───────┤", "#> │     4 │", "#> └───────┘", "#> (1 row)"])
        // The diagnostic names its line in the rewritten file.
        #expect(lines[9] == "#> test.cq:9:11: error: unknown operator 'wher'")
        // The assertion and the #! expectation still fail: an update does not rewrite what a person wrote.
        #expect(update.result.cases.map(\.passed) == [true, true, false, false])
        #expect(lines.contains("#! error: never"))
        #expect(TestRunner().run(file: path).failedCount == 2)
    }

    @Test func anUnwritableFileIsAProblem() throws {
        let path = try TestFiles.overSamples("statements | count\n#> 99\n")
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: folder)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder) }
        // Root writes anywhere: there the file is simply updated.
        guard geteuid() != 0 else { return }
        let update = TestRunner().update(file: path)
        #expect(update.problem?.message.hasPrefix("cannot write the updated file") == true)
    }
}
