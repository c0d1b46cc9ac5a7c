import Foundation
import StatementModel
import Testing

@Suite("The model's JSON form")
struct ModelCodingTests {
    let corpus = Corpus(statements: [
        Statement(
            id: "s1", title: "Fifth round", date: "2024-05-16", place: "Islamabad", source: "TDI", path: "s1.txt",
            parties: ["Pakistan", "China"], partyCodes: ["PAK", "CHN"], text: "Both sides met. 中国 and Côte d'Ivoire.",
            clauses: [
                Clause(
                    statement: "s1", n: 1, paragraph: 1, text: "Both sides met.", start: 0, end: 15, actor: "joint",
                    actorCode: nil, verb: "meet", cameo: "040", acts: ["040"], negated: true, modality: .future,
                    topics: ["security"], entities: ["China"], dates: ["2024-05-15"])
            ],
            entities: [
                Entity(
                    name: "China", type: .country, code: "CHN", aliases: ["PRC"],
                    mentions: [Mention(clause: 2, start: 16, end: 22, text: "中国")])
            ])
    ])

    @Test func roundTripsLosslessly() throws {
        let data = try JSONEncoder().encode(corpus)
        let decoded = try JSONDecoder().decode(Corpus.self, from: data)
        #expect(decoded == corpus)
    }

    @Test func usesSnakeCaseFieldNamesAndAVersion() throws {
        let json = String(decoding: try JSONEncoder().encode(corpus), as: UTF8.self)
        #expect(json.contains("\"party_codes\""))
        #expect(json.contains("\"version\":1"))
        #expect(json.contains("\"modality\":\"future\""))
        #expect(!json.contains("partyCodes"))
    }

    @Test func refusesAModelOfAnotherVersion() throws {
        let json = #"{"version": 99, "statements": []}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Corpus.self, from: Data(json.utf8))
        }
    }

    @Test func findsAStatementById() {
        #expect(corpus.statement(id: "s1")?.title == "Fifth round")
        #expect(corpus.statement(id: "nope") == nil)
        #expect(corpus.clauses.count == 1)
    }
}
