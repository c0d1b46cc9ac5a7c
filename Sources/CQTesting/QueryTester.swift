import QueryEngine
import QueryLanguage
import ResultRendering
import StatementReader

/// Checks cq queries from Swift tests, under Swift Testing or XCTest alike: a check that does
/// not hold throws a `QueryTestFailure` whose description says what differs, and a throwing
/// test fails with it.
///
/// ```swift
/// let tester = try QueryTester(loading: ["samples/statements"])
/// try tester.expect("clauses | where actor == \"Pakistan\" | count", rows: [["8"]])
/// try QueryTester.check(file: "tests/one-china.cq")
/// ```
public struct QueryTester {
    /// The session the queries run in: its statements, bindings and parameters.
    public let session: QuerySession

    /// A tester over the statements of files and folders (read, not cached).
    public init(loading paths: [String]) throws(QueryTestFailure) {
        let loaded = StatementReader().read(paths: paths)
        guard !loaded.corpus.statements.isEmpty else {
            throw QueryTestFailure(description: "no statement could be loaded from \(paths.joined(separator: " "))"
                + loaded.warnings.map { "\n" + $0.description }.joined())
        }
        session = QuerySession(corpus: loaded.corpus)
    }

    /// A tester over a session a program already has.
    public init(session: QuerySession) {
        self.session = session
    }

    /// Runs `query` and compares its rows, each cell as text (`8`, `Pakistan`, `["a", "b"]`,
    /// `null`), with `expected`.
    public func expect(_ query: String, rows expected: [[String]]) throws(QueryTestFailure) {
        let table = try result(of: query)
        let actual = table.rows.map { $0.map(\.description) }
        guard actual != expected else { return }
        let render = { (rows: [[String]]) in rows.map { $0.joined(separator: "\t") } }
        throw QueryTestFailure(query: query, reason: "the rows differ from the expected",
            details: UnifiedDiff.lines(old: render(expected), new: render(actual), oldLabel: "expected", newLabel: "actual"))
    }

    /// Runs `query` and compares what it prints, as a test file's `#>` lines hold it (a table
    /// 100 columns wide, warnings and errors as the shell shows them), with `expected`.
    public func expect(_ query: String, prints expected: String) throws(QueryTestFailure) {
        let source = SourceText(name: "<query>", text: query)
        var actual = [String]()
        session.run(source, bail: true) { actual += TestTranscript.lines(of: $0, in: source, format: .table) }
        var expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if expectedLines.last == "" { expectedLines.removeLast() }
        guard actual != expectedLines else { return }
        throw QueryTestFailure(query: query, reason: "the output differs from the expected",
            details: UnifiedDiff.lines(old: expectedLines, new: actual, oldLabel: "expected", newLabel: "actual"))
    }

    /// Runs a `.cq` test file (the format of `cq test`, docs/testing.md) over the statements of
    /// its `#@ load` lines, or of `loading`; throws the report of its failures.
    public static func check(file path: String, loading: [String] = []) throws(QueryTestFailure) {
        let result = TestRunner(defaultLoads: loading).run(file: path)
        guard result.problem != nil || result.failedCount > 0 else { return }
        throw QueryTestFailure(description: TestSummary.report([result]))
    }

    private func result(of query: String) throws(QueryTestFailure) -> ResultTable {
        do throws(Diagnostic) {
            return try session.query(query)
        } catch {
            let rendered = DiagnosticRenderer.render(error, in: SourceText(name: "<query>", text: query))
            throw QueryTestFailure(query: query, reason: "the query failed", details: rendered.split(separator: "\n").map(String.init))
        }
    }
}

/// A check of `QueryTester` that does not hold: what was run, and what differs.
public struct QueryTestFailure: Error, Sendable, CustomStringConvertible {
    public var description: String

    /// A failure described in full.
    public init(description: String) {
        self.description = description
    }

    init(query: String, reason: String, details: [String]) {
        description = ([query, reason] + details).joined(separator: "\n")
    }
}
