import QueryLanguage

/// The rows of `search "text"` as a source, as KQL's `search` over every table: each row of
/// statements, clauses, entities, mentions and topics in which a text column (or a list of
/// texts) contains the text, ignoring case, as one row of `Schema.searchColumns`: the source,
/// the statement, the clause number, the first column that holds the text and its value (for
/// a list, the element that holds it).
enum SearchRows {
    /// The sources searched, in the order their rows come.
    static let sources = ["statements", "clauses", "entities", "mentions", "topics"]

    static func rows(_ text: String, tables: SourceTables, context: ExecutionContext, range: Range<Int>) throws(Diagnostic) -> [[Value]] {
        let search = TextSearch(text)
        var found = [[Value]]()
        for source in sources {
            let columns = Schema.sources[source] ?? []
            guard let statement = columns.firstIndex(where: { $0.name == (source == "statements" ? "id" : "statement") }) else { continue }
            let clause = columns.firstIndex { $0.name == "n" || $0.name == "clause" }
            let searched = columns.indices.filter { $0 != statement && (columns[$0].type == .string || columns[$0].type == .list(.string)) }
            for row in tables.rows(of: source) {
                try context.checkpoint(range)
                for position in searched {
                    guard let hit = match(row[position], search) else { continue }
                    found.append([.string(source), row[statement], clause.map { row[$0] } ?? .null, .string(columns[position].name), hit])
                    break
                }
            }
            try context.checkRowCount(found.count, range)
        }
        return found
    }

    /// The text (or the list's element) that contains the search, or nil.
    private static func match(_ value: Value, _ search: TextSearch) -> Value? {
        switch value {
        case .string(let string): search.isFound(in: string) ? value : nil
        case .list(let items): items.first { if case .string(let string) = $0 { search.isFound(in: string) } else { false } }
        default: nil
        }
    }
}
