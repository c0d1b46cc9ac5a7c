import StatementModel
import Testing

@testable import StatementReader

/// The seventh and eighth rounds of general rules (docs/coding.md): a readout's own officials
/// named without a country, hosts who invited a visit, counterparts named by nationality,
/// signings after an opening phrase, lists a clause's colon opens, a summit's declaration spoken
/// by "the Summit", asides inside a subject, what a country only qualifies, and the codes of "set
/// the goal", "touched upon" and "the commitment of ... to" (new wording, not gold sentences).
@Suite("Issuers' own officials, counterparts and summits")
struct IssuersAndSummitsTests {
    @Test func aReadoutNamesTheOtherSidesOfficesWithTheirCountryAndItsOwnWithout() throws {
        let statement = try GenreTests.statement(title: "Official visit to Malaysia of the Minister of Foreign Affairs of the Republic of Chile", body: """
            At the invitation of the Deputy Prime Minister and Minister of Foreign Affairs, the Minister of Foreign Affairs of the Republic of Chile paid an official visit to Malaysia on 4 September 2023.

            The Deputy Prime Minister and Minister of Foreign Affairs welcomed the Foreign Minister of Chile on his first visit.

            The Foreign Minister of Chile briefed the Malaysian side on the Pacific Alliance. The Deputy Prime Minister underlined Malaysia's interest in closer trade with South America.

            Later, the Foreign Minister of Chile called on the Prime Minister. The Prime Minister expressed confidence in the partnership.
            """)
        #expect(GenreTests.coding(statement) == [
            "Chile 042 pay", "Malaysia 043 welcome", "Chile 040 brief", "Malaysia 010 underline", "Chile 042 call", "Malaysia 013 express",
        ])
    }

    @Test func aWireReportsCounterpartKeepsHisCountryBySurname() throws {
        let statement = try GenreTests.statement(title: "Paraguay and Brazil hold talks on Itaipu tariff", body: """
            ASUNCION, Sept 5 (Reuters) - Paraguayan Foreign Minister Ruben Ramirez and his Brazilian counterpart Eduardo Lins held three hours of talks on Tuesday on the Itaipu dam tariff.

            Lins said the tariff would be settled by December.
            """)
        #expect(GenreTests.coding(statement) == ["joint 040 hold", "Brazil 010 say"])
        #expect(statement.entities.first { $0.name == "Eduardo Lins" }?.code == "BRA")
    }

    @Test func aJointStatementsSigningsGoalsAndCommitments() throws {
        let statement = try GenreTests.statement(title: "Joint Statement of the Republic of Ghana and the Togolese Republic", body: """
            During the visit, a number of agreements were signed, including a Memorandum of Understanding on Cross-Border Trade.

            The Heads of State set the goal of doubling bilateral trade by 2030.

            The President of Ghana reaffirmed the commitment of his Government to facilitating the free movement of persons.

            The Ministers also touched upon the situation in the Sahel.

            The Joint Commission was co-chaired by the Minister of Foreign Affairs of Togo, Hon. Robert Dussey, and the Minister of Foreign Affairs of Ghana, Hon. Shirley Ayorkor Botchwey.
            """)
        #expect(GenreTests.coding(statement) == [
            "joint 057 sign", "joint 030 set", "Ghana 030 reaffirm", "joint 040 touch", "joint 046 co-chair",
        ])
    }

    @Test func aSummitsDeclarationIsSpokenByTheSummitForItsMembers() throws {
        let statement = try GenreTests.statement(title: "Communiqué of the Ordinary Summit of the East African Community", body: """
            The Summit expressed concern over the insecurity in the region. The Summit also reaffirmed its support for the regional peace processes.

            The Summit adopted the EAC Climate Change Policy.

            Several Ministers called for a faster opening of the borders.

            The Republic of Burundi and the Republic of Rwanda informed the Summit of the reopening of their border.
            """)
        #expect(Set(statement.parties) == ["Burundi", "Democratic Republic of the Congo", "Kenya", "Rwanda", "South Sudan", "Tanzania", "Uganda"])
        #expect(GenreTests.coding(statement) == ["joint 012 express", "joint 051 reaffirm", "joint 057 adopt", "- 020 call", "- 040 inform"])
    }

    @Test func aReadoutsHostsAndItsOwnOfficialsNamedWithoutACountry() throws {
        let statement = try GenreTests.statement(title: "Political Consultations between Chile and Uruguay", body: """
            The Undersecretary of Foreign Affairs, Ambassador Laura Benítez, and the Vice Minister of Foreign Affairs of Uruguay, Nicolás Albertoni, co-chaired the consultations in Santiago on 5 September.

            Ambassador Benítez conveyed Chile's congratulations to Uruguay on its bicentennial.
            """)
        let people = Dictionary(statement.entities.filter { $0.type == .person }.map { ($0.name, $0.code) }, uniquingKeysWith: { first, _ in first })
        #expect(people["Laura Benítez"] == "CHL")
        #expect(people["Nicolás Albertoni"] == "URY")
        #expect(GenreTests.coding(statement) == ["joint 046 co-chair", "Chile 051 convey"])
        let visit = try GenreTests.statement(title: "Minister Lobos on official visit to Paraguay: Santiago and Asunción to deepen ties", body: """
            Minister of Foreign Affairs Ana Lobos paid an official visit to the Republic of Paraguay at the invitation of Minister for Europe and Foreign Affairs Tomás Riveros.
            """)
        let visitors = Dictionary(visit.entities.filter { $0.type == .person }.map { ($0.name, $0.code) }, uniquingKeysWith: { first, _ in first })
        #expect(visitors["Ana Lobos"] == "CHL")
        #expect(visitors["Tomás Riveros"] == "PRY")
    }

    @Test func aListsItemsTakeTheActOfTheClauseBeforeTheColon() throws {
        let statement = try GenreTests.statement(title: "Joint Communiqué of the Joint Commission of Benin and Niger", body: """
            Both sides agreed on the following:

            - to reopen the border crossing at Malanville;
            - to convene the next session of the Joint Commission in Niamey.

            The Ministers of Benin and Niger reviewed the security situation.
            """)
        #expect(GenreTests.coding(statement) == ["joint 019 agree", "joint 030 -", "joint 030 -", "joint 040 review"])
    }

    @Test func anAsideInTheSubjectAndACountryThatOnlyQualifiesIt() throws {
        let statement = try GenreTests.statement(title: "Iran and Pakistan agree to expand border markets", body: """
            ISLAMABAD, Sept 5 (Reuters) - Iran and Pakistan agreed on Tuesday to open two more border markets.

            Pezeshkian, on his first visit to Pakistan since taking office in July, met Prime Minister Shehbaz Sharif.
            """)
        #expect(GenreTests.coding(statement).last == "Iran 040 meet")
        let joint = try GenreTests.statement(title: "Joint Statement of Estonia and Finland", body: """
            The two Prime Ministers met in Tallinn on 5 September.

            Russia's war of aggression against Ukraine constitutes a threat to the security of the whole region.
            """)
        #expect(GenreTests.coding(joint).last == "joint 010 constitutes")
    }

    @Test func aBodysOwnStatementIsMadeByItsMembersOfThatDay() throws {
        let communique = try GenreTests.statement(title: "Final Communiqué of the Extraordinary Summit of ECOWAS Heads of State and Government", body: """
            The Authority of Heads of State and Government of ECOWAS met in Abuja on 5 September.
            """)
        #expect(communique.parties.count == 15)
        #expect(communique.parties.contains("Mali"))
        let later = try StatementReader().statement(markdown: """
            ---
            title: "Final Communiqué of the Ordinary Summit of ECOWAS Heads of State and Government"
            date: '2025-06-22'
            ---

            The Authority of Heads of State and Government of ECOWAS met in Abuja on 22 June.
            """, id: "later", path: "later.md")
        #expect(later.parties.count == 12)
        #expect(!later.parties.contains("Mali"))
        let report = try GenreTests.statement(title: "ECOWAS suspends Niger after coup", body: """
            ABUJA, Sept 5 (Reuters) - ECOWAS suspended Niger from its decision-making bodies on Tuesday.
            """)
        #expect(Set(report.parties) == ["Economic Community of West African States", "Niger"])
    }

    @Test func aChairsStatementsChairIsTheVenuesParty() throws {
        let statement = try GenreTests.statement(title: "Chair's Statement of the Meeting of the IGAD Council of Ministers, Addis Ababa", body: """
            The Chair briefed the Ministers on the preparations for the next summit.

            The Ministers were deeply concerned by the humanitarian situation in the region.

            This statement is issued by the Chair following the meeting.
            """)
        #expect(statement.parties.count == 8)
        #expect(GenreTests.coding(statement) == ["Ethiopia 040 brief", "joint 012 concerned", "- - issue"])
    }

    @Test func aDeclarationsVenueTitleShoutedAdverbsAndClosingSignature() throws {
        let statement = try GenreTests.statement(title: "Nairobi Declaration on Food Security in the IGAD Region", body: """
            DEEPLY CONCERNED by the drought in the region;

            Signed in Nairobi, Kenya, on the fifth day of September of the year two thousand and twenty-three.
            """)
        #expect(statement.parties.count == 8)
        #expect(GenreTests.coding(statement) == ["joint 012 concerned", "joint 057 sign"])
    }

    @Test func aReadoutsVisitAidAndTelephoneTalk() throws {
        let statement = try GenreTests.statement(title: "President Meloni's visit to Algeria", body: """
            The President of the Council of Ministers, Giorgia Meloni, arrived today in Algiers for an official visit to Algeria, her first visit to Africa since taking office.

            Italy has made available an additional 10 million euros for the Algerian Red Crescent.

            President Abdelmadjid Tebboune received the Federal Chancellor of Germany, Olaf Scholz, later in the day.

            The two Presidents also held a telephone talk with the President of Tunisia.
            """)
        #expect(GenreTests.coding(statement).prefix(2) == ["Italy 042 arrive", "Italy 070 make available"])
        #expect(GenreTests.coding(statement).dropFirst(2).map { $0.split(separator: " ")[1] } == ["043", "041"])
    }
}

