import StatementModel
import Testing

@testable import StatementReader

/// The eighteenth round of general rules (docs/coding.md): news agencies between slashes or after
/// a capitalised place, calls titled "by phone with", Irish titles, and a visit undertaken (new
/// wording, not gold sentences).
@Suite("Agencies, titles and visits")
struct AgenciesTitlesAndVisitsTests {
    @Test func anAgencyBetweenSlashesOrAfterACapitalisedPlaceMakesANewsReport() throws {
        let slashed = try GenreTests.statement(title: "Hungary and Slovakia discuss gas link", body: """
            Budapest, 3 April /MTI/ - Hungary and Slovakia agreed on Thursday to study a new gas link.
            """)
        let capitalised = try GenreTests.statement(title: "Gambia and Senegal discuss bridge tolls", body: """
            Banjul (AFP) - The Gambia and Senegal agreed on Friday to cut tolls on the Senegambia bridge.
            """)
        #expect(slashed.kind == "wire-report")
        #expect(slashed.source == "MTI")
        #expect(capitalised.kind == "wire-report")
        #expect(capitalised.place == "Banjul")
    }

    @Test func aCallTitledByPhoneWithIsAReadoutDatedInTheIssuersCapital() throws {
        let statement = try GenreTests.statement(title: "Minister speaks by phone with Kenyan Cabinet Secretary", body: """
            Vilnius, 4 March 2025 – The Minister of Foreign Affairs today held a telephone conversation with the Cabinet Secretary for Foreign Affairs of Kenya.

            The Minister invited his counterpart to visit Lithuania.
            """)
        #expect(statement.kind == "readout")
        #expect(Set(statement.partyCodes) == ["LTU", "KEN"])
        #expect(statement.clauses.map { $0.actor ?? "-" } == ["Lithuania", "Lithuania"])
    }

    @Test func theTanaisteIsATitle() throws {
        let statement = try GenreTests.statement(title: "Tánaiste concludes official visit to Malaysia", body: """
            The Tánaiste and Minister for Foreign Affairs, Micheál Martin, today concluded an official visit to Malaysia.

            In Kuala Lumpur, the Tánaiste held talks with the Foreign Minister of Malaysia.
            """)
        #expect(statement.clauses.map { $0.actor ?? "-" } == ["Ireland", "Ireland"])
    }

    @Test func aVisitUndertakenIsAVisit() throws {
        let statement = try GenreTests.statement(title: "Joint Communiqué of Zambia and Malawi", body: """
            The President of the Republic of Malawi undertook an official visit to Zambia from 2 to 3 May 2025.
            """)
        #expect(statement.clauses.first?.cameo == "042")
    }
}
