import SQLCompiler

/// What the SQLite export adds to `ExportSchema`'s tables: the indexes on the columns looked
/// up by, and the insert of a row. A key that repeats fails the export loudly.
enum SQLiteSchema {
    /// The columns looked up by, each indexed (a primary key has its own index).
    static let indexes: [String: [[String]]] = [
        "clauses": [["actor"], ["cameo"]],
        "entities": [["type"]],
        "mentions": [["statement", "clause"], ["entity"]],
        "evidence": [["statement", "n"]],
        "statement_parties": [["party"]],
        "clause_topics": [["topic"]],
        "clause_entities": [["entity"]],
    ]

    /// `CREATE INDEX` statements for a table's keys.
    static func createIndexes(_ name: String) -> [String] {
        (indexes[name] ?? []).map { key in
            "CREATE INDEX \(name)_\(key.joined(separator: "_")) ON \(name) (\(key.joined(separator: ", ")))"
        }
    }

    /// `INSERT` with one placeholder per column.
    static func insert(_ name: String, columnCount: Int) -> String {
        "INSERT INTO \(name) VALUES (\(Array(repeating: "?", count: columnCount).joined(separator: ", ")))"
    }
}
