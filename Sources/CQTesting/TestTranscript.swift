import QueryEngine
import QueryLanguage
import ResultRendering

/// What a statement prints in a test, as the lines its `#>` expectation holds: warnings and
/// errors rendered as the shell shows them (without colour), results in the file's format
/// (tables 100 columns wide by default), a binding as `NAME: N rows`.
enum TestTranscript {
    /// The width of tables in expectations, whatever the terminal.
    static let tableWidth = 100

    /// The lines `output` prints.
    static func lines(of output: QueryOutput, in source: SourceText, format: OutputFormat) -> [String] {
        switch output {
        case .table(let table, let warnings):
            let rendered = ResultRenderer.render(table, as: format, options: RenderOptions(width: tableWidth))
            return warnings.flatMap { lines(of: $0, in: source) } + split(rendered)
        case .binding(let name, let rows, let warnings):
            return warnings.flatMap { lines(of: $0, in: source) } + ["\(name): \(rows) rows"]
        case .value(let name, let value, let warnings):
            return warnings.flatMap { lines(of: $0, in: source) } + ["$\(name) = \(value.literalDescription)"]
        case .failure(let diagnostic):
            return lines(of: diagnostic, in: source)
        }
    }

    /// A diagnostic as the shell shows it.
    static func lines(of diagnostic: Diagnostic, in source: SourceText) -> [String] {
        split(DiagnosticRenderer.render(diagnostic, in: source))
    }

    private static func split(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
