import QueryEngine
import QueryLanguage
import StatementModel
import Testing

/// `why` over statements whose evidence says odd things (a JSON model may say anything): cues
/// outside the text or inside a character are null, never a crash.
@Suite("why on odd evidence")
struct WhyTests {
    @Test func cuesOutsideTheTextOrInsideACharacterAreNull() throws {
        let text = "Café talks were held."
        let evidence = [
            CodingEvidence(field: .actor, value: "", rule: "no cue"),
            CodingEvidence(field: .cameo, value: "040", start: 0, end: 5, rule: "whole word"),
            CodingEvidence(field: .entity, value: "x", start: 4, end: 6, rule: "inside é"),
            CodingEvidence(field: .date, value: "2024-01-01", start: 15, end: 900, rule: "past the end"),
            CodingEvidence(field: .negated, value: "true", start: -3, end: 2, rule: "before the start"),
        ]
        let clause = Clause(statement: "odd", n: 1, paragraph: 1, text: text, start: 0, end: text.utf8.count, cameo: "040", evidence: evidence)
        let statement = Statement(
            id: "odd", title: "Odd", date: nil, place: nil, source: nil, path: "odd.json", parties: [], partyCodes: [], text: text,
            clauses: [clause], entities: [])
        let session = QuerySession(corpus: Corpus(statements: [statement]))
        let table = try session.query(#"clauses | where n == 1 | why | select field, value, cue, start, end"#)
        #expect(table.rows == [
            [.string("actor"), .null, .null, .null, .null],
            [.string("cameo"), .string("040"), .string("Café"), .int(0), .int(5)],
            [.string("entity"), .string("x"), .null, .int(4), .int(6)],
            [.string("date"), .string("2024-01-01"), .null, .int(15), .int(900)],
            [.string("negated"), .string("true"), .null, .null, .int(2)],
        ])
        // The cues within the text, merged where they overlap; the others are left out.
        #expect(table.explained.first?.cues == [0..<6])
        #expect(try session.query("clauses | where n == 7 | why").rows.isEmpty)
    }
}
