import StatementModel
import Testing

@testable import StatementReader

/// The nineteenth and twentieth rounds of general rules (docs/coding.md): a title's venue is no
/// topic, some of the parties addressing the rest are not one actor, nor are "Many" or "Most"
/// opening the subject, and groupings of their members (new wording, not gold sentences).
@Suite("Venues and addressees")
struct VenuesAndAddresseesTests {
    @Test func aTitlesVenueIsNoTopic() throws {
        let statement = try GenreTests.statement(title: "Foreign Minister meets Chilean Foreign Minister on the margins of the OAS General Assembly", body: """
            The Minister of Foreign Affairs met the Minister of Foreign Affairs of Chile in Asuncion.

            The Minister recalled that Paraguay and Chile share a long history, and that Paraguay values Chilean investment.
            """)
        #expect(Set(statement.partyCodes) == ["CHL", "PRY"])
        #expect(statement.clauses.first?.actor == "Paraguay")
    }

    @Test func somePartiesAddressingTheRestAreNotOneActor() throws {
        let statement = try GenreTests.statement(title: "Joint Statement of Bulgaria, Greece and Romania", body: """
            The three Prime Ministers met in Sofia.

            The Prime Ministers of Greece and Romania thanked the Government of Bulgaria for its hospitality.
            """)
        #expect(statement.clauses.last?.actor == nil)
        #expect(statement.clauses.last?.cameo == "051")
    }

    @Test func theGreatLakesConferencesOwnDeclarationIsItsMembers() throws {
        let statement = try GenreTests.statement(title: "Kinshasa Declaration of the Summit of the International Conference on the Great Lakes Region", body: """
            WE, the Heads of State and Government of the Member States of the International Conference on the Great Lakes Region (ICGLR), meeting in Kinshasa;
            """)
        #expect(statement.partyCodes.count == 12)
        #expect(statement.partyCodes.contains("COD"))
    }

    @Test func manyOrMostOpeningTheSubjectAreSomeOfTheParties() throws {
        let statement = try GenreTests.statement(title: "Chair's Statement of the ASEAN Plus Three Foreign Ministers' Meeting", body: """
            The Ministers met in Jakarta.

            Many Ministers called for restraint in the South China Sea.

            Most Ministers welcomed the new financing facility.
            """)
        #expect(statement.partyCodes.count == 13)
        #expect(statement.clauses.dropFirst().map { $0.actor ?? "-" } == ["-", "-"])
        #expect(statement.clauses.dropFirst().map { $0.cameo ?? "-" } == ["020", "051"])
    }
}
