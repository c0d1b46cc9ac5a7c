import Foundation
import Testing

/// The analysis sources and operators through the built cq: a statement diff in a script, as
/// JSON (word edits plain, no colour) and with its errors.
@Suite("cq diff")
struct AnalysisCLITests {
    static let rounds = CQProcess.packageRoot + "/Tests/QueryEngineTests/Golden/seed-rounds"

    @Test func aDiffInAScriptWritesItsRowsAsJSON() throws {
        let query = #"diff "round-4" "round-5" | where kind == "reworded" and changes has "firmly" | select kind, a_n, b_n, changes"#
        let result = try CQProcess.run(["--format", "json", "-e", query, Self.rounds])
        #expect(result.status == 0, "\(result.error)")
        let rows = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]]
        #expect(rows?.count == 1)
        #expect(rows?.first?["changes"] as? String == "{+firmly+}")
        #expect(rows?.first?["a_n"] as? Int == 2 && rows?.first?["b_n"] as? Int == 3)
    }

    @Test func anUnknownIdIsACheckErrorWithTheIdMeant() throws {
        let result = try CQProcess.run(["-e", #"diff "round-3" "round-5""#, Self.rounds])
        #expect(result.status == 3)
        #expect(result.output.isEmpty)
        #expect(result.error.contains(#"error: no statement has the id "round-3""#))
        #expect(result.error.contains(#"did you mean "round-4"?"#))
    }
}

/// `why` and `.why N` through the built cq.
@Suite("cq why")
struct WhyCLITests {
    @Test func dotWhyExplainsAClauseOfTheLastResult() throws {
        let input = """
            clauses | where statement == "2024-05-16-pakistan-china-fifth-strategic-dialogue" and actor == "Pakistan" | select statement, n, cameo
            .why 10
            .why 99
            .why ten
            """
        let result = try CQProcess.run(["--format", "csv", CQProcess.samples], input: input + "\n")
        #expect(result.output.contains("2024-05-16-pakistan-china-fifth-strategic-dialogue,10,cameo,051,supports,"))
        #expect(result.output.contains(#"verbs.tsv ""support"" 051"#))
        #expect(result.error.contains("cq: usage: .why N (a clause number of the last result)"))
        #expect(result.status == 3)
    }
}

/// `.save NAME` and `.run NAME` through the built cq, in a config folder of the test's own.
@Suite("Saved queries")
struct SavedQueryCLITests {
    @Test func aSavedQueryRunsInALaterSession() throws {
        let config = try CQProcess.temporaryDirectory()
        let environment = ["XDG_CONFIG_HOME": config]
        let first = try CQProcess.run([CQProcess.samples], input: "clauses | where actor == \"China\" | count\n.save china-count\n",
            environment: environment)
        #expect(first.status == 0, "\(first.error)")
        #expect(first.error.contains("cq: saved 'china-count' in \(config)/cq/queries/china-count.cq"))
        #expect(try String(contentsOfFile: config + "/cq/queries/china-count.cq", encoding: .utf8) == "clauses | where actor == \"China\" | count\n")
        let later = try CQProcess.run([CQProcess.samples], input: ".run\n.run china-count\n", environment: environment)
        #expect(later.output == "china-count\ncount\n4\n")
        let typo = try CQProcess.run(["--no-bail", CQProcess.samples], input: ".run china-cont\n.save ../escape\n", environment: environment)
        #expect(typo.status == 3)
        #expect(typo.error.contains("cq: no saved query 'china-cont'; did you mean 'china-count'?"))
        #expect(typo.error.contains("not '../escape'"))
        #expect(!FileManager.default.fileExists(atPath: config + "/cq/escape.cq"))
    }

    @Test func aQueryReadFromARelativeScriptIsTheOneSaved() throws {
        let config = try CQProcess.temporaryDirectory()
        let folder = try CQProcess.temporaryDirectory()
        try "clauses | count\n".write(toFile: folder + "/x.cq", atomically: true, encoding: .utf8)
        let result = try CQProcess.run([CQProcess.samples], input: "statements | count\n.read ./x.cq\n.save last\n",
            environment: ["XDG_CONFIG_HOME": config], directory: folder)
        #expect(result.status == 0, "\(result.error)")
        #expect(try String(contentsOfFile: config + "/cq/queries/last.cq", encoding: .utf8) == "clauses | count\n")
    }
}

/// `chart ... to "FILE.svg"` through the built cq.
@Suite("Chart files")
struct ChartFileCLITests {
    @Test func aChartIsWrittenAsSVGBesideTheRows() throws {
        let folder = try CQProcess.temporaryDirectory()
        let query = #"clauses | summarize c = count() by day = statement.date | chart line to "clauses.svg""#
        let result = try CQProcess.run(["-e", query, CQProcess.samples], directory: folder)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.contains("cq: wrote the chart to clauses.svg"))
        #expect(result.output.hasPrefix("day\tc\n2021-06-13\t2\n"))
        let svg = try String(contentsOfFile: folder + "/clauses.svg", encoding: .utf8)
        #expect(svg.hasPrefix("<?xml") && svg.contains(#"<polyline class="series""#))
        let unwritable = try CQProcess.run(["-e", #"clauses | summarize c = count() by actor | chart bar to "/no/such/dir/x.svg""#, CQProcess.samples])
        #expect(unwritable.status == 4)
        #expect(unwritable.error.contains("cq: cannot write the chart to /no/such/dir/x.svg"))
    }
}

/// A script whose `let` ends in `pivot`: its columns are known when it runs, so the statements
/// after it are checked then, not refused beforehand.
@Suite("pivot in a script")
struct PivotScriptCLITests {
    @Test func aPivotedLetIsUsedByTheNextStatement() throws {
        let script = "let p = clauses | summarize c = count() by actor, modality | pivot modality\np | select actor, future | where future > 0"
        let result = try CQProcess.run(["-e", script, CQProcess.samples])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "actor\tfuture\njoint\t1\nPakistan\t1\n")
    }
}

/// `cq sql` through the built cq, its SQL run by the system's sqlite3 on `cq export`'s database.
@Suite("cq sql")
struct SQLCLITests {
    @Test func theSQLAnswersInSQLiteAsCqDoes() throws {
        let database = try CQProcess.temporaryDirectory() + "/model.sqlite"
        #expect(try CQProcess.run(["export", "--to", "sqlite", database, CQProcess.samples]).status == 0)
        let query = #"clauses | where topics has "terrorism" or actor == "Pakistan" | summarize c = count(), joint = count_if(actor == "joint") by actor | sort by actor"#
        let sql = try CQProcess.run(["sql", query])
        #expect(sql.status == 0, "\(sql.error)")
        #expect(sql.output.hasPrefix("WITH s0 AS (SELECT ") && sql.output.hasSuffix(";\n"))
        let engine = try CQProcess.runProgram("/usr/bin/sqlite3", ["-separator", "\t", database], input: sql.output)
        #expect(engine.status == 0, "\(engine.error)")
        let answer = try CQProcess.run(["-e", query, CQProcess.samples])
        #expect(engine.output == answer.output.split(separator: "\n").dropFirst().map { $0 + "\n" }.joined())
    }

    @Test func dotSQLAtThePromptUsesTheSessionsParametersAndSurvivesErrors() throws {
        let input = ".param set actor China\n.sql duckdb clauses | where actor == $actor | count\n.sql clauses | where text matches /x/\n.sql let x = clauses\nstatements | count\n"
        let result = try CQProcess.run(["--no-bail", CQProcess.samples], input: input)
        #expect(result.output.contains(#"s1 AS (SELECT * FROM s0 WHERE COALESCE((s0."actor" IS NOT DISTINCT FROM 'China'), FALSE)),"#))
        #expect(result.error.contains(".sql:1:17: error: 'matches' on text has no translation to SQL for sqlite yet"))
        #expect(result.error.contains(".sql:1:1: error: SQL is compiled from one query (no let, no ';')"))
        // The script went on after both errors.
        #expect(result.output.hasSuffix("count\n4\n"))
        #expect(result.status == 3)
    }

    @Test func whatDoesNotTranslateNamesItselfAndTheDialect() throws {
        let result = try CQProcess.run(["sql", "--dialect", "postgres", #"clauses | where text matches /terror/"#])
        #expect(result.status == 3)
        #expect(result.output.isEmpty)
        #expect(result.error.hasPrefix("query:1:17: error: 'matches' on text has no translation to SQL for postgres yet"))
        #expect(try CQProcess.run(["sql", "--dialect", "oracle", "clauses | count"]).status == 2)
    }
}
