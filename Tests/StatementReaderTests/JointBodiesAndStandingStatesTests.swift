import StatementModel
import Testing

@testable import StatementReader

/// The twenty-first round of general rules (docs/coding.md): datelines of a place and its
/// country, surnames that are title words, the parties' joint commission, list items opening
/// with their verb, portfolios with commas, and standing states in news reports (new wording,
/// not gold sentences).
@Suite("Joint bodies and standing states")
struct JointBodiesAndStandingStatesTests {
    @Test func aPlaceAndItsCountryBeforeADashAreADateline() throws {
        let statement = try GenreTests.statement(title: "Foreign Minister Peters Visits Samoa", body: """
            Apia, Samoa – Minister of Foreign Affairs of New Zealand, Winston Peters, paid an official visit to Samoa on 2-3 April 2025.

            Marseille, I – you know, Marseille, talk about a power horse.
            """)
        #expect(statement.clauses.first?.actor == "New Zealand")
        // Only places before the dash make a dateline.
        #expect(statement.clauses.last?.actor != nil)
    }

    @Test func aTitleWordThatIsTheSurnameOfSomeoneNamedIsThatPerson() throws {
        let statement = try GenreTests.statement(title: "Peru, Australia sign copper accord", body: """
            LIMA, May 6 (Reuters) - Peru and Australia signed an accord on Tuesday on copper mining.

            The accord was signed by Peru's Energy Minister Jorge Montero and Australia's Resources Minister Madeleine King.

            King said Canberra would share its experience of mine rehabilitation.

            The King of Spain visited Lima last year.
            """)
        #expect(statement.clauses[2].actor == "Australia")
        #expect(statement.clauses[3].actor == nil)
    }

    @Test func thePartiesJointCommissionSpeaksForThem() throws {
        let statement = try GenreTests.statement(title: "Joint Communiqué", body: """
            The Joint Permanent Commission between the Republic of Ghana and the Togolese Republic held its seventh session in Accra.

            The Commission agreed to:

            - maintain regular consultations through party, state and government channels;
            - hold the next session in Lomé in 2026.
            """)
        #expect(GenreTests.coding(statement).dropFirst() == ["joint 030 agree", "joint 030 maintain", "joint 030 hold"])
    }

    @Test func aCommissionNotTheParties() throws {
        let statement = try GenreTests.statement(title: "Joint Statement of the United States and the European Union", body: """
            The United States and the European Union met in Brussels.

            The Commission has also established a new office for trade.
            """)
        #expect(statement.clauses.last?.actor != "joint")
    }

    @Test func aDatelineOnItsOwnLineIsTheFirstClause() throws {
        let statement = try GenreTests.statement(title: "Joint Press Release", body: """
            Windhoek, 3 June 2025

            Namibia and Botswana held the first session of their Bi-National Commission.
            """)
        #expect(statement.clauses.first?.text == "Windhoek, 3 June 2025")
        #expect(statement.clauses.first?.actor == nil)
        #expect(statement.clauses.last?.actor == "joint")
    }

    @Test func aCommaInsideAPortfolioDoesNotEndTheSubject() throws {
        let statement = try GenreTests.statement(title: "Joint Press Release", body: """
            Foreign Minister Elmer Schialer of Peru and Minister of Foreign Affairs, Trade and Tourism Ahmad Kamal of Fiji co-chaired the meeting.
            """)
        #expect(statement.clauses.first?.actor == "joint")
    }

    @Test func aStandingStateInANewsReportIsBackground() throws {
        let statement = try GenreTests.statement(title: "Kenya, Uganda agree to patrol border", body: """
            NAIROBI, May 3 (Reuters) - Kenya and Uganda agreed on Friday to hold joint border patrols.

            Uganda hosts more than 1.5 million refugees, according to the United Nations.

            Uganda will host the next meeting in Kampala.
            """)
        #expect(GenreTests.coding(statement).map { $0.prefix(2) } == ["jo", "- ", "Ug"])
    }

    @Test func theLakeTanganyikaAuthoritysMinistersAreItsMembers() throws {
        let statement = try GenreTests.statement(title: "Chair's Statement of the Conference of Ministers of the Lake Tanganyika Authority", body: """
            The Conference of Ministers of the Lake Tanganyika Authority met in Bujumbura.

            The Ministers welcomed the new fisheries plan.

            The representative of Zambia noted that the plan would need funding.
            """)
        #expect(Set(statement.partyCodes) == ["BDI", "COD", "TZA", "ZMB"])
        #expect(statement.clauses.dropFirst().map { $0.actor ?? "-" } == ["joint", "Zambia"])
    }
}

/// The twenty-second round of general rules (docs/coding.md): a chair's statement's attending
/// countries, lead-ins ending in "will:", list items with no verb the coder took, capitals after a
/// plural subject, "quoted as saying", an envoy's capital in a headline and "remains a supporter"
/// (new wording, not gold sentences).
@Suite("Attendees and lead-ins")
struct AttendeesAndLeadInsTests {
    @Test func aChairsStatementsPartiesAreTheCountriesAttending() throws {
        let statement = try GenreTests.statement(title: "Statement by the Chair of the Council of Ministers of the Niger Basin Authority", body: """
            The Council of Ministers met in Niamey, Niger, on 3 May 2024, under the chairmanship of the Minister of Water of Niger. The meeting was attended by the Ministers of Benin, Mali, Nigeria and Niger.

            The Ministers reviewed the state of the river.

            We agreed to meet again in Abuja.
            """)
        #expect(statement.kind == "chair-statement")
        #expect(Set(statement.partyCodes) == ["BEN", "MLI", "NER", "NGA"])
        #expect(statement.clauses.dropFirst(2).map { $0.actor ?? "-" } == ["joint", "joint"])
    }

    @Test func aLineEndingInWillLeadsOnToItsList() throws {
        let statement = try GenreTests.statement(title: "Joint Statement of Hungary and Mongolia", body: """
            The Ministers met in Budapest.

            Hungary and Mongolia will:

            - establish a trade office in Ulaanbaatar in 2025;
            - raise the number of scholarships to 200.
            """)
        #expect(GenreTests.coding(statement).dropFirst() == ["joint 030 -", "joint 030 establish", "joint 030 raise"])
    }

    @Test func aVerbInCapitalsAfterAPluralSubject() throws {
        let statement = try GenreTests.statement(title: "Seoul Declaration of Korea and Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan", body: """
            WE, the Leaders of the Republic of Korea and the Central Asian States, meeting in Seoul;

            The Central Asian States WELCOME the initiative of the Republic of Korea.

            Between January and March, 200 Americans GAINED employment.
            """)
        #expect(statement.clauses[1].cameo == "051")
        #expect(statement.clauses[1].actor == nil)
        #expect(statement.clauses[2].verb != "gain")
    }

    @Test func quotedAsSayingAttributesTheQuotation() throws {
        let statement = try GenreTests.statement(title: "Bhutan, India agree on new dam", body: """
            THIMPHU, May 2 (Reuters) - Bhutan and India agreed on Thursday to build a new dam.

            "We are partners in each other's progress," Tobgay was quoted as saying by a local daily.
            """)
        #expect(statement.clauses.last?.actor == "Bhutan")
    }

    @Test func anEnvoysCapitalInAHeadlineNamesTheOtherParty() throws {
        let statement = try GenreTests.statement(title: "Iran's top diplomat in Baku calls for calm", body: """
            BAKU (AP) — Iran's foreign minister on Monday called for calm in the South Caucasus.
            """)
        #expect(Set(statement.partyCodes) == ["AZE", "IRN"])
    }

    @Test func remainingASupporterIsSupport() throws {
        let statement = try GenreTests.statement(title: "Joint Statement of Austria and Montenegro", body: """
            Austria remains a steadfast supporter of Montenegro's accession to the European Union.
            """)
        #expect(GenreTests.coding(statement) == ["Austria 051 remain"])
    }
}

/// The twenty-third round of general rules (docs/coding.md): a declaration's opening with a
/// participle after its gathering words, a ministry's "we", the past perfect in news reports,
/// a headline's country after its topic, and names of two letters (new wording, not gold sentences).
@Suite("Openings, we and earlier deeds")
struct OpeningsWeAndEarlierDeedsTests {
    @Test func aParticipleAfterTheGatheringWordsStaysInTheOpening() throws {
        let statement = try GenreTests.statement(title: "Entebbe Declaration on Nile Cooperation", body: """
            WE, the Ministers of Water of the Member States of the Nile Basin Initiative (NBI), namely Egypt, Ethiopia and Uganda, on the occasion of the Council of Ministers held in Entebbe, Uganda;

            RECALLING the Shared Vision of the Nile Basin Initiative;
            """)
        #expect(statement.partyCodes.count == 10)
        #expect(GenreTests.coding(statement).map { $0.prefix(9) } == ["joint 040", "joint 010"])
        let met = try GenreTests.statement(title: "Joint Statement", body: """
            We, the Leaders of Brazil and India, met on the margins of the G20 Summit.
            """)
        #expect(GenreTests.coding(met) == ["joint 044 meet"])
    }

    @Test func aMinistrysWeMeetingTheOtherSideIsItsOwn() throws {
        let statement = try GenreTests.statement(title: "Third Round of Malaysia-Chile Senior Officials' Consultations", body: """
            We held the third round of Senior Officials' Consultations with Chile in Kuala Lumpur.

            We reviewed trade and investment.

            Both sides welcomed the new air services agreement.
            """)
        // Consultations in the title make it a readout (twenty-sixth round), not a joint statement.
        #expect(statement.kind == "readout")
        #expect(statement.clauses.map { $0.actor ?? "-" } == ["joint", "Malaysia", "joint"])
    }

    @Test func thePastPerfectInANewsReportIsBackground() throws {
        let statement = try GenreTests.statement(title: "Algeria, Mali agree on border talks", body: """
            ALGIERS, May 3 (Reuters) - Algeria and Mali agreed on Friday to resume talks on their border.

            Algeria had offered in March to mediate between Mali and armed groups.
            """)
        #expect(statement.clauses.last?.actor == nil)
    }

    @Test func aHeadlinesCountryAfterItsTopicIsTheOtherParty() throws {
        let statement = try GenreTests.statement(title: "Paraguay keeps up pressure on China for beef access", body: """
            ASUNCION, June 4 (EFE) - Paraguay's Foreign Minister Ruben Ramirez said on Tuesday that his country would keep pressing for beef access.

            Chinese Vice Foreign Minister Ma Zhaoxu met Ramirez in Beijing last week.

            Ma said China was ready to deepen cooperation.
            """)
        #expect(Set(statement.partyCodes) == ["CHN", "PRY"])
        #expect(statement.clauses.last?.actor == "China")
    }

    @Test func theEastAsiaSummitsChairsStatementIsItsMembers() throws {
        let statement = try GenreTests.statement(title: "Chairman's Statement of the East Asia Summit Foreign Ministers' Meeting", body: """
            The East Asia Summit (EAS) Foreign Ministers' Meeting was held in Vientiane, Lao PDR.

            We reaffirmed the EAS as a leaders-led forum.

            Some Ministers expressed concern over land reclamation.
            """)
        #expect(statement.partyCodes.count == 18)
        #expect(statement.clauses.dropFirst().map { $0.actor ?? "-" } == ["joint", "-"])
    }
}

/// The twenty-fourth round of general rules (docs/coding.md): verbs in capitals after a plural end
/// a name, and hyphenated plurals of the parties (new wording, not gold sentences).
@Suite("Capitals and co-chairs")
struct CapitalsAndCoChairsTests {
    @Test func aVerbInCapitalsEndsTheNameBeforeIt() throws {
        let statement = try GenreTests.statement(title: "Declaration of the Leaders of Albania, North Macedonia and Serbia", body: """
            The Leaders CALL UPON the European Union to speed up enlargement.
            """)
        #expect(GenreTests.coding(statement) == ["joint 020 call"])
    }

    @Test func theCoChairsOfAJointCommissionAreTheParties() throws {
        let statement = try GenreTests.statement(title: "Joint Communiqué of the Germany-Namibia Binational Commission", body: """
            The Co-Chairs recalled the history of the two countries.
            """)
        #expect(GenreTests.coding(statement) == ["joint 010 recall"])
    }

    @Test func theCommonMarketsOwnDeclarationIsItsMembers() throws {
        let statement = try GenreTests.statement(title: "Declaration of the 23rd COMESA Summit", body: """
            WE, the Heads of State and Government of the Common Market for Eastern and Southern Africa (COMESA), meeting in Bujumbura;
            """)
        #expect(statement.partyCodes.count == 21)
    }
}
