import QueryLanguage

/// The rows of `pivot COLUMN`: one row per combination of the key columns, in order of first
/// appearance, then one column per value of COLUMN (in order of first appearance, named by
/// the value's text, `null` for null, a `_2`, `_3` ... after a name already taken) holding the
/// value column summed over the rows of that cell, or the rows' count when there is no value
/// column; a cell without rows is null (0 for counts). At most 1,000 columns and 10,000,000
/// cells: beyond, a run-time error.
enum PivotRows {
    /// The most columns a pivot makes, and the most cells (rows times columns).
    static let maximumColumns = 1_000
    static let maximumCells = 10_000_000

    static func pivot(_ table: ResultTable, column: Int, value: Int?, keys: [Int], context: ExecutionContext, range: Range<Int>)
        throws(Diagnostic) -> ResultTable
    {
        var groups = [[Value]: Int]()
        var groupKeys = [[Value]]()
        var names = [Value: Int]()
        var nameOrder = [Value]()
        var cells = [[Value]: Value]()
        for row in table.rows {
            try context.checkpoint(range)
            let key = keys.map { row[$0] }
            let group = groups[key] ?? {
                groupKeys.append(key)
                groups[key] = groupKeys.count - 1
                return groupKeys.count - 1
            }()
            if names[row[column]] == nil {
                names[row[column]] = nameOrder.count
                nameOrder.append(row[column])
                guard nameOrder.count <= maximumColumns else {
                    throw Diagnostic(.runtime, "pivot would make more than \(maximumColumns) columns", at: range,
                        notes: ["pivot a column of few values (summarize by it first), or filter the rows"])
                }
            }
            let cell = [.int(group), row[column]]
            let amount = value.map { row[$0] } ?? .int(1)
            if let sum = cells[cell] {
                cells[cell] = amount.isNull ? sum : sum.isNull ? amount : try Arithmetic.apply(.add, sum, amount, range: range)
            } else {
                cells[cell] = amount
            }
        }
        var columns = keys.map { table.columns[$0] }
        let type = value.map { table.columns[$0].type } ?? .int
        for name in nameOrder {
            var text = name.isNull ? "null" : name.description
            var suffix = 2
            let base = text
            while columns.contains(where: { $0.name == text }) {
                text = "\(base)_\(suffix)"
                suffix += 1
            }
            columns.append(Column(text, type))
        }
        let (size, overflow) = groupKeys.count.multipliedReportingOverflow(by: nameOrder.count)
        guard !overflow, size <= maximumCells else {
            throw Diagnostic(.runtime, "pivot would make \(groupKeys.count) rows of \(nameOrder.count) columns, more than \(maximumCells) cells", at: range,
                notes: ["summarize first, so that fewer rows remain"])
        }
        let empty: Value = value == nil ? .int(0) : .null
        var rows = [[Value]]()
        rows.reserveCapacity(groupKeys.count)
        for (group, key) in groupKeys.enumerated() {
            try context.checkpoint(range)
            rows.append(key + nameOrder.map { cells[[.int(group), $0]] ?? empty })
        }
        return ResultTable(columns: columns, rows: rows)
    }
}
