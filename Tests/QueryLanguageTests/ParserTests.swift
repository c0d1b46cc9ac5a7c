import QueryLanguage
import Testing

@Suite("Parser")
struct ParserTests {
    func parse(_ text: String) throws(Diagnostic) -> [ScriptStatement] {
        try Parser.parse(SourceText(name: "t", text: text))
    }

    func diagnostic(_ text: String) -> Diagnostic? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func precedenceAndAssociativity() throws {
        guard case .query(let pipeline) = try parse("clauses | where a or b and not c == 1 + 2 * 3")[0],
            case .where(let condition) = pipeline.operators[0].kind,
            case .binary(.or, _, let right) = condition.kind,
            case .binary(.and, _, let notPart) = right.kind,
            case .unary(.not, let comparison) = notPart.kind,
            case .binary(.equal, _, let sum) = comparison.kind,
            case .binary(.add, _, let product) = sum.kind,
            case .binary(.multiply, _, _) = product.kind
        else {
            Issue.record("wrong tree")
            return
        }
    }

    @Test func continuationLinesAndSeparators() throws {
        let statements = try parse("let x = clauses\n  | where n > 1\n\nx | count; _ | count\n")
        #expect(statements.count == 3)
        guard case .binding(let name, _, let pipeline) = statements[0] else {
            Issue.record("expected a binding")
            return
        }
        #expect(name == "x")
        #expect(pipeline.operators.map(\.name) == ["where"])
    }

    @Test(arguments: ["clauses |", "clauses | where (n > 1", "clauses | where actor == \"Pak", "clauses | where n >", "let x =", "clauses | where x in [1, 2", "clauses | assert count() > 1,"])
    func incompleteInputIsItsOwnKind(_ text: String) {
        #expect(diagnostic(text)?.kind == .incomplete)
    }

    @Test(arguments: ["clauses | where )", "clauses | wher x", "clauses | where n = 1", "| count"])
    func malformedInputIsASyntaxError(_ text: String) {
        #expect(diagnostic(text)?.kind == .syntax)
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let text = "clauses | where " + String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        let error = diagnostic(text)
        #expect(error?.kind == .syntax)
        #expect(error?.message.contains("nested more than") == true)
    }

    @Test func longOperatorChainsParse() throws {
        let text = "clauses | where n == " + Array(repeating: "1", count: 500).joined(separator: " + ")
        #expect(try parse(text).count == 1)
    }

    @Test func aOneMegabyteQueryParses() throws {
        let text = "clauses | where text contains \"" + String(repeating: "a", count: 1_000_000) + "\" | count"
        #expect(try parse(text).count == 1)
    }

    @Test func statementsAfterAnErrorStillParse() {
        let results = Parser.parseStatements(SourceText(name: "t", text: "clauses | wher x\nclauses | count\n"))
        #expect(results.count == 2)
        if case .failure(let error) = results[0] { #expect(error.message == "unknown operator 'wher'") } else { Issue.record("expected a failure") }
        if case .success = results[1] {} else { Issue.record("the second statement was lost") }
    }
}
