import QueryEngine
import StatementModel
import StatementReader
import Testing

@testable import Shell

/// Tab completion of the statements' `kind`: the column after `statements |`, and inside a
/// string compared with it the registers the loaded statements have, and a diff's changes.
@Suite("Tab completion of the statement kind")
struct StatementKindCompletionTests {
    let engine = CompletionEngine(session: {
        var corpus = StatementReader().read(paths: [CompletionEngineTests.root + "/samples/statements"]).corpus
        corpus.statements[0].kind = "readout"
        corpus.statements[1].kind = "remarks"
        return QuerySession(corpus: corpus)
    }())

    @Test func theColumnAndItsValues() {
        #expect(engine.complete("statements | where ki").candidates.contains("kind"))
        #expect(engine.complete("clauses | where statement.ki").candidates.contains("statement.kind"))
        #expect(engine.complete(#"statements | where kind == "rea"#) == .init(replacing: 3, candidates: ["readout\""]))
        #expect(engine.complete(#"statements | where kind in ["readout", "re"#).candidates == ["readout\"", "remarks\"", "reworded\""])
        #expect(engine.complete(#"diff "a" "b" | where kind == "dr"#) == .init(replacing: 2, candidates: ["dropped\""]))
    }
}
