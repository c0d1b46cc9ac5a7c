import QueryLanguage

/// The SQL of the SQLite export: one table per source with the query language's column names
/// and types (lists and dates as text), and the indexes on each table's keys.
enum SQLiteSchema {
    /// The key columns of each exported table, each indexed.
    static let indexes: [String: [[String]]] = [
        "statements": [["id"]],
        "clauses": [["statement", "n"], ["actor"], ["cameo"]],
        "entities": [["statement", "name"], ["type"]],
        "mentions": [["statement", "clause"], ["entity"]],
    ]

    /// `CREATE TABLE` for a source's columns.
    static func createTable(_ name: String, columns: [Column]) -> String {
        let definitions = columns.map { "\(quoted($0.name)) \(sqlType($0.type))" }
        return "CREATE TABLE \(quoted(name)) (\(definitions.joined(separator: ", ")))"
    }

    /// `CREATE INDEX` statements for a table's keys.
    static func createIndexes(_ name: String) -> [String] {
        (indexes[name] ?? []).map { key in
            "CREATE INDEX \(quoted("\(name)_\(key.joined(separator: "_"))")) ON \(quoted(name)) (\(key.map(quoted).joined(separator: ", ")))"
        }
    }

    /// `INSERT` with one placeholder per column.
    static func insert(_ name: String, columns: [Column]) -> String {
        "INSERT INTO \(quoted(name)) VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))"
    }

    /// The SQLite storage class of a query-language type.
    static func sqlType(_ type: ValueType) -> String {
        switch type {
        case .int, .bool: "INTEGER"
        case .float: "REAL"
        default: "TEXT"
        }
    }

    /// A quoted SQL identifier (`end` is a keyword).
    static func quoted(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
