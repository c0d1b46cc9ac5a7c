import Foundation
import GRDB
@testable import ModelExport
import QueryEngine
import QueryLanguage
import SQLCompiler
import StatementModel
import StatementReader
import Testing

@Suite("Exports of the sample model")
struct ExportTests {
    let session = ExportFixtures.session()

    @Test func jsonRoundTripsTheModel() throws {
        let directory = try ExportFixtures.temporaryDirectory()
        let path = directory + "/model.json"
        _ = try ModelExporter.export(session, as: .json, to: path)
        let back = StatementReader().read(paths: [path])
        #expect(back.warnings.isEmpty)
        #expect(back.corpus == session.corpus)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["model.json"])
    }

    @Test func sqliteHoldsEveryRowWithTheSchemaAndIndexes() throws {
        let path = try ExportFixtures.temporaryDirectory() + "/model.sqlite"
        let summary = try ModelExporter.export(session, as: .sqlite, to: path)
        #expect(summary.tables.map(\.name) == ["statements", "clauses", "entities", "mentions", "evidence"])
        let database = try DatabaseQueue(path: path)
        try database.read { db in
            for (name, rows) in summary.tables {
                #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM \(name)") == rows)
                #expect(rows == session.table(of: name)?.rows.count)
                let columns = try db.columns(in: name).map(\.name)
                #expect(columns == ExportSchema.tables.first { $0.name == name }?.columns.map(\.name))
                #expect(Set(columns).isDisjoint(with: ["start", "end", "clauses", "mentions"]), "no name to quote or to mistake for a table")
            }
            // The link tables hold each list's items: the seed's parties, clauses' topics.
            #expect(try String.fetchAll(db, sql: "SELECT party FROM statement_parties WHERE statement = '2024-05-16-pakistan-china-fifth-strategic-dialogue' ORDER BY ordinal")
                == ["Pakistan", "China"])
            let terrorism = try session.query(#"topics | where topic == "terrorism" | count"#).rows.first?.first
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM clause_topics WHERE topic = 'terrorism'").map { Value.int($0) } == terrorism)
            #expect(try db.primaryKey("clause_topics").columns == ["statement", "clause", "ordinal"])
            #expect(try db.foreignKeys(on: "clause_topics").first?.destinationTable == "clauses")
            #expect(try db.columns(in: "clauses").first { $0.name == "n" }?.type == "INTEGER")
            let clausesKey = try db.primaryKey("clauses").columns
            #expect(clausesKey == ["statement", "n"])
            #expect(try db.indexes(on: "mentions").map(\.columns).contains(["entity"]))
            #expect(try Int.fetchOne(db, sql: "PRAGMA user_version") == Corpus.formatVersion)
            // The seed's values: eight Pakistani clauses, its Kashmir clause, lists as JSON text.
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM clauses WHERE actor = 'Pakistan'") == 8)
            let kashmir = try Row.fetchOne(db, sql: """
                SELECT cameo, topics, negated, dates FROM clauses
                WHERE statement = '2024-05-16-pakistan-china-fifth-strategic-dialogue' AND text LIKE '%Kashmir%' AND actor = 'Pakistan'
                """)
            #expect(kashmir?["cameo"] == "040")
            let topics: String? = kashmir?["topics"]
            #expect(topics?.hasPrefix("[\"") == true && topics?.contains("\"territory and sovereignty\"") == true)
            #expect(kashmir?["negated"] == 0)
            let dasu: String? = try String.fetchOne(db, sql: """
                SELECT dates FROM clauses WHERE text LIKE '%Dasu%' AND cameo = '111'
                """)
            #expect(dasu == "[\"2024-03-26\"]")
            #expect(try String.fetchOne(db, sql: "SELECT name FROM entities WHERE type = 'project' AND name LIKE 'China-Pakistan%'")
                == "China-Pakistan Economic Corridor")
        }
    }

    @Test func sqliteKeysRefuseDuplicatesAndTextKeepsItsNULBytes() throws {
        var corpus = session.corpus
        corpus.statements[0].id = "a\u{0}b"
        corpus.statements[0].title = "before\u{0}after"
        let path = try ExportFixtures.temporaryDirectory() + "/nul.sqlite"
        _ = try ModelExporter.export(QuerySession(corpus: corpus), as: .sqlite, to: path)
        let database = try DatabaseQueue(path: path)
        try database.read { db throws in
            let statementsKey = try db.primaryKey("statements").columns
            let clausesKey = try db.primaryKey("clauses").columns
            let reference = try db.foreignKeys(on: "clauses").first?.destinationTable
            let id = try String.fetchOne(db, sql: "SELECT hex(id) FROM statements WHERE hex(id) = '610062'")
            let titles = try Int.fetchOne(db, sql: "SELECT count(*) FROM statements WHERE hex(title) = '6265666F7265006166746572'")
            #expect(statementsKey == ["id"])
            #expect(clausesKey == ["statement", "n"])
            #expect(reference == "statements")
            #expect(id == "610062")
            #expect(titles == 1)
        }
        corpus.statements[1].id = corpus.statements[2].id
        let clash = try ExportFixtures.temporaryDirectory()
        let error = #expect(throws: ExportError.self) { try ModelExporter.export(QuerySession(corpus: corpus), as: .sqlite, to: clash + "/x.sqlite") }
        #expect(error?.path == clash + "/x.sqlite")
        #expect(error?.message.contains("UNIQUE constraint failed") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: clash).isEmpty)
    }

    @Test func csvWritesOneFilePerTableWithAHeader() throws {
        let directory = try ExportFixtures.temporaryDirectory() + "/tables"
        _ = try ModelExporter.export(session, as: .csv, to: directory)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ExportSchema.tables.map { $0.name + ".csv" }.sorted())
        for table in ExportSchema.tables {
            let rows = ExportFixtures.csvRows(try String(contentsOfFile: directory + "/\(table.name).csv", encoding: .utf8))
            #expect(rows.first == table.columns.map(\.name))
            #expect(rows.dropFirst().allSatisfy { $0.count == table.columns.count }, "\(table.name)")
            switch table.content {
            case .source(let source):
                #expect(rows.count == (session.rowCount(of: source) ?? -1) + 1, "\(table.name)")
            case .list(let source, let column, _):
                // One row per item of every row's list.
                let sourceTable = try #require(session.table(of: source))
                let list = try #require(sourceTable.columns.firstIndex { $0.name == column })
                let items = sourceTable.rows.reduce(0) { total, row in
                    if case .list(let values) = row[list] { return total + values.count }
                    return total
                }
                #expect(rows.count == items + 1, "\(table.name)")
            }
        }
        let statements = ExportFixtures.csvRows(try String(contentsOfFile: directory + "/statements.csv", encoding: .utf8))
        let seed = try #require(statements.first { $0.first == "2024-05-16-pakistan-china-fifth-strategic-dialogue" })
        let header = try #require(statements.first)
        func field(_ name: String) throws -> String {
            try seed[#require(header.firstIndex(of: name))]
        }
        #expect(try field("date") == "2024-05-16")
        #expect(try field("kind") == "wire-report", "the seed opens with a news site's dateline")
        #expect(try ["[\"China\",\"Pakistan\"]", "[\"Pakistan\",\"China\"]"].contains(field("parties")))
        #expect(try field("text") == session.corpus.statement(id: seed[0])?.text, "a body with line breaks survives quoting")
    }

    @Test func jsonlWritesOneObjectPerRow() throws {
        let directory = try ExportFixtures.temporaryDirectory() + "/tables"
        _ = try ModelExporter.export(session, as: .jsonl, to: directory)
        let text = try String(contentsOfFile: directory + "/clauses.jsonl", encoding: .utf8)
        let objects = try text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.count == session.corpus.clauses.count)
        let first = try #require(objects.first)
        let clause = try #require(session.corpus.clauses.first)
        #expect(first["text"] as? String == clause.text)
        #expect(first["acts"] as? [String] == clause.acts)
        #expect(first["negated"] as? Bool == clause.negated)
        #expect(Set(first.keys) == Set(Schema.sources["clauses"]?.map { ExportSchema.renamedColumns[$0.name] ?? $0.name } ?? []))
        #expect(first["end_offset"] as? Int == clause.end)
    }

    @Test func anExportReplacesTheOldOneWhole() throws {
        let directory = try ExportFixtures.temporaryDirectory()
        let path = directory + "/model.sqlite"
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: path))
        _ = try ModelExporter.export(session, as: .sqlite, to: path)
        let count = try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM statements") }
        #expect(count == session.corpus.statements.count)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["model.sqlite"])
    }

    @Test func aFailedExportLeavesNothingBehind() throws {
        let directory = try ExportFixtures.temporaryDirectory()
        // The file cannot replace a directory of the same name: the finished files are not moved in.
        try FileManager.default.createDirectory(atPath: directory + "/tables/clauses.csv", withIntermediateDirectories: true)
        #expect(throws: ExportError.self) { try ModelExporter.export(session, as: .csv, to: directory + "/tables") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["tables"])
        let error = #expect(throws: ExportError.self) { try ModelExporter.export(session, as: .sqlite, to: directory + "/none/x.sqlite") }
        #expect(error?.description.contains("does not exist") == true)
        #expect(throws: ExportError.self) { try ModelExporter.export(session, as: .json, to: directory + "/tables") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["tables"])
    }
}

/// An export built a few rows at a time writes what one built whole writes, byte for byte.
@Suite("Exports written a part at a time")
struct ChunkedExportTests {
    @Test(arguments: [ExportFormat.csv, .jsonl, .sqlite])
    func partsMakeTheSameExport(_ format: ExportFormat) throws {
        let session = ExportFixtures.session()
        let directory = try ExportFixtures.temporaryDirectory()
        _ = try ModelExporter.export(session, as: format, to: directory + "/whole", spreadsheetSafe: false, chunkRows: 1_000_000)
        _ = try ModelExporter.export(session, as: format, to: directory + "/parts", spreadsheetSafe: false, chunkRows: 3)
        if format == .sqlite {
            let dump = { (path: String) in
                try DatabaseQueue(path: path).read { db in
                    try ExportSchema.tables.map { try Row.fetchAll(db, sql: "SELECT * FROM \($0.name)").map(\.description) }
                }
            }
            #expect(try dump(directory + "/whole") == dump(directory + "/parts"))
            return
        }
        for table in ExportSchema.tables {
            let name = "/\(table.name).\(format.rawValue)"
            let whole = try Data(contentsOf: URL(fileURLWithPath: directory + "/whole" + name))
            #expect(try Data(contentsOf: URL(fileURLWithPath: directory + "/parts" + name)) == whole, "\(name)")
        }
    }
}
