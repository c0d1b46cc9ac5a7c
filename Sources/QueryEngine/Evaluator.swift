import QueryLanguage

/// Runs a checked pipeline over its input rows, step by step.
struct Evaluator {
    let context: ExecutionContext

    /// The result of the steps of a pipeline over `input`.
    func run(_ steps: ArraySlice<CheckedStep>, input: ResultTable) throws(Diagnostic) -> ResultTable {
        var table = input
        for step in steps {
            try context.checkNow(step.range)
            table = try run(step, on: table)
            try context.checkRowCount(table.rows.count, step.range)
        }
        return table
    }

    private func run(_ step: CheckedStep, on table: ResultTable) throws(Diagnostic) -> ResultTable {
        let compiler = ExpressionCompiler(context: context)
        let range = step.range
        var result = ResultTable(columns: step.columns, rows: [], highlight: table.highlight, chart: nil)
        result.marksWordEdits = table.marksWordEdits
        result.explained = table.explained
        switch step.kind {
        case .filter(let condition):
            let test = try compiler.compile(condition)
            for row in table.rows {
                try context.checkpoint(range)
                if try test(row).isTrue { result.rows.append(row) }
            }
        case .project(let expressions):
            let compiled = try expressions.map { (expression) throws(Diagnostic) in try compiler.compile(expression) }
            result.rows.reserveCapacity(table.rows.count)
            for row in table.rows {
                try context.checkpoint(range)
                var output = [Value]()
                output.reserveCapacity(compiled.count)
                for expression in compiled { output.append(try expression(row)) }
                result.rows.append(output)
            }
        case .extend(let writes):
            let compiled = try writes.map { (write) throws(Diagnostic) in (write.position, try compiler.compile(write.expression)) }
            result.rows.reserveCapacity(table.rows.count)
            for row in table.rows {
                try context.checkpoint(range)
                var output = row
                for (position, expression) in compiled {
                    let value = try expression(output)
                    if position < output.count { output[position] = value } else { output.append(value) }
                }
                result.rows.append(output)
            }
        case .sort(let keys):
            result.rows = try sorted(table.rows, by: keys, compiler: compiler, range: range)
        case .take(let count):
            result.rows = Array(table.rows.prefix(try limit(count, of: "take", compiler: compiler)))
        case .join(let kind, let right, let keys, let rightColumns):
            let joined = try context.runPipeline(right, context)
            result.rows = try JoinRows.join(table.rows, with: joined.rows, kind: kind, keys: keys, rightColumns: rightColumns,
                context: context, range: range)
        case .union(let pipelines, let placements):
            var tables = [table.rows]
            for pipeline in pipelines { tables.append(try context.runPipeline(pipeline, context).rows) }
            result.rows = try JoinRows.union(tables, placements: placements, context: context, range: range)
        case .pivot(let column, let value, let keys):
            let pivoted = try PivotRows.pivot(table, column: column, value: value, keys: keys, context: context, range: range)
            result.columns = pivoted.columns
            result.rows = pivoted.rows
        case .sample(let count, let seed):
            let limit = try limit(count, of: "sample", compiler: compiler)
            var seedValue: Int?
            if let seed {
                guard case .int(let value) = try compiler.compile(seed)([]) else {
                    throw Diagnostic(.runtime, "the seed of 'sample' must be a whole number", at: seed.range)
                }
                seedValue = value
            }
            result.rows = RowSample.positions(choosing: limit, of: table.rows.count, seed: seedValue).map { table.rows[$0] }
        case .top(let count, let key):
            let limit = try limit(count, of: "top", compiler: compiler)
            result.rows = Array(try sorted(table.rows, by: [key], compiler: compiler, range: range).prefix(limit))
        case .distinct(let expressions):
            let compiled = try expressions.map { (expression) throws(Diagnostic) in try compiler.compile(expression) }
            var seen = Set<[Value]>()
            for row in table.rows {
                try context.checkpoint(range)
                var key = [Value]()
                for expression in compiled { key.append(try expression(row)) }
                if seen.insert(key).inserted { result.rows.append(key) }
            }
        case .count:
            result.rows = [[.int(table.rows.count)]]
        case .summarize(let keys, let aggregates):
            result.rows = try summarize(table, keys: keys, aggregates: aggregates, compiler: compiler, range: range)
        case .expand(let column):
            for row in table.rows {
                try context.checkpoint(range)
                guard case .list(let items) = row[column] else {
                    if row[column].isNull { continue }
                    result.rows.append(row)
                    continue
                }
                for item in items {
                    var output = row
                    output[column] = item
                    result.rows.append(output)
                }
                try context.checkRowCount(result.rows.count, range)
            }
        case .search(let text):
            result.highlight = text
            let search = TextSearch(text)
            for row in table.rows {
                try context.checkpoint(range)
                if row.contains(where: { Self.value($0, contains: search) }) { result.rows.append(row) }
            }
        case .kwic(let term, let width, let text, let statement, let clause):
            var span = 40
            if let width {
                guard case .int(let value) = try compiler.compile(width)([]), (1...10_000).contains(value) else {
                    throw Diagnostic(.runtime, "the width of 'kwic' must be a whole number from 1 to 10000", at: width.range)
                }
                span = value
            }
            result.highlight = term
            let kwic = KwicRows(term: term, width: span, text: text, statement: statement, clause: clause, tables: context.tables)
            for row in table.rows {
                try context.checkpoint(range)
                result.rows += kwic.rows(for: row)
                try context.checkRowCount(result.rows.count, range)
            }
        case .chart(let layout):
            result.rows = table.rows
            result.chart = layout
        case .diff(let column):
            let ids = table.rows.compactMap { row -> String? in
                if case .string(let id) = row[column] { return id }
                return nil
            }
            result.rows = try StatementDiffRows.series(ids, context: context, range: range)
            result.marksWordEdits = true
        case .why(let statementColumn, let clauseColumn):
            var positions = [Int]()
            result.explained = []
            var last: (id: String, n: Int)?
            for row in table.rows {
                try context.checkpoint(range)
                guard case .string(let id) = row[statementColumn], case .int(let n) = row[clauseColumn] else { continue }
                // Rows of one clause in a row (its topics, its mentions) explain it once.
                if let last, last.id == id, last.n == n { continue }
                last = (id, n)
                guard let found = context.tables.evidence(ofStatement: id, clause: n) else { continue }
                positions += found.rows
                result.explained.append(found.clause)
                try context.checkRowCount(positions.count, range)
            }
            result.rows = context.tables.rows(of: "evidence", at: positions)
        case .assert(let condition, let aggregates, let message):
            let test = try compiler.compile(condition)
            if aggregates.isEmpty {
                for (index, row) in table.rows.enumerated() {
                    try context.checkpoint(range)
                    if try !test(row).isTrue {
                        throw AssertionFailure.row(index, of: table, message: message, at: condition.range)
                    }
                }
            } else {
                let summary = try summarize(table, keys: [], aggregates: aggregates.map { ($0.function, $0.argument) },
                    compiler: compiler, range: range)
                if let values = summary.first, try !test(values).isTrue {
                    throw AssertionFailure.aggregates(aggregates, values: values, message: message, at: condition.range)
                }
            }
            result.rows = table.rows
            result.chart = table.chart
        }
        return result
    }

    /// The rows in the order of the keys; rows with equal keys keep their order.
    private func sorted(_ rows: [[Value]], by keys: [(expression: TypedExpression, descending: Bool)], compiler: ExpressionCompiler,
        range: Range<Int>) throws(Diagnostic) -> [[Value]]
    {
        let compiled = try keys.map { (key) throws(Diagnostic) in (try compiler.compile(key.expression), key.descending) }
        var decorated = [(keys: [Value], index: Int)]()
        decorated.reserveCapacity(rows.count)
        for (index, row) in rows.enumerated() {
            try context.checkpoint(range)
            var values = [Value]()
            for (expression, _) in compiled { values.append(try expression(row)) }
            decorated.append((values, index))
        }
        decorated.sort { a, b in
            for (position, (_, descending)) in compiled.enumerated() {
                let x = a.keys[position], y = b.keys[position]
                if x == y { continue }
                return descending ? y < x : x < y
            }
            return a.index < b.index
        }
        return decorated.map { rows[$0.index] }
    }

    /// The row count of `take` or `top`: a whole number from zero to the row limit.
    private func limit(_ count: TypedExpression, of name: String, compiler: ExpressionCompiler) throws(Diagnostic) -> Int {
        let value = try compiler.compile(count)([])
        guard case .int(let limit) = value else {
            throw Diagnostic(.runtime, "'\(name)' needs a whole number, not \(value.literalDescription)", at: count.range)
        }
        guard limit >= 0 else {
            throw Diagnostic(.runtime, "'\(name)' needs a count of zero or more, not \(limit)", at: count.range)
        }
        guard limit <= context.limits.maximumRows else {
            throw Diagnostic(.runtime, "'\(name) \(limit)' is more than the row limit of \(context.limits.maximumRows)", at: count.range)
        }
        return limit
    }

    private func summarize(
        _ table: ResultTable, keys: [TypedExpression], aggregates: [(function: String, argument: TypedExpression?)],
        compiler: ExpressionCompiler, range: Range<Int>
    ) throws(Diagnostic) -> [[Value]] {
        let compiledKeys = try keys.map { (key) throws(Diagnostic) in try compiler.compile(key) }
        let compiledArguments = try aggregates.map { (aggregate) throws(Diagnostic) in
            try aggregate.argument.map { (argument) throws(Diagnostic) in try compiler.compile(argument) }
        }
        // Groups by key: one key (the usual `by actor`) is looked up as itself, several as an array.
        var singleKeyGroups = [Value: Int]()
        var groups = [[Value]: Int]()
        var order = [[Value]]()
        var accumulators = [[Builtins.Accumulator]]()
        func newGroup(_ key: [Value]) -> Int {
            order.append(key)
            accumulators.append(aggregates.map { Builtins.Accumulator(function: $0.function) })
            return order.count - 1
        }
        let singleKey = compiledKeys.count == 1 ? compiledKeys.first : nil
        for row in table.rows {
            try context.checkpoint(range)
            let group: Int
            if let singleKey {
                let key = try singleKey(row)
                if let existing = singleKeyGroups[key] {
                    group = existing
                } else {
                    group = newGroup([key])
                    singleKeyGroups[key] = group
                }
            } else {
                var key = [Value]()
                for expression in compiledKeys { key.append(try expression(row)) }
                if let existing = groups[key] {
                    group = existing
                } else {
                    group = newGroup(key)
                    groups[key] = group
                }
            }
            for (index, argument) in compiledArguments.enumerated() {
                try accumulators[group][index].add(try argument.map { (compiled) throws(Diagnostic) in try compiled(row) }, range: range)
            }
        }
        if keys.isEmpty && order.isEmpty {
            // A summary of no rows is still one row: count() = 0.
            return [aggregates.map { Builtins.Accumulator(function: $0.function).result(total: 0) }]
        }
        let total = table.rows.count
        return order.enumerated().map { group, key in key + accumulators[group].map { $0.result(total: total) } }
    }

    /// Whether a value (a string, or a list of strings) contains the searched text, ignoring case.
    static func value(_ value: Value, contains search: TextSearch) -> Bool {
        switch value {
        case .string(let string): return search.isFound(in: string)
        case .list(let items): return items.contains { Self.value($0, contains: search) }
        default: return false
        }
    }
}
