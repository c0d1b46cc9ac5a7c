import StatementModel
import Testing

@testable import StatementReader

/// The twelfth round of general rules (docs/coding.md): a name before an office of a country, a
/// known person's name that goes on into another's, a portfolio after "and", a grouping's acronym
/// after its members' names, the party that chaired a meeting held elsewhere, and a lead-in
/// ending in "to:" after an opening phrase (new wording, not gold sentences).
@Suite("Names before offices, chairs and lead-ins")
struct NamesChairsAndLeadInsTests {
    @Test func aNameBeforeAnOfficeOfACountryAndANameThatIsAnothers() throws {
        let statement = try GenreTests.statement(title: "Minister of Foreign Affairs Receives Danish Foreign Minister in Nairobi", body: """
            The Minister of Foreign Affairs today received Karin Holm, Minister of Foreign Affairs, Development and Trade of the Kingdom of Denmark, who is on a visit to Kenya.

            Minister Holm thanked the Government of Kenya for its hospitality.

            Senator the Honourable Peter Johnson Mwale, Minister of Foreign Affairs and Trade of Kenya, welcomed the visit.
            """)
        let people = statement.entities.filter { $0.type == .person }
        #expect(people.first { $0.name == "Karin Holm" }?.code == "DNK")
        #expect(people.first { $0.name.hasSuffix("Johnson Mwale") }?.code == "KEN")
        #expect(GenreTests.coding(statement)[1] == "Denmark 051 thank")
    }

    @Test func aGroupingsAcronymAfterItsMembersAndTheChairOfAMeetingHeldElsewhere() throws {
        let statement = try GenreTests.statement(title: "Chair's Statement of the MIKTA Foreign Ministers' Meeting", body: """
            The Foreign Ministers of Mexico, Indonesia, the Republic of Korea, Türkiye and Australia (MIKTA) met in New York on 25 September 2024.

            Secretary of Foreign Affairs Alicia Barcena of Mexico chaired the meeting.

            The Chair thanked the Ministers for their contributions. MIKTA will meet again in 2025.
            """)
        #expect(statement.partyCodes.count == 5)
        #expect(GenreTests.coding(statement)[2] == "Mexico 051 thank")
        #expect(!statement.entities.contains { $0.name == "Australia" && $0.aliases.contains("MIKTA") })
    }

    @Test func aLeadInEndingInToAfterAnOpeningPhrase() throws {
        let statement = try GenreTests.statement(title: "Joint Statement of Egypt and Uzbekistan", body: """
            To this end, the sides agreed to:

            - launch direct flights between Cairo and Tashkent;
            - hold the next session of the intergovernmental commission in 2025.
            """)
        #expect(GenreTests.coding(statement) == ["joint 030 agree", "joint 030 launch", "joint 030 hold"])
    }
}
