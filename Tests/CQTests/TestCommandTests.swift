import Foundation
import FoundationXML
import Testing

/// `cq test` through the built binary: the bundled sample tests, the project's own golden
/// scripts, failures with their diff, `--update`, the report formats and bad test files.
@Suite("cq test")
struct TestCommandTests {
    static let golden = CQProcess.packageRoot + "/Tests/QueryEngineTests/Golden"

    /// Writes a test file over the samples into a fresh folder.
    static func testFile(_ body: String, name: String = "check.cq") throws -> String {
        let path = try CQProcess.temporaryDirectory() + "/" + name
        try Data(("#@ load \(CQProcess.samples)\n" + body).utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func theBundledSampleTestsPass() throws {
        let result = try CQProcess.run(["test", CQProcess.packageRoot + "/samples/tests"])
        #expect(result.status == 0, "\(result.output)\(result.error)")
        #expect(result.output == "5 passed, 0 failed\n")
    }

    @Test func theProjectsGoldenScriptsRunThroughCQTest() throws {
        let result = try CQProcess.run(["test", Self.golden])
        #expect(result.status == 0, "\(result.output)")
        let summary = result.output.split(separator: "\n").last.map(String.init) ?? ""
        let passed = Int(summary.split(separator: " ").first ?? "") ?? 0
        #expect(passed >= 150 && summary.hasSuffix(" passed, 0 failed"))
    }

    @Test func aFailureShowsTheFileTheLineAndAUnifiedDiff() throws {
        let path = try Self.testFile("statements | count\n#> 5\nclauses | where text has \"Mars\" | assert count() > 0, \"nobody mentions Mars\"\n")
        let result = try CQProcess.run(["test", path])
        #expect(result.status == 1)
        #expect(result.output.contains("FAIL check.cq:2: statements | count\n  the output differs from the expected\n  --- check.cq:3 (expected)\n  +++ actual\n  @@ -3,1 +3,6 @@\n  -#> 5\n  +#> ┌───────┐\n"))
        #expect(result.output.contains("FAIL check.cq:4: clauses | where text has \"Mars\""))
        #expect(result.output.contains("  assertion failed: nobody mentions Mars\n"))
        #expect(result.output.hasSuffix("0 passed, 2 failed\n"))
    }

    @Test func updateRewritesTheExpectationAndSaysWhere() throws {
        let path = try Self.testFile("statements | count\n#> 5\n")
        let updated = try CQProcess.run(["test", "--update", path])
        #expect(updated.status == 0)
        #expect(updated.error == "cq test: updated \(path):2: 1 line replaced by 6\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("#> │     4 │\n"))
        #expect(try CQProcess.run(["test", path]).output == "1 passed, 0 failed\n")
    }

    @Test func tapAndJUnitReportsForCI() throws {
        let path = try Self.testFile("statements | count\n#! error: no such thing\nstatements | assert count() == 4\n")
        let tap = try CQProcess.run(["test", "--format", "tap", path])
        #expect(tap.status == 1)
        #expect(tap.output.hasPrefix("TAP version 14\n1..2\nnot ok 1 - check.cq:2: statements | count\n"))
        #expect(tap.output.contains("\nok 2 - check.cq:4: statements | assert count() == 4\n"))
        let junit = try CQProcess.run(["test", "--format", "junit", path])
        let root = try #require(try XMLDocument(xmlString: junit.output).rootElement())
        #expect(root.attribute(forName: "tests")?.stringValue == "2" && root.attribute(forName: "failures")?.stringValue == "1")
    }

    @Test func badTestFilesAreNamedWithTheLineAndExitThree() throws {
        let orphan = try Self.testFile("#> 4\nstatements | count\n")
        let orphanRun = try CQProcess.run(["test", orphan])
        #expect(orphanRun.status == 3)
        #expect(orphanRun.output == "\(orphan):2: error: an expectation with no statement before it\n0 passed, 0 failed, 1 error\n")

        let missing = try CQProcess.temporaryDirectory() + "/missing.cq"
        try Data("#@ load ../nowhere\nstatements | count\n".utf8).write(to: URL(fileURLWithPath: missing))
        let missingRun = try CQProcess.run(["test", missing])
        #expect(missingRun.status == 3)
        #expect(missingRun.output.hasPrefix("\(missing):1: error: '#@ load': no such file or folder '../nowhere'"))

        let latin1 = try CQProcess.temporaryDirectory() + "/latin1.cq"
        try (Data("statements | count\n# Ger".utf8) + Data([0xE4, 0x74, 0x0A])).write(to: URL(fileURLWithPath: latin1))
        let latin1Run = try CQProcess.run(["test", "--load", CQProcess.samples, latin1])
        #expect(latin1Run.status == 3)
        #expect(latin1Run.output.hasPrefix("\(latin1):2: error: the file is not UTF-8 text (byte 24 is 0xE4)"))
    }

    @Test func nothingToLoadExitsFiveAndAWrongPathTwo() throws {
        let empty = try CQProcess.temporaryDirectory()
        let file = empty + "/empty.cq"
        try Data("#@ load .\nstatements | count\n".utf8).write(to: URL(fileURLWithPath: file))
        #expect(try CQProcess.run(["test", file]).status == 5)
        let wrong = try CQProcess.run(["test", "/no/such/tests"])
        #expect(wrong.status == 2)
        #expect(wrong.error == "cq test: no such file or folder '/no/such/tests'\n")
        #expect(try CQProcess.run(["test"]).status == 2)
    }
}
