import Foundation
import QueryEngine
import ResultRendering
import SQLCompiler
import StatementModel

/// Writes a session's corpus in an export format, atomically.
///
/// ```swift
/// let summary = try ModelExporter.export(session, as: .sqlite, to: "statements.sqlite")
/// print(summary.description)   // "659 statements, 10226 clauses, ..."
/// ```
public enum ModelExporter {
    /// Writes the corpus of `session` to `path`: a file for `json` and `sqlite`, a directory
    /// of `TABLE.jsonl` or `TABLE.csv` files (the tables of `ExportSchema`) for the others. The
    /// output appears only once complete; on failure nothing new is left behind.
    /// `spreadsheetSafe` puts a `'` before CSV text cells a spreadsheet would run as formulas
    /// (`RenderOptions.spreadsheetSafe`).
    public static func export(_ session: QuerySession, as format: ExportFormat, to path: String, spreadsheetSafe: Bool = false)
        throws(ExportError) -> ExportSummary
    {
        try export(session, as: format, to: path, spreadsheetSafe: spreadsheetSafe, chunkRows: ExportTable.chunkRows)
    }

    /// `export`, building `chunkRows` rows of a source at a time.
    static func export(_ session: QuerySession, as format: ExportFormat, to path: String, spreadsheetSafe: Bool, chunkRows: Int)
        throws(ExportError) -> ExportSummary
    {
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
            try AtomicOutput.directory(at: path) { (directory) throws(ExportError) in
                for table in ExportSchema.tables {
                    let file = table.name + "." + format.rawValue
                    try write(table, from: session, as: format, spreadsheetSafe: spreadsheetSafe, chunkRows: chunkRows,
                        to: directory + "/" + file, named: path + "/" + file)
                }
            }
        case .sqlite:
            try AtomicOutput.file(at: path) { (temporary) throws(ExportError) in
                try SQLiteExport.write(ExportSchema.tables, from: session, chunkRows: chunkRows, to: temporary, reportedPath: path)
            }
        }
        return summary(of: session)
    }

    /// Writes the corpus of `session` as one partition of a `jsonl` or `csv` export: each table
    /// into `directory/TABLE/PART.jsonl` (or `.csv`), so that engines read `directory/TABLE/` as
    /// one table when every partition is there. The tables that hold no statement's rows
    /// (`cameo_codes`) are written only with `sharedTables`, by one of the partitions. The
    /// directories are made when missing; each file appears whole, and other partitions' files
    /// are left alone.
    public static func exportPartition(_ session: QuerySession, as format: ExportFormat, into directory: String, part: String,
        sharedTables: Bool, spreadsheetSafe: Bool = false) throws(ExportError) -> ExportSummary
    {
        guard format == .jsonl || format == .csv else {
            throw ExportError(path: directory, message: "only jsonl and csv exports are written in partitions")
        }
        try AtomicOutput.makeDirectory(directory)
        for table in ExportSchema.tables where table.holdsStatementRows || sharedTables {
            let tableDirectory = directory + "/" + table.name
            try AtomicOutput.makeDirectory(tableDirectory)
            let file = tableDirectory + "/" + part + "." + format.rawValue
            try AtomicOutput.file(at: file) { (temporary) throws(ExportError) in
                try write(table, from: session, as: format, spreadsheetSafe: spreadsheetSafe, chunkRows: ExportTable.chunkRows,
                    to: temporary, named: file)
            }
        }
        return summary(of: session)
    }

    /// Writes a table's rows as JSON Lines or CSV (one header) to the new file `temporary`,
    /// `chunkRows` source rows at a time.
    private static func write(_ table: ExportTable, from session: QuerySession, as format: ExportFormat, spreadsheetSafe: Bool,
        chunkRows: Int, to temporary: String, named path: String) throws(ExportError)
    {
        try AtomicOutput.write(to: temporary, named: path) { (append) throws(ExportError) in
            var headers = true
            try table.forEachChunk(from: session, size: chunkRows) { (chunk) throws(ExportError) in
                let options = RenderOptions(headers: headers, spreadsheetSafe: spreadsheetSafe)
                try append(Data(ResultRenderer.render(chunk, as: format == .csv ? .csv : .jsonl, options: options).utf8))
                headers = false
            }
        }
    }

    /// The rows of each source written: "8 statements, 120 clauses, ...".
    private static func summary(of session: QuerySession) -> ExportSummary {
        ExportSummary(tables: ["statements", "clauses", "entities", "mentions", "evidence"].map { ($0, session.rowCount(of: $0) ?? 0) })
    }
}
