import Foundation
import ModelExport
import QueryEngine
import QueryLanguage
import SQLCompiler
import StatementModel
import StatementReader
import Testing

/// The statements' `kind` in the export and in `cq sql`: a text column of `statements` after
/// `source` in every dialect's DDL, named by the SQL the compiler emits, and giving in SQLite
/// the rows cq gives.
@Suite("The statements' kind in SQL")
struct StatementKindSQLTests {
    static let query = #"statements | where kind == "readout" | select id, kind"#

    /// The SQL of `query` for `dialect`.
    static func sql(_ query: String, for dialect: SQLDialect) throws -> String {
        try SQLCompiler(dialect: dialect).compile(SourceText(name: "q", text: query), environment: Checker.Environment())
    }

    @Test func postgresSQLReadsAndComparesTheKind() throws {
        #expect(try Self.sql(Self.query, for: .postgres) == """
            WITH s0 AS (SELECT "id", "title", "date", "place", "source", "kind", "path", "parties", "party_codes", clause_count AS "clauses", "text" FROM statements),
            s1 AS (SELECT * FROM s0 WHERE COALESCE((s0."kind" IS NOT DISTINCT FROM 'readout'), FALSE)),
            s2 AS (SELECT s1."id" AS "id", s1."kind" AS "kind" FROM s1)
            SELECT * FROM s2
            """)
        // From the clauses, `statement.kind` is the kind of their statement's row.
        let spark = try Self.sql(#"clauses | where statement.kind == "readout" | count"#, for: .spark)
        #expect(spark.contains("(SELECT MAX(statements.kind) FROM statements WHERE statements.id = s0.`statement`) IS NOT DISTINCT FROM 'readout'"))
    }

    @Test(arguments: SQLDialect.allCases)
    func everyDialectsTableOfStatementsHasTheKindAfterTheSource(_ dialect: SQLDialect) throws {
        let statements = try #require(ExportSchema.tables.first { $0.name == "statements" })
        let names = statements.columns.map(\.name)
        #expect(names.firstIndex(of: "kind") == names.firstIndex(of: "source").map { $0 + 1 })
        #expect(statements.createTable(for: dialect).contains(", kind \(dialect.columnType(.string)), "))
        #expect(try Self.sql(Self.query, for: dialect).contains("kind"))
    }

    @Test func sqliteGivesTheReadoutCqGives() throws {
        var corpus = StatementReader().read(paths: [ExportFixtures.samples]).corpus
        for index in corpus.statements.indices { corpus.statements[index].kind = nil }
        corpus.statements[1].kind = "readout"
        corpus.statements[2].kind = "joint-statement"
        let session = QuerySession(corpus: corpus)
        let database = try ExportFixtures.sqliteExport(of: session)
        for query in [Self.query, #"statements | summarize c = count() by kind | sort by kind"#] {
            let expected = try session.query(query)
            let rows = try AnswerComparison.run(try Self.sql(query, for: .sqlite), in: database).rows
            #expect(AnswerComparison.difference(cq: AnswerComparison.rows(of: expected.rows), engine: rows, as: .inOrder) == nil, "\(query)")
        }
        #expect(try session.query(Self.query).rows == [[.string(corpus.statements[1].id), .string("readout")]])
        // The JSON Lines export writes the kind, and null where a statement has none.
        let directory = try ExportFixtures.temporaryDirectory() + "/tables"
        _ = try ModelExporter.export(session, as: .jsonl, to: directory)
        let lines = try String(contentsOfFile: directory + "/statements.jsonl", encoding: .utf8).split(separator: "\n")
        let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.map { $0["kind"] as? String } == corpus.statements.map(\.kind))
        #expect(objects.allSatisfy { $0.keys.contains("kind") })
    }
}
