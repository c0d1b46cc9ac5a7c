import Testing

@testable import StatementReader

/// The tokenizer and the sentence splitter walk UTF-8 bytes; these are the cases where a
/// token's text is not its bytes, or where a scalar of several bytes decides a boundary.
@Suite("Tokens and sentences on bytes")
struct TokenizerTests {
    func spelled(_ text: String) -> [String] {
        Tokenizer.tokens(of: text).map(\.text)
    }

    func ranges(_ text: String) -> [Range<Int>] {
        Tokenizer.tokens(of: text).map { $0.start..<$0.end }
    }

    func sentences(_ text: String) -> [String] {
        SentenceSplitter.sentences(in: text).map { String(slice(text, $0.lowerBound, $0.upperBound)) }
    }

    @Test func typographicApostrophesAreFoldedAndTheirBytesSpanned() {
        #expect(spelled("Côte d’Ivoire’s U.S. envoy") == ["Côte", "d'Ivoire", "'s", "U.S.", "envoy"])
        #expect(ranges("d’Ivoire’s") == [0..<10, 10..<14])
        #expect(spelled("WE’RE HERE ‘S") == ["WE", "'re", "HERE", "'s"])
        #expect(spelled("rock ’n’ roll") == ["rock", "’", "n", "’", "roll"])
    }

    @Test func invisibleFormattingNeitherSplitsNorStands() {
        #expect(spelled("Paki\u{200B}stan \u{200E}talks\u{2060}") == ["Pakistan", "talks"])
        #expect(ranges("Paki\u{200B}stan") == [0..<11])
        #expect(spelled("a\u{200B}\u{200B}") == ["a"])
    }

    @Test func punctuationOfSeveralBytesIsOneToken() {
        #expect(spelled("Pakistan—China “ties”") == ["Pakistan", "—", "China", "“", "ties", "”"])
        #expect(ranges("a—b") == [0..<1, 1..<4, 4..<5])
        #expect(spelled("中国 e\u{301}te\u{301} 😀 ١٢") == ["中国", "e\u{301}te\u{301}", "😀", "١٢"])
    }

    @Test func tokensKnowTheirLowerCaseAndKeys() throws {
        let tokens = Tokenizer.tokens(of: "PAKISTAN pakistan Été")
        #expect(tokens.map(\.lower) == ["pakistan", "pakistan", "été"])
        #expect(tokens[0].lowerKey == tokens[1].textKey)
        #expect(tokens[0].textKey != tokens[1].textKey)
        #expect(tokens[2].textKey == nil && tokens[2].lowerKey == nil)
        #expect(tokens.map(\.isCapitalized) == [true, false, true])
    }

    @Test func sentencesEndAtScalarsOfSeveralBytes() {
        #expect(sentences("He said “yes.” They left.") == ["He said “yes.”", "They left."])
        #expect(sentences("It ended.\u{00A0}Then 中国 spoke. 中国 left.") == ["It ended.", "Then 中国 spoke.", "中国 left."])
        #expect(sentences("  Mr. Wang met Dr. Li.\u{2003}") == ["Mr. Wang met Dr. Li."])
    }
}
