import QueryLanguage

/// `sort by KEY [desc], ...` over codes, where each key reads one categorical column: each
/// key's value is worked out once per dictionary entry and the entries ranked (equal values
/// share a rank), then the selected rows are ordered by their combined ranks and, among equal
/// keys, by their place in the order they came in (the sort is stable), as the row evaluator
/// orders them. No row is built.
struct ColumnarSort {
    private let source: String
    private let keys: [(expression: ColumnarExpression, descending: Bool)]

    /// The plan for a `sort` step, or nil unless every key reads exactly one categorical column.
    init?(keys: [(expression: TypedExpression, descending: Bool)], source: String, parameters: [String: Value]) {
        var planned = [(expression: ColumnarExpression, descending: Bool)]()
        for key in keys {
            guard let part = ColumnarExpression(key.expression, source: source, parameters: parameters), part.reference != nil else {
                return nil
            }
            planned.append((part, key.descending))
        }
        self.source = source
        self.keys = planned
    }

    /// The selected rows (every row for a nil selection) in sorted order, or nil when the
    /// combined ranks would not fit beside a row position in 64 bits (the row evaluator then sorts).
    func order(
        _ selection: [Int]?, total: Int, columns: SourceColumns, context: ExecutionContext, range: Range<Int>
    ) throws(Diagnostic) -> [Int]? {
        try context.checkNow(range)
        guard total <= Int(UInt32.max) else { return nil }
        var ranked = [(codes: [UInt32], ranks: [UInt64], width: UInt64)]()
        var size: UInt64 = 1
        for key in keys {
            guard let column = columns.column(for: key.expression.reference, of: source) else { return nil }
            let values = try key.expression.values(over: column.dictionary, context: context, range: range)
            let (ranks, width) = Self.ranks(of: values, descending: key.descending)
            let (product, overflow) = size.multipliedReportingOverflow(by: width)
            guard !overflow, product <= UInt64(UInt32.max) else { return nil }
            size = product
            ranked.append((column.codes, ranks, width))
        }
        // Each row becomes its combined rank above its place in the selection's order (the sort
        // is stable: a sort after a sort keeps the first one's order among ties).
        var sortable = [UInt64]()
        var rows = [Int]()
        sortable.reserveCapacity(selection?.count ?? total)
        rows.reserveCapacity(selection?.count ?? total)
        func add(_ row: Int) {
            var combined: UInt64 = 0
            for key in ranked { combined = combined * key.width + key.ranks[Int(key.codes[row])] }
            sortable.append(combined << 32 | UInt64(truncatingIfNeeded: rows.count))
            rows.append(row)
        }
        try context.forEachRow(in: selection, total: total, range, add)
        try context.checkNow(range)
        sortable.sort()
        return sortable.map { rows[Int(truncatingIfNeeded: $0 & 0xFFFF_FFFF)] }
    }

    /// The rank of each value among the distinct ones (reversed when `descending`), and how many
    /// distinct ranks there are.
    private static func ranks(of values: [Value], descending: Bool) -> (ranks: [UInt64], width: UInt64) {
        let ascending = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [UInt64](repeating: 0, count: values.count)
        var rank: UInt64 = 0
        for (position, entry) in ascending.enumerated() {
            if position > 0, values[ascending[position - 1]] != values[entry] { rank += 1 }
            ranks[entry] = rank
        }
        let width = values.isEmpty ? 1 : rank + 1
        if descending { ranks = ranks.map { width - 1 - $0 } }
        return (ranks, width)
    }
}
