import StatementModel
import Testing

@testable import StatementReader

/// The twenty-sixth round of general rules (docs/coding.md): countries that participated in a
/// chair's meeting, a grouping's side, ministries' visits under titles of no kind, offices joined
/// by "and", guests received, signatures and lists of participants, and a joint body's short name
/// (new wording, not gold sentences).
@Suite("Participants, signatures and short names")
struct ParticipantsSignaturesAndShortNamesTests {
    @Test func countriesThatParticipatedAreAChairsStatementsParties() throws {
        let statement = try GenreTests.statement(title: "Chair's Statement of the Second Meeting of the Japan-Central Asia Dialogue", body: """
            1. The meeting was held in Tokyo under the chairmanship of the Minister for Foreign Affairs of Japan. The Ministers of Foreign Affairs of Kazakhstan, Tajikistan and Uzbekistan participated in the meeting.

            2. The Ministers discussed connectivity.
            """)
        #expect(Set(statement.partyCodes) == ["JPN", "KAZ", "TJK", "UZB"])
        #expect(statement.clauses.last?.actor == "joint")
    }

    @Test func aGroupingsSideIsSomeOfTheParties() throws {
        let statement = try GenreTests.statement(title: "Joint Statement of the China-Central Asia Foreign Ministers' Meeting", body: """
            The Ministers of Foreign Affairs of China, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan met in Xi'an.

            The Central Asian side welcomed China's offer of scholarships.
            """)
        #expect(statement.clauses.last?.actor == nil)
        #expect(statement.clauses.last?.cameo == "051")
    }

    @Test func aMinistersVisitUnderATitleOfNoKindIsAReadout() throws {
        let statement = try GenreTests.statement(title: "Foreign Minister Schallenberg in Tashkent: Austria and Uzbekistan to expand trade", body: """
            Tashkent, 3 June 2024

            Federal Minister Alexander Schallenberg travelled to Tashkent today for talks with the Uzbek government.

            Uzbekistan is Austria's largest trading partner in the region.
            """)
        #expect(statement.kind == "readout")
        #expect(statement.clauses.last?.actor == nil)
    }

    @Test func consultationsAndDiscussionsInATitleAreReadouts() throws {
        let kinds = try [
            "India-Peru Foreign Office Consultations", "Minister Tsahkna discusses Arctic research with Chilean Foreign Minister van Klaveren",
        ].map { try GenreTests.statement(title: $0, body: "The two sides reviewed their relations.").kind }
        #expect(kinds == ["readout", "readout"])
    }

    @Test func officesJoinedByAndAreOnePersonsOfTheCountryBefore() throws {
        let statement = try GenreTests.statement(title: "Kenya, Ethiopia agree on power line", date: "2024-06-18", body: """
            NAIROBI, June 18 (Reuters) - Kenya and Ethiopia agreed on Tuesday to build a second power line.

            Ethiopia's Deputy Prime Minister and Water Minister Habtamu Itefa and his Kenyan counterpart met in Nairobi.

            Itefa said the line would be finished in 2026.
            """)
        #expect(statement.clauses.last?.actor == "Ethiopia")
    }

    @Test func aGuestReceivedAndACallOnACrownPrincess() throws {
        let statement = try GenreTests.statement(title: "Foreign Minister receives Ghana's Foreign Minister in Copenhagen", body: """
            The Foreign Minister of Denmark received the Foreign Minister of Ghana in Copenhagen on 4 June 2024.

            She also called on Crown Princess Mary during the visit.
            """)
        #expect(statement.clauses.last?.cameo == "042")
        let news = try GenreTests.statement(title: "Bukele, Arevalo agree on border post", date: "2024-05-02", body: """
            SAN SALVADOR, May 2 (AP) - El Salvador and Guatemala agreed on Thursday to open a joint border post.

            Bukele received him at the Presidential House with military honours.
            """)
        #expect(news.clauses.last.map { "\($0.actor ?? "-") \($0.cameo ?? "-")" } == "El Salvador 043")
    }

    @Test func signaturesAndListsOfParticipantsAreNoActs() throws {
        let statement = try GenreTests.statement(title: "Joint Statement by the Prime Minister of Ireland and the Prime Minister of Portugal", body: """
            The two Prime Ministers agreed to deepen cooperation on offshore wind.

            Taoiseach Simon Harris
            Prime Minister Luís Montenegro

            His Excellency Luís Montenegro, Prime Minister of the Portuguese Republic
            """)
        #expect(GenreTests.coding(statement).dropFirst() == ["- - -", "- - -"])
    }

    @Test func aJointBodysShortNameInBracketsSpeaksForTheParties() throws {
        let statement = try GenreTests.statement(title: "Joint Communiqué on the Bi-National Commission between Botswana and South Africa", body: """
            The Bi-National Commission (BNC) between the Republic of Botswana and the Republic of South Africa held its session in Gaborone.

            The BNC noted the report of the Ministerial Committee.
            """)
        #expect(GenreTests.coding(statement).last == "joint 010 note")
    }
}
