import Foundation
import QueryLanguage

/// One test of a test file: a statement (or the statements that start on one line) and the
/// block of `#>` or `#!` lines that follows it.
public struct TestCase: Sendable {
    /// The whole file, as its statements were parsed (diagnostics point into it).
    public var source: SourceText
    /// The case's statements, parsed with the rest of the file as `cq -f` parses it.
    public var statements: [Result<ScriptStatement, Diagnostic>]
    /// The first and last line (from 1) holding a statement rather than a comment.
    public var firstLine: Int
    public var lastLine: Int
    public var expectation: TestExpectation
    /// How reports name the case: its first statement line, shortened.
    public var title: String

    /// Whether some statement must show its output to be tested: a query that does not end in
    /// `assert`, or a statement that does not parse.
    public var showsOutput: Bool {
        statements.contains { parsed in
            switch parsed {
            case .success(.binding), .success(.value): false
            case .success(.query(let pipeline)):
                if case .assert = pipeline.operators.last?.kind { false } else { true }
            case .failure: true
            }
        }
    }

    /// Whether a line of a test file holds statement text (not blank, not a `#` comment).
    static func holdsStatement(_ line: String) -> Bool {
        guard let first = line.first(where: { $0 != " " && $0 != "\t" }) else { return false }
        return first != "#"
    }

    /// A line shortened for a report.
    static func title(of line: String) -> String {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.count > 72 ? String(trimmed.prefix(71)) + "…" : trimmed
    }
}
