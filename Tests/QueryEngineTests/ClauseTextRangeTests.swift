import ColumnStore
@testable import QueryEngine
import StatementModel
import Testing

/// A clause's text is kept in the store as a range of its statement's text, and a text search
/// scans the statements' texts once: the rows it finds must be those a search of each clause's
/// own text finds, where a clause's range touches letters of the text around it, where a match
/// runs from one clause into the next, and where a clause's text is not its range at all.
@Suite("Clause text as ranges of the statement text")
struct ClauseTextRangeTests {
    /// Statements whose clauses abut letters, straddle matches, or carry text of their own.
    static let statements: [Statement] = [
        // Clauses right against letters: "terror" in "Aterror" is no word, in the clause "terror" it is.
        statement(
            "abut", text: "Aterror terrorB sanctions. The terror",
            clauses: [
                Clause(statement: "abut", n: 1, paragraph: 1, text: "terror", start: 1, end: 7),
                Clause(statement: "abut", n: 2, paragraph: 1, text: "terror", start: 8, end: 14),
                Clause(statement: "abut", n: 3, paragraph: 1, text: "B sanctions.", start: 14, end: 26),
                Clause(statement: "abut", n: 4, paragraph: 1, text: "The terror", start: 27, end: 37),
            ]),
        // A match that runs from one clause into the next belongs to neither.
        statement(
            "straddle", text: "They met. The sides agreed on terror.\n\nSouth\n\nChina Sea.",
            clauses: [
                Clause(statement: "straddle", n: 1, paragraph: 1, text: "They met.", start: 0, end: 9),
                Clause(statement: "straddle", n: 2, paragraph: 1, text: "The sides agreed on terror.", start: 10, end: 37),
                Clause(statement: "straddle", n: 3, paragraph: 2, text: "South", start: 39, end: 44),
                Clause(statement: "straddle", n: 4, paragraph: 3, text: "China Sea.", start: 46, end: 56),
            ]),
        // Texts that are not their ranges (a model read from JSON may say anything): kept as they are.
        statement(
            "own", text: "Nothing here.",
            clauses: [
                Clause(statement: "own", n: 1, paragraph: 1, text: "Sanctions on terror.", start: 0, end: 13),
                Clause(statement: "own", n: 2, paragraph: 1, text: "Nothing here.", start: 0, end: 13),
                Clause(statement: "own", n: 3, paragraph: 1, text: "here", start: 8, end: Int.max),
                Clause(statement: "own", n: 4, paragraph: 1, text: "", start: 13, end: 13),
            ]),
    ]

    static func statement(_ id: String, text: String, clauses: [Clause]) -> Statement {
        Statement(
            id: id, title: id, date: nil, place: nil, source: nil, path: id + ".md", parties: [], partyCodes: [], text: text,
            clauses: clauses, entities: [])
    }

    @Test func theStoreGivesEveryClauseItsOwnText() throws {
        let store = StatementStore.build(Self.statements)
        let texts = try store.texts("clauses.text")
        #expect(texts.strings == Self.statements.flatMap { $0.clauses.map(\.text) })
        // Only the clauses whose text is not their range keep their own ("Nothing here." is its range).
        #expect(texts.ownRows == [8, 10])
        #expect(try store.allStatements() == Self.statements)
    }

    @Test(arguments: ["terror", "sanctions", "The", "B", "South China Sea", "met. The", "here", "Sea.", "s", "Aterror"])
    func aScanFindsWhatEachClauseAloneHolds(needle: String) throws {
        let session = QuerySession(corpus: Corpus(statements: Self.statements))
        for query in [
            "clauses | where text has \"\(needle)\" | select statement, n", "clauses | where text contains \"\(needle)\" | select statement, n",
            "clauses | kwic \"\(needle)\"", "clauses | where text matches /\(needle)/i | select statement, n",
        ] {
            let rowByRow = query.replacingOccurrences(of: "| where ", with: "| where true and ")
                .replacingOccurrences(of: "| kwic", with: "| where true | kwic")
            let scanned = try session.query(query)
            #expect(scanned == (try session.query(rowByRow)), "\(query)")
            if query.contains("contains") {
                let holding = Self.statements.flatMap(\.clauses).filter { $0.text.lowercased().contains(needle.lowercased()) }
                #expect(scanned.rows.count == holding.count, "\(query)")
            }
        }
    }
}
