import CQTesting
import Foundation
import FoundationXML
import Testing

/// TAP and JUnit XML reports of a run with a pass, a failure and a malformed file.
@Suite("Test reports")
struct ReportTests {
    static func results() throws -> [ScriptResult] {
        let runner = TestRunner()
        let good = try TestFiles.overSamples("statements | count\n#! error: x\nstatements | where title has \"Strategic\" | assert count() == 1\n", name: "a&b.cq")
        let bad = try TestFiles.write("#> orphan\n", name: "bad.cq")
        return [runner.run(file: good), runner.run(file: bad)]
    }

    @Test func tapHasAPlanAndAPointPerCaseAndFile() throws {
        let results = try Self.results()
        let tap = TAPReport.render(results)
        let lines = tap.split(separator: "\n").map(String.init)
        #expect(lines.prefix(2) == ["TAP version 14", "1..3"])
        #expect(lines.filter { $0.hasPrefix("ok ") || $0.hasPrefix("not ok ") } == [
            "not ok 1 - a&b.cq:2: statements | count",
            "ok 2 - a&b.cq:4: statements | where title has \"Strategic\" | assert count() == 1",
            "not ok 3 - \(results[1].path)",
        ])
        #expect(lines.contains("  message: \"line 3 expects an error holding 'x'; none came\""))
        #expect(lines.contains { $0.hasPrefix("  message: \"") && $0.hasSuffix("bad.cq:1: error: an expectation with no statement before it\"") })
    }

    @Test func aMessageOfSeveralLinesStaysInItsYAMLString() throws {
        let path = try TestFiles.overSamples("clauses | assert count() > 100, \"too few\\nnot ok 7 - injected\"\n")
        let tap = TAPReport.render([TestRunner().run(file: path)])
        #expect(tap.contains("  message: \"assertion failed: too few\\nnot ok 7 - injected\"\n"))
        #expect(!tap.split(separator: "\n").contains { $0.hasPrefix("not ok 7") })
        #expect(TestSummary.report([TestRunner().run(file: path)]).contains("  assertion failed: too few\n  not ok 7 - injected\n"))
    }

    @Test func junitParsesAndCountsFailuresAndErrors() throws {
        let xml = JUnitReport.render(try Self.results())
        let document = try XMLDocument(xmlString: xml)
        let root = try #require(document.rootElement())
        #expect(root.attribute(forName: "tests")?.stringValue == "3")
        #expect(root.attribute(forName: "failures")?.stringValue == "1")
        #expect(root.attribute(forName: "errors")?.stringValue == "1")
        let suites = root.elements(forName: "testsuite")
        #expect(suites.map { $0.attribute(forName: "name")?.stringValue } == ["a&b.cq", "bad.cq"])
        let failure = try #require(suites[0].elements(forName: "testcase").first?.elements(forName: "failure").first)
        #expect(failure.attribute(forName: "message")?.stringValue == "line 3 expects an error holding 'x'; none came")
        #expect(failure.stringValue?.contains("│     4 │") == true)
        #expect(suites[1].elements(forName: "testcase").first?.elements(forName: "error").isEmpty == false)
    }
}
