import Foundation
import Testing

/// `cq export` and the shell's `.export`, end to end.
@Suite("cq export")
struct ExportCLITests {
    let samples = CQProcess.samples

    @Test func aJSONExportLoadsBackWithTheSameAnswers() throws {
        let directory = try CQProcess.temporaryDirectory()
        let model = directory + "/model.json"
        let export = try CQProcess.run(["export", "--to", "json", model, samples])
        #expect(export.status == 0, "\(export.error)")
        let query = "clauses | summarize count() by actor | sort by count desc"
        let original = try CQProcess.run(["--format", "csv", "-e", query, samples])
        let reloaded = try CQProcess.run(["--format", "csv", "-e", query, model])
        #expect(reloaded.status == 0)
        #expect(reloaded.output == original.output)
        #expect(reloaded.output.contains("joint,33"))
    }

    @Test func theShellExportsWithADotCommand() throws {
        let directory = try CQProcess.temporaryDirectory()
        let script = ".export csv \(directory)/tables\nstatements | count\n.export xml \(directory)/x\n"
        let result = try CQProcess.run(["--format", "csv", samples], input: script)
        #expect(result.status == 3)
        #expect(result.output == "count\r\n4\r\n")
        #expect(result.error.contains("usage: .export FORMAT PATH, FORMAT one of json, jsonl, csv, sqlite"))
        let clauses = try String(contentsOfFile: directory + "/tables/clauses.csv", encoding: .utf8)
        #expect(clauses.hasPrefix("statement,n,paragraph,text,start,end,actor,actor_code,verb,cameo,cameo_name,cameo_root,cameo_root_name,acts,negated,"))
    }

    @Test func exportFailuresAndUsageErrorsHaveStatuses() throws {
        let missingDirectory = try CQProcess.run(["export", "--to", "sqlite", "/no/such/dir/x.sqlite", samples])
        #expect(missingDirectory.status == 4)
        #expect(missingDirectory.error.contains("cq: export failed: /no/such/dir/x.sqlite: the directory /no/such/dir does not exist"))
        #expect(try CQProcess.run(["export", "--to", "xml", "out", samples]).status == 2)
        #expect(try CQProcess.run(["export", "--to", "csv", "out"]).status == 2)
        #expect(try CQProcess.run(["export", "--to", "csv", "out", "/no/such/statements"]).status == 5)
    }
}
