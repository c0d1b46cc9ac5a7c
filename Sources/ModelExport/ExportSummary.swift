/// What an export wrote: the rows of each table, in the order written.
public struct ExportSummary: Sendable, Equatable {
    /// Table name and row count.
    public var tables: [(name: String, rows: Int)]

    /// A summary of the given tables.
    public init(tables: [(name: String, rows: Int)]) {
        self.tables = tables
    }

    /// The same tables with the same row counts, in the same order.
    public static func == (lhs: ExportSummary, rhs: ExportSummary) -> Bool {
        lhs.tables.elementsEqual(rhs.tables) { $0.name == $1.name && $0.rows == $1.rows }
    }

    /// "659 statements, 10226 clauses, ..."
    public var description: String {
        tables.map { "\($0.rows) \($0.name)" }.joined(separator: ", ")
    }
}
