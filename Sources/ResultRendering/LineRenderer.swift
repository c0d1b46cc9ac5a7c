import QueryEngine
import QueryLanguage

/// One `column = value` line per field, names right-aligned, a blank line between rows
/// (sqlite3's `.mode line`).
enum LineRenderer {
    static func render(_ table: ResultTable) -> String {
        let names = table.columns.map(ResultRenderer.name)
        let width = names.map { DisplayWidth.of($0) }.max() ?? 0
        return table.rows.map { row in
            zip(names, row).map { name, value in
                DisplayWidth.pad(name, to: width, alignRight: true) + " = " + ResultRenderer.cell(value, keepingLineBreaks: true)
            }.joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }
}
