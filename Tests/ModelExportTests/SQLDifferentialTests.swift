import Foundation
import QueryEngine
import QueryLanguage
import SQLCompiler
import Testing

/// Queries compiled to SQL give in SQLite, on the export of the samples, the answers cq gives:
/// the project's golden queries that translate, and queries of its own; and what does not
/// translate fails when it is compiled, never in the engine.
@Suite("SQL compiled queries against SQLite")
struct SQLDifferentialTests {
    static let golden = ExportFixtures.packageRoot + "/Tests/QueryEngineTests/Golden"

    /// Queries whose rows come in one order (sorted by unique keys), compared in order.
    static let ordered = [
        #"clauses | where topics has "terrorism" | summarize c = count() by actor | sort by actor"#,
        #"clauses | extend third = n / 3 | where third between 2 .. 4 and actor != "joint" | select statement, n, third, negated | sort by n"#,
        #"clauses | summarize c = count_if(cameo startswith "0"), s = sum_if(n, negated), d = dcount(verb) by actor | sort by actor"#,
        #"statements | summarize c = count(), p = percent() by y = year(date) | sort by y desc"#,
        #"clauses | where not negated and (actor == "China" or actor == "Pakistan") | select n, side = iff(actor == "China", "CN", "PK"), part = case(n < 10, "early", n < 20, "middle", "late") | sort by n"#,
        #"entities | where name contains "corridor" or name startswith "gwa" | select name, type | sort by name"#,
        #"clauses | summarize c = count() by actor | top 2 by c"#,
        #"topics | summarize c = count() by topic | sort by c desc, topic"#,
        #"clauses | sort by len(text) desc, n | select n, l = len(text) | take 5"#,
        #"clauses | sort by n desc | sort by actor | select actor, n | take 7"#,
        #"mentions | where start < 200 | select statement, entity, start, end | sort by statement, start, entity"#,
        #"statements | where clauses > 20 | select id, clauses | sort by id"#,
        #"cameo_codes | where root == "04" | select code, name | sort by code"#,
        #"clauses | where statement.date >= 2023-01-01 and actor != "joint" | select statement, n, t = statement.title, k = statement.clauses | sort by statement, n"#,
        #"mentions | select s = statement, entity, y = year(statement.date) | summarize c = count() by y | sort by y"#,
        #"mentions | where entity in ["China", "Pakistan"] and clause <= 3 | summarize c = count() by entity, clause | sort by entity, clause"#,
        #"statements | select id, t = strcat(upper(substring_is_not_here), "") | sort by id"#,
    ].filter { !$0.contains("substring_is_not_here") }

    /// Queries that must not compile, whatever they would give.
    static let untranslated = [
        #"clauses | where text has "China""#, #"clauses | where text matches /terror/"#,
        #"clauses | kwic "corridor""#, #"clauses | summarize c = count() by actor, modality | pivot modality"#,
        #"diff "a" "b""#, #"clauses | sort by topics"#, #"clauses | summarize collect(actor)"#, #"clauses | chart bar"#,
    ]

    @Test func goldenAndOwnQueriesAgree() throws {
        let session = ExportFixtures.session()
        let database = try ExportFixtures.sqliteExport(of: session)
        var compared = 0
        for query in Self.goldenQueries() + Self.ordered {
            guard let sql = Self.sql(query, session: session), let expected = try? session.query(query) else { continue }
            let rows = try AnswerComparison.run(sql, in: database).rows
            let expectation = Self.ordered.contains(query) ? RowExpectation.inOrder : .multiset
            let difference = AnswerComparison.difference(cq: AnswerComparison.rows(of: expected.rows), engine: rows, as: expectation)
            #expect(difference == nil, "\(query)\n\(sql)\n\(difference ?? "")")
            compared += 1
        }
        #expect(compared >= 40, "only \(compared) queries translated")
    }

    @Test(arguments: untranslated)
    func whatDoesNotTranslateIsACheckError(_ query: String) {
        let session = ExportFixtures.session()
        #expect(Self.sql(query, session: session) == nil)
        #expect(throws: Diagnostic.self) {
            guard case .query(let pipeline) = try Parser.parse(SourceText(name: "q", text: query)).first else { return }
            var checker = Checker(environment: Checker.Environment())
            _ = try SQLCompiler(dialect: .sqlite).compile(try checker.check(pipeline))
        }
    }

    /// The SQL of a query that checks and translates, or nil.
    static func sql(_ query: String, session: QuerySession) -> String? {
        guard case .query(let pipeline)? = try? Parser.parse(SourceText(name: "q", text: query)).first else { return nil }
        var checker = Checker(environment: Checker.Environment())
        guard let checked = try? checker.check(pipeline) else { return nil }
        return try? SQLCompiler(dialect: .sqlite, parameters: session.parameters).compile(checked)
    }

    /// The one-line queries of the golden scripts over the samples (no parameters).
    static func goldenQueries() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: golden))?.filter { $0.hasSuffix(".cq") }.sorted() ?? []
        return files.flatMap { name -> [String] in
            guard let text = try? String(contentsOfFile: golden + "/" + name, encoding: .utf8),
                text.contains("#@ load ../../../samples/statements\n"), !text.contains("#@ param")
            else { return [] }
            return text.split(separator: "\n").map(String.init).filter { line in
                ["statements", "clauses", "entities", "mentions", "evidence"].contains { line.hasPrefix($0 + " |") } && !line.hasSuffix("|")
            }
        }
    }
}
