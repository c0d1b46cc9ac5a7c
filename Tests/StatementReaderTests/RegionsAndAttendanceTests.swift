import StatementModel
import Testing

@testable import StatementReader

/// The twenty-seventh round of general rules (docs/coding.md): a grouping's dialogue with a
/// region, its people as some of the parties, the Greater Mekong Subregion, attendance told in
/// the past, and a consultation forum (new wording, not gold sentences).
@Suite("Regions and attendance")
struct RegionsAndAttendanceTests {
    @Test func aChairsStatementsWeNamesCountriesBeyondItsTitlesGrouping() throws {
        let statement = try GenreTests.statement(title: "Chair's Statement of the Second Ministerial Meeting of the GCC-Central Asia Strategic Dialogue", body: """
            1. We, the Ministers of Foreign Affairs of the Member States of the Gulf Cooperation Council (GCC) and of the Republic of Kazakhstan, Turkmenistan and the Republic of Uzbekistan, met in Astana on 6 May 2024.
            """)
        #expect(Set(statement.partyCodes) == ["ARE", "BHR", "KWT", "OMN", "QAT", "SAU", "KAZ", "TKM", "UZB"])
    }

    @Test func theMinistersOfAGroupingAreSomeOfTheParties() throws {
        let statement = try GenreTests.statement(title: "Joint Statement of the China-Central Asia Foreign Ministers' Meeting", body: """
            The Ministers of Foreign Affairs of China, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan met in Xi'an.

            The Ministers of the Central Asian countries briefed China on the Aral Sea.

            The leaders of the Central Asian countries and China agreed to meet again in 2026.
            """)
        #expect(statement.clauses.map { $0.actor ?? "-" }.dropFirst() == ["-", "joint"])
    }

    @Test func theGreaterMekongSubregionIsItsSixCountries() throws {
        let statement = try GenreTests.statement(title: "Vientiane Declaration of the Greater Mekong Subregion Economic Corridors Forum", body: """
            WE, the Ministers of the GMS countries, meeting in Vientiane;
            """)
        #expect(Set(statement.partyCodes) == ["KHM", "CHN", "LAO", "MMR", "THA", "VNM"])
    }

    @Test func attendanceToldInThePastIsNoActButAPlannedOneIsAnIntent() throws {
        let statement = try GenreTests.statement(title: "Kazakhstan and Uzbekistan hold consultations in Tashkent", body: """
            The two foreign ministers held consultations in Tashkent.

            In the evening, the two ministers attended a performance of the national opera.

            The two ministers will attend the opening of the trade fair tomorrow.
            """)
        #expect(GenreTests.coding(statement).dropFirst() == ["- - attended", "joint 030 attend"])
    }

    @Test func aConsultationForumInATitleIsAReadout() throws {
        let statement = try GenreTests.statement(title: "Peru and Thailand Hold Third Bilateral Consultation Forum in Lima", body: """
            Peru and Thailand established diplomatic relations in 1965.
            """)
        #expect(statement.kind == "readout")
        #expect(statement.clauses.first?.actor == nil)
    }
}
