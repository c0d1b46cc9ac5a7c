import QueryLanguage

/// The rows of `pivot COLUMN`: one row per combination of the key columns, in order of first
/// appearance, then one column per value of COLUMN (in order of first appearance, named by
/// the value's text, `null` for null, a `_2`, `_3` ... after a name already taken) holding the
/// value column summed over the rows of that cell, or the rows' count when there is no value
/// column; a cell without rows is null (0 for counts).
enum PivotRows {
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
                try context.checkRowCount(nameOrder.count, range)
            }
            let cell = [.int(group), row[column]]
            let amount = value.map { row[$0] } ?? .int(1)
            if let sum = cells[cell] {
                cells[cell] = amount.isNull ? sum : sum.isNull ? amount : try Operations.arithmetic(.add, sum, amount, range: range)
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
        let empty: Value = value == nil ? .int(0) : .null
        let rows = groupKeys.enumerated().map { group, key in
            key + nameOrder.map { cells[[.int(group), $0]] ?? empty }
        }
        return ResultTable(columns: columns, rows: rows)
    }
}
