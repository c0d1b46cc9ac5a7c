import StatementModel
import Testing

@testable import StatementReader

/// The thirteenth round of general rules (docs/coding.md): a readout's issuer where its opening
/// names an office of no country and the other side, a portfolio between a title and a name, a
/// name set off by commas after an office of no country, the other side of a meeting named once,
/// a lead-in ending in "will:", "each of us" as a subject, and infinitives with a noun's ending
/// (new wording, not gold sentences).
@Suite("Issuers, portfolios and modal lead-ins")
struct IssuersPortfoliosAndModalLeadInsTests {
    @Test func anOpeningOfficeOfNoCountryIsTheIssuersWhereTheOtherSideIsNamed() throws {
        let statement = try GenreTests.statement(title: "Estonia and Uruguay Foreign Ministers Meet in Tallinn", body: """
            The Minister of Foreign Affairs and Trade, Joao dos Reis Pereira, received Uruguay's Minister of Foreign Affairs, Omar Paganini, at the Ministry on 4 March.

            Minister Pereira thanked Uruguay for its support in the United Nations.

            He noted that trade between Estonia and Uruguay has doubled since 2020.
            """)
        #expect(statement.kind == "readout")
        #expect(statement.entities.first { $0.name == "Joao dos Reis Pereira" }?.code == "EST")
        #expect(GenreTests.coding(statement).prefix(2) == ["Estonia 043 receive", "Estonia 051 thank"])
    }

    @Test func aPortfolioBeforeTheNameAndTheOtherSideNamedOnce() throws {
        let statement = try GenreTests.statement(title: "Foreign Minister Holds Telephone Conversation with Moroccan Counterpart", body: """
            Federal Minister for European and International Affairs Karl Steiner held a telephone conversation with Nasser Bourita, Minister of Foreign Affairs of the Kingdom of Morocco.

            Steiner welcomed Morocco's role in the region. Austria will support the work of the United Nations mission, the Federal Minister said.
            """)
        #expect(statement.partyCodes == ["MAR", "AUT"])
        #expect(statement.entities.first { $0.name == "Karl Steiner" }?.code == "AUT")
        #expect(GenreTests.coding(statement)[1] == "Austria 051 welcome")
    }

    @Test func aPortfolioEndsAtItsFirstHeadBeforeAName() throws {
        let statement = try GenreTests.statement(title: "Readout of a Meeting", body: """
            The co-chairs are Secretary of Commerce Gina Raimondo, U.S. Trade Representative Katherine Tai, and Minister of Foreign and European Affairs Juraj Blanar.
            """)
        let people = Set(statement.entities.filter { $0.type == .person }.map(\.name))
        #expect(people.isSuperset(of: ["Gina Raimondo", "Katherine Tai", "Juraj Blanar"]))
    }

    @Test func aLeadInEndingInWillAndItsItems() throws {
        let statement = try GenreTests.statement(title: "Joint Statement of Chile and Norway", body: """
            Under the Action Plan, the two Governments will:

            - hold annual consultations between their Ministers of Foreign Affairs;
            - promote reciprocal investment in energy.

            The two leaders agreed to implement the following projects.
            """)
        #expect(GenreTests.coding(statement) == ["joint 030 will", "joint 030 hold", "joint 030 promote", "joint 030 agree"])
    }

    @Test func eachOfUsAsTheSubjectButNotBeforeAPerfect() throws {
        let statement = try GenreTests.statement(title: "Joint Statement of the Foreign Ministers of Chile and Norway", body: """
            Each of us will continue to support capacity building for cable resilience.

            Each of us has visited the region since January, and we reiterate our support for the mission.
            """)
        #expect(GenreTests.coding(statement)[0] == "joint 030 continue")
        #expect(statement.clauses[1].verb != "visit")
    }
}
