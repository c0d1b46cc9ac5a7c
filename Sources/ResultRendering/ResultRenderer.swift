import QueryEngine
import QueryLanguage
import TerminalText

/// Writes a result table in one of the output formats.
public enum ResultRenderer {
    /// The rendered result, ending with a newline (empty for an empty JSON Lines result).
    public static func render(_ table: ResultTable, as format: OutputFormat, options: RenderOptions = RenderOptions()) -> String {
        switch format {
        case .table:
            if let chart = table.chart {
                return chart.style == .line
                    ? LineChartRenderer.render(table, chart: chart, options: options) : BarChartRenderer.render(table, chart: chart, options: options)
            }
            return BoxTableRenderer.render(table, options: options)
        case .json:
            return JSONRenderer.array(table) + "\n"
        case .jsonl:
            return table.rows.map { JSONRenderer.object($0, columns: table.columns) + "\n" }.joined()
        case .csv:
            return DelimitedRenderer.csv(table, headers: options.headers, spreadsheetSafe: options.spreadsheetSafe)
        case .tsv:
            return DelimitedRenderer.tsv(table, headers: options.headers, spreadsheetSafe: options.spreadsheetSafe)
        case .markdown:
            return MarkdownRenderer.render(table, headers: options.headers)
        case .line:
            return LineRenderer.render(table)
        }
    }

    /// A value as JSON text: lists as arrays, dates as strings (how SQLite exports hold lists).
    public static func json(_ value: Value) -> String {
        JSONRenderer.json(value)
    }

    /// A value as text in a cell for a terminal: strings as they are, lists as `a, b`, null as
    /// `null`, control characters shown as `\xHH` (line feeds kept when `keepingLineBreaks`).
    static func cell(_ value: Value, keepingLineBreaks: Bool = false) -> String {
        let text =
            switch value {
            case .list(let items): items.map(\.description).joined(separator: ", ")
            default: value.description
            }
        return VisibleText.escaped(text, keepingLineBreaks: keepingLineBreaks)
    }

    /// A column name for a terminal, control characters shown as `\xHH`.
    static func name(_ column: Column) -> String {
        VisibleText.escaped(column.name)
    }
}
