@testable import StatementReader
import Testing

@Suite("Sentence splitting")
struct SentenceSplitterTests {
    func split(_ text: String) -> [String] {
        SentenceSplitter.sentences(in: text).map { String(slice(text, $0.lowerBound, $0.upperBound)) }
    }

    @Test func abbreviationsAndInitialsDoNotEndSentences() {
        #expect(split("President Joseph R. Biden, Jr. spoke today with Mr. Lee of the U.S. delegation. They met.") == [
            "President Joseph R. Biden, Jr. spoke today with Mr. Lee of the U.S. delegation.", "They met.",
        ])
        #expect(split("The U.S. and U.K. vessels were attacked, i.e. twice. No. 10 said so.") == [
            "The U.S. and U.K. vessels were attacked, i.e. twice.", "No. 10 said so.",
        ])
    }

    @Test func dottedAbbreviationEndsASentenceBeforeAnOpener() {
        #expect(split("They spoke about the U.S. The leaders agreed.") == ["They spoke about the U.S.", "The leaders agreed."])
    }

    @Test func decimalsEnumerationsAndQuotes() {
        #expect(split("Mexico will invest $1.5 billion. It will (i) build and (ii) repair roads.") == [
            "Mexico will invest $1.5 billion.", "It will (i) build and (ii) repair roads.",
        ])
        #expect(split("It opposes any form of “Taiwan independence.” The Chinese side agreed.") == [
            "It opposes any form of “Taiwan independence.”", "The Chinese side agreed.",
        ])
    }

    @Test func questionAndExclamationMarks() {
        #expect(split("Why now? Because it matters! Yes.") == ["Why now?", "Because it matters!", "Yes."])
    }

    @Test func hardWrappedLinesAreJoinedIntoOneParagraph() {
        let body = "President Joe Biden and Prime Minister Mario Draghi of Italy talked\ntoday about the latest developments.\n\nThey discussed."
        let paragraphs = MarkdownBody.paragraphs(of: Substring(body))
        #expect(paragraphs.map(\.text) == [
            "President Joe Biden and Prime Minister Mario Draghi of Italy talked today about the latest developments.",
            "They discussed.",
        ])
    }

    @Test func headingsBulletsAndEndMarker() {
        let body = "**SECURITY AND DEFENSE**\n\n# Trade\n\n- The leaders agreed.\n1. They met.\n\n\\###\n\nAfter the end."
        let paragraphs = MarkdownBody.paragraphs(of: Substring(body))
        #expect(paragraphs.map(\.text) == ["SECURITY AND DEFENSE", "Trade", "The leaders agreed.", "They met."])
        #expect(paragraphs.map(\.isHeading) == [true, true, false, false])
    }
}
