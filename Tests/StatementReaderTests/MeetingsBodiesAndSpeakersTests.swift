import StatementModel
import Testing

@testable import StatementReader

/// The fourteenth round of general rules (docs/coding.md): the opening's meeting held with no
/// agent, a speaker's attribution whose country is not the clause's last word, a long aside of a
/// visit after a surname, "of" going on with an opening "The Ministers of", a known body ending a
/// run of capitalised words, a headline's visit, an agreement of an earlier year, and a short name
/// of an office (new wording, not gold sentences).
@Suite("Meetings, bodies and speakers")
struct MeetingsBodiesAndSpeakersTests {
    @Test func theOpeningsMeetingHeldIsThePartiesButNotALaterOne() throws {
        let statement = try GenreTests.statement(title: "Political consultations between the Ministries of Foreign Affairs of Armenia and Uruguay", body: """
            On 3 May 2024, political consultations between the Ministries of Foreign Affairs of Armenia and Uruguay were held in Yerevan.

            The previous meeting of the two Ministries was held in Montevideo in 2022.
            """)
        #expect(GenreTests.coding(statement) == ["joint 040 hold", "- - hold"])
    }

    @Test func aSpeakersAttributionAndALongAsideOfAVisit() throws {
        let statement = try GenreTests.statement(title: "Chile, Peru agree to reopen border crossing", body: """
            SANTIAGO, May 3 (Reuters) - Chile will reopen the Chacalluta crossing for trucks bound for Peru, Foreign Minister Alberto van Klaveren said on Friday after talks with his Peruvian counterpart Javier Olaechea.

            Olaechea, on his first visit to Chile since the change of government in the region of Tacna, said that Lima welcomed the decision.

            Van Klaveren said Chile would also extend the hours of the crossing.
            """)
        #expect(statement.entities.first { $0.name.hasSuffix("van Klaveren") }?.code == "CHL")
        #expect(GenreTests.coding(statement)[1].hasPrefix("Peru 010"))
        #expect(GenreTests.coding(statement)[2].hasPrefix("Chile 010"))
    }

    @Test func theMinistersOfSeveralCountriesAndAKnownBodyEndingARun() throws {
        let statement = try GenreTests.statement(title: "Joint Declaration of the Council of Ministers of Foreign Affairs of GUAM", body: """
            The Ministers of Foreign Affairs of Georgia, Ilia Darchiashvili, of the Republic of Azerbaijan, Jeyhun Bayramov, of the Republic of Moldova, Nicu Popescu, and of Ukraine, Dmytro Kuleba, met in Chisinau.

            The Ministers of Foreign Affairs of the Member States of the Gulf of Guinea Commission sent their greetings.
            """)
        #expect(statement.partyCodes.sorted() == ["AZE", "GEO", "MDA", "UKR"])
        #expect(GenreTests.coding(statement)[0].hasPrefix("joint 04"))
        #expect(!statement.entities.contains { $0.name.hasPrefix("Foreign Affairs of the Member States") })
    }

    @Test func aHeadlinesVisitAndAnAgreementOfAnEarlierYear() throws {
        let statement = try GenreTests.statement(title: "Japan pledges port funding as Kamikawa visits Palau", body: """
            KOROR, July 2 (AP) - Japan will provide 40 million dollars to expand the port of Malakal, Foreign Minister Yoko Kamikawa said on Tuesday.

            Under a treaty signed by the two countries in 2019, Japan trains Palauan coast guard officers each year.
            """)
        #expect(statement.partyCodes.sorted() == ["JPN", "PLW"])
        #expect(statement.clauses[1].actor == nil)
    }

    @Test func theForeignMinisterIsTheIssuersMinisterOfForeignAffairs() throws {
        let statement = try GenreTests.statement(title: "Minister Vella holds telephone conversation with Portugal's Foreign Minister", body: """
            Minister of Foreign Affairs Ian Vella held a telephone conversation today with the Minister of Foreign Affairs of Portugal, Paulo Rangel.

            The Foreign Minister thanked Portugal for its support. He noted that trade between Malta and Portugal had grown.
            """)
        #expect(GenreTests.coding(statement)[1] == "Malta 051 thank")
    }
}
