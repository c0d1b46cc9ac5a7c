import QueryLanguage

/// The tables `cq export` writes (JSON Lines, CSV, SQLite) and `cq sql` compiles against: one
/// per query source, with column names that need no quoting in any dialect, and a link table
/// per list column (`statement_parties`, `clause_topics`, ...) so that SQL needs no JSON
/// functions to reach a list's items.
///
/// ```swift
/// for table in ExportSchema.tables { print(table.name, table.columns.map(\.name)) }
/// print(ExportSchema.ddl(for: .postgres))
/// ```
public enum ExportSchema {
    /// Query column names that are SQL keywords or clash with a table's name, and what the
    /// export calls them.
    public static let renamedColumns = ["start": "start_offset", "end": "end_offset", "clauses": "clause_count", "mentions": "mention_count"]

    /// The key of each source's rows, as the source's column names.
    static let sourceKeys: [String: [String]] = [
        "statements": ["id"],
        "clauses": ["statement", "n"],
        "entities": ["statement", "name", "type"],
        "mentions": ["statement", "entity", "type", "start"],
        "cameo_codes": ["code"],
    ]

    /// What a link table calls the key columns of its source's rows.
    static let linkKeyNames: [String: [String]] = [
        "statements": ["statement"],
        "clauses": ["statement", "clause"],
        "entities": ["statement", "entity", "type"],
    ]

    /// The list columns written as link tables: the source, the list column, the table and
    /// the name of the item column.
    static let links: [(source: String, list: String, table: String, item: String)] = [
        ("statements", "parties", "statement_parties", "party"),
        ("statements", "party_codes", "statement_party_codes", "party_code"),
        ("clauses", "acts", "clause_acts", "act"),
        ("clauses", "topics", "clause_topics", "topic"),
        ("clauses", "entities", "clause_entities", "entity"),
        ("clauses", "dates", "clause_dates", "date"),
        ("entities", "aliases", "entity_aliases", "alias"),
    ]

    /// Every exported table, sources first, then the link tables.
    public static let tables: [ExportTable] = sourceTables + linkTables

    /// The sources exported as tables of their own (`topics` is the link table `clause_topics`).
    static let exportedSources = ["statements", "clauses", "entities", "mentions", "evidence", "cameo_codes"]

    private static let sourceTables: [ExportTable] = exportedSources.compactMap { source in
        guard let columns = Schema.sources[source] else { return nil }
        return ExportTable(
            name: source,
            columns: columns.map { ExportColumn(name: renamedColumns[$0.name] ?? $0.name, type: $0.type) },
            primaryKey: (sourceKeys[source] ?? []).map { renamedColumns[$0] ?? $0 },
            reference: source != "statements" && columns.contains { $0.name == "statement" }
                ? ExportReference(columns: ["statement"], table: "statements", keys: ["id"]) : nil,
            content: .source(source))
    }

    private static let linkTables: [ExportTable] = links.compactMap { link in
        guard let columns = Schema.sources[link.source], let list = columns.first(where: { $0.name == link.list }),
            case .list(let itemType) = list.type, let key = sourceKeys[link.source], let keyNames = linkKeyNames[link.source]
        else { return nil }
        let keyColumns = zip(key, keyNames).compactMap { (column, name) in
            columns.first { $0.name == column }.map { ExportColumn(name: name, type: $0.type) }
        }
        return ExportTable(
            name: link.table,
            columns: keyColumns + [ExportColumn(name: "ordinal", type: .int), ExportColumn(name: link.item, type: itemType)],
            primaryKey: keyNames + ["ordinal"],
            reference: ExportReference(columns: keyNames, table: link.source, keys: key),
            content: .list(source: link.source, column: link.list, key: key))
    }

    /// The exported table that holds the rows of query source `source` (`topics` is
    /// `clause_topics`), with the export's name of each of the source's columns.
    static func table(holding source: String) -> (table: String, columns: [String: String])? {
        guard source == "topics" || exportedSources.contains(source), let columns = Schema.sources[source] else { return nil }
        return (source == "topics" ? "clause_topics" : source,
            Dictionary(uniqueKeysWithValues: columns.map { ($0.name, renamedColumns[$0.name] ?? $0.name) }))
    }

    /// The `CREATE TABLE` statements of every exported table in `dialect` (for Spark, views of
    /// the JSON Lines), identifiers unquoted.
    public static func ddl(for dialect: SQLDialect) -> String {
        tables.map { $0.createTable(for: dialect) + ";\n" }.joined()
    }
}

/// A table of the export: its columns, its key, and where its rows come from.
public struct ExportTable: Sendable {
    /// Where an exported table's rows come from.
    public enum Content: Sendable {
        /// The rows of a query source, columns renamed as `ExportSchema.renamedColumns` says.
        case source(String)
        /// One row per item of a list column of a source's rows: the row's `key` columns, the
        /// item's place in the list (from 1) and the item.
        case list(source: String, column: String, key: [String])
    }

    public let name: String
    public let columns: [ExportColumn]
    /// The columns whose values name one row (empty for `evidence`, whose rows may repeat).
    public let primaryKey: [String]
    /// The row of another table each row belongs to (a clause's statement, a list item's row).
    public let reference: ExportReference?
    public let content: Content

    /// Whether the rows belong to statements (every table but `cameo_codes`, the codebook), so
    /// that a load in shards writes each shard's part of them.
    public var holdsStatementRows: Bool { name == "statements" || reference != nil }

    /// The table's `CREATE TABLE` in `dialect`: typed columns, the primary key and the reference
    /// to the row it belongs to; for Spark, which has no constraints, a view of the table's
    /// JSON Lines (`OPTIONS (path 'clauses')`).
    public func createTable(for dialect: SQLDialect) -> String {
        var definitions = columns.map { column in
            "\(column.name) \(dialect.columnType(column.type))\(primaryKey.contains(column.name) && dialect != .spark ? " NOT NULL" : "")"
        }
        if dialect != .spark {
            if !primaryKey.isEmpty { definitions.append("PRIMARY KEY (\(primaryKey.joined(separator: ", ")))") }
            if let reference {
                definitions.append("FOREIGN KEY (\(reference.columns.joined(separator: ", "))) REFERENCES \(reference.table) (\(reference.keys.joined(separator: ", ")))")
            }
        }
        // Spark reads the JSON Lines where they are: the table's directory of partitions (or
        // its one file), relative to the directory it runs in.
        if dialect == .spark { return "CREATE TEMPORARY VIEW \(name) (\(definitions.joined(separator: ", "))) USING json OPTIONS (path '\(name)')" }
        return "CREATE TABLE \(name) (\(definitions.joined(separator: ", ")))"
    }
}

/// A foreign key: `columns` of a table name a row of `table` by its `keys`.
public struct ExportReference: Sendable {
    public let columns: [String]
    public let table: String
    public let keys: [String]
}

/// A column of an exported table.
public struct ExportColumn: Sendable {
    public let name: String
    public let type: ValueType
}
