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
        #expect(clauses.hasPrefix("statement,n,paragraph,text,start_offset,end_offset,actor,actor_code,verb,cameo,cameo_name,cameo_root,cameo_root_name,acts,negated,"))
    }

    @Test func exportFailuresAndUsageErrorsHaveStatuses() throws {
        let missingDirectory = try CQProcess.run(["export", "--to", "sqlite", "/no/such/dir/x.sqlite", samples])
        #expect(missingDirectory.status == 4)
        #expect(missingDirectory.error.contains("cq: export failed: /no/such/dir/x.sqlite: the directory /no/such/dir does not exist"))
        #expect(try CQProcess.run(["export", "--to", "xml", "out", samples]).status == 2)
        #expect(try CQProcess.run(["export", "--to", "csv", "out"]).status == 2)
        #expect(try CQProcess.run(["export", "--to", "csv", "out", "/no/such/statements"]).status == 5)
    }

    /// Shards of a tree whose file names repeat in different directories: each shard writes
    /// its partition files, together they are the unsharded export row for row, and no id is
    /// used twice.
    @Test func shardsPartitionTheFilesAndTogetherAreTheWholeExport() throws {
        let directory = try CQProcess.temporaryDirectory()
        let tree = directory + "/tree"
        let files = try FileManager.default.contentsOfDirectory(atPath: samples)
        for folder in ["one", "two", "one/deeper"] {
            try FileManager.default.createDirectory(atPath: tree + "/" + folder, withIntermediateDirectories: true)
            for file in files { try FileManager.default.copyItem(atPath: samples + "/" + file, toPath: tree + "/" + folder + "/" + file) }
        }
        let whole = try CQProcess.run(["export", "--no-cache", "--to", "jsonl", directory + "/whole", tree])
        #expect(whole.status == 0, "\(whole.error)")
        for shard in 1...3 {
            let part = try CQProcess.run(["export", "--to", "jsonl", "--shard", "\(shard)/3", directory + "/parts", tree])
            #expect(part.status == 0, "\(part.error)")
        }
        for table in try FileManager.default.contentsOfDirectory(atPath: directory + "/whole") {
            let name = String(table.dropLast(".jsonl".count))
            let expected = try String(contentsOfFile: directory + "/whole/" + table, encoding: .utf8).split(separator: "\n").sorted()
            let partFiles = try FileManager.default.contentsOfDirectory(atPath: directory + "/parts/" + name).sorted()
            #expect(partFiles == (name == "cameo_codes" ? ["part-00001-of-00003.jsonl"] : (1...3).map { "part-0000\($0)-of-00003.jsonl" }))
            let rows = try partFiles.flatMap { file in
                try String(contentsOfFile: directory + "/parts/" + name + "/" + file, encoding: .utf8).split(separator: "\n")
            }
            #expect(rows.sorted() == expected, "\(name)")
        }
        let ids = try String(contentsOfFile: directory + "/whole/statements.jsonl", encoding: .utf8).split(separator: "\n").count
        #expect(ids == 3 * files.count)
    }

    @Test func shardUsageErrorsAndEmptyShards() throws {
        let directory = try CQProcess.temporaryDirectory()
        for bad in ["0/3", "4/3", "3", "a/b", "1/0"] {
            let result = try CQProcess.run(["export", "--to", "jsonl", "--shard", bad, directory + "/x", samples])
            #expect(result.status == 2, "\(bad)")
        }
        let sqlite = try CQProcess.run(["export", "--to", "sqlite", "--shard", "1/2", directory + "/x.sqlite", samples])
        #expect(sqlite.status == 2)
        #expect(sqlite.error.contains("--shard writes jsonl or csv partitions, not sqlite"))
        // With more shards than files most shards are empty: they write empty partitions.
        var statements = 0
        for shard in 1...20 {
            let result = try CQProcess.run(["export", "--to", "jsonl", "--shard", "\(shard)/20", directory + "/many", samples])
            #expect(result.status == 0, "\(result.error)")
            let part = directory + "/many/statements/part-000\(shard < 10 ? "0" : "")\(shard)-of-00020.jsonl"
            statements += try String(contentsOfFile: part, encoding: .utf8).split(separator: "\n").count
        }
        #expect(statements == 4)
        // A shard of paths that do not exist is still a load of no statements.
        #expect(try CQProcess.run(["export", "--to", "jsonl", "--shard", "1/2", directory + "/y", "/no/such/statements"]).status == 5)
    }
}
