import StatementModel
import Testing

@testable import StatementReader

/// The twenty-eighth round of general rules (docs/coding.md): a basin organisation's conference,
/// some partner states, modals and verbs in capitals after "We" or a country, a title repeated
/// in the body, a headline's short country name, lists of commitments and consultations held
/// after adverbials (new wording, not gold sentences).
@Suite("Conferences, modals and fuller names")
struct ConferencesModalsAndFullerNamesTests {
    @Test func aBasinOrganisationsConferenceSpeaksForItsMembers() throws {
        let statement = try GenreTests.statement(title: "Final Communiqué of the Summit of the Gambia River Basin Development Organization", body: """
            The Conference of Heads of State and Government of the OMVG held its ordinary session in Conakry.

            The Conference welcomed the completion of the energy project.

            It urged member states to pay their contributions.
            """)
        #expect(Set(statement.partyCodes) == ["GMB", "GIN", "GNB", "SEN"])
        #expect(GenreTests.coding(statement).dropFirst().map { $0.split(separator: " ").first.map(String.init) } == ["joint", "joint"])
    }

    @Test func somePartnerStatesAreSomeOfTheParties() throws {
        let statement = try GenreTests.statement(title: "Declaration of the 24th Ordinary Summit of the EAC", date: "2024-11-30", body: """
            1. Some Partner States HIGHLIGHTED the need for support to cross-border traders.
            """)
        #expect(statement.clauses.first?.actor == nil)
        #expect(statement.clauses.first?.cameo == "010")
    }

    @Test func modalsAndVerbsInCapitalsAfterWeOrACountry() throws {
        let statement = try GenreTests.statement(title: "Declaration of the 24th Ordinary Summit of the EAC", date: "2024-11-30", body: """
            1. We SHALL NOT grant new mining licences in the protected areas.

            2. Kenya OFFERED to host the next summit in Mombasa.
            """)
        #expect(GenreTests.coding(statement) == ["joint 030 grant", "Kenya 030 offer"])
        #expect(statement.clauses.first?.negated == true)
    }

    @Test func theTitleRepeatedInTheBodyIsNoAct() throws {
        let statement = try GenreTests.statement(title: "Joint statement by the Foreign Ministers of Denmark and Norway", body: """
            Joint Statement of the Foreign Ministers of the Kingdom of Denmark and the Kingdom of Norway

            We reaffirm our support for Ukraine.
            """)
        #expect(GenreTests.coding(statement) == ["- - -", "joint 051 reaffirm"])
    }

    @Test func aHeadlinesShortCountryNameTakesTheOpeningsFullerOne() throws {
        let statement = try GenreTests.statement(title: "Angola, Congo agree on rail link", date: "2024-07-16", body: """
            LUANDA, July 16 (Reuters) - Angola and the Democratic Republic of Congo agreed on Tuesday to build a rail link.
            """)
        #expect(Set(statement.partyCodes) == ["AGO", "COD"])
    }

    @Test func aCommitmentToTheFollowingAndConsultationsHeldAfterAdverbials() throws {
        let statement = try GenreTests.statement(title: "Joint Statement on the Official Visit of the President of Ghana to Japan", body: """
            Japan and Ghana held on Monday in Tokyo the second round of political consultations.

            Both sides committed to the following:

            - to expand the scholarship programme;
            """)
        #expect(GenreTests.coding(statement).map { $0.split(separator: " ").dropFirst().first.map(String.init) } == ["040", "030", "030"])
    }
}
