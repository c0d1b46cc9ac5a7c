import QueryEngine
import QueryLanguage
import ResultRendering
import SQLCompiler

extension ExportTable {
    /// The table's rows from `session`: a source's rows under the export's column names, or
    /// one row per item of a list column.
    func rows(from session: QuerySession) -> ResultTable {
        let columns = self.columns.map { Column($0.name, $0.type) }
        switch content {
        case .source(let source):
            return ResultTable(columns: columns, rows: session.table(of: source)?.rows ?? [])
        case .list(let source, let listColumn, let key):
            guard let table = session.table(of: source), let list = table.columns.firstIndex(where: { $0.name == listColumn }) else {
                return ResultTable(columns: columns, rows: [])
            }
            let keyPositions = key.compactMap { name in table.columns.firstIndex { $0.name == name } }
            var rows = [[Value]]()
            for row in table.rows {
                guard case .list(let items) = row[list] else { continue }
                let keyValues = keyPositions.map { row[$0] }
                for (offset, item) in items.enumerated() { rows.append(keyValues + [.int(offset + 1), item]) }
            }
            return ResultTable(columns: columns, rows: rows)
        }
    }
}
