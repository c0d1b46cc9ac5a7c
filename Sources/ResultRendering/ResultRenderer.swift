import QueryEngine
import QueryLanguage

/// Writes a result table in one of the output formats.
public enum ResultRenderer {
    /// The rendered result, ending with a newline (empty for an empty JSON Lines result).
    public static func render(_ table: ResultTable, as format: OutputFormat, options: RenderOptions = RenderOptions()) -> String {
        switch format {
        case .table:
            if let chart = table.chart { return BarChartRenderer.render(table, chart: chart, options: options) }
            return BoxTableRenderer.render(table, options: options)
        case .json:
            return JSONRenderer.array(table) + "\n"
        case .jsonl:
            return table.rows.map { JSONRenderer.object($0, columns: table.columns) + "\n" }.joined()
        case .csv:
            return DelimitedRenderer.csv(table, headers: options.headers)
        case .tsv:
            return DelimitedRenderer.tsv(table, headers: options.headers)
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

    /// A value as text in a cell: strings as they are, lists as `a, b`, null as `null`.
    static func cell(_ value: Value) -> String {
        switch value {
        case .list(let items): items.map(\.description).joined(separator: ", ")
        default: value.description
        }
    }
}
