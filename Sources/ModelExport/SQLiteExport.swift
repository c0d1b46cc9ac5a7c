import GRDB
import GRDBSQLite
import QueryEngine
import QueryLanguage
import ResultRendering
import SQLCompiler
import StatementModel

/// Writes the export's tables into a new SQLite database through GRDB.
enum SQLiteExport {
    /// Creates the database at `path` (which must not exist) holding `tables` with the rows of
    /// `session`, `chunkRows` source rows at a time; `reportedPath` is the path the user asked for, which
    /// messages name.
    static func write(_ tables: [ExportTable], from session: QuerySession, chunkRows: Int, to path: String, reportedPath: String)
        throws(ExportError)
    {
        do {
            let database = try DatabaseQueue(path: path)
            try database.write { db in
                try db.execute(sql: "PRAGMA user_version = \(Corpus.formatVersion)")
                for table in tables {
                    try db.execute(sql: table.createTable(for: .sqlite))
                    let insert = try db.makeStatement(sql: SQLiteSchema.insert(table.name, columnCount: table.columns.count))
                    try table.forEachChunk(from: session, size: chunkRows) { chunk in
                        for row in chunk.rows { try insertRow(row, with: insert) }
                    }
                    for index in SQLiteSchema.createIndexes(table.name) { try db.execute(sql: index) }
                }
            }
            try database.close()
        } catch let error as DatabaseError {
            throw ExportError(path: reportedPath, message: "cannot write the SQLite database: \(error.message ?? "\(error.resultCode)")")
        } catch {
            throw ExportError(path: reportedPath, message: "cannot write the SQLite database: \(error)")
        }
    }

    /// Binds a row's values and runs the insert. Text is bound with its length, so text holding
    /// U+0000 is stored whole (GRDB binds strings up to their first NUL).
    private static func insertRow(_ row: [Value], with insert: GRDB.Statement) throws {
        let statement = insert.sqliteStatement
        sqlite3_reset(statement)
        for (offset, value) in row.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .null: code = sqlite3_bind_null(statement, index)
            case .bool(let flag): code = sqlite3_bind_int64(statement, index, flag ? 1 : 0)
            case .int(let number): code = sqlite3_bind_int64(statement, index, Int64(number))
            case .float(let number): code = sqlite3_bind_double(statement, index, number)
            case .string(let text): code = bindText(text, to: statement, at: index)
            case .date(let day): code = bindText(day.description, to: statement, at: index)
            case .list: code = bindText(ResultRenderer.json(value), to: statement, at: index)
            }
            guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot bind a value") }
        }
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(statement))))
        }
    }

    private static func bindText(_ text: String, to statement: OpaquePointer, at index: Int32) -> Int32 {
        // SQLITE_TRANSIENT: SQLite copies the bytes before the call returns.
        let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
        var text = text
        return text.withUTF8 { bytes in
            // An empty buffer may have no address, which SQLite would take for NULL.
            guard let start = bytes.baseAddress else { return sqlite3_bind_text64(statement, index, "", 0, transient, UInt8(SQLITE_UTF8)) }
            return start.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text64(statement, index, $0, UInt64(bytes.count), transient, UInt8(SQLITE_UTF8))
            }
        }
    }
}
