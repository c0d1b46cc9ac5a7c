import QueryLanguage
import Testing

@Suite("Diagnostic rendering")
struct DiagnosticRendererTests {
    @Test func fileLineColumnSnippetAndCaret() {
        let source = SourceText(name: "q.cq", text: "clauses | count\nclauses | wher x\n")
        let rendered = DiagnosticRenderer.render(Diagnostic(.syntax, "unknown operator 'wher'", at: 26..<30, notes: ["did you mean 'where'?"]), in: source)
        #expect(rendered == """
            q.cq:2:11: error: unknown operator 'wher'
            clauses | wher x
                      ^~~~
            note: did you mean 'where'?
            """)
    }

    @Test func columnsCountCharactersNotBytes() {
        let source = SourceText(name: "q", text: "x == \"中国\" and y")
        let offset = Array("x == \"中国\" and ".utf8).count
        #expect(source.location(of: offset) == (1, 15))
        let rendered = DiagnosticRenderer.render(Diagnostic(.type, "bad", at: offset..<(offset + 1)), in: source)
        #expect(rendered.hasPrefix("q:1:15: error: bad"))
        #expect(rendered.hasSuffix("\n" + String(repeating: " ", count: 16) + "^"))
    }

    @Test func warningsSayWarning() {
        let source = SourceText(name: "q", text: "a")
        #expect(DiagnosticRenderer.render(Diagnostic(.warning, "hm", at: 0..<1), in: source).hasPrefix("q:1:1: warning: hm"))
    }

    @Test func suggestionsFindTheClosestName() {
        #expect(Suggestions.closest(to: "actr", in: ["actor", "acts", "text"]) == "actor")
        #expect(Suggestions.closest(to: "Pakistn", in: ["Pakistan", "China"]) == "Pakistan")
        #expect(Suggestions.closest(to: "zzzzzz", in: ["actor"]) == nil)
    }

    @Test func suggestionsCompareCharactersLowercasedWhateverTheScript() {
        // ASCII candidates take the byte path; the others, and an ASCII name against them, characters.
        #expect(Suggestions.closest(to: "barak obama", in: ["Barack Obama", "Barack Obama Presidential Center"]) == "Barack Obama")
        #expect(Suggestions.closest(to: "Turkiye", in: ["Türkiye", "Turkmenistan"]) == "Türkiye")
        #expect(Suggestions.closest(to: "Türkye", in: ["TÜRKIYE", "Turkey"]) == "TÜRKIYE")
        #expect(Suggestions.closest(to: "Cote d'Ivoire", in: ["Côte d’Ivoire"]) == "Côte d’Ivoire")
        // "\r\n" is one character: "ab\r\n" is one edit from "abc", not two.
        #expect(Suggestions.closest(to: "abc", in: ["ab\r\n"]) == "ab\r\n")
        #expect(Suggestions.closest(to: "abcdef", in: ["ABCDEF", "abcdeg"]) == "ABCDEF")
    }

    @Test func controlCharactersAreShownAsEscapesAndTheCaretFollows() {
        let text = "clauses | where text == \"a\u{1B}[2Jb\" and wher"
        let source = SourceText(name: "e\u{1B}]0;TITLE\u{07}.cq", text: text)
        let offset = Array("clauses | where text == \"a\u{1B}[2Jb\" and ".utf8).count
        let diagnostic = Diagnostic(.syntax, "unknown column 'wher\u{9B}'", at: offset..<(offset + 4), notes: ["did you mean 'Pak\u{1B}[31mistan'?"])
        #expect(DiagnosticRenderer.render(diagnostic, in: source) == [
            "e\\x1b]0;TITLE\\x07.cq:1:38: error: unknown column 'wher\\x9b'",
            "clauses | where text == \"a\\x1b[2Jb\" and wher",
            String(repeating: " ", count: 40) + "^~~~",
            "note: did you mean 'Pak\\x1b[31mistan'?",
        ].joined(separator: "\n"))
    }

    @Test func aTabInTheQuotedLineIsOneSpace() {
        let source = SourceText(name: "q", text: "clauses |\twher x")
        #expect(DiagnosticRenderer.render(Diagnostic(.syntax, "unknown operator 'wher'", at: 10..<14), in: source) == """
            q:1:11: error: unknown operator 'wher'
            clauses | wher x
                      ^~~~
            """)
    }

    /// The quoted line of a rendered diagnostic, its caret line, and the text above the underline.
    func quoted(_ rendered: String) throws -> (line: String, caret: String, marked: String) {
        let lines = rendered.split(separator: "\n").map(String.init)
        try #require(lines.count >= 3)
        let line = lines[1]
        let caret = lines[2]
        let column = caret.prefix { $0 == " " }.count
        var width = 0
        let start = line.firstIndex { character in
            defer { width += DisplayWidth.of(character) }
            return width == column
        } ?? line.endIndex
        return (line, caret, String(line[start...].prefix(caret.count - column)))
    }

    /// 8,000 `or` terms on one line.
    let longLine = "clauses | where " + (0..<8_000).map { "n == \($0)" }.joined(separator: " or ")

    @Test func aVeryLongLineIsCutToAWindowAroundTheCaret() throws {
        let source = SourceText(name: "long.cq", text: longLine + "\n")
        let failures = Parser.parseStatements(source).compactMap { result -> Diagnostic? in
            if case .failure(let diagnostic) = result { diagnostic } else { nil }
        }
        let diagnostic = try #require(failures.first)
        #expect(diagnostic.message == "expression stacks more than 1000 operators")
        let (line, _, marked) = try quoted(DiagnosticRenderer.render(diagnostic, in: source))
        #expect(DisplayWidth.of(line) == DiagnosticRenderer.maximumLineWidth)
        #expect(line.hasPrefix("…") && line.hasSuffix("…"))
        #expect(marked == source.slice(diagnostic.range))
        // The caret's window is the text around the operator, not the start of the line.
        let context = source.slice((diagnostic.range.lowerBound - 40)..<(diagnostic.range.upperBound + 40))
        #expect(line.contains(context))
    }

    @Test func aLongLineEndingInAnErrorShowsItsEnd() throws {
        let source = SourceText(name: "long.cq", text: String(repeating: "x", count: 5_000) + " )")
        let (line, _, marked) = try quoted(DiagnosticRenderer.render(Diagnostic(.syntax, "unexpected ')'", at: 5_001..<5_002), in: source))
        #expect(DisplayWidth.of(line) <= DiagnosticRenderer.maximumLineWidth)
        #expect(line.hasPrefix("…x") && line.hasSuffix("x )"))
        #expect(marked == ")")
    }

    @Test func aCaretInTheMiddleOfALongLineHasTextOnBothSides() throws {
        let offset = ("clauses | where " + (0..<4_000).map { "n == \($0) or " }.joined()).utf8.count
        let source = SourceText(name: "long.cq", text: longLine)
        let (line, caret, marked) = try quoted(DiagnosticRenderer.render(Diagnostic(.type, "bad", at: offset..<(offset + 9)), in: source))
        #expect(DisplayWidth.of(line) == DiagnosticRenderer.maximumLineWidth)
        #expect(line.hasPrefix("…") && line.hasSuffix("…"))
        #expect(marked == "n == 4000")
        #expect(caret.hasSuffix(" ^" + String(repeating: "~", count: 8)))
    }

    @Test func wideCharactersBeforeTheCaretOfALongLineCountTwice() throws {
        let source = SourceText(name: "wide.cq", text: String(repeating: "中国", count: 300) + " x == 1")
        let offset = 300 * 6 + 1
        let (line, _, marked) = try quoted(DiagnosticRenderer.render(Diagnostic(.type, "bad", at: offset..<(offset + 1)), in: source))
        #expect(DisplayWidth.of(line) <= DiagnosticRenderer.maximumLineWidth)
        #expect(marked == "x")
    }
}
