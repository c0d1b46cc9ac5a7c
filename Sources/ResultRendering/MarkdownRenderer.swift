import QueryEngine
import QueryLanguage

/// GitHub-flavoured Markdown tables; pipes and line breaks in values are escaped, and
/// control characters shown as `\xHH`.
enum MarkdownRenderer {
    static func render(_ table: ResultTable, headers: Bool) -> String {
        func escape(_ text: String) -> String {
            text.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
                .split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>")
        }
        var lines = [String]()
        let names = headers ? table.columns.map(ResultRenderer.name) : table.columns.map { _ in " " }
        lines.append("| " + names.map(escape).joined(separator: " | ") + " |")
        lines.append("|" + table.columns.map { $0.type.isNumeric ? "---:" : "---" }.joined(separator: "|") + "|")
        for row in table.rows {
            lines.append("| " + row.map { escape(ResultRenderer.cell($0, keepingLineBreaks: true)) }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
