import StatementModel
import StatementReader
import Testing

/// Sentences of the White House corpus that exercise the actor and speech-act rules,
/// each read in a statement with its real title.
@Suite("Tricky sentences from the corpus")
struct TrickySentenceTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var title: String
        var lead: String = ""
        var sentence: String
        var actor: String?
        var cameo: String?
        var testDescription: String { String(sentence.prefix(50)) }
    }

    static let draghi = "Readout of President Joe Biden’s Call with Prime Minister Mario Draghi of Italy"
    static let jeddah = "The Jeddah Communique: A Joint Statement Between the United States of America and the Kingdom of Saudi Arabia"
    static let widodo = "Readout of Vice President Kamala Harris’s Meeting with President Joko Widodo of Indonesia"
    static let kadhimi = "Joint Statement Following Meeting Between President Biden and Iraqi Prime Minister Kadhimi in Jeddah"
    static let houthis = "Joint Statement from the Governments of Australia, Bahrain, Canada, Denmark, Germany, Netherlands, New Zealand, Republic of Korea, United Kingdom, and the United States"

    static let cases: [Case] = [
        Case(title: draghi, sentence: "President Joe Biden and Prime Minister Mario Draghi of Italy talked today about the latest developments in Afghanistan.", actor: "joint", cameo: "041"),
        Case(title: draghi, sentence: "They welcomed the opportunity for the G7 to plan a common approach to Afghanistan policy at next week’s virtual leaders’ meeting.", actor: "joint", cameo: "051"),
        Case(title: "Readout of President Biden’s Call with President Erdogan of Turkey", sentence: "President Joseph R. Biden, Jr. spoke by phone today with President Recep Tayyip Erdogan of Turkey.", actor: "USA", cameo: "041"),
        Case(title: "Joint Statement on the Export Controls and Human Rights Initiative", sentence: "We, Australia, Denmark, Norway, and the United States, recognize that advanced technologies are a vital part of global economic growth and communication.", actor: "joint", cameo: "010"),
        Case(title: jeddah, sentence: "At the invitation of the Custodian of the Two Holy Mosques, King Salman Bin Abdulaziz Al-Saud, President Joseph R. Biden conducted an official visit to the Kingdom of Saudi Arabia July 15-16, 2022.", actor: "USA", cameo: "042"),
        Case(title: jeddah, sentence: "Following the meeting with King Salman, President Biden and Crown Prince Mohammed bin Salman held an official meeting, attended by senior officials from both sides.", actor: "joint", cameo: "040"),
        Case(title: jeddah, sentence: "The U.S. side commended the Saudi Green Initiative and Middle East Green Initiative.", actor: "USA", cameo: "051"),
        Case(title: jeddah, sentence: "At the end of this meeting, the two sides issued this communique outlining the strategic partnership.", actor: "joint", cameo: "010"),
        Case(title: "President Biden and President Lopez Obrador Joint Statement", lead: "The United States and Mexico affirm our broad and deep cooperation.", sentence: "We are committed like never before to completing a multi-year joint U.S.-Mexico border infrastructure plan.", actor: "joint", cameo: "030"),
        Case(title: "President Biden and President Lopez Obrador Joint Statement", lead: "The United States and Mexico affirm our broad and deep cooperation.", sentence: "In addition, Mexico will buy up to one million tons of fertilizer from the United States.", actor: "MEX", cameo: "030"),
        Case(title: "Statement by President Biden on Trilateral Agreement Between Turkey, Finland, and Sweden", sentence: "I congratulate Turkey, Finland and Sweden on signing a trilateral memorandum.", actor: "USA", cameo: "051"),
        Case(title: widodo, sentence: "The Vice President and President Widodo also expressed concern about the situation in Burma.", actor: "joint", cameo: "012"),
        Case(title: widodo, lead: "Vice President Harris congratulated Indonesia on its successful chairmanship of ASEAN.", sentence: "She reiterated the United States’ commitment to ASEAN centrality.", actor: "USA", cameo: "010"),
        Case(title: houthis, sentence: "On January 10, 2024, the UN Security Council passed UNSCR 2722, which also condemned these attacks and demanded that they cease.", actor: nil, cameo: nil),
        Case(title: kadhimi, sentence: "The leaders agreed that the relationship between the United States and Iraq is a strategic one.", actor: "joint", cameo: "019"),
        Case(title: kadhimi, sentence: "President Biden reiterated his support to Iraq in its efforts to rebuild.", actor: "USA", cameo: "051"),
        Case(title: kadhimi, sentence: "The President and the Prime Minister also reinforced the importance of the Strategic Framework Agreement.", actor: "joint", cameo: "010"),
        Case(title: "Readout of President Joe Biden’s Call with King Abdullah II of Jordan", sentence: "They agreed to remain in regular contact directly and through their teams.", actor: "joint", cameo: "030"),
        Case(title: "Joint Statement on the Meeting of the U.S.-Israel Strategic Consultative Group", sentence: "On May 31, 2022, U.S. National Security Advisor Jake Sullivan and Israeli National Security Advisor Dr. Eyal Hulata co-chaired a meeting of the U.S.-Israel Strategic Consultative Group.", actor: "joint", cameo: "046"),
        Case(title: "U.S.-Canada Joint Statement on Gordie Howe International Bridge", sentence: "As a top infrastructure priority for both our governments, we’re committed to continuing our support.", actor: "joint", cameo: "030"),
    ]

    @Test(arguments: cases)
    func codes(_ example: Case) throws {
        let body = example.lead.isEmpty ? example.sentence : example.lead + "\n\n" + example.sentence
        let statement = try Fixtures.markdown(title: example.title, body: body)
        let clause = try #require(statement.clauses.last)
        #expect(clause.text == example.sentence)
        let actor = clause.actor == "joint" ? "joint" : clause.actorCode
        #expect(actor == example.actor)
        #expect(clause.cameo == example.cameo)
    }

    @Test func negationKeepsTheVerbsCode() throws {
        let statement = try Fixtures.markdown(
            title: "Readout of President Biden’s Call with President Erdogan of Turkey",
            body: "President Biden did not agree to lift the sanctions. The leaders will never accept the annexation.")
        let first = statement.clauses[0]
        #expect(first.negated)
        #expect(first.cameo == "030")
        #expect(first.actorCode == "USA")
        #expect(statement.clauses[1].negated)
        #expect(statement.clauses[1].modality == .future)
        #expect(statement.clauses[1].actor == "joint")
    }

    @Test func neverAfterTheVerbIsNotNegation() throws {
        let statement = try Fixtures.markdown(
            title: "President Biden and President Lopez Obrador Joint Statement",
            body: "We are committed like never before to completing the plan.")
        #expect(statement.clauses[0].negated == false)
    }
}
