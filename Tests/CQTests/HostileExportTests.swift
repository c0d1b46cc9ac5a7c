import Foundation
import Glibc
import Testing

/// Exports and loads that once trapped, replaced devices, lost data or doubled statements.
@Suite("hostile export targets and repeated loads")
struct HostileExportTests {
    let samples = CQProcess.samples

    @Test(arguments: [".", "./"])
    func aDirectoryExportIntoTheCurrentDirectoryWorks(target: String) throws {
        let directory = try CQProcess.temporaryDirectory()
        let result = try CQProcess.run(["export", "--to", "csv", target, samples], directory: directory)
        #expect(result.status == 0, "\(result.error)")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(names == [
            "cameo_codes.csv", "clause_acts.csv", "clause_dates.csv", "clause_entities.csv", "clause_topics.csv", "clauses.csv", "entities.csv",
            "entity_aliases.csv", "evidence.csv", "mentions.csv", "statement_parties.csv", "statement_party_codes.csv", "statements.csv",
        ])
        let file = try CQProcess.run(["export", "--to", "json", target, samples], directory: directory)
        #expect(file.status == 4)
        #expect(file.error.contains("cq: export failed: \(target): is a directory; give a file name"))
        let shell = try CQProcess.run([samples], input: ".export jsonl .\n", directory: directory)
        #expect(shell.status == 0, "\(shell.error)")
        #expect(FileManager.default.fileExists(atPath: directory + "/clauses.jsonl"))
    }

    @Test func aFIFOIsWrittenThroughNotReplaced() throws {
        let directory = try CQProcess.temporaryDirectory()
        let fifo = directory + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        // cat reads the FIFO while the export writes the model into it.
        let received = directory + "/received.json"
        let copy = Process()
        copy.executableURL = URL(fileURLWithPath: "/bin/sh")
        copy.arguments = ["-c", "cat \"$0\" > \"$1\"", fifo, received]
        try copy.run()
        let export = try CQProcess.run(["export", "--to", "json", fifo, samples])
        copy.waitUntilExit()
        #expect(export.status == 0, "\(export.error)")
        var status = stat()
        #expect(lstat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
        let data = try Data(contentsOf: URL(fileURLWithPath: received))
        #expect(data.count > 10_000)
        #expect(String(decoding: data.prefix(1), as: UTF8.self) == "{")
    }

    @Test func aReplacedFileKeepsItsMode() throws {
        let directory = try CQProcess.temporaryDirectory()
        let target = directory + "/private.json"
        #expect(FileManager.default.createFile(atPath: target, contents: Data("old".utf8), attributes: [.posixPermissions: 0o600]))
        #expect(try CQProcess.run(["export", "--to", "json", target, samples]).status == 0)
        var status = stat()
        #expect(stat(target, &status) == 0)
        #expect(status.st_mode & 0o777 == 0o600)
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)).count > 10_000)
    }

    @Test func spreadsheetFormulasArePrefixedOnlyWhenAsked() throws {
        let query = "statements | take 1 | select a = \"=1+2\", b = \"-x\", c = -3, d = \"@SUM(A1)\", e = \"plain\""
        let exact = try CQProcess.run(["--format", "csv", "-e", query, samples])
        #expect(exact.output == "a,b,c,d,e\r\n=1+2,-x,-3,@SUM(A1),plain\r\n")
        let safe = try CQProcess.run(["--csv-safe", "--format", "tsv", "-e", query, samples])
        #expect(safe.output == "a\tb\tc\td\te\n'=1+2\t'-x\t-3\t'@SUM(A1)\tplain\n")
        let shell = try CQProcess.run(["--format", "csv", samples], input: ".csvsafe on\n\(query)\n.csvsafe off\n\(query)\n")
        #expect(shell.output == "a,b,c,d,e\r\n'=1+2,'-x,-3,'@SUM(A1),plain\r\n" + exact.output)
        // The export writes every text cell the same way: a clause text never starts with '=' in
        // the samples, so plant one through a JSON model.
        let directory = try CQProcess.temporaryDirectory()
        #expect(try CQProcess.run(["export", "--to", "json", directory + "/model.json", samples]).status == 0)
        let model = try String(contentsOfFile: directory + "/model.json", encoding: .utf8)
        try model.replacingOccurrences(of: "\"place\":\"", with: "\"place\":\"=HYPERLINK(1)").write(
            toFile: directory + "/formula.json", atomically: true, encoding: .utf8)
        #expect(try CQProcess.run(["export", "--csv-safe", "--to", "csv", directory + "/tables", directory + "/formula.json"]).status == 0)
        let statements = try String(contentsOfFile: directory + "/tables/statements.csv", encoding: .utf8)
        #expect(statements.contains(",'=HYPERLINK(1)"))
        #expect(!statements.contains(",=HYPERLINK"))
    }

    @Test func loadingTheSameStatementsAgainAddsNothing() throws {
        let result = try CQProcess.run(["--format", "tsv", samples], input: ".load \(samples)\n.load \(samples)/../statements\nstatements | count\n")
        #expect(result.output == "count\n4\n")
        #expect(result.error.contains("cq: warning: 4 statements were loaded already; not loaded again"))
    }
}

/// File names that are not valid UTF-8 load, from a directory and named on the command line.
@Suite("file names as bytes")
struct RawFileNameTests {
    @Test func aLatin1FileNameLoadsFromADirectoryAndFromTheCommandLine() throws {
        let directory = try CQProcess.temporaryDirectory()
        let copy = "cp \"$SAMPLES/2024-05-16-pakistan-china-fifth-strategic-dialogue.txt\" \"\(directory)/$(printf 'caf\\351.txt')\""
        #expect(try CQProcess.runShell(copy).status == 0)
        let query = "statements | select clauses"
        let fromDirectory = try CQProcess.runShell("exec \"$CQ\" --format tsv -e '\(query)' \"\(directory)\"")
        #expect(fromDirectory.output == "clauses\n40\n", "\(fromDirectory.error)")
        let named = try CQProcess.runShell("exec \"$CQ\" --format tsv -e '\(query)' \"\(directory)/$(printf 'caf\\351.txt')\"")
        #expect(named.output == "clauses\n40\n", "\(named.error)")
        #expect(named.error.isEmpty)
    }
}
