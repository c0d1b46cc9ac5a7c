import QueryEngine
import StatementReader
import Testing

@testable import Shell

@Suite("Tab completion by context")
struct CompletionEngineTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    let engine = CompletionEngine(session: {
        let session = QuerySession(corpus: StatementReader().read(paths: [root + "/samples/statements"]).corpus)
        _ = try? session.query("let pk = clauses | where actor == \"Pakistan\"")
        return session
    }())

    @Test func sourcesAndLetNamesWhereAQueryStarts() {
        #expect(engine.complete("cl").candidates == ["clauses"])
        #expect(engine.complete("p").candidates == ["pk"])
        #expect(engine.complete("").candidates.contains("statements"))
        #expect(engine.complete("clauses | count; ent").candidates == ["entities"])
    }

    @Test func operatorsAfterAPipe() {
        #expect(engine.complete("clauses | su").candidates == ["summarize"])
        #expect(engine.complete("clauses\n| wh").candidates == ["where", "why"])
        #expect(engine.complete("clauses | sort ").candidates == ["by"])
        #expect(engine.complete("clauses | as").candidates == ["assert"])
        #expect(engine.complete("clauses | chart l").candidates == ["line"])
        #expect(engine.complete("clauses | join kind=left").candidates == ["leftanti", "leftouter", "leftsemi"])
        #expect(engine.complete("clauses | top 5 ").candidates == ["by"])
        // An assert's condition takes columns and aggregates alike.
        #expect(engine.complete("clauses | assert cou").candidates == ["count(", "count_distinct(", "count_if("])
        #expect(engine.complete("clauses | assert act").candidates.contains("actor"))
    }

    @Test func columnsFunctionsAndKeywordsInExpressions() {
        let result = engine.complete("clauses | where act")
        #expect(result.replacing == 3)
        #expect(result.candidates == ["actor", "actor_code", "acts"])
        #expect(engine.complete("clauses | where statement.ti").candidates == ["statement.title"])
        #expect(engine.complete("clauses | select low").candidates == ["lower("])
        #expect(engine.complete("entities | where ty").candidates == ["type"])
        #expect(engine.complete("pk | where ca").candidates == ["cameo", "cameo_name", "cameo_root", "cameo_root_name", "case("])
    }

    @Test func valuesInsideAString() {
        let result = engine.complete("clauses | where actor == \"Pa")
        #expect(result == .init(replacing: 2, candidates: ["Pakistan\""]))
        #expect(engine.complete("clauses | where topics has \"terro").candidates == ["terrorism\""])
        #expect(engine.complete("entities | where type == \"pro").candidates == ["project\""])
        #expect(engine.complete("clauses | where actor in [\"joint\", \"Chi").candidates == ["China\""])
    }

    @Test func metaCommandsAndTheirArguments() {
        #expect(engine.complete(".sch").candidates == [".schema"])
        #expect(engine.complete(".mode c").candidates == ["csv"])
        #expect(engine.complete(".help fu").candidates == ["functions"])
        #expect(engine.complete(".export js").candidates == ["json", "jsonl"])
        #expect(engine.complete(".export csv " + Self.root + "/samples/sta").candidates == [Self.root + "/samples/statements/"])
        #expect(engine.complete(".load " + Self.root + "/samples/sta").candidates == [Self.root + "/samples/statements/"])
    }
}

import Foundation
