import ColumnStore
import Foundation
@testable import QueryEngine
import QueryLanguage
import StatementModel
import Testing

/// The column `kind` of `statements` (the statement's register), queried like `place`: a
/// categorical column on the columnar plans and the row evaluator alike, `statement.kind`
/// from the other sources, its values known to the checker and to completion; and a store
/// without the column fails the query that reads it with the section's name.
@Suite("The statements' kind column")
struct StatementKindQueryTests {
    /// Three statements built here: a readout, a joint statement and one without a kind.
    static let statements: [Statement] = [
        statement("call", kind: "readout", text: "The leaders spoke by phone."),
        statement("summit", kind: "joint-statement", text: "The two sides met. They agreed to meet again."),
        statement("untold", kind: nil, text: "Talks were held."),
    ]

    static func statement(_ id: String, kind: String?, text: String) -> Statement {
        var clauses = [Clause]()
        var start = 0
        for sentence in text.split(separator: ". ", omittingEmptySubsequences: false) {
            let clauseText = sentence.hasSuffix(".") ? String(sentence) : sentence + "."
            let end = start + clauseText.utf8.count
            clauses.append(Clause(statement: id, n: clauses.count + 1, paragraph: 1, text: clauseText, start: start, end: end))
            start = end + 1
        }
        return Statement(
            id: id, title: id, date: "2024-05-16", place: nil, source: nil, kind: kind, path: id + ".json", parties: [], partyCodes: [],
            text: text, clauses: clauses, entities: [])
    }

    /// A session over the statements, on the columnar plans or on rows only.
    static func session(columnar: Bool = true) -> QuerySession {
        let session = QuerySession(corpus: Corpus(statements: statements))
        session.usesColumnarPlans = columnar
        return session
    }

    @Test(arguments: [true, false])
    func aWhereOnTheKindFindsTheReadout(columnar: Bool) throws {
        let session = Self.session(columnar: columnar)
        let readouts = try session.query(#"statements | where kind == "readout""#)
        #expect(readouts.columns.map(\.name).contains("kind"))
        let kind = try #require(readouts.columns.firstIndex { $0.name == "kind" })
        #expect(readouts.rows.map { $0[0] } == [.string("call")])
        #expect(readouts.rows.map { $0[kind] } == [.string("readout")])
        #expect(try session.query(#"statements | where kind == null | select id"#).rows == [[.string("untold")]])
        #expect(try session.query(#"statements | where kind in ["readout", "joint-statement"] | count"#).rows == [[.int(2)]])
        let counts = try session.query("statements | summarize c = count() by kind | sort by kind")
        #expect(counts.rows == [[.null, .int(1)], [.string("joint-statement"), .int(1)], [.string("readout"), .int(1)]])
        // From the clauses, through their statement.
        #expect(try session.query(#"clauses | where statement.kind == "joint-statement" | count"#).rows == [[.int(2)]])
        #expect(try session.query(#"statements | where kind == "readout" | select k = strcat(kind, "!")"#).rows == [[.string("readout!")]])
    }

    @Test func aStoreOfTheStatementsGivesTheSameKinds() throws {
        let session = QuerySession(store: StatementStore.build(Self.statements))
        #expect(try session.query(#"statements | where kind == "readout" | select id"#).rows == [[.string("call")]])
        #expect(session.corpus.statements.map(\.kind) == ["readout", "joint-statement", nil])
    }

    @Test func theKindsAreKnownValuesWithThoseOfADiff() throws {
        let session = Self.session()
        let values = try #require(session.values.values(of: "kind"))
        #expect(values.contains("readout") && values.contains("joint-statement"))
        // `kind` is also the column of a diff's rows: its values are known under the same name.
        #expect(values.contains("reworded") && values.contains("dropped"))
        #expect(values == values.sorted())
        guard case .success(let warnings) = session.check(SourceText(name: "q", text: #"statements | where kind == "readot""#)) else {
            Issue.record("the check refused a query on kind")
            return
        }
        #expect(warnings.first?.message == #"no row has kind "readot""#)
        #expect(warnings.first?.notes == [#"did you mean "readout"?"#])
        let diff = session.check(SourceText(name: "q", text: #"diff "call" "summit" | where kind == "reworded""#))
        #expect((try? diff.get())?.isEmpty == true)
    }

    @Test func aStoreWithoutTheKindColumnFailsTheQueryNamingTheSection() throws {
        var full = StoreBuilder()
        ModelStoreWriter.add(Self.statements, ids: Self.statements.map(\.id), to: &full)
        let written = try StoreFile(bytes: full.bytes(identity: "t"), identity: "t")
        var builder = StoreBuilder()
        for name in written.sectionNames where !name.hasPrefix("statements.kind.") {
            builder.addBytes(name, Array(try #require(try written.section(name))))
        }
        let store = try StatementStore(file: StoreFile(bytes: builder.bytes(identity: "t"), identity: "t"))
        let session = QuerySession(store: store)
        do {
            _ = try session.query(#"statements | where kind == "readout""#)
            Issue.record("a query read a kind the store does not have")
        } catch {
            #expect(error.kind == .runtime)
            #expect(error.message.contains("section statements.kind.codes"), "\(error.message)")
        }
    }
}
