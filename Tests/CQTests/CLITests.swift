import Foundation
import Testing

/// End-to-end runs of the built `cq` through pipes: outputs, diagnostics and exit statuses.
@Suite("cq through pipes")
struct CLITests {
    let samples = CQProcess.samples

    @Test func executeRunsAQueryAndPrintsTabSeparatedLinesInAPipe() throws {
        let result = try CQProcess.run(["-e", "clauses | summarize count() by actor | sort by count desc", samples])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("actor\tcount\njoint\t33\n"), "\(result.output)")
        #expect(result.error.isEmpty)
        let table = try CQProcess.run(["--format", "table", "-e", "clauses | summarize count() by actor | sort by count desc", samples])
        #expect(table.output.contains("│ joint         │    33 │"))
    }

    @Test func syntaxAndTypeErrorsExitThree() throws {
        let result = try CQProcess.run(["-e", "clauses | wher actor == 1", samples])
        #expect(result.status == 3)
        #expect(result.error.hasPrefix("-e:1:11: error: unknown operator 'wher'\nclauses | wher actor == 1\n          ^~~~\n"))
        #expect(result.output.isEmpty)
    }

    @Test func runTimeErrorsExitFour() throws {
        let result = try CQProcess.run(["-e", "clauses | select n / 0", samples])
        #expect(result.status == 4)
        #expect(result.error.contains("error: division by zero"))
    }

    @Test func nothingLoadedExitsFive() throws {
        let result = try CQProcess.run(["-e", "statements | count", "/no/such/dir"])
        #expect(result.status == 5)
        #expect(result.error.contains("/no/such/dir: warning: no such file or directory"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try CQProcess.run(["--bogus"]).status == 2)
        #expect(try CQProcess.run(["--format", "xml", samples]).status == 2)
        #expect(try CQProcess.run(["--param", "novalue", samples]).status == 2)
        #expect(try CQProcess.run(["-f", "/no/such/script.cq", samples]).status == 2)
    }

    @Test func helpAndVersion() throws {
        let help = try CQProcess.run(["--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("Examples:"))
        #expect(help.output.contains("--execute"))
        let version = try CQProcess.run(["--version"])
        #expect(version.output.trimmingCharacters(in: .whitespacesAndNewlines) == "cq 0.1.0")
        let completion = try CQProcess.run(["--generate-completion-script", "bash"])
        #expect(completion.status == 0)
        #expect(completion.output.contains("_cq"))
    }

    @Test func scriptFromStandardInput() throws {
        let result = try CQProcess.run([samples], input: "statements | count\nlet x = clauses | take 2\nx | count\n")
        #expect(result.status == 0)
        #expect(result.output == "count\n4\ncount\n2\n")
    }

    @Test func bailStopsAndNoBailGoesOn() throws {
        let script = "clauses | count\nclauses | wher x\nstatements | count\n"
        let bail = try CQProcess.run([samples], input: script)
        #expect(bail.status == 3)
        #expect(bail.output == "count\n48\n")
        let noBail = try CQProcess.run(["--no-bail", samples], input: script)
        #expect(noBail.status == 3)
        #expect(noBail.output == "count\n48\ncount\n4\n")
    }

    @Test func parametersAreBound() throws {
        let result = try CQProcess.run(["--param", "actor=China", "--param", "n=10", "--format", "csv", "-e",
            "clauses | where actor == $actor and n > $n | select n", samples])
        #expect(result.output == "n\r\n11\r\n14\r\n28\r\n")
    }

    @Test(arguments: [
        ("table", "│ n │ actor         │"), ("json", #"{"n":1,"actor":"United States"}"#), ("jsonl", #"{"n":1,"actor":"United States"}"#),
        ("csv", "n,actor\r\n1,United States\r\n"), ("tsv", "n\tactor\n1\tUnited States\n"), ("markdown", "| 1 | United States |"),
        ("line", "    n = 1\nactor = United States\n"),
    ])
    func everyFormat(_ format: String, _ expected: String) throws {
        let result = try CQProcess.run(["--format", format, "-e", "clauses | take 1 | select n, actor", samples])
        #expect(result.status == 0)
        #expect(result.output.contains(expected), "\(result.output)")
    }

    @Test func colorOnlyWhenAsked() throws {
        let plain = try CQProcess.run(["-e", "statements | count", samples])
        #expect(!plain.output.contains("\u{1B}["))
        let forced = try CQProcess.run(["--color", "always", "-e", "statements | count", samples])
        #expect(!forced.output.contains("\u{1B}["), "colour is for terminals; a pipe gets plain text")
    }

    @Test func fileScriptsAndShebang() throws {
        let directory = try CQProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let script = directory + "/count.cq"
        try "#!/usr/bin/env -S \(CQProcess.binary) -f\n# counts\nstatements | count\n".write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        let viaFile = try CQProcess.run(["-f", script, samples])
        #expect(viaFile.status == 0)
        #expect(viaFile.output == "count\n4\n")
        let asProgram = try CQProcess.runProgram(script, [samples])
        #expect(asProgram.status == 0)
        #expect(asProgram.output == "count\n4\n")
    }

    @Test func closedPipeEndsQuietly() throws {
        let result = try CQProcess.runProgram("/bin/sh", ["-c", "'\(CQProcess.binary)' --format csv -e 'clauses | select text' '\(samples)' | head -1; exit ${PIPESTATUS:-0}"])
        #expect(result.output == "text\r\n")
        #expect(result.error.isEmpty)
    }

    @Test func outputAndOnceWriteFiles() throws {
        let directory = try CQProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let script = ".mode csv\n.once \(directory)/once.csv\nstatements | count\nstatements | count\n.output \(directory)/all.csv\nclauses | count\n.output\n"
        let result = try CQProcess.run([samples], input: script)
        #expect(result.status == 0)
        #expect(try String(contentsOfFile: directory + "/once.csv", encoding: .utf8) == "count\r\n4\r\n")
        #expect(try String(contentsOfFile: directory + "/all.csv", encoding: .utf8) == "count\r\n48\r\n")
        #expect(result.output == "count\r\n4\r\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func outputProblemsAreRunTimeErrors() throws {
        let missing = try CQProcess.run([samples], input: ".output /no/such/dir/out.txt\nstatements | count\n")
        #expect(missing.status == 4)
        #expect(missing.error.contains("cannot write /no/such/dir/out.txt: No such file or directory"))
        let full = try CQProcess.run(["--no-bail", samples], input: ".output /dev/full\nstatements | count\n")
        #expect(full.status == 4)
        #expect(full.error.contains("cannot write to /dev/full: No space left on device"))
    }

    @Test func metaCommandsInScripts() throws {
        let directory = try CQProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try ".read \(directory)/self.cq\n".write(toFile: directory + "/self.cq", atomically: true, encoding: .utf8)
        let loop = try CQProcess.run([samples], input: ".read \(directory)/self.cq\n")
        #expect(loop.status == 4)
        #expect(loop.error.contains("nests more than 16 scripts deep"))
        let unknown = try CQProcess.run([samples], input: ".lod x\n")
        #expect(unknown.error.contains("unknown command '.lod'; did you mean '.load'?"))
        let schema = try CQProcess.run([samples], input: ".mode tsv\n.schema topics\n.param set who China\n.param list\n")
        #expect(schema.output == "source\tcolumn\ttype\ntopics\tstatement\tstring\ntopics\tclause\tint\ntopics\ttopic\tstring\n$who = \"China\"\n")
        let loaded = try CQProcess.run([], input: ".load \(samples)\nstatements | count\n")
        #expect(loaded.output == "count\n4\n")
    }

    @Test(arguments: ["commitments", "terrorism-and-kashmir", "projects"])
    func savedQueriesRun(_ name: String) throws {
        let result = try CQProcess.run(["-f", CQProcess.packageRoot + "/samples/queries/\(name).cq", samples])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.isEmpty)
        switch name {
        case "commitments": #expect(result.output.contains("\njoint\t11\n"))
        case "terrorism-and-kashmir": #expect(result.output.contains("\nPakistan\t040\tThe Pakistani side briefed the Chinese side"))
        default: #expect(result.output.contains("\nChina-Pakistan Economic Corridor\t2\t1\n"))
        }
    }
}
