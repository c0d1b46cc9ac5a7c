import QueryLanguage

/// Runs the first steps of a pipeline over a built-in source on its dictionary-encoded
/// columns: `where` on categorical columns, `sort` and `distinct` by, and `summarize count() by`,
/// keys that each read one categorical column, `take` and `count`. It keeps a selection (the
/// positions of the rows that pass, in order) and builds only the rows the remaining steps
/// need; results are the row evaluator's.
struct ColumnarExecutor {
    /// The built-in source.
    let source: String
    /// The source's columns as codes.
    let columns: SourceColumns
    /// The running query's tables, parameters, limits and cancellation.
    let context: ExecutionContext

    /// What ran on columns: the table it produced and how many steps that took.
    struct Outcome {
        var table: ResultTable
        var consumedSteps: Int
    }

    /// The outcome of the longest prefix of `steps` that runs on columns, or nil when the first
    /// step does not.
    func run(_ steps: ArraySlice<CheckedStep>) throws(Diagnostic) -> Outcome? {
        let total = context.tables.count(of: source)
        var selection: [Int]?
        var consumed = 0
        var columnsAfter = Schema.sources[source] ?? []
        stepping: for step in steps {
            switch step.kind {
            case .filter(let condition):
                guard let plan = ColumnarCondition.plan(condition, source: source, parameters: context.parameters) else {
                    break stepping
                }
                try context.checkNow(step.range)
                let test = try ColumnarCondition.build(plan, source: source, columns: columns, context: context, range: step.range)
                var kept = [Int]()
                try context.forEachRow(in: selection, total: total, step.range) { row in
                    if test.holds(row) { kept.append(row) }
                }
                selection = kept
                try context.checkRowCount(kept.count, step.range)
            case .sort(let keys):
                guard let plan = ColumnarSort(keys: keys, source: source, parameters: context.parameters),
                    let ordered = try plan.order(selection, total: total, columns: columns, context: context, range: step.range)
                else { break stepping }
                selection = ordered
            case .distinct(let expressions):
                guard let plan = ColumnarSummary(keys: expressions, aggregates: [], source: source, parameters: context.parameters),
                    let rows = try plan.rows(over: selection, total: total, columns: columns, context: context, range: step.range)
                else { break stepping }
                try context.checkRowCount(rows.count, step.range)
                return Outcome(table: ResultTable(columns: step.columns, rows: rows), consumedSteps: consumed + 1)
            case .take(let count):
                guard let limit = takeLimit(count) else { break stepping }
                try context.checkNow(step.range)
                selection = Array((selection ?? Array(0..<total)).prefix(limit))
                try context.checkRowCount(selection?.count ?? 0, step.range)
            case .top(let count, let key):
                guard let limit = takeLimit(count), let plan = ColumnarSort(keys: [key], source: source, parameters: context.parameters),
                    let ordered = try plan.order(selection, total: total, columns: columns, context: context, range: step.range)
                else { break stepping }
                selection = Array(ordered.prefix(limit))
                try context.checkRowCount(selection?.count ?? 0, step.range)
            case .count:
                try context.checkNow(step.range)
                let table = ResultTable(columns: step.columns, rows: [[.int(selection?.count ?? total)]])
                try context.checkRowCount(table.rows.count, step.range)
                return Outcome(table: table, consumedSteps: consumed + 1)
            case .summarize(let keys, let aggregates):
                guard let plan = ColumnarSummary(keys: keys, aggregates: aggregates, source: source, parameters: context.parameters),
                    let rows = try plan.rows(over: selection, total: total, columns: columns, context: context, range: step.range)
                else { break stepping }
                try context.checkRowCount(rows.count, step.range)
                return Outcome(table: ResultTable(columns: step.columns, rows: rows), consumedSteps: consumed + 1)
            default:
                break stepping
            }
            consumed += 1
            columnsAfter = step.columns
        }
        guard consumed > 0 else { return nil }
        let rows = context.tables.rows(of: source, at: selection ?? Array(0..<total))
        return Outcome(table: ResultTable(columns: columnsAfter, rows: rows), consumedSteps: consumed)
    }

    /// The count of a `take` when it is a literal or parameter within the row limit; nil
    /// otherwise (the row evaluator then reports the error).
    private func takeLimit(_ count: TypedExpression) -> Int? {
        let value: Value
        switch count.kind {
        case .literal(let literal): value = literal
        case .parameter(let name): value = context.parameters[name] ?? .null
        default: return nil
        }
        guard case .int(let limit) = value, limit >= 0, limit <= context.limits.maximumRows else { return nil }
        return limit
    }
}
