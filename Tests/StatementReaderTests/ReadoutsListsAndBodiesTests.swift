import StatementModel
import Testing

@testable import StatementReader

/// The tenth round of general rules (docs/coding.md): the issuer of a readout by its title, titles
/// with a country or portfolio before them, a deed a news report says a party has or has never
/// done, lists that go on an intent or a signing, and bodies speaking as "the Authority" or by
/// their members (new wording, not gold sentences).
@Suite("Readouts' issuers, lists of intent and bodies' members")
struct ReadoutsListsAndBodiesTests {
    @Test func aReadoutsBareTitleIsTheIssuersWhereItsTitleNamesTheOtherSide() throws {
        let statement = try GenreTests.statement(title: "Foreign Minister holds telephone conversation with the Minister for Foreign Affairs of Peru", body: """
            On 3 March 2025, Ms Ana Lopez, Minister of Foreign Affairs of Ecuador, held a telephone conversation with Mr Elmer Schialer, Minister for Foreign Affairs of Peru.

            For his part, Minister Schialer stated that Peru stands ready to support the border programme.

            The Minister thanked Peru for its support for the fisheries agreement. She also invited Peruvian companies to invest in the port of Manta.

            The Minister underlined Ecuador's interest in attracting further investment in mining.
            """)
        #expect(GenreTests.coding(statement) == ["Ecuador 041 hold", "Peru 010 state", "Ecuador 051 thank", "Ecuador 020 invite", "Ecuador 010 underline"])
    }

    @Test func aTitleWithItsCountryOrPortfolioBeforeItAndTheOneHolderOfAnOffice() throws {
        let statement = try GenreTests.statement(title: "Czech-Vietnamese political consultations held in Prague", body: """
            Deputy Minister of Foreign Affairs Eva Hrubá and Vietnamese Deputy Minister of Foreign Affairs Nguyen Minh Hang co-chaired the consultations in Prague.

            Deputy Minister Nguyen Minh Hang outlined Vietnam's position on the conflict.
            """)
        #expect(GenreTests.coding(statement) == ["joint 046 co-chair", "Vietnam 010 outline"])
        let visit = try GenreTests.statement(title: "Foreign Secretary Juan Ramón de la Fuente makes official visit to Chile", body: """
            Foreign Secretary Juan Ramón de la Fuente began an official visit to Chile today, at the invitation of the Chilean Minister of Foreign Affairs, Alberto van Klaveren.

            This year marks the 35th anniversary of the restoration of diplomatic relations between Mexico and Chile.

            Later in the day, the Secretary was received by the President of the Republic, Gabriel Boric Font.

            The Secretary conveyed to President Boric an invitation to make a state visit to Mexico.
            """)
        #expect(GenreTests.coding(visit) == ["Mexico 042 visit", "- - -", "Chile 043 receive", "Mexico 020 convey"])
        let wire = try GenreTests.statement(title: "Kenya and the UAE sign trade pact", body: """
            ABU DHABI, Jan 14 (Reuters) - Kenya and the United Arab Emirates signed a trade pact on Tuesday.

            "This agreement opens the Gulf to Kenyan tea," Kenyan Trade Minister Lee Kinyanjui said.
            """)
        #expect(GenreTests.coding(wire) == ["joint 057 sign", "Kenya 010 say"])
    }

    @Test func whatANewsReportSaysAPartyHasOrHasNeverDoneIsBackground() throws {
        let statement = try GenreTests.statement(title: "Germany and India deepen defence ties", body: """
            NEW DELHI, Oct 25 (Reuters) - Germany and India agreed on Friday to deepen defence cooperation.

            Scholz also pressed for the swift conclusion of a free trade agreement.

            India has not condemned Russia's invasion of Ukraine.

            Germany has signed more than 20 such defence agreements since 2021.

            China's foreign ministry said on Thursday that defence cooperation should not target any third party.

            The German military said the frigate would take part in exercises.
            """)
        #expect(GenreTests.coding(statement) == [
            "joint 030 agree", "Germany 020 press", "- - condemn", "- - sign", "- - say", "Germany 010 say",
        ])
    }

    @Test func listsGoOnTheIntentOrTheSigningTheirColonOpens() throws {
        let statement = try GenreTests.statement(title: "Joint Statement of Uruguay and Finland", body: """
            The Ministers agreed to deepen cooperation in the following priority areas:

            - water management and coastal protection;
            - higher education and research.

            Both countries committed to:

            - share information on vessels suspected of illegal fishing;
            - refrain from granting subsidies that contribute to overfishing.

            The leaders welcomed the signing of the following instruments:

            - Memorandum of Understanding on Renewable Energy;
            - Agreement on the Exchange of Driving Licences.

            The leaders reiterated their call for an immediate ceasefire in Gaza.
            """)
        #expect(GenreTests.coding(statement) == [
            "joint 030 agree", "joint 030 -", "joint 030 -", "joint 030 commit", "joint 030 share", "joint 030 -",
            "joint 051 welcome", "joint 057 -", "joint 057 -", "joint 020 reiterate",
        ])
    }

    @Test func aBodysAuthorityAndItsMembersSpeakTogether() throws {
        let session = try GenreTests.statement(title: "Abuja Declaration of the Authority of Heads of State and Government of ECOWAS", date: "2025-06-22", body: """
            The Authority of Heads of State and Government of the Economic Community of West African States (ECOWAS) held its Ordinary Session in Abuja.

            The Authority expressed deep concern over the persistence of terrorism. It condemned the recent attacks against civilians.
            """)
        #expect(GenreTests.coding(session) == ["joint 040 hold", "joint 012 express", "joint 111 condemn"])
        #expect(session.parties.count == 12)
        let caricom = try GenreTests.statement(title: "Bridgetown Declaration on Food Security", date: "2025-02-21", body: """
            WE, the Heads of State and Government of the Caribbean Community (CARICOM), meeting in Bridgetown, Barbados, on 21 February 2025;

            RECALLING our commitment to reduce the Region's food import bill;
            """)
        #expect(caricom.parties.contains("Montserrat") && caricom.parties.count == 15)
        let mekong = try GenreTests.statement(title: "Co-Chairs' Statement of the 14th Mekong-Republic of Korea Foreign Ministers' Meeting", body: """
            We reviewed the implementation of the Mekong-Korea Plan of Action.
            """)
        #expect(mekong.kind == "chair-statement")
        #expect(Set(mekong.parties) == ["Cambodia", "Laos", "Myanmar", "Thailand", "Vietnam", "Republic of Korea"])
    }
}
