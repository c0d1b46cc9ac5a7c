import QueryLanguage

/// The SQL of the SQLite export: one table per source with the query language's column names
/// and types (lists and dates as text), each table's primary key and its reference to
/// `statements`, and the indexes on the keys. A key that repeats fails the export loudly.
enum SQLiteSchema {
    /// The primary key of each exported table.
    static let primaryKeys: [String: [String]] = [
        "statements": ["id"],
        "clauses": ["statement", "n"],
        "entities": ["statement", "name", "type"],
        "mentions": ["statement", "entity", "type", "start"],
    ]

    /// The other columns looked up by, each indexed (a primary key has its own index).
    static let indexes: [String: [[String]]] = [
        "clauses": [["actor"], ["cameo"]],
        "entities": [["type"]],
        "mentions": [["statement", "clause"], ["entity"]],
        "evidence": [["statement", "n"]],
    ]

    /// `CREATE TABLE` for a source's columns.
    static func createTable(_ name: String, columns: [Column]) -> String {
        let key = primaryKeys[name] ?? []
        var definitions = columns.map { "\(quoted($0.name)) \(sqlType($0.type))\(key.contains($0.name) ? " NOT NULL" : "")" }
        if !key.isEmpty { definitions.append("PRIMARY KEY (\(key.map(quoted).joined(separator: ", ")))") }
        if name != "statements", columns.contains(where: { $0.name == "statement" }) {
            definitions.append("FOREIGN KEY (\"statement\") REFERENCES \"statements\" (\"id\")")
        }
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
