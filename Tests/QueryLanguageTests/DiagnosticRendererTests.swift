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
}
