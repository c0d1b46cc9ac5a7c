import QueryLanguage
import Testing

@Suite("Lexer")
struct LexerTests {
    func kinds(_ text: String) -> [QueryToken.Kind] {
        Lexer.tokens(of: SourceText(name: "t", text: text)).map(\.kind)
    }

    @Test func literalsAndSymbols() {
        #expect(kinds("clauses | where n >= 2.5 and d == 2024-05-16") == [
            .identifier("clauses"), .symbol("|"), .identifier("where"), .identifier("n"), .symbol(">="), .float(2.5),
            .identifier("and"), .identifier("d"), .symbol("=="), .date(Day(year: 2024, month: 5, day: 16)!), .end,
        ])
    }

    @Test func stringsWithEscapesAndTypographicQuotes() {
        #expect(kinds(#"'it\'s' "a\tb" “Côte d’Ivoire”"#) == [
            .string("it's"), .string("a\tb"), .string("Côte d’Ivoire"), .end,
        ])
    }

    @Test func regexAfterOperatorDivisionAfterOperand() {
        #expect(kinds("text matches /one-china/i") == [.identifier("text"), .identifier("matches"), .regex(pattern: "one-china", flags: "i"), .end])
        #expect(kinds("n / 2") == [.identifier("n"), .symbol("/"), .integer(2), .end])
    }

    @Test func commentsAndShebangAreSkipped() {
        #expect(kinds("#!/usr/bin/env -S cq -f\nclauses # all of them\n") == [.newline, .identifier("clauses"), .newline, .end])
    }

    @Test func positionsAreByteOffsets() {
        let tokens = Lexer.tokens(of: SourceText(name: "t", text: "\"中国\" | x"))
        #expect(tokens.map(\.range) == [0..<8, 9..<10, 11..<12, 12..<12])
    }

    @Test func unreadableTextBecomesAnInvalidTokenAndLexingGoesOn() {
        let tokens = Lexer.tokens(of: SourceText(name: "t", text: "a @ b\nc"))
        guard case .invalid(let diagnostic) = tokens[1].kind else {
            Issue.record("expected an invalid token, got \(tokens[1].kind)")
            return
        }
        #expect(diagnostic.message == "unexpected character '@'")
        #expect(tokens.dropFirst(2).map(\.kind) == [.newline, .identifier("c"), .end])
    }

    @Test func operatorsOfOtherLanguagesAreReadWhole() {
        // `&&`, `||` and `<>` are one token each, so that the parser can name cq's own.
        #expect(kinds("a && b || c <> d") == [
            .identifier("a"), .symbol("&&"), .identifier("b"), .symbol("||"), .identifier("c"), .symbol("<>"), .identifier("d"), .end,
        ])
        guard case .invalid(let bang) = Lexer.tokens(of: SourceText(name: "t", text: "!negated"))[0].kind else {
            Issue.record("'!' was read")
            return
        }
        #expect(bang.notes == ["did you mean 'not'?"])
    }

    @Test func tooLongIdentifierAndTooLargeInteger() {
        let identifier = String(repeating: "x", count: 100_000)
        guard case .invalid(let long) = Lexer.tokens(of: SourceText(name: "t", text: identifier))[0].kind else {
            Issue.record("a 100,000-character identifier was accepted")
            return
        }
        #expect(long.message.contains("too long"))
        guard case .invalid(let large) = Lexer.tokens(of: SourceText(name: "t", text: "99999999999999999999"))[0].kind else {
            Issue.record("an integer beyond 64 bits was accepted")
            return
        }
        #expect(large.message.contains("does not fit in 64 bits"))
    }
}
