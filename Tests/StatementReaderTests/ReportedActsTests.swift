import StatementModel
import Testing

@testable import StatementReader

/// The fifth round of general rules (docs/coding.md): who acts in a passive reception, a
/// quotation that goes on, a subject naming some of the parties, a participle that opens an
/// adverbial, a wire report's past act dated before it; and what "confirmed that they would", "noted with concern", "interest in joining"
/// and "accepted the invitation" are (new wording, not gold sentences).
@Suite("Reported acts, passives, quotations and some of the parties")
struct ReportedActsTests {
    @Test func aJointCommissionsSessionIsAReadoutAndItsHonourablesKeepTheirParties() throws {
        let statement = try GenreTests.statement(title: "Zambia and Malawi Hold 4th Session of the Joint Commission for Cooperation", body: """
            The Minister of Foreign Affairs and International Cooperation, Hon. Mulambo Haimbe, today hosted his Malawian counterpart, Hon. Nancy Tembo, in Lusaka.

            In his opening remarks, the Minister said that Zambia and Malawi share a long border and a common history. He noted that trade had doubled since 2020. Hon. Tembo commended Zambia for its work on the Nacala corridor.

            Zambia and Malawi are members of the Southern African Development Community.

            The Minister thanked the Government of the Republic of Malawi for its support.
            """)
        #expect(statement.kind == "readout")
        #expect(GenreTests.coding(statement) == [
            "Zambia 043 host", "Zambia 010 say", "Zambia 010 note", "Malawi 051 commend", "- - -", "Zambia 051 thank",
        ])
    }

    @Test func aPassiveReceptionIsTheAgentsAndAReceptionAfterAPlace() throws {
        let statement = try GenreTests.statement(title: "Visit of the Minister of Foreign Affairs of Uruguay to Paraguay", body: """
            On May 4, Minister Rubén Ramírez Lezcano received in Asunción the Minister of Foreign Affairs of Uruguay, Omar Paganini.

            Minister Paganini was later received by President Santiago Peña.

            Minister Paganini was welcomed at Silvio Pettirossi airport by Paraguayan Deputy Foreign Minister Víctor Verdún.

            Minister Ramírez Lezcano had earlier received Minister Paganini at the Palacio de López.
            """)
        #expect(GenreTests.coding(statement) == [
            "Paraguay 043 receive", "Paraguay 043 receive", "Paraguay 043 welcome", "Paraguay 043 receive",
        ])
        let people = statement.entities.filter { $0.type == .person }
        #expect(people.first { $0.name == "Omar Paganini" }?.code == "URY")
    }

    @Test func aQuotationGoesOnWithItsSpeakerAndAQuestionIsNoAct() throws {
        let statement = try GenreTests.statement(title: "Talks of the Prime Ministers of Latvia and Lithuania", body: """
            "Lithuania is one of our closest allies," Prime Minister Evika Siliņa said. "We will keep building the Rail Baltica line together."

            Asked about the border with Belarus, Siliņa said the two countries would coordinate their measures.

            A Latvian technical team will soon visit Vilnius.

            Siliņa later travelled to Kaunas.
            """)
        #expect(GenreTests.coding(statement) == [
            "Latvia 010 say", "Latvia 030 keep", "Latvia 010 say", "Latvia 036 visit", "Latvia 042 travel",
        ])
    }

    @Test func someOfThePartiesAreNotOneActorButTheActStands() throws {
        let statement = try GenreTests.statement(title: "Joint Statement of the Leaders of Italy, Albania and Greece", body: """
            The Leaders of Italy, Albania and Greece held talks in Tirana.

            Albania expressed its gratitude for the support of Italy and Greece.

            Italy and Greece reiterated their support for the accession of Albania to the European Union.
            """)
        #expect(GenreTests.coding(statement) == ["joint 040 hold", "Albania 051 express", "- 051 reiterate"])
    }

    @Test func aPartyThatNeverActsAloneLeavesTheOthersJoint() throws {
        // Serbia is named in the title as what the statement is about, never as a party acting.
        let statement = try GenreTests.statement(title: "Joint Statement of Austria and Croatia and Serbia", body: """
            Austria and Croatia condemn the violence in northern Kosovo.
            """)
        #expect(statement.partyCodes.sorted() == ["AUT", "HRV", "SRB"])
        #expect(GenreTests.coding(statement) == ["joint 111 condemn"])
    }

    @Test func whatTheWordsAfterAStatementVerbMakeOfIt() throws {
        let statement = try GenreTests.statement(title: "Joint Statement of Mongolia and Kyrgyzstan", body: """
            The two Ministers confirmed that they would regularly hold consultations on consular matters.

            The Kyrgyz side expressed its interest in joining the Mongolian cashmere program.

            Mongolia reaffirmed its interest in regional stability.

            The two sides noted with concern the rise in illegal mining.

            The Ministers noted with satisfaction the opening of the Bishkek-Ulaanbaatar flight.

            Kyrgyz Foreign Minister Jeenbek Kulubaev conveyed the invitation of President Japarov to President Khurelsukh to visit Bishkek. Mongolian Foreign Minister Battsetseg Batmunkh accepted the invitation.

            The trade agreement between the two countries, signed in 2019, entered into force in 2021.
            """)
        #expect(GenreTests.coding(statement).prefix(7) == [
            "joint 030 confirm", "Kyrgyzstan 030 express", "Mongolia 010 reaffirm", "joint 012 note", "joint 051 note",
            "Kyrgyzstan 020 convey", "Mongolia 030 accept",
        ])
        #expect(statement.clauses.last?.cameo == nil)
    }

    @Test func declarationParticiplesTheLexiconDoesNotListButNotADateline() throws {
        let declaration = try GenreTests.statement(title: "Vienna Declaration of Austria, Hungary and Romania", body: """
            WE, the Heads of State of Austria, Hungary and Romania, meeting in Vienna;

            GUIDED by the Convention regarding the Regime of Navigation on the Danube;

            CONVINCED that the river joins our economies;

            BEARING IN MIND the floods of 2024;
            """)
        #expect(GenreTests.coding(declaration) == ["joint 040 meeting", "joint 010 guided", "joint 010 convinced", "joint 010 bearing"])
        let report = try GenreTests.statement(title: "China and Laos sign rail deal", body: """
            BEIJING, May 15 (Xinhua) -- China and Laos signed an agreement on the railway on Wednesday.
            """)
        #expect(report.clauses.first?.verb == "sign")
    }

    @Test func aWireReportsPastActDatedBeforeItIsBackground() throws {
        let statement = try GenreTests.statement(title: "Kenya, Uganda agree to extend oil pipeline", body: """
            NAIROBI, Sept 5 (Reuters) - Kenya and Uganda agreed on Tuesday to extend the oil pipeline to Kampala.

            Kenya and Uganda signed a transit agreement in March that cut fees at the border.

            The two presidents, who met in March, said the pipeline would open in 2027.

            In 2019, Uganda announced plans for a refinery in Hoima.
            """)
        #expect(statement.kind == "wire-report")
        #expect(GenreTests.coding(statement) == ["joint 030 agree", "- - sign", "joint 010 say", "- - announce"])
    }

    @Test func aClauseASubordinatorOpensAfterAnUnlistedVerbAndAnObjectOfQuantity() throws {
        let statement = try GenreTests.statement(title: "Readout of the Meeting of the Foreign Ministers of Peru and Ecuador", body: """
            The meeting comes as both governments seek to reopen the border crossing at Huaquillas.

            The two Ministers expressed a number of concerns about illegal mining in the Cordillera del Cóndor.
            """)
        #expect(GenreTests.coding(statement) == ["- - -", "joint 012 express"])
    }

    @Test func aMeetingTitledWithOneSideFindsTheOther() throws {
        let received = try GenreTests.statement(title: "Minister of Foreign Affairs Ana Lungu receives the Minister of Foreign Affairs of Georgia, Ilia Darchiashvili", body: """
            On 3 May, Minister of Foreign Affairs Ana Lungu received the Minister of Foreign Affairs of Georgia, Ilia Darchiashvili.

            Minister Lungu reaffirmed Bulgaria's support for the European path of Georgia. Bulgaria will host the next Black Sea ministerial.
            """)
        #expect(received.partyCodes.sorted() == ["BGR", "GEO"])
        let visit = try GenreTests.statement(title: "Foreign Minister Ama Mensah pays working visit to Lomé", body: """
            Hon. Ama Mensah, on Tuesday 5 September 2023 paid a friendship and working visit to Lomé at the head of a Ghanaian delegation.

            Ghana and Côte d'Ivoire agreed to hold border talks in Aflao. The memorandum on border security was signed in the presence of the two Ministers.

            Hon. Mensah briefed her counterpart on the ECOWAS summit.
            """)
        #expect(visit.partyCodes.sorted() == ["GHA", "TGO"])
        // The visitor with no country is of the party the visit does not go to, and stays so.
        #expect(GenreTests.coding(visit) == ["Ghana 042 pay", "Ghana 030 agree", "joint 057 sign", "Ghana 040 brief"])
    }

    @Test func theIssuersMinisterByABareTitleAndACounterpartWelcomed() throws {
        let statement = try GenreTests.statement(title: "Foreign Minister receives the Foreign Minister of Qatar", body: """
            MUSCAT, 4 September 2023 - Minister of Foreign Affairs Sayyid Badr Albusaidi received today Sheikh Mohammed bin Abdulrahman Al Thani, Prime Minister and Minister of Foreign Affairs of the State of Qatar.

            At the start of the talks, the Minister welcomed his Qatari counterpart and the accompanying delegation.
            """)
        #expect(statement.partyCodes.sorted() == ["OMN", "QAT"])
        #expect(GenreTests.coding(statement) == ["Oman 043 receive", "Oman 043 welcome"])
    }

    @Test func theMemberStatesOfABodyAndItsMembersFromTheTable() throws {
        let statement = try GenreTests.statement(title: "Declaration of the Tenth Summit of the Three Seas Initiative", body: """
            WE, the Heads of State of the participating states of the Three Seas Initiative, meeting in Warsaw;

            The Member States reaffirm their commitment to the North-South corridors.
            """)
        // Thirteen members, Greece from 2023-09-06: the statement is dated the day before.
        #expect(statement.partyCodes.count == 12 && !statement.partyCodes.contains("GRC"))
        #expect(GenreTests.coding(statement).last == "joint 010 reaffirm")
    }

    @Test func aListSubjectAcrossCommas() throws {
        let statement = try GenreTests.statement(title: "Joint Statement of Chile, Peru and Colombia", body: """
            The Foreign Ministers of Chile, Peru and Colombia met in Lima on the margins of the Pacific Alliance summit.
            """)
        #expect(GenreTests.coding(statement) == ["joint 044 meet"])
    }
}
