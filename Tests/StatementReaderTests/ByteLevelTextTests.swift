@testable import StatementReader
import Testing

/// The reader's byte-level text checks answer as the character-level definitions they
/// replace, on the texts where bytes and characters part: combining marks after a space or a
/// marker, a keycap, the Kelvin sign, CR LF and the Unicode line breaks.
@Suite("Byte-level text checks")
struct ByteLevelTextTests {
    /// Openings and endings that put a byte-level reading to the test, combined below.
    static let pieces = [
        "", " ", "a", "A", "End text", "END TEXT:", "end text ", "Follow us", "follow\u{301} us", "###", "#\u{20E3}",
        "Related Posts", "related articles", "Also read: x", "ALSO READ more", "Tags:\u{301}", "cli\u{212A}K here",
        "Advertisement", "Subscribe now", "Print this page", "Share this", "Photo: AFP", "Photo credit: x", "Read also: y", "See also:", "One two three",
        "one two three four five six", "Begin Text:", "Clean Energy.", "“Quoted”", "word!", "?", "\"", " \u{301}x",
        "- item", "* item", "• item", "– item", "+ item", "12. Item", "3) item", "1234. no", "½ cup", "٣. item",
        "**7** REAFFIRMING x;", "**12.** The", "1 WE, the", "2 We", "HEREBY DECLARE as follows:", "HEREBY DECLARE:",
        "\r\n", "\r", "\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\r\r\n", "é", "e\u{301}",
        // Characters whose lower case is longer, or ASCII: a lowered opening must answer as the whole text lowered.
        "İ", "\u{212A}", "ΣΑΣ", "ß", "ǅ", "\u{301}",
    ]

    /// Every piece, and every pair of pieces, as one text.
    static let texts: [String] = pieces + pieces.flatMap { first in pieces.map { first + $0 } }

    @Test func linesSplitWhereTheCharactersBreak() {
        for text in Self.texts {
            let expected = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            #expect(TextCleaner.lines(of: text) == expected, "\(text.debugDescription)")
            #expect(TextCleaner.lines(of: Substring(text)) == expected, "\(text.debugDescription)")
        }
    }

    @Test func footersBoilerplateAndHeadingsAsTheirCharactersSay() {
        for text in Self.texts {
            let lower = text.lowercased()
            let footer = ["follow us", "most popular", "related posts", "related articles"].contains { lower.hasPrefix($0) }
                || lower == "end text" || lower == "end text:" || lower == "###"
            #expect(TextCleaner.isFooter(text) == footer, "\(text.debugDescription)")
            let boilerplate = [
                "also read:", "also read ", "read also:", "read more:", "related:", "see also:", "share this",
                "advertisement", "subscribe", "tags:", "click here", "print this", "photo:", "photos:", "photo credit",
            ].contains { lower.hasPrefix($0) }
            #expect(TextCleaner.isBoilerplate(text) == boilerplate, "\(text.debugDescription)")
            let leading = text.dropLast().split(separator: " ", maxSplits: 2).prefix(2)
            let capitalsLeadOn = text.hasSuffix(";") || (text.hasSuffix(":")
                && leading.count == 2 && leading.allSatisfy { $0.count > 1 && $0.allSatisfy { $0.isLetter && $0.isUppercase } })
            let heading = text.last.map { text.split(separator: " ").count <= 6 && !".!?\"”".contains($0) && !capitalsLeadOn } ?? true
            #expect(TextCleaner.looksLikeHeading(text) == heading, "\(text.debugDescription)")
        }
    }

    @Test func listMarkersAsTheirCharactersSay() {
        for text in Self.texts {
            var expected: String?
            if let bullet = ["- ", "* ", "• ", "+ ", "– "].first(where: { text.hasPrefix($0) }) {
                expected = String(text.dropFirst(bullet.count))
            } else {
                let digits = text.prefix { $0.isNumber }
                let rest = text.dropFirst(digits.count)
                let firstWord = rest.dropFirst().prefix { $0 != " " }
                let boldNumber = try? /(?s)\*\*([0-9]{1,3})\.?\*\* (.*)/.wholeMatch(in: text)
                if let boldNumber {
                    expected = String(boldNumber.output.2)
                } else if !digits.isEmpty, digits.count <= 3, rest.hasPrefix(". ") || rest.hasPrefix(") ") {
                    expected = String(rest.dropFirst(2))
                } else if !digits.isEmpty, digits.count <= 3, rest.hasPrefix(" "), firstWord.filter(\.isLetter).count >= 2,
                    firstWord.allSatisfy({ !$0.isLetter || $0.isUppercase })
                {
                    expected = String(rest.dropFirst())
                }
            }
            #expect(MarkdownBody.listItemText(text) == expected, "\(text.debugDescription)")
        }
    }

    @Test func theKnownCasesComeOutRight() {
        #expect(TextCleaner.isFooter("END TEXT"))
        #expect(!TextCleaner.isFooter("End text of the joint statement"))
        #expect(TextCleaner.isFooter("Cli\u{212A}") == false)
        #expect(TextCleaner.isBoilerplate("ADVERTISEMENT"))
        #expect(!TextCleaner.isBoilerplate("Tags:\u{301} none"))
        #expect(TextCleaner.looksLikeHeading("Clean Energy"))
        #expect(!TextCleaner.looksLikeHeading("The leaders met in Beijing."))
        #expect(!TextCleaner.looksLikeHeading("one two three four five six seven"))
        #expect(TextCleaner.lines(of: "a\r\nb\u{2028}c\rd") == ["a", "b", "c", "d"])
    }
}

/// Tables of words answer a token as a `[String: Value]` would, by its precomputed key for
/// ASCII and with canonical equivalence otherwise.
@Suite("Word tables")
struct WordTableTests {
    func token(_ text: String) -> Token {
        Token(utf8: text.utf8, start: 0, end: text.utf8.count)
    }

    @Test func wordsAreFoundAsADictionaryFindsThem() {
        let words = ["will", "Côte", "K", "d'Ivoire", "été", "x", "Pakistan", "united"]
        let dictionary = Dictionary(uniqueKeysWithValues: words.enumerated().map { ($1, $0) })
        let table = WordTable(dictionary)
        let probes = words + [
            "Will", "WILL", "Co\u{302}te", "\u{212A}", "k", "d'ivoire", "e\u{301}te\u{301}", "xx", "", "Pakistani",
            "United", "wil", "willl",
        ]
        for probe in probes {
            let token = token(probe)
            #expect(table[textOf: token] == dictionary[probe], "\(probe.debugDescription)")
            #expect(table[lowerOf: token] == dictionary[probe.lowercased()], "\(probe.debugDescription)")
            #expect(table[probe] == dictionary[probe], "\(probe.debugDescription)")
        }
        #expect(table[textOf: token("\u{212A}")] == dictionary["K"])
        #expect(table[textOf: token("Co\u{302}te")] == dictionary["Côte"])
    }

    @Test func aWordWrittenOutsideASCIIFindsItsASCIIForm() {
        let set = WordSet(["\u{212A}ing", "Jr."])
        #expect(set.contains(textOf: token("King")))
        #expect(set.contains(textOf: token("\u{212A}ing")))
        #expect(set.contains(textOf: token("Jr.")))
        #expect(!set.contains(textOf: token("Jr")))
        #expect(!set.contains(lowerOf: token("King")))
    }

    @Test func aLargeTableFindsEveryWordAndNoOther() {
        let words = (0..<5000).map { "w\($0)" }
        let set = WordSet(words)
        #expect(words.allSatisfy { set.contains(textOf: token($0)) })
        #expect(!(5000..<6000).contains { set.contains(textOf: token("w\($0)")) })
    }
}

/// Inline Markdown and clean-up read from bytes give what the character reading gives.
@Suite("Byte-level clean-up")
struct ByteLevelCleanUpTests {
    /// ASCII lines with every marker in every position that matters.
    static let asciiLines: [String] = {
        let pieces = [
            "a", " ", "*", "**", "_", "x_y", "\\", "\\*", "<b>", "</i>", "<3", "< b>", "<", ">", "[", "]", "(", ")",
            "[text](http://x.y)", "[a [b](c)](d)", "[x]", "[x] (y)", "1_000", "_em_", "word", "<a href=\"x\">",
        ]
        return pieces + pieces.flatMap { first in pieces.flatMap { second in [first + second, first + " " + second] } }
    }()

    /// Lines with markers next to letters outside ASCII, combining marks, and a prepended mark.
    static let mixedLines: [String] = {
        let pieces = [
            "*", "_", "\\", "<b>", "[", "](", ")", "]", "(", "é", "e\u{301}", "\u{301}", "\u{600}", "—", "“x”",
            "[Côte](u)", "<i>é</i>", "a_b", "ü_ü", "*\u{301}", "<" + String(repeating: "é", count: 20) + ">", "x",
        ]
        return pieces.flatMap { first in pieces.flatMap { second in pieces.map { first + second + $0 } } }
    }()

    @Test func inlineMarkdownOnAnyTextAsTheCharactersSay() {
        for line in Self.mixedLines {
            #expect(TextCleaner.stripInlineMarkdown(line) == TextCleaner.strippingMarkdownCharacters(line), "\(line.debugDescription)")
        }
    }

    @Test func inlineMarkdownOnASCIIAsTheCharactersSay() {
        for line in Self.asciiLines {
            #expect(TextCleaner.stripInlineMarkdown(line) == TextCleaner.strippingMarkdownCharacters(line), "\(line.debugDescription)")
        }
        #expect(TextCleaner.stripInlineMarkdown("**Joint [Statement](https://x.gov/a_b)** on <b>AI</b> \\*") == "Joint Statement on AI *")
    }

    @Test func cleanTextComesBackAsItIs() {
        let texts = [
            "The leaders met.", "Côte d’Ivoire — “quoted”", "a\u{00A0}b", "a\u{2003}b", "a  b", " a", "a ", "",
            "a\u{200B}b", "a \u{200B}b", "a\u{85}b", "a\u{9B}31mb", "a\u{1B}[31mb", "e\u{301}", "日本", "a\tb", "😀 ok",
        ]
        let expected = [
            "The leaders met.", "Côte d’Ivoire — “quoted”", "a b", "a b", "a b", "a", "a", "",
            "a\u{200B}b", "a b", "a b", "ab", "ab", "e\u{301}", "日本", "a b", "😀 ok",
        ]
        #expect(texts.map(TextCleaner.clean) == expected)
    }
}
