import StatementModel
import Testing

@testable import StatementReader

/// The twenty-fifth round of general rules (docs/coding.md): capitals a title's visit goes to,
/// a ministry's first "We" at a meeting, readouts dated where their own official visits, a
/// country's official after "and", particles inside names, promises in news reports, a council's
/// verbs in capitals, a participle's list after a body's name, aid handed over, the countries
/// attending a chair's meeting, and long names as objects (new wording, not gold sentences).
@Suite("Visits, councils and particles")
struct VisitsCouncilsAndParticlesTests {
    @Test func theCapitalATitlesVisitGoesToNamesAParty() throws {
        let statement = try GenreTests.statement(title: "Slovak Foreign Minister Juraj Blanár visits Nairobi", body: """
            The Ministry is pleased to announce that the Minister of Foreign and European Affairs of Slovakia paid a working visit.
            """)
        #expect(Set(statement.partyCodes) == ["SVK", "KEN"])
    }

    @Test func theFirstWeAtAMeetingIsTheMinistrysOwnSide() throws {
        let statement = try GenreTests.statement(title: "Slovak Foreign Minister Juraj Blanár visits Nairobi", body: """
            The Ministry is pleased to announce that the Minister of Foreign and European Affairs of Slovakia paid a working visit.

            We received the Slovak delegation at the Ministry, where our Cabinet Secretary held bilateral talks with Minister Blanár.

            We stressed that Kenya regards Slovakia as a partner in Central Europe.

            The two Ministers signed a memorandum on cooperation in agriculture.
            """)
        #expect(GenreTests.coding(statement).dropFirst().map { $0.split(separator: " ").first.map(String.init) } == ["Kenya", "Kenya", "joint"])
    }

    @Test func aWeOfAnotherKindOfWithIsNoSide() throws {
        let statement = try GenreTests.statement(title: "Statement on the Security Compact of Japan and Ukraine", body: """
            The Compact was launched today.

            We commend the security agreements finalized with Ukraine.
            """)
        #expect(statement.clauses.last?.actor == "joint")
    }

    @Test func aReadoutDatedWhereItsOwnOfficialVisitsIsTheVisitors() throws {
        let statement = try GenreTests.statement(title: "Minister of Foreign Affairs visits Nairobi, holds talks with Kenyan Cabinet Secretary", body: """
            NAIROBI, 3 May 2024 — The Minister of Foreign Affairs arrived in Nairobi on Thursday for an official visit to Kenya, the first by a Slovak foreign minister in a decade.

            The Minister was received by the Kenyan Cabinet Secretary for Foreign Affairs.

            The Minister said Slovakia supports Kenya's bid to host the United Nations climate talks.
            """)
        #expect(statement.clauses.first?.actor == "Slovakia")
        #expect(statement.clauses.last?.actor == "Slovakia")
    }

    @Test func aCountrysTitleAfterAndOpensTheOtherSidesOfficial() throws {
        let statement = try GenreTests.statement(title: "Slovenia and Croatia hold political consultations in Ljubljana", body: """
            On 4 April, Vice-Minister of Foreign Affairs Ana Kovač and Croatian State Secretary Frano Matić held political consultations between the foreign ministries of Slovenia and Croatia in Ljubljana.

            Vice-Minister Kovač welcomed the progress on the joint border commission.
            """)
        #expect(statement.clauses.map(\.actor) == ["joint", "Slovenia"])
    }

    @Test func particlesInsideANameGoOnToItsSurname() throws {
        let statement = try GenreTests.statement(title: "Mexico, Guatemala agree on border crossings", date: "2025-04-02", body: """
            GUATEMALA CITY, April 2 (Reuters) - Mexico and Guatemala agreed on Wednesday to open two more border crossings.

            The agreement came after talks between Foreign Minister Juan Ramon de la Fuente and his Guatemalan counterpart.

            De la Fuente said the crossings would open before the end of the year.
            """)
        #expect(statement.clauses.last?.actor == "Mexico")
    }

    @Test func aPromiseMadeUpToNowInANewsReportIsBackground() throws {
        let statement = try GenreTests.statement(title: "Nepal, Bangladesh sign power deal", date: "2024-10-03", body: """
            KATHMANDU, Oct 3 (Reuters) - Nepal has promised to export more electricity to Bangladesh, the two governments said on Thursday.

            Bangladesh's interim government has promised to review the deals signed by its predecessor.
            """)
        #expect(statement.clauses.first?.actor == "Nepal")
        #expect(statement.clauses.last?.actor == nil)
    }

    @Test func aCouncilsVerbsInCapitalsInThePast() throws {
        let statement = try GenreTests.statement(title: "Lusaka Declaration of the Council of Ministers of the Zambezi Watercourse Commission", body: """
            The Council of Ministers of the Zambezi Watercourse Commission, comprising the Ministers of water affairs of Angola, Botswana, Malawi, Mozambique, Namibia, Tanzania, Zambia and Zimbabwe, met in Lusaka.

            The Council RECALLED the Agreement on the Establishment of the Commission.

            Member States COMMITTED to share flood forecasts.

            The Ministers SIGNED the Lusaka Declaration.
            """)
        #expect(statement.partyCodes.count == 8)
        #expect(GenreTests.coding(statement) == ["joint 044 meet", "joint 010 recall", "joint 030 commit", "joint 057 sign"])
    }

    @Test func aidHandedOverIsAid() throws {
        let statement = try GenreTests.statement(title: "India, Maldives review projects", date: "2025-01-17", body: """
            MALE, Jan 17 (PTI) External Affairs Minister S Jaishankar handed over a consignment of vaccines to the Maldives on Friday.
            """)
        #expect(GenreTests.coding(statement) == ["India 073 hand over"])
    }

    @Test func aChairsStatementsPartiesAreTheGroupingsMembersAttending() throws {
        let statement = try GenreTests.statement(title: "Co-Chairs' Statement of the Mekong-Japan Foreign Ministers' Meeting", body: """
            1. The Mekong-Japan Foreign Ministers' Meeting was held on 12 July 2024 in Vientiane.

            2. The Meeting was co-chaired by Thailand and Japan and attended by the Foreign Ministers of Cambodia, Lao PDR and Viet Nam.
            """)
        #expect(Set(statement.partyCodes) == ["KHM", "LAO", "THA", "VNM", "JPN"])
    }

    @Test func aLongNameHeldIsTheMeeting() throws {
        let statement = try GenreTests.statement(title: "Joint Press Statement", body: """
            The Ministers held the second India-Saudi Arabia Foreign Ministers' Strategic Partnership Dialogue in Riyadh.
            """)
        #expect(statement.clauses.first?.cameo == "040")
    }
}
