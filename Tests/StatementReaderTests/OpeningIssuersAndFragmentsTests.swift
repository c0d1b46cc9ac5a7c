import StatementModel
import Testing

@testable import StatementReader

/// The eleventh round of general rules (docs/coding.md): a readout's issuer by its opening, a
/// title and name before an aside, a period that dates a clause inside the object, what a news
/// report says a party has been doing, fragments of a list of intent, a closing place and day, and
/// groupings' members (new wording, not gold sentences).
@Suite("Readouts' openings, list fragments and closing lines")
struct OpeningIssuersAndFragmentsTests {
    @Test func aReadoutsOpeningSubjectNamesItsIssuer() throws {
        let call = try GenreTests.statement(title: "Telephone Conversation between the Minister of Foreign Affairs of Ghana and the Minister of Foreign Affairs of Kenya", body: """
            The Minister of Foreign Affairs of Ghana held a telephone conversation with the Minister of Foreign Affairs of Kenya on 6 August 2024.

            For his part, the Minister of Foreign Affairs of Kenya briefed his counterpart on the regional situation.

            The Minister thanked Kenya for its support. He stressed that the ceasefire must hold.
            """)
        #expect(GenreTests.coding(call) == ["Ghana 041 hold", "Kenya 040 brief", "Ghana 051 thank", "Ghana 010 stress"])
        let visit = try GenreTests.statement(title: "Minister Nduhungirehe Concludes Working Visit to the Republic of Malawi", body: """
            The Minister of Foreign Affairs and International Cooperation, Ambassador Olivier Nduhungirehe, paid a working visit to Lilongwe, Republic of Malawi.

            On the second day, the Minister paid a courtesy call on the President of the Republic of Malawi and delivered a message from the President of the Republic of Rwanda.

            The Minister later held talks with his counterpart, Honourable Nancy Tembo, Minister of Foreign Affairs of the Republic of Malawi.

            The Minister also met members of the Rwandan community living in Malawi.
            """)
        #expect(GenreTests.coding(visit) == ["Rwanda 042 pay", "Rwanda 042 pay", "Rwanda 040 hold", "Rwanda 040 meet"])
    }

    @Test func aWireReportsTitledNameBeforeAnAsideAndAPeriodOfAnEmbeddedClause() throws {
        let statement = try GenreTests.statement(title: "Spain, Portugal hold summit", body: """
            MADRID, Oct 23 (Reuters) - Spanish Prime Minister Pedro Sanchez and Portuguese Prime Minister Luis Montenegro held a summit on Wednesday.

            Portuguese Foreign Minister Paulo Rangel, on a two-day visit to Madrid, held talks with Sanchez.

            Sanchez thanked Portugal for the aircraft it sent in September to fight wildfires.

            Sanchez called the agreement "a historic step".

            Morocco has been courting European states as it seeks support for its plan.
            """)
        #expect(GenreTests.coding(statement) == ["joint 040 hold", "Portugal 040 hold", "Spain 051 thank", "Spain 010 call", "- - state"])
    }

    @Test func fragmentsOfAListOfIntentAndAClosingPlaceAndDay() throws {
        let statement = try GenreTests.statement(title: "Joint Statement of Peru and Ecuador", body: """
            The two sides agreed to develop the partnership along the following pillars:

            - deeper political trust;
            - closer people-to-people ties.

            They instructed the officials to present a work plan, with emphasis on:

            - trade facilitation and the digital economy.

            The two sides took stock of bilateral relations. They reaffirmed their commitment to good neighbourly relations, the peaceful resolution of disputes and trade.

            Lima, 28 November 2024.
            """)
        #expect(GenreTests.coding(statement) == [
            "joint 030 agree", "joint 030 -", "joint 030 ties", "joint 030 instruct", "joint 030 -", "joint 040 take stock",
            "joint 010 reaffirm", "- - -",
        ])
    }

    @Test func groupingsNamedInTitlesGiveTheirMembers() throws {
        let alliance = try GenreTests.statement(title: "Declaration of the Council of Ministers of the Pacific Alliance", body: """
            We, the Ministers, met in Santiago.
            """)
        #expect(Set(alliance.parties) == ["Chile", "Colombia", "Mexico", "Peru"])
        let council = try GenreTests.statement(title: "Chair's Statement of the Meeting of the Adriatic and Ionian Council", body: """
            We reaffirmed our support for the region.
            """)
        #expect(council.parties.count == 10 && council.parties.contains("Albania"))
    }
}
