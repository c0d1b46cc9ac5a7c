import GRDB
import QueryEngine
import QueryLanguage
import ResultRendering
import StatementModel

/// Writes tables into a new SQLite database through GRDB.
enum SQLiteExport {
    /// Creates the database at `path` (which must not exist) holding `tables`.
    static func write(_ tables: [(name: String, table: ResultTable)], to path: String) throws(ExportError) {
        do {
            let database = try DatabaseQueue(path: path)
            try database.write { db in
                try db.execute(sql: "PRAGMA user_version = \(Corpus.formatVersion)")
                for (name, table) in tables {
                    try db.execute(sql: SQLiteSchema.createTable(name, columns: table.columns))
                    let insert = try db.makeStatement(sql: SQLiteSchema.insert(name, columns: table.columns))
                    for row in table.rows {
                        try insert.execute(arguments: StatementArguments(row.map(databaseValue)))
                    }
                    for index in SQLiteSchema.createIndexes(name) { try db.execute(sql: index) }
                }
            }
            try database.close()
        } catch {
            throw ExportError(path: path, message: "cannot write the SQLite database: \(error)")
        }
    }

    /// A query-language value as SQLite stores it: booleans as 0/1, dates as ISO text, lists as JSON.
    static func databaseValue(_ value: Value) -> DatabaseValue {
        switch value {
        case .null: .null
        case .bool(let flag): (flag ? 1 : 0).databaseValue
        case .int(let number): number.databaseValue
        case .float(let number): number.databaseValue
        case .string(let text): text.databaseValue
        case .date(let day): day.description.databaseValue
        case .list: ResultRenderer.json(value).databaseValue
        }
    }
}
