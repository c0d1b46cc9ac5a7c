import QueryEngine
import QueryLanguage

/// One `column = value` line per field, names right-aligned, a blank line between rows
/// (sqlite3's `.mode line`).
enum LineRenderer {
    static func render(_ table: ResultTable) -> String {
        let width = table.columns.map { DisplayWidth.of($0.name) }.max() ?? 0
        return table.rows.map { row in
            zip(table.columns, row).map { column, value in
                DisplayWidth.pad(column.name, to: width, alignRight: true) + " = " + ResultRenderer.cell(value)
            }.joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }
}
