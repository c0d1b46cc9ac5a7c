import StatementModel
import Testing

@testable import StatementReader

/// Who the people of a ministry's readout stand for when the text gives them no country:
/// the other party of a two-party statement, learned once and kept, and a bare "the Minister"
/// that follows who acted last unless the clause addresses that party (new wording, not gold
/// sentences; docs/coding.md).
@Suite("People of a readout and their parties")
struct ReadoutPeopleTests {
    @Test func aMinisterWithNoCountryIsTheOtherPartysAndKeepsIt() throws {
        let statement = try GenreTests.statement(title: "Outcome of the Chile-Japan Foreign Ministers' Meeting", body: """
            Minister for Foreign Affairs Alberto van Klaveren held a Chile-Japan Foreign Ministers' Meeting with Minister for Foreign Affairs of Japan Ito Tomoko in Santiago.

            Minister van Klaveren welcomed Minister Ito to Santiago. The Minister noted that trade in lithium has grown every year since 2019.

            Minister Ito thanked the Chilean side for its hospitality and invited Minister van Klaveren to visit Tokyo.

            Minister Ito also called on President Gabriel Boric-Font. President Boric-Font asked for Japan's support for the Antarctic research station.
            """)
        #expect(statement.partyCodes.sorted() == ["CHL", "JPN"])
        #expect(GenreTests.coding(statement) == [
            "Chile 040 hold", "Chile 043 welcome", "Chile 010 note", "Japan 051 thank", "Japan 042 call", "Chile 020 ask",
        ])
        let people = statement.entities.filter { $0.type == .person }
        #expect(people.first { $0.name.hasPrefix("Alberto") }?.code == "CHL")
    }

    @Test func aTitlesCountryBeforeTheNameAndTheSameNameAgain() throws {
        let statement = try GenreTests.statement(title: "Talks of the Foreign Ministers of Uzbekistan and Austria", body: """
            Minister of Foreign Affairs of the Republic of Uzbekistan Bakhtiyor Saidov held talks with Federal Minister for European and International Affairs of the Republic of Austria Alexander Schallenberg.

            The two Ministers discussed transport links across the Caspian Sea.

            Bakhtiyor Saidov invited Alexander Schallenberg to the Tashkent International Investment Forum.

            During the visit, Alexander Schallenberg called on the Head of State Shavkat Mirziyoyev. The Head of State expressed confidence that cooperation in energy would grow.
            """)
        #expect(GenreTests.coding(statement) == [
            "Uzbekistan 040 hold", "joint 040 discuss", "Uzbekistan 020 invite", "Austria 042 call", "Uzbekistan 013 express",
        ])
        #expect(statement.entities.contains { $0.name == "Uzbekistan" && $0.mentions.contains { $0.clause == 1 } })
    }

    @Test func aBareTitleFollowsWhoActedUnlessTheClauseAddressesThem() throws {
        let statement = try GenreTests.statement(title: "Meeting of the Foreign Ministers of Peru and Spain", body: """
            Foreign Minister José Manuel Albares of Spain met Foreign Minister Elmer Schialer of Peru in Lima.

            The Minister thanked Spain for its support of the Ibero-American Summit.

            He reiterated Peru's resolve to expand trade with the European Union.
            """)
        // The first bare title addresses Spain, the last party that acted: it is Peru's minister;
        // "Peru's resolve" is what the clause is about, not whom it addresses.
        #expect(GenreTests.coding(statement) == ["Spain 040 meet", "Peru 051 thank", "Peru 030 reiterate"])
    }

    @Test func theIssuerOfAMeetingTitledWithOnePartyAndAChainOfTitles() throws {
        let statement = try GenreTests.statement(title: "Minister of Foreign Affairs Meets Foreign Minister of Finland", body: """
            Muscat, May 7 - His Excellency Deputy Prime Minister and Minister of Foreign Affairs Sayyid Badr bin Hamad Al Busaidi met today with His Excellency Minister for Foreign Affairs of the Republic of Finland Elina Valtonen.

            His Excellency stressed the importance of dialogue in the Gulf region.
            """)
        #expect(statement.partyCodes == ["OMN", "FIN"])
        #expect(GenreTests.coding(statement) == ["Oman 040 meet", "Oman 010 stress"])
        let visit = try GenreTests.statement(title: "Visit of External Affairs Minister to Viet Nam", body: """
            External Affairs Minister Dr. S. Jaishankar paid an official visit to Viet Nam.
            """)
        #expect(visit.partyCodes.sorted() == ["IND", "VNM"])
        #expect(GenreTests.coding(visit) == ["India 042 pay"])
    }

    @Test func aSlashedOfficeAndANameInAppositionAfterACountrysOffice() throws {
        let statement = try GenreTests.statement(title: "Deputy Prime Minister/Foreign Minister receives Foreign Minister of Tajikistan", body: """
            Deputy Prime Minister/Foreign Minister Senator Mohammad Ishaq Dar received the Foreign Minister of Tajikistan, Sirojiddin Muhriddin, at the Ministry of Foreign Affairs.

            The Deputy Prime Minister/Foreign Minister welcomed the Tajik Foreign Minister.

            Foreign Minister Muhriddin conveyed the greetings of President Emomali Rahmon to the leadership of Pakistan.
            """)
        #expect(statement.partyCodes.sorted() == ["PAK", "TJK"])
        #expect(GenreTests.coding(statement) == ["Pakistan 043 receive", "Pakistan 051 welcome", "Tajikistan 010 convey"])
    }

    @Test func whoTookPartIsNoActAndAReadoutStatesNoPosition() throws {
        let statement = try GenreTests.statement(title: "Ghana and Ireland hold talks in Accra", body: """
            The Ghanaian delegation comprised the Minister for Foreign Affairs and the Minister of Trade.

            The Irish side was led by the Minister for Foreign Affairs, Micheál Martin.

            The Ministers signed an agreement on cocoa research.

            The agreement provides for joint laboratories in Kumasi and Cork.
            """)
        #expect(statement.kind == "readout")
        #expect(GenreTests.coding(statement) == ["- - comprised", "- - led", "joint 057 sign", "- - -"])
    }
}
