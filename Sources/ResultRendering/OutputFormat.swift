/// The formats results are written in.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Unicode box drawing, aligned by display width.
    case table
    /// One JSON array of objects.
    case json
    /// One JSON object per line.
    case jsonl
    /// RFC 4180 comma-separated values with a header.
    case csv
    /// Tab-separated values with a header.
    case tsv
    /// A GitHub-flavoured Markdown table.
    case markdown
    /// One `column = value` line per field, rows separated by a blank line.
    case line
}

/// How a result is laid out.
public struct RenderOptions: Sendable {
    /// The width to wrap tables and charts to; nil writes long text unwrapped.
    public var width: Int?
    /// Whether to print the header row (table, csv, tsv, markdown).
    public var headers: Bool
    /// Whether to use ANSI colours: dim nulls, bold headers, highlighted search matches.
    public var color: Bool
    /// Whether CSV and TSV text cells that a spreadsheet would run as a formula (starting with
    /// `=`, `+`, `-`, `@`, a tab or a carriage return) get a `'` in front; off by default, so
    /// that the output is the exact data.
    public var spreadsheetSafe: Bool

    /// Options for rendering: wrapping width, header rows, colour, formula-safe CSV and TSV.
    public init(width: Int? = nil, headers: Bool = true, color: Bool = false, spreadsheetSafe: Bool = false) {
        self.width = width
        self.headers = headers
        self.color = color
        self.spreadsheetSafe = spreadsheetSafe
    }
}

extension OutputFormat {
    /// The format a file name asks for by its extension (`.csv`, `.tsv`, `.json`, `.jsonl` or
    /// `.ndjson`, `.md`), or nil for any other name.
    public static func named(byExtensionOf path: String) -> OutputFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        case "json": return .json
        case "jsonl", "ndjson": return .jsonl
        case "md", "markdown": return .markdown
        default: return nil
        }
    }
}
