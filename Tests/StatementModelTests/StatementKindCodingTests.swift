import Foundation
import StatementModel
import Testing

/// A statement's `kind` in the JSON form: written when the statement has one, left out when it
/// has none (so that models written before it, and their digests, stay as they were), and a
/// model without the key decodes with no kind.
@Suite("The statement kind in the model's JSON form")
struct StatementKindCodingTests {
    static func statement(kind: String?) -> Statement {
        Statement(
            id: "s1", title: "Readout of a call", date: "2024-05-16", place: nil, source: "TDI", kind: kind, path: "s1.txt",
            parties: ["Pakistan"], partyCodes: ["PAK"], text: "They spoke.", clauses: [], entities: [])
    }

    @Test func aKindIsWrittenAndReadBack() throws {
        let corpus = Corpus(statements: [Self.statement(kind: "readout")])
        let json = String(decoding: try JSONEncoder().encode(corpus), as: UTF8.self)
        #expect(json.contains(#""kind":"readout""#))
        #expect(try JSONDecoder().decode(Corpus.self, from: Data(json.utf8)) == corpus)
    }

    @Test func noKindIsLeftOutOfTheJSON() throws {
        let json = String(decoding: try JSONEncoder().encode(Corpus(statements: [Self.statement(kind: nil)])), as: UTF8.self)
        #expect(!json.contains("kind"))
    }

    @Test func aModelWithoutTheKeyDecodesWithNoKind() throws {
        let json = #"""
            {"version": 1, "statements": [{"id": "s1", "title": "Readout of a call", "date": "2024-05-16", "source": "TDI",
              "path": "s1.txt", "parties": ["Pakistan"], "party_codes": ["PAK"], "text": "They spoke.", "clauses": [], "entities": []}]}
            """#
        let corpus = try JSONDecoder().decode(Corpus.self, from: Data(json.utf8))
        #expect(corpus.statements == [Self.statement(kind: nil)])
        #expect(corpus.statements.first?.kind == nil)
    }
}
