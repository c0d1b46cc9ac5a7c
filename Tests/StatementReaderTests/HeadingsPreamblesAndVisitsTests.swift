import StatementModel
import Testing

@testable import StatementReader

/// The seventeenth round of general rules (docs/coding.md): Markdown headings of three hashes,
/// preamble adjectives in capitals, a period that dates a participle inside a reported clause,
/// a news report's office in lower case before a name, the parties of an opening that tells of a
/// visit, a readout's own office before "and the" other side's, and calls titled "phone call"
/// (new wording, not gold sentences).
@Suite("Headings, preambles and visits")
struct HeadingsPreamblesAndVisitsTests {
    @Test func aHeadingOfThreeHashesDoesNotEndTheStatement() throws {
        let statement = try GenreTests.statement(title: "Joint Statement of Chile and Peru", body: """
            The Ministers met in Lima.

            ### Trade and investment

            The Ministers agreed to expand trade.

            ###
            """)
        #expect(GenreTests.coding(statement) == ["joint 044 meet", "joint 030 agree"])
    }

    @Test func aPreambleAdjectiveInCapitalsIsTheSignatoriesStatement() throws {
        let statement = try GenreTests.statement(title: "Declaration of the Ministers of Lithuania, Poland and Ukraine", body: """
            WE, the Ministers of Foreign Affairs of Lithuania, Poland and Ukraine;

            MINDFUL that the people of Ukraine continue to suffer;

            AWARE of the threats to the region;
            """)
        #expect(Array(GenreTests.coding(statement).dropFirst()) == ["joint 010 mindful", "joint 010 aware"])
    }

    @Test func aPeriodDatingAParticipleInAReportedClauseIsNotTheActs() throws {
        let statement = try GenreTests.statement(title: "Kenya and Tanzania agree on maize trade", date: "2024-06-04", body: """
            NAIROBI, June 3 (Reuters) - Kenya and Tanzania agreed on Monday to ease maize trade.

            President William Ruto said Kenya would lift a ban on imports imposed in March.
            """)
        #expect(GenreTests.coding(statement).last == "Kenya 010 say")
    }

    @Test func aNewsReportsOfficeInLowerCaseBeforeANameIsThePersons() throws {
        let statement = try GenreTests.statement(title: "Tunisia and Libya agree to reopen border crossing", body: """
            TUNIS, March 5 (AFP) -- Tunisia and Libya agreed on Wednesday to reopen a border crossing.

            The decision followed talks between the two sides and Libya's acting foreign minister Salem Ben Khalifa.

            Ben Khalifa pledged to deploy more customs officers.
            """)
        #expect(statement.entities.first { $0.name == "Salem Ben Khalifa" }?.code == "LBY")
        #expect(statement.clauses.last?.actor == "Libya")
    }

    @Test func anOpeningThatTellsOfAVisitNamesTheParties() throws {
        let statement = try GenreTests.statement(title: "Valtonen in Canberra: a partnership for the Indo-Pacific", body: """
            Foreign Minister Elina Valtonen is on a working visit to Canberra, where she met with Foreign Minister Penny Wong.
            """)
        #expect(Set(statement.partyCodes) == ["FIN", "AUS"])
        #expect(GenreTests.coding(statement) == ["Finland 042 be on"])
    }

    @Test func aReadoutsOwnOfficeBeforeAndTheOtherSides() throws {
        let statement = try GenreTests.statement(title: "Paraguay and Portugal hold political consultations in Asuncion", body: """
            The Vice Minister of Foreign Affairs and the Portuguese Secretary of State for Foreign Affairs, Ana Ribeiro Teles, co-chaired the consultations.

            The Vice Minister thanked Portugal for its support.
            """)
        #expect(statement.clauses.map { $0.actor ?? "-" } == ["joint", "Paraguay"])
    }

    @Test func aPhoneCallTitleIsAMeetingWithTheOtherSide() throws {
        let statement = try GenreTests.statement(title: "Foreign Minister holds phone call with Chilean Foreign Minister", body: """
            The Minister of Foreign Affairs held a telephone conversation with the Foreign Minister of Chile.

            The Minister noted that Chile is Thailand's largest trading partner in South America, and that Thailand buys Chilean copper.
            """)
        #expect(Set(statement.partyCodes) == ["CHL", "THA"])
        #expect(statement.clauses.first?.actor == "Thailand")
    }
}
