import QueryEngine
import QueryLanguage
import ResultRendering
import SQLCompiler

extension ExportTable {
    /// The rows of a source an export builds at a time: an archive's tables are walked a part
    /// at a time, never held whole.
    static let chunkRows = 50_000

    /// Hands the table's rows from `session` to `body` a part at a time (of `size` source rows),
    /// in order: a source's rows under the export's column names, or one row per item of a list
    /// column. `body` is called at least once (with no rows for an empty table).
    func forEachChunk<E: Error>(from session: QuerySession, size: Int = chunkRows, _ body: (ResultTable) throws(E) -> Void) throws(E) {
        let columns = self.columns.map { Column($0.name, $0.type) }
        let (source, transform): (String, ([[Value]], [Column]) -> [[Value]]) = switch content {
        case .source(let source): (source, { rows, _ in rows })
        case .list(let source, let column, let key): (source, { rows, sourceColumns in Self.items(of: rows, list: column, key: key, columns: sourceColumns) })
        }
        let total = session.rowCount(of: source) ?? 0
        let sourceColumns = Schema.sources[source] ?? []
        var start = 0
        repeat {
            let end = min(total, start + max(1, size))
            try body(ResultTable(columns: columns, rows: transform(session.rows(of: source, in: start..<end), sourceColumns)))
            start = end
        } while start < total
    }

    /// One row per item of the `list` column of `rows`: the row's `key` columns, the item's
    /// place in the list (from 1) and the item.
    private static func items(of rows: [[Value]], list: String, key: [String], columns: [Column]) -> [[Value]] {
        guard let listPosition = columns.firstIndex(where: { $0.name == list }) else { return [] }
        let keyPositions = key.compactMap { name in columns.firstIndex { $0.name == name } }
        var items = [[Value]]()
        for row in rows {
            guard case .list(let values) = row[listPosition] else { continue }
            let keyValues = keyPositions.map { row[$0] }
            for (offset, item) in values.enumerated() { items.append(keyValues + [.int(offset + 1), item]) }
        }
        return items
    }
}
