import CQTesting
import Foundation
import Testing

/// How a test file is read into cases, and the messages of malformed ones.
@Suite("Test files")
struct TestScriptTests {
    static func problem(_ text: String) throws -> TestFileProblem? {
        let path = try TestFiles.write(text)
        do throws(TestFileProblem) {
            _ = try TestScript.read(path: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func eachStatementIsACaseWithTheBlockAfterIt() throws {
        let path = try TestFiles.overSamples("""
            # counts
            statements | count
            #> 1
            let pk = clauses | where actor == "Pakistan"
            pk
            | count

            #> 2
            clauses | assert count() > 1; clauses | count
            clauses | wher
            #! error: unknown operator
            """)
        let script = try TestScript.read(path: path)
        #expect(script.loads == [TestFiles.samples])
        #expect(script.cases.map(\.firstLine) == [3, 5, 6, 10, 11])
        #expect(script.cases.map(\.lastLine) == [3, 5, 7, 10, 11])
        #expect(script.cases[0].expectation == .output(["1"], lines: 4...4))
        #expect(script.cases[1].expectation == .none)
        #expect(!script.cases[1].showsOutput)
        #expect(script.cases[2].expectation == .output(["2"], lines: 9...9))
        // Two statements on one line are one case.
        #expect(script.cases[3].statements.count == 2 && script.cases[3].showsOutput)
        guard case .diagnostics(let expected, let lines) = script.cases[4].expectation else {
            Issue.record("the #! line is not the last case's expectation")
            return
        }
        #expect(expected.map(\.text) == ["unknown operator"] && expected.map(\.severity) == [.error] && expected.map(\.line) == [12])
        #expect(lines == 12...12)
    }

    @Test func directivesBindParametersAndTheFormat() throws {
        let path = try TestFiles.write("""
            #!/usr/bin/env -S cq -f
            #@ load "\(TestFiles.samples)"
            #@ param parties = ["Pakistan", "China"]
            #@ param year = 2024
            #@ format csv
            clauses | count
            """)
        let script = try TestScript.read(path: path)
        #expect(script.parameters["parties"] == .list([.string("Pakistan"), .string("China")]))
        #expect(script.parameters["year"] == .int(2024))
        #expect(script.format == .csv)
        #expect(script.cases.count == 1)
    }

    @Test func malformedFilesSayWhereAndWhat() throws {
        #expect(try Self.problem("#> 1\nstatements | count\n")?.description.hasSuffix("test.cq:1: error: an expectation with no statement before it") == true)
        #expect(try Self.problem("statements | count\n#@ format csv\n")?.message == "a '#@' line must come before the first statement")
        #expect(try Self.problem("#@ lod x\n")?.message.hasPrefix("unknown directive '#@ lod x'") == true)
        #expect(try Self.problem("#@ format xml\n")?.message.hasPrefix("'#@ format' takes one of table,") == true)
        #expect(try Self.problem("#@ param 1x = 2\n")?.message.hasPrefix("'#@ param' takes NAME = VALUE") == true)
        #expect(try Self.problem("statements | count\n#! fails\n")?.line == 2)
        #expect(try Self.problem("statements | count\n#> 1\n#! error: x\n")?.message == "a block of '#>' lines and '#!' lines: give one or the other")
        #expect(try Self.problem("statements\n#> 1\n| count\n")?.message.hasPrefix("an expectation in the middle of a statement") == true)
        #expect(try Self.problem("statements | count\n#> 1\n# note\n#> 2\n")?.message == "a second expectation for the statement at line 1")
    }

    @Test func aMissingLoadPathIsNamedWithWhereItWasLookedFor() throws {
        let problem = try Self.problem("#@ load no-such-folder\nstatements | count\n")
        #expect(problem?.line == 1)
        #expect(problem?.message.hasPrefix("'#@ load': no such file or folder 'no-such-folder' (looked for /") == true)
    }

    @Test func aFileThatIsNotUTF8IsNamedWithTheByte() throws {
        let folder = NSTemporaryDirectory() + "cq-testing-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/latin1.cq"
        try (Data("statements | count\n# Cô".utf8) + Data([0xF4, 0x74, 0x65, 0x0A])).write(to: URL(fileURLWithPath: path))
        do throws(TestFileProblem) {
            _ = try TestScript.read(path: path)
            Issue.record("a file that is not UTF-8 was read")
        } catch {
            #expect(error.description == "\(path):2: error: the file is not UTF-8 text (byte 24 is 0xF4)")
        }
    }

    @Test func crlfLineEndsReadAsLineFeeds() throws {
        let path = try TestFiles.write("#@ load \(TestFiles.samples)\r\nstatements | count\r\n#> 1\r\nclauses\r\n| count\r\n")
        let script = try TestScript.read(path: path)
        #expect(script.lines == ["#@ load \(TestFiles.samples)", "statements | count", "#> 1", "clauses", "| count"])
        #expect(script.cases.map(\.firstLine) == [2, 4])
        #expect(script.cases.map(\.lastLine) == [2, 5])
        #expect(script.cases[0].expectation == .output(["1"], lines: 3...3))
    }

    @Test func aMissingFileIsSaid() {
        #expect(throws: TestFileProblem(path: "/no/such.cq", message: "no such file")) { try TestScript.read(path: "/no/such.cq") }
    }
}
