import CQTesting
import Foundation
import Testing

/// Running test files over the sample statements: what passes, and what a failure shows.
@Suite("Running test files")
struct TestRunnerTests {
    static let pakistanCount = """
        ┌───────┐
        │ count │
        ├───────┤
        │     8 │
        └───────┘
        (1 row)
        """

    static func run(_ body: String, runner: TestRunner = TestRunner()) throws -> ScriptResult {
        runner.run(file: try TestFiles.overSamples(body))
    }

    @Test func aTableThatMatchesPasses() throws {
        let expected = Self.pakistanCount.split(separator: "\n").map { "#> " + $0 }.joined(separator: "\n")
        let result = try Self.run("clauses | where actor == \"Pakistan\" | count\n\(expected)\n")
        #expect(result.problem == nil)
        #expect(result.passedCount == 1 && result.failedCount == 0)
    }

    @Test func aDifferenceIsAUnifiedDiffNumberedAsTheFile() throws {
        let expected = Self.pakistanCount.replacingOccurrences(of: "8", with: "9").split(separator: "\n").map { "#> " + $0 }.joined(separator: "\n")
        let result = try Self.run("# one\nclauses | where actor == \"Pakistan\" | count\n\(expected)\n")
        #expect(result.failedCount == 1)
        guard case .failed(let reason, let details) = result.cases.first?.outcome else { return }
        #expect(reason == "the output differs from the expected")
        #expect(details == [
            "--- test.cq:4 (expected)", "+++ actual", "@@ -4,6 +4,6 @@", " #> ┌───────┐", " #> │ count │", " #> ├───────┤",
            "-#> │     9 │", "+#> │     8 │", " #> └───────┘", " #> (1 row)",
        ])
        let report = TestSummary.report([result])
        #expect(report.hasPrefix("FAIL test.cq:3: clauses | where actor == \"Pakistan\" | count\n  the output differs from the expected\n"))
        #expect(report.hasSuffix("0 passed, 1 failed\n"))
    }

    @Test func expectedErrorsAndWarningsMatchTheirMessage() throws {
        let result = try Self.run("""
            clauses | wher actor == "China"
            #! error: unknown operator 'wher'
            clauses | where actor == "Pakistn" | count
            #! warning: no row has actor
            clauses | wher actor == "China"
            #! error: unknown column
            clauses | count
            #! error: anything
            """)
        #expect(result.cases.map(\.passed) == [true, true, false, false])
        #expect(result.cases[2].outcome == .failed(reason: "line 7 expects an error holding 'unknown column'; it said: unknown operator 'wher'",
            details: result.cases[2].actual))
        guard case .failed(let reason, _) = result.cases[3].outcome else { return }
        #expect(reason == "line 9 expects an error holding 'anything'; none came")
    }

    @Test func anAssertionNeedsNoOutputAndFailsWithItsMessage() throws {
        let result = try Self.run("""
            clauses | where text has "one-China" | assert count() >= 1, "the formula is gone"
            clauses | where text has "Mars" | assert count() >= 1, "nobody mentions Mars"
            let pk = clauses | where actor == "Pakistan"
            pk | count
            """)
        #expect(result.cases.map(\.passed) == [true, false, true, false])
        #expect(result.cases[1].outcome == .failed(reason: "assertion failed: nobody mentions Mars", details: result.cases[1].actual))
        #expect(result.cases[1].actual.last == "note: over all rows: count() = 0")
        guard case .failed(let reason, _) = result.cases[3].outcome else { return }
        #expect(reason == "no expected output: 'cq test --update' records what it prints")
    }

    @Test func parametersOfTheFileOverrideTheRunnersAndTheFormatIsTheFiles() throws {
        let runner = TestRunner(parameters: ["actor": .string("China"), "other": .string("Pakistan")])
        let result = try Self.run("""
            #@ param actor = "Pakistan"
            #@ format tsv
            clauses | where actor == $actor or actor == $other | summarize count() by actor
            #> actor\tcount
            #> Pakistan\t8
            """, runner: runner)
        #expect(result.passedCount == 1, "\(TestSummary.report([result]))")
    }

    @Test func aFileWithoutStatementsToLoadIsAProblem() throws {
        let result = TestRunner().run(file: try TestFiles.write("statements | count\n"))
        #expect(result.problem?.kind == .noStatements)
        #expect(result.problem?.message == "no statements to run over: add '#@ load PATH' to the file or give --load PATH")
        let loaded = TestRunner(defaultLoads: [TestFiles.samples]).run(file: try TestFiles.write("statements | count\n"))
        #expect(loaded.problem == nil && loaded.cases.count == 1)
    }
}
