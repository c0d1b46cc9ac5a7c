import QueryEngine
import QueryLanguage
import ResultRendering
import StatementReader
import Testing

/// The example of docs/library.md, run as written (paths relative to the package root).
@Suite("The library example of docs/library.md")
struct LibraryExampleTests {
    @Test func runs() throws {
        let loaded = StatementReader().read(paths: [SampleSession.packageRoot + "/samples/statements"])
        let session = QuerySession(corpus: loaded.corpus, limits: QueryLimits(timeLimit: 5))
        session.parameters["actor"] = .string("Pakistan")

        let table = try session.query("clauses | where actor == $actor | summarize count() by cameo | sort by count desc")
        #expect(table.columns.map(\.name) == ["cameo", "count"])
        #expect(ResultRenderer.render(table, as: .csv).hasPrefix("cameo,count\r\n051,"))

        let script = SourceText(name: "report.cq", text: "let pk = clauses | where actor == $actor\npk | count")
        var printed = [String]()
        session.run(script, bail: true) { output in
            switch output {
            case .table(let result, let warnings):
                warnings.forEach { printed.append(DiagnosticRenderer.render($0, in: script)) }
                printed.append(ResultRenderer.render(result, as: .table, options: RenderOptions(width: 100)))
            case .binding(let name, let rows, _):
                printed.append("\(name): \(rows) rows")
            case .value(let name, let value, _):
                printed.append("$\(name) = \(value.literalDescription)")
            case .failure(let diagnostic):
                printed.append(DiagnosticRenderer.render(diagnostic, in: script))
            }
        }
        #expect(printed.first == "pk: 8 rows")
        #expect(printed.last?.contains("│     8 │") == true)
    }

    @Test func aScriptIsCheckedWholeWithoutCascades() {
        let session = SampleSession.make()
        var check = ScriptCheck(session: session)
        let errors = check.errors(in: SourceText(name: "report.cq", text: "let pk = clauses | wher n > 1\npk | count\nclauses | select nn"))
        #expect(errors.map(\.message) == ["unknown operator 'wher'", "unknown column 'nn'"])
        #expect(check.errors(in: SourceText(name: "more.cq", text: "clauses | where actor == $actor")).map(\.message) == ["unknown parameter $actor"])
        check.setParameter("actor", to: .string("China"))
        #expect(check.errors(in: SourceText(name: "more.cq", text: "clauses | where actor == $actor | count\n_ | take 1")).isEmpty)
    }
}
