import QueryLanguage

/// `summarize count() by KEY, ...` over codes, where each key reads one categorical column:
/// each key's value is worked out once per dictionary entry, equal values share a group code,
/// and the rows are counted into an array indexed by the combined codes. Groups come in order
/// of first appearance, each showing its first row's key values, as the row evaluator has them.
/// `distinct KEY, ...` is the same plan with no aggregate.
struct ColumnarSummary {
    private let source: String
    private let keys: [ColumnarExpression]
    private let aggregates: Int

    /// The plan for a `summarize` step, or nil unless every aggregate is `count()` and every
    /// key reads exactly one categorical column.
    init?(keys: [TypedExpression], aggregates: [(function: String, argument: TypedExpression?)], source: String,
        parameters: [String: Value])
    {
        guard aggregates.allSatisfy({ $0.function == "count" && $0.argument == nil }) else { return nil }
        var planned = [ColumnarExpression]()
        for key in keys {
            guard let part = ColumnarExpression(key, source: source, parameters: parameters), part.reference != nil else { return nil }
            planned.append(part)
        }
        self.source = source
        self.keys = planned
        self.aggregates = aggregates.count
    }

    /// One key's codes, the group code of each dictionary entry and the key's value for each entry.
    private struct Key {
        var codes: [UInt32]
        var groupCodes: [Int]
        var values: [Value]
        var width: Int
    }

    /// The summary rows of the selected rows (every row for a nil selection), or nil when the
    /// combined codes would not fit in an integer (the row evaluator then groups).
    func rows(
        over selection: [Int]?, total: Int, columns: SourceColumns, context: ExecutionContext, range: Range<Int>
    ) throws(Diagnostic) -> [[Value]]? {
        try context.checkNow(range)
        if keys.isEmpty {
            return [Array(repeating: .int(selection?.count ?? total), count: aggregates)]
        }
        var planned = [Key]()
        var size = 1
        for key in keys {
            guard let column = columns.column(for: key.reference, of: source) else { return nil }
            let values = try key.values(over: column.dictionary, context: context, range: range)
            var distinct = [Value: Int]()
            let groupCodes = values.map { value in
                if let code = distinct[value] { return code }
                distinct[value] = distinct.count
                return distinct.count - 1
            }
            let width = max(distinct.count, 1)
            let (product, overflow) = size.multipliedReportingOverflow(by: width)
            if overflow { return nil }
            size = product
            planned.append(Key(codes: column.codes, groupCodes: groupCodes, values: values, width: width))
        }
        var counter = GroupCounter(size: size, rows: selection?.count ?? total)
        func add(_ row: Int) {
            var combined = 0
            for key in planned { combined = combined * key.width + key.groupCodes[Int(key.codes[row])] }
            counter.add(combined, row: row)
        }
        try context.forEachRow(in: selection, total: total, range, add)
        return zip(counter.firstRows, counter.counts).map { row, count in
            planned.map { $0.values[Int($0.codes[row])] } + Array(repeating: .int(count), count: aggregates)
        }
    }
}
