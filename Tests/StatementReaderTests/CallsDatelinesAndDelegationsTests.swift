import StatementModel
import Testing

@testable import StatementReader

/// The sixteenth round of general rules (docs/coding.md): calls titled "speaks with", a place
/// and day on a line of their own or ended by a period, a day before its month, a news report's
/// offices after a country's possessive, the delegation a person leads, the bare office a
/// readout's opening gave the issuer's official, the issuer's ministry, a portfolio after "of",
/// a grouping of some of the parties, "Other delegations", and what a speaker observed the
/// parties would do (new wording, not gold sentences).
@Suite("Calls, datelines and delegations")
struct CallsDatelinesAndDelegationsTests {
    @Test func aCallTitledSpeaksWithIsAReadoutByTheOfficeItOpensWith() throws {
        let statement = try GenreTests.statement(title: "Minister of Foreign Affairs speaks with Ghanaian counterpart", body: """
            The Minister of Foreign Affairs spoke by telephone on Monday with Adwoa Mensah-Boateng, Minister for Foreign Affairs of the Republic of Ghana.

            The Minister recalled that Norway has supported cocoa research in Ghana since 2015. Minister Mensah-Boateng thanked Norway for its support.

            The Minister invited her counterpart to visit Oslo.
            """)
        #expect(statement.kind == "readout")
        #expect(Set(statement.partyCodes) == ["GHA", "NOR"])
        let actors = statement.clauses.map { $0.actor ?? "-" }
        #expect(actors == ["Norway", "Norway", "Ghana", "Norway"])
    }

    @Test func aPlaceAndDayOnALineOfTheirOwnAreTheDateline() throws {
        let statement = try GenreTests.statement(title: "Foreign Minister receives Armenian counterpart", body: """
            Tbilisi, 12 March 2024

            The Minister of Foreign Affairs welcomed the Minister of Foreign Affairs of Armenia to Tbilisi today.
            """)
        #expect(statement.place == "Tbilisi")
        #expect(Set(statement.partyCodes) == ["GEO", "ARM"])
        #expect(statement.clauses.last?.actor == "Georgia")
    }

    @Test func aPlaceAndDayEndedByAPeriodDateAReadoutByItsMinistry() throws {
        let statement = try GenreTests.statement(title: "Uruguay and Japan hold third round of political consultations", body: """
            Montevideo, 4 October 2024. The Ministry of Foreign Affairs hosted on Friday the third round of political consultations between Uruguay and Japan.

            The Uruguayan delegation was led by the Vice Minister of Foreign Affairs, and the Japanese delegation by the Director-General for Latin America.

            Opening the session, the Vice Minister recalled the centenary of Japanese immigration to Uruguay.
            """)
        #expect(statement.place == "Montevideo")
        #expect(GenreTests.coding(statement).prefix(2) == ["- - -", "Uruguay 043 host"])
        #expect(statement.clauses[3].actor == "Uruguay")
    }

    @Test func aPortfolioAfterOfIsNoParty() throws {
        let statement = try GenreTests.statement(title: "Danish Foreign Minister pays working visit to Botswana", body: """
            The Minister of International Affairs and Cooperation today hosted Lars Lokke Rasmussen, Minister for Foreign Affairs of the Kingdom of Denmark, who is on a working visit to Botswana.
            """)
        #expect(GenreTests.coding(statement) == ["Botswana 043 host"])
    }

    @Test func otherDelegationsAreSomeOfTheParties() throws {
        let statement = try GenreTests.statement(title: "Chair's Statement of the Ministerial Meeting of Austria, Hungary and Slovakia", body: """
            Austria, Hungary and Slovakia met in Vienna.

            Other delegations expressed concern about border controls.
            """)
        #expect(statement.clauses.last?.actor == nil)
        #expect(statement.clauses.last?.cameo == "012")
    }

    @Test func aDayBeforeItsMonthWithoutAYearDatesANewsDateline() throws {
        let statement = try GenreTests.statement(title: "Ecuador and Colombia agree to reopen border crossing", date: "2024-03-04", body: """
            Quito, 3 March (EFE).- Ecuador and Colombia agreed on Sunday to reopen the Rumichaca border crossing.
            """)
        #expect(statement.kind == "wire-report")
        #expect(statement.source == "EFE")
        #expect(statement.clauses.first?.dates == ["2024-03-03"])
        #expect(DateNormalizer.days(in: Tokenizer.tokens(of: "on 24 June and 2 July 2025"), reference: "2024-01-01").map(\.day)
            == ["2025-06-24", "2025-07-02"])
    }

    @Test func aNewsReportsOfficeAfterACountrysPossessiveIsThePersons() throws {
        let statement = try GenreTests.statement(title: "Mali and Guinea to build a new road link", body: """
            BAMAKO, May 2 (Reuters) - Mali and Guinea will build a road between their capitals, officials said on Thursday.

            Amadou Diallo Kone, Mali's minister of foreign affairs, met his Guinean counterpart in Bamako.

            Guinea's public works minister, Ibrahima Sow Camara, signed the financing agreement.

            Kone said the road would open in 2027.
            """)
        let people = Dictionary(statement.entities.filter { $0.type == .person }.map { ($0.name, $0.code) }) { first, _ in first }
        #expect(people["Amadou Diallo Kone"] == "MLI")
        #expect(people["Ibrahima Sow Camara"] == "GIN")
        #expect(statement.clauses.last?.actor == "Mali")
    }

    @Test func theDelegationAPersonLeadsIsTheirParty() throws {
        let statement = try GenreTests.statement(title: "Qatar and Tanzania hold political consultations", body: """
            Qatar and Tanzania held political consultations in Doha on Monday.

            Dr Amina Rashidi Mwakyusa, Permanent Secretary of the Ministry of Foreign Affairs, led the Tanzanian delegation.

            Dr Mwakyusa welcomed the opening of a Qatari embassy in Dodoma.
            """)
        #expect(statement.entities.first { $0.name == "Amina Rashidi Mwakyusa" }?.code == "TZA")
        #expect(statement.clauses.last?.actor == "Tanzania")
    }

    @Test func theBareOfficeOfAReadoutsOpeningIsTheIssuersWherever() throws {
        let statement = try GenreTests.statement(title: "Official visit to the Republic of Angola", body: """
            The Minister of State and Foreign Affairs is in Luanda from 3 to 5 June on an official visit to Angola, at the invitation of the Angolan Government.

            The Minister held talks with his counterpart on the cooperation programme between Portugal and Angola, which Portugal has renewed until 2030.
            """)
        #expect(GenreTests.coding(statement) == ["Portugal 042 visit", "Portugal 040 hold"])
    }

    @Test func aGroupingOfSomeOfThePartiesIsNotOneActor() throws {
        let statement = try GenreTests.statement(title: "Joint Statement of the Mekong-Ganga Cooperation Ministerial Meeting", body: """
            We reaffirmed the importance of the Mekong-Ganga Cooperation.

            The Mekong countries thanked India for its scholarships.
            """)
        #expect(statement.partyCodes.contains("IND"))
        #expect(statement.clauses.last?.actor == nil)
        #expect(statement.clauses.last?.cameo?.hasPrefix("05") == true)
    }

    @Test func whatASpeakerObservedThePartiesWouldDoIsAStatement() throws {
        let statement = try GenreTests.statement(title: "Joint Statement of Chile and Peru", body: """
            The Ministers noted that the two countries would mark the bicentenary of their relations in 2026.

            The Ministers noted that we will continue to work together against organised crime.
            """)
        #expect(statement.clauses.map { $0.cameo ?? "-" } == ["010", "030"])
    }
}
