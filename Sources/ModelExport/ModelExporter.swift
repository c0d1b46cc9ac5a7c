import Foundation
import QueryEngine
import ResultRendering
import StatementModel

/// Writes a session's corpus in an export format, atomically.
///
/// ```swift
/// let summary = try ModelExporter.export(session, as: .sqlite, to: "statements.sqlite")
/// print(summary.description)   // "659 statements, 10226 clauses, ..."
/// ```
public enum ModelExporter {
    /// The tables that `jsonl`, `csv` and `sqlite` write, with the columns of the query sources of those names.
    public static let tableNames = ["statements", "clauses", "entities", "mentions", "evidence"]

    /// Writes the corpus of `session` to `path`: a file for `json` and `sqlite`, a directory
    /// of `NAME.jsonl` or `NAME.csv` files for the others. The output appears only once
    /// complete; on failure nothing new is left behind. `spreadsheetSafe` puts a `'` before CSV
    /// text cells a spreadsheet would run as formulas (`RenderOptions.spreadsheetSafe`).
    public static func export(_ session: QuerySession, as format: ExportFormat, to path: String, spreadsheetSafe: Bool = false)
        throws(ExportError) -> ExportSummary
    {
        let summary = ExportSummary(tables: tableNames.map { ($0, session.rowCount(of: $0) ?? 0) })
        // The JSON model is written from the corpus; the other formats from the tables' rows.
        func tables() -> [(name: String, table: ResultTable)] {
            tableNames.compactMap { name in session.table(of: name).map { (name: name, table: $0) } }
        }
        switch format {
        case .json:
            let data: Data
            do {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                data = try encoder.encode(session.corpus)
            } catch {
                throw ExportError(path: path, message: "cannot encode the model: \(error)")
            }
            try AtomicOutput.file(at: path) { (temporary) throws(ExportError) in
                try AtomicOutput.write(data, to: temporary, named: path)
            }
        case .jsonl, .csv:
            let outputFormat: OutputFormat = format == .csv ? .csv : .jsonl
            try AtomicOutput.directory(at: path) { (directory) throws(ExportError) in
                for (name, table) in tables() {
                    let file = name + "." + format.rawValue
                    let text = ResultRenderer.render(table, as: outputFormat, options: RenderOptions(spreadsheetSafe: spreadsheetSafe))
                    try AtomicOutput.write(Data(text.utf8), to: directory + "/" + file, named: path + "/" + file)
                }
            }
        case .sqlite:
            try AtomicOutput.file(at: path) { (temporary) throws(ExportError) in
                try SQLiteExport.write(tables(), to: temporary, reportedPath: path)
            }
        }
        return summary
    }
}
