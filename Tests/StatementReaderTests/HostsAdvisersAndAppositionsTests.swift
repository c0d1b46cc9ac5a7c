import StatementModel
import Testing

@testable import StatementReader

/// The fifteenth round of general rules (docs/coding.md): a readout's issuer by the other side's
/// official before its country, the offices set off by commas after a person of a party, and
/// "Adviser" as a title (new wording, not gold sentences).
@Suite("Hosts, advisers and appositions")
struct HostsAdvisersAndAppositionsTests {
    @Test func theOtherSidesOfficialBeforeTheCountryVisited() throws {
        let statement = try GenreTests.statement(title: "Estonian Foreign Minister pays working visit to Ghana", body: """
            The Minister of Foreign Affairs and Regional Integration today hosted Margus Tsahkna, Minister of Foreign Affairs of the Republic of Estonia, who is on a two-day working visit to Ghana.

            In her welcoming remarks, the Minister recalled the support of Estonia for digital government in Ghana.
            """)
        #expect(GenreTests.coding(statement).map { $0.split(separator: " ").first.map(String.init) ?? "" } == ["Ghana", "Ghana"])
    }

    @Test func theOfficesAfterAPersonOfAPartyAreTheirs() throws {
        let statement = try GenreTests.statement(title: "Joint Statement of Saudi Arabia and Uzbekistan", body: """
            The President of Uzbekistan met Prime Minister Abdulla Aripov of Uzbekistan.

            His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister, received the President at Al-Yamamah Palace.
            """)
        #expect(GenreTests.coding(statement)[1] == "Saudi Arabia 043 receive")
    }

    @Test func anAdviserIsATitle() throws {
        let statement = try GenreTests.statement(title: "Foreign Affairs Adviser visits Doha", body: """
            Foreign Affairs Adviser Md Touhid Hossain arrived in Doha on Sunday on an official visit to Qatar.

            On Monday, the Adviser called on the Prime Minister of Qatar.
            """)
        #expect(statement.entities.first { $0.type == .person && $0.name.hasSuffix("Touhid Hossain") }?.code == "BGD")
        #expect(GenreTests.coding(statement)[1].hasPrefix("Bangladesh 04"))
    }
}
