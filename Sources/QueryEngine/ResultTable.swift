import QueryLanguage

/// The result of a query: typed columns and rows of values, with how to present them.
public struct ResultTable: Sendable, Equatable {
    /// The columns, in order.
    public var columns: [Column]
    /// The rows; each has one value per column.
    public var rows: [[Value]]
    /// Text to highlight on a terminal (the term of `search`).
    public var highlight: String?
    /// Set by `chart`: draw the rows as bars or lines.
    public var chart: ChartLayout?
    /// Set by a diff: the `changes` column holds word edits marked `[-removed-]{+added+}`,
    /// which a terminal shows in red and green.
    public var marksWordEdits = false
    /// Set by `why`: the clauses it explains, shown above the decisions at a terminal.
    public var explained: [ExplainedClause] = []

    /// Creates a table.
    public init(columns: [Column], rows: [[Value]], highlight: String? = nil, chart: ChartLayout? = nil) {
        self.columns = columns
        self.rows = rows
        self.highlight = highlight
        self.chart = chart
    }

    /// The values of the named column, or nil when there is no such column.
    public func values(of column: String) -> [Value]? {
        guard let index = columns.firstIndex(where: { $0.name == column }) else { return nil }
        return rows.map { $0[index] }
    }
}
