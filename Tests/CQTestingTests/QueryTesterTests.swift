import CQTesting
import Foundation
import Testing
import XCTest

/// The statements and test file the documented example runs over.
let samplesFolder = TestFiles.samples
let oneChinaTestFile = TestFiles.packageRoot + "/samples/tests/one-china.cq"

/// `QueryTester` from Swift Testing, as docs/testing.md shows it.
@Suite("QueryTester")
struct QueryTesterTests {
    // docs/testing.md example: begin
    @Test func theSeedStillCarriesTheOneChinaFormula() throws {
        let tester = try QueryTester(loading: [samplesFolder])
        // The rows, each cell as text.
        try tester.expect(#"clauses | where text has "one-China" | select actor, cameo"#, rows: [["Pakistan", "010"]])
        // What it prints, as a test file's #> lines hold it.
        try tester.expect(#"statements | where title has "Strategic Dialogue" | count"#, prints: """
            ┌───────┐
            │ count │
            ├───────┤
            │     1 │
            └───────┘
            (1 row)
            """)
        // A .cq test file, as `cq test` runs it.
        try QueryTester.check(file: oneChinaTestFile)
    }
    // docs/testing.md example: end

    @Test func theDocumentedExampleIsThisTest() throws {
        let source = try String(contentsOfFile: #filePath, encoding: .utf8)
        let documentation = try String(contentsOfFile: TestFiles.packageRoot + "/docs/testing.md", encoding: .utf8)
        let start = try #require(source.range(of: "    // docs/testing.md example: begin\n"))
        let end = try #require(source.range(of: "    // docs/testing.md example: end"))
        let example = source[start.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("    ") ? String($0.dropFirst(4)) : String($0) }.joined(separator: "\n")
        #expect(documentation.contains(example))
    }

    @Test func aFailedCheckSaysWhatDiffers() throws {
        let tester = try QueryTester(loading: [samplesFolder])
        #expect {
            try tester.expect("clauses | where actor == \"China\" | count", rows: [["5"]])
        } throws: { error in
            "\(error)" == "clauses | where actor == \"China\" | count\nthe rows differ from the expected\n--- expected\n+++ actual\n@@ -1,1 +1,1 @@\n-5\n+4"
        }
        #expect {
            try tester.expect("clauses | wher", rows: [])
        } throws: { error in
            "\(error)".hasPrefix("clauses | wher\nthe query failed\n<query>:1:11: error: unknown operator 'wher'")
        }
        let failing = try TestFiles.overSamples("statements | count\n#> 2\n")
        #expect {
            try QueryTester.check(file: failing)
        } throws: { error in
            "\(error)".contains("-#> 2\n") && "\(error)".hasSuffix("0 passed, 1 failed\n")
        }
    }

    @Test func nothingToLoadIsSaid() {
        #expect {
            _ = try QueryTester(loading: ["/no/such/folder"])
        } throws: { error in
            "\(error)".hasPrefix("no statement could be loaded from /no/such/folder")
        }
    }
}

/// `QueryTester` from XCTest: a failed check is a thrown error, which fails the test method.
final class QueryTesterXCTests: XCTestCase {
    func testAChecksFailureIsAThrownErrorWithTheDiff() throws {
        let tester = try QueryTester(loading: [samplesFolder])
        try tester.expect("statements | where title has \"Strategic Dialogue\" | count", rows: [["1"]])
        XCTAssertThrowsError(try tester.expect("statements | where title has \"Strategic Dialogue\" | count", rows: [["2"]])) { error in
            XCTAssertTrue("\(error)".hasSuffix("-2\n+1"))
        }
    }
}
