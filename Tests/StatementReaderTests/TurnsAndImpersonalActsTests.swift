import StatementModel
import Testing

@testable import StatementReader

/// The sixth round of general rules (docs/coding.md): "for his part" turns to the other side,
/// "It was agreed" is the parties' together, "is expected to" is the writer's expectation, a
/// readout's act dated in an earlier year is background, some of the parties are no one actor,
/// and people are placed by the office after their name (new wording, not gold sentences).
@Suite("Turns, impersonal agreements, predictions and offices after names")
struct TurnsAndImpersonalActsTests {
    @Test func aReadoutTurnsToTheOtherSideAndAgreesImpersonally() throws {
        let statement = try GenreTests.statement(title: "Deputy Prime Minister receives the Ambassador of Brazil", body: """
            Islamabad, 1 September 2023: Mohammad Ishaq Dar, Deputy Prime Minister and Minister of Foreign Affairs, received the Ambassador of the Federative Republic of Brazil in Islamabad, Carlos Sérgio Duarte, at the Ministry.

            The Ambassador briefed the Minister on the preparations for the next BRICS summit. For his part, the Minister stressed that Pakistan valued its ties with Brazil.

            It was agreed to convene the next round of bilateral political consultations in Brasília. It was decided that the two foreign offices would exchange young diplomats.

            Pakistan and Brazil established diplomatic relations in 1948.

            The Ambassador is expected to present his credentials shortly.
            """)
        #expect(statement.parties == ["Brazil", "Pakistan"])
        #expect(GenreTests.coding(statement) == [
            "Pakistan 043 receive", "Brazil 040 brief", "Pakistan 010 stress", "joint 030 agree", "joint 030 decide", "- - establish", "- - present",
        ])
        let people = statement.entities.filter { $0.type == .person }
        #expect(people.first { $0.name == "Carlos Sérgio Duarte" }?.code == "BRA")
    }

    @Test func aJointStatementsSubsetsOfficesAndPleasure() throws {
        let statement = try GenreTests.statement(title: "Joint Statement on the Official Visit of the Prime Minister of Malaysia to Brunei Darussalam", body: """
            At the invitation of Hassanal Bolkiah, Sultan of Brunei Darussalam, Anwar Ibrahim, Prime Minister of Malaysia, paid an official visit to Brunei Darussalam on 1 September 2023.

            The two interlocutors agreed that the maritime boundary should remain a line of cooperation.

            Both sides were pleased with the progress of the Pan Borneo Highway.

            Our armed forces will hold joint patrols in the Sulu Sea.

            Some ministers called for a faster opening of the border crossings.

            We direct our trade ministers to conclude the review of the trade agreement.
            """)
        #expect(GenreTests.coding(statement) == [
            "Malaysia 042 pay", "joint 019 agree", "joint 051 pleased", "joint 030 hold", "- 020 call", "joint 030 direct",
        ])
    }

    @Test func aWireReportsPossessiveCountryAndAnAgentAfterALongPlace() throws {
        let statement = try GenreTests.statement(title: "Kenya and Somalia agree to reopen border", body: """
            NAIROBI, Sept 1 (Reuters) - Kenya and Somalia agreed on Friday to reopen their shared border.

            Somalia's Foreign Minister Abshir Omar Jama arrived in Nairobi on Thursday. Jama was welcomed at Jomo Kenyatta International Airport by Kenyan Foreign Minister Alfred Mutua.

            Jama said the two governments would set up a joint border committee.

            The border has been closed since 2011, and Kenya has long worked with African Union forces against al Shabaab.
            """)
        #expect(GenreTests.coding(statement) == [
            "joint 030 agree", "Somalia 042 arrive", "Kenya 043 welcome", "Somalia 010 say", "- - -",
        ])
        let people = statement.entities.filter { $0.type == .person }
        #expect(people.first { $0.name == "Abshir Omar Jama" }?.code == "SOM")
    }

    @Test func theMeetingAsSubjectBackgroundOpenersAndAGroupsMembers() throws {
        let readout = try GenreTests.statement(title: "Foreign Minister of Peru receives the Foreign Minister of Bolivia", body: """
            Lima, 1 September 2023: The talks focused on the reopening of the Desaguadero border crossing.

            The meeting also addressed the latest developments in the Amazon region.

            Since 2019, Bolivia has received Peruvian support for its cargo terminal in Ilo.

            Under the agreement, Bolivia would ship its cargo through the port of Ilo at a reduced tariff.

            A new dialogue focused on water management will be launched next year.
            """)
        #expect(GenreTests.coding(readout) == ["joint 040 focused", "joint 040 address", "- - receive", "- - ship", "- - -"])
        let declaration = try GenreTests.statement(title: "Declaration of the Council of Heads of State of the Shanghai Cooperation Organisation", body: """
            The Member States adopted the SCO Programme of Cooperation in Tourism for 2024-2026.
            """)
        // Belarus joined in July 2024, after this statement's date.
        #expect(declaration.partyCodes.sorted() == ["CHN", "IND", "IRN", "KAZ", "KGZ", "PAK", "RUS", "TJK", "UZB"])
        #expect(GenreTests.coding(declaration) == ["joint 057 adopt"])
    }

    @Test func aSubjectMeetingSeveralPeopleOfTheOtherSideTeachesTheirParty() throws {
        let statement = try GenreTests.statement(title: "Minister Wong visits Vanuatu", body: """
            In Port Vila, Minister Penny Wong called on Prime Minister Charlot Salwai and held talks with Deputy Prime Minister Matai Seremaiah.

            The Deputy Prime Minister accepted an invitation to visit Canberra.
            """)
        let people = statement.entities.filter { $0.type == .person }
        #expect(people.first { $0.name == "Charlot Salwai" }?.code == "VUT")
        #expect(people.first { $0.name == "Matai Seremaiah" }?.code == "VUT")
        #expect(GenreTests.coding(statement).last == "Vanuatu 030 accept")
    }

    @Test func aReadoutsVisitedCountryCapitalsDelegationsAndSignings() throws {
        let statement = try GenreTests.statement(title: "Minister Ivan Mrkić receives Hungarian Foreign Minister Péter Szijjártó", body: """
            Minister of Foreign Affairs and Serbs Abroad Ivan Mrkić received on Tuesday, 5 September 2023, at the Palace of Serbia Mr Péter Szijjártó, Minister of Foreign Affairs and Trade of Hungary, who is on a working visit to Serbia.

            Belgrade hosted the talks. The Serbian delegation was headed by State Secretary Nemanja Starović, and the Hungarian delegation by Deputy Minister of Foreign Affairs Levente Magyar.

            Deputy Minister Magyar briefed his counterpart on the Budapest summit. The two heads of state discussed the gas interconnector, according to a presidency statement. The diplomats also exchanged views on cooperation within the Commonwealth of Independent States.

            Two further agreements were signed, on energy and on culture.
            """)
        #expect(statement.partyCodes.sorted() == ["HUN", "SRB"])
        #expect(GenreTests.coding(statement) == [
            "Serbia 043 receive", "Serbia 043 host", "- - headed", "Hungary 040 brief", "joint 040 discuss", "joint 040 exchange", "joint 057 sign",
        ])
        #expect(statement.entities.contains { $0.name == "Commonwealth of Independent States" })
    }

    @Test func aWireReportsSpeakersBodiesAndClosingFormulas() throws {
        let report = try GenreTests.statement(title: "Gabon offers Cameroon use of Owendo port", body: """
            LIBREVILLE, Sept 1 (Reuters) - Gabon has offered Cameroon the use of a terminal at Owendo, Foreign Minister Regis Onanga Ndiaye said on Friday.

            Ndiaye told reporters that the offer would ease congestion at Douala. Cameroon's foreign ministry said in a statement that the talks were useful. The ministry called on both customs services to meet before October.

            Ndiaye, speaking at a joint news conference in Libreville, said Gabon wanted closer trade ties.

            The Dominican foreign ministry was not involved.
            """)
        #expect(GenreTests.coding(report) == [
            "Gabon 030 offer", "Gabon 010 tell", "Cameroon 010 say", "Cameroon 020 call", "Gabon 010 say", "- - involved",
        ])
        #expect(report.entities.contains { $0.name == "Dominican Republic" })
        let declaration = try GenreTests.statement(title: "Declaration of the Heads of State of Benin and Togo", body: """
            We will sign a new treaty on the joint management of the Mono river in 2024.

            This declaration is issued in French and English.

            Done at Lomé, on 1 September 2023.
            """)
        #expect(GenreTests.coding(declaration) == ["joint 030 sign", "- - -", "- - -"])
    }

    @Test func aJointCommissionsListOfInstrumentsAndAWireReportsSchedules() throws {
        let readout = try GenreTests.statement(title: "Kenya and Uganda Hold 5th Session of the Joint Ministerial Commission", body: """
            The Prime Cabinet Secretary, Hon. Musalia Mudavadi, today co-chaired the session with the Minister of Foreign Affairs of the Republic of Uganda, Gen. Jeje Odongo.

            The Commission deliberated on trade, energy and security cooperation. The two sides also considered new road projects along the border.

            The following instruments were signed at the close of the session:

            - a Memorandum of Understanding on Cooperation in Energy;

            - an Agreement on the Joint Management of the Malaba Border Post.
            """)
        #expect(GenreTests.coding(readout) == ["Kenya 046 co-chair", "joint 040 deliberated", "joint 040 consider", "joint 057 sign", "joint 057 -", "joint 057 -"])
        let report = try GenreTests.statement(title: "Chile, Peru agree to expand port cooperation", body: """
            SANTIAGO, Sept 1 (Reuters) - Chile and Peru agreed on Friday to expand cooperation between the ports of Arica and Ilo.

            Boric is scheduled to visit Lima in November.
            """)
        #expect(GenreTests.coding(report) == ["joint 030 agree", "- - visit"])
    }
}
