/// Checks a parsed pipeline against the schema before it runs: resolves names to columns,
/// types every expression, and reports unknown names (with "did you mean"), type errors and
/// wrong argument counts as diagnostics with positions. Comparisons of a column against a
/// value no row has ("actor == \"Pakistn\"") give a warning with the closest value.
public struct Checker {
    /// What a query can refer to besides the built-in sources.
    public struct Environment: Sendable {
        /// Tables bound with `let`, by name: their columns.
        public var bindings: [String: [Column]]
        /// The columns of the previous result (`_`), when there is one.
        public var previous: [Column]?
        /// The types of the parameters the caller bound.
        public var parameters: [String: ValueType]
        /// The values each categorical column takes in the loaded corpus, for warnings and completion.
        public var values: ColumnValues
        /// The values of the parameters, so that `actor == $party` is checked as `actor == "..."` is.
        public var parameterValues: [String: Value]

        /// An environment; everything left out is empty.
        public init(bindings: [String: [Column]] = [:], previous: [Column]? = nil, parameters: [String: ValueType] = [:],
            values: ColumnValues = ColumnValues(), parameterValues: [String: Value] = [:])
        {
            self.bindings = bindings
            self.previous = previous
            self.parameters = parameters
            self.values = values
            self.parameterValues = parameterValues
        }
    }

    let environment: Environment
    /// Warnings found so far.
    public internal(set) var warnings: [Diagnostic] = []
    /// The most "no row has" warnings given for one query; the rest are counted in one more.
    public static let maximumUnknownValueWarnings = 5
    /// The "no row has" warnings not given, and where the first of them is.
    private var omittedUnknownValues: (count: Int, first: Range<Int>)?
    private var unknownValueWarnings = 0
    /// The values of each categorical column lowercased, for `has`, made once per query.
    private var knownLowercasedValues: [String: Set<String>] = [:]
    /// The column the expression being checked is compared with (`actor` in `actor == India`),
    /// so that a bare word that is one of its values can be told to be quoted.
    private var comparedColumn: String?

    /// A checker for queries in `environment`.
    public init(environment: Environment) {
        self.environment = environment
    }

    /// Checks a pipeline, returning its checked form or throwing the first error.
    public mutating func check(_ pipeline: Pipeline) throws(Diagnostic) -> CheckedPipeline {
        let source: CheckedPipeline.Source
        var columns: [Column]
        if pipeline.source == "_" {
            guard let previous = environment.previous else {
                throw Diagnostic(.type, "'_' is the previous result, and there is none yet", at: pipeline.sourceRange)
            }
            source = .previous
            columns = previous
        } else if pipeline.source == "diff", pipeline.sourceArguments.count == 2 {
            let ids = pipeline.sourceArguments
            try checkStatementId(ids[0])
            try checkStatementId(ids[1])
            source = .diff(before: ids[0].text, after: ids[1].text)
            columns = Schema.diffColumns
        } else if pipeline.source == "search", let text = pipeline.sourceArguments.first {
            guard !text.text.isEmpty else { throw Diagnostic(.type, "'search' needs a non-empty text", at: text.range) }
            source = .search(text.text)
            columns = Schema.searchColumns
        } else if let bound = environment.bindings[pipeline.source] {
            source = .binding(pipeline.source)
            columns = bound
        } else if let builtin = Schema.sources[pipeline.source] {
            source = .builtin(pipeline.source)
            columns = builtin
        } else {
            let candidates = Schema.sourceNames + environment.bindings.keys.sorted()
            throw Diagnostic(.type, "unknown source '\(pipeline.source)'", at: pipeline.sourceRange,
                notes: Suggestions.note(for: pipeline.source, in: candidates) + ["sources: " + candidates.joined(separator: ", ")])
        }
        var steps = [CheckedStep]()
        for op in pipeline.operators {
            if case .pivot = steps.last?.kind {
                throw Diagnostic(.type, "'pivot' makes its columns from the values it finds: it ends a query", at: op.range,
                    notes: ["filter, sort or select before the pivot"])
            }
            let step = try check(op, columns: columns)
            steps.append(step)
            columns = step.columns
        }
        if let omitted = omittedUnknownValues {
            warnings.append(Diagnostic(.warning, "\(omitted.count) more value\(omitted.count == 1 ? "" : "s") that no row has", at: omitted.first))
            omittedUnknownValues = nil
        }
        let sourceEnd = pipeline.sourceArguments.last?.range.upperBound ?? pipeline.sourceRange.upperBound
        return CheckedPipeline(source: source, steps: steps, columns: columns, sourceRange: pipeline.sourceRange.lowerBound..<sourceEnd)
    }

    /// Throws when the loaded statements are known and none has the id, suggesting the id that
    /// was meant: the one id that holds the text (ids are long), else the closest spelling.
    private func checkStatementId(_ id: QuotedArgument) throws(Diagnostic) {
        guard let known = environment.values.values(of: "id"), !known.isEmpty, !Self.sortedValues(known, contain: id.text) else { return }
        let lowercased = id.text.lowercased()
        let holding = lowercased.isEmpty ? [] : known.filter { $0.lowercased().contains(lowercased) }
        let notes = holding.count == 1 ? ["did you mean \"\(holding[0])\"?"]
            : holding.count > 1 ? ["\(holding.count) ids hold \"\(id.text)\", such as \"\(holding[0])\" and \"\(holding[1])\""]
            : Suggestions.note(for: id.text, in: known, quote: "\"")
        throw Diagnostic(.type, "no statement has the id \(Value.string(id.text).literalDescription)", at: id.range,
            notes: notes + ["list them with: statements | select id, date, title"])
    }

    // MARK: Operators

    private mutating func check(_ op: PipelineOperator, columns: [Column]) throws(Diagnostic) -> CheckedStep {
        switch op.kind {
        case .where(let condition):
            let typed = try check(condition, columns: columns)
            try require(typed, fits: .bool, what: "the condition of 'where'")
            return CheckedStep(kind: .filter(typed), columns: columns, range: op.range)
        case .select(let items):
            var typed = [TypedExpression]()
            var output = [Column]()
            for (index, item) in items.enumerated() {
                let expression = try check(item.expression, columns: columns)
                typed.append(expression)
                let name = item.name ?? Self.defaultName(for: item.expression, position: index)
                try addUnique(Column(name, expression.type), to: &output, at: item.expression.range)
            }
            return CheckedStep(kind: .project(typed), columns: output, range: op.range)
        case .extend(let items):
            var output = columns
            var writes = [(position: Int, expression: TypedExpression)]()
            for (index, item) in items.enumerated() {
                let expression = try check(item.expression, columns: output)
                let name = item.name ?? Self.defaultName(for: item.expression, position: columns.count + index)
                if let existing = output.firstIndex(where: { $0.name == name }) {
                    output[existing] = Column(name, expression.type)
                    writes.append((existing, expression))
                } else {
                    output.append(Column(name, expression.type))
                    writes.append((output.count - 1, expression))
                }
            }
            return CheckedStep(kind: .extend(writes), columns: output, range: op.range)
        case .sort(let keys):
            var typed = [(expression: TypedExpression, descending: Bool)]()
            for key in keys {
                typed.append((try check(key.expression, columns: columns), key.descending))
            }
            return CheckedStep(kind: .sort(typed), columns: columns, range: op.range)
        case .take(let count):
            let typed = try check(count, columns: [])
            try require(typed, fits: .int, what: "the row count of 'take'")
            return CheckedStep(kind: .take(typed), columns: columns, range: op.range)
        case .join(let kind, let right, let keys):
            return try checkJoin(kind, right, keys: keys, columns: columns, range: op.range)
        case .pivot(let expression):
            let typed = try check(expression, columns: columns)
            guard case .column(let position) = typed.kind else {
                throw Diagnostic(.type, "'pivot' takes a column of its input, not an expression", at: expression.range)
            }
            if case .list = columns[position].type {
                throw Diagnostic(.type, "cannot pivot on the list column '\(columns[position].name)'", at: expression.range,
                    notes: ["expand it first: | expand \(columns[position].name) | summarize ... | pivot \(columns[position].name)"])
            }
            let value = columns.indices.last { $0 != position && columns[$0].type.isNumeric }
            let keys = columns.indices.filter { $0 != position && $0 != value }
            return CheckedStep(kind: .pivot(column: position, value: value, keys: keys), columns: keys.map { columns[$0] }, range: op.range)
        case .union(let pipelines):
            return try checkUnion(pipelines, columns: columns, range: op.range)
        case .rename(let renames):
            return try checkRename(renames, columns: columns, range: op.range)
        case .drop(let dropped):
            return try checkDrop(dropped, columns: columns, range: op.range)
        case .sample(let count, let seed):
            let typedCount = try check(count, columns: [])
            try require(typedCount, fits: .int, what: "the row count of 'sample'")
            if case .literal(.int(let value)) = typedCount.kind, value < 0 {
                throw Diagnostic(.type, "'sample' needs a count of zero or more, not \(value)", at: count.range)
            }
            let typedSeed = try seed.map { (expression) throws(Diagnostic) in try check(expression, columns: []) }
            if let typedSeed { try require(typedSeed, fits: .int, what: "the seed of 'sample'") }
            return CheckedStep(kind: .sample(count: typedCount, seed: typedSeed), columns: columns, range: op.range)
        case .top(let count, let key):
            let typed = try check(count, columns: [])
            try require(typed, fits: .int, what: "the row count of 'top'")
            if case .literal(.int(let value)) = typed.kind, value < 0 {
                throw Diagnostic(.type, "'top' needs a count of zero or more, not \(value)", at: count.range)
            }
            let keyExpression = try check(key.expression, columns: columns)
            return CheckedStep(kind: .top(count: typed, key: (keyExpression, key.descending)), columns: columns, range: op.range)
        case .distinct(let expressions):
            var typed = [TypedExpression]()
            var output = [Column]()
            for (index, expression) in expressions.enumerated() {
                let checked = try check(expression, columns: columns)
                typed.append(checked)
                try addUnique(Column(Self.defaultName(for: expression, position: index), checked.type), to: &output, at: expression.range)
            }
            return CheckedStep(kind: .distinct(typed), columns: output, range: op.range)
        case .count:
            return CheckedStep(kind: .count, columns: [Column("count", .int)], range: op.range)
        case .summarize(let aggregates, let by):
            var keys = [TypedExpression]()
            var output = [Column]()
            for (index, item) in by.enumerated() {
                let key = try check(item.expression, columns: columns)
                keys.append(key)
                try addUnique(Column(item.name ?? Self.defaultName(for: item.expression, position: index), key.type), to: &output, at: item.expression.range)
            }
            var typedAggregates = [(function: String, argument: TypedExpression?)]()
            for aggregate in aggregates {
                let (function, argument, type) = try checkAggregate(aggregate.function, aggregate.arguments, range: aggregate.range, columns: columns)
                typedAggregates.append((function, argument))
                let name = aggregate.name ?? Self.aggregateName(aggregate)
                try addUnique(Column(name, type), to: &output, at: aggregate.range)
            }
            return CheckedStep(kind: .summarize(keys: keys, aggregates: typedAggregates), columns: output, range: op.range)
        case .expand(let field):
            let typed = try check(field, columns: columns)
            guard case .column(let position) = typed.kind else {
                throw Diagnostic(.type, "'expand' takes a column of lists, such as topics or entities", at: field.range)
            }
            guard case .list(let element) = typed.type else {
                throw Diagnostic(.type, "'expand' needs a list column; '\(columns[position].name)' is \(typed.type)", at: field.range)
            }
            var output = columns
            output[position] = Column(columns[position].name, element)
            return CheckedStep(kind: .expand(column: position), columns: output, range: op.range)
        case .search(let text):
            guard !text.isEmpty else { throw Diagnostic(.type, "'search' needs a non-empty text", at: op.range) }
            return CheckedStep(kind: .search(text), columns: columns, range: op.range)
        case .kwic(let term, let width):
            guard !term.isEmpty else { throw Diagnostic(.type, "'kwic' needs a non-empty term", at: op.range) }
            guard let text = columns.firstIndex(where: { $0.name == "text" && $0.type == .string }) else {
                throw Diagnostic(.type, "'kwic' needs a 'text' column of strings", at: op.range,
                    notes: ["start from clauses: clauses | kwic \"\(term)\""])
            }
            let typedWidth = try width.map { (expression) throws(Diagnostic) in try check(expression, columns: []) }
            if let typedWidth { try require(typedWidth, fits: .int, what: "the width of 'kwic'") }
            // Which statement and clause a hit is in: a clause-level table says so in its columns;
            // for statements (`id`) the evaluator finds the clause by the hit's offset.
            let statement = columns.firstIndex { $0.name == "statement" } ?? columns.firstIndex { $0.name == "id" && $0.type == .string }
            let clause = columns.firstIndex { $0.name == "n" } ?? columns.firstIndex { $0.name == "clause" }
            let output = [
                Column("statement", .string), Column("n", .int), Column("left", .string), Column("match", .string),
                Column("right", .string),
            ]
            return CheckedStep(kind: .kwic(term: term, width: typedWidth, text: text, statement: statement, clause: clause),
                columns: output, range: op.range)
        case .chart(let style, let stacked, let file):
            return CheckedStep(kind: .chart(try chartLayout(style, stacked: stacked, file: file, columns: columns, range: op.range)),
                columns: columns, range: op.range)
        case .diff:
            guard let id = columns.firstIndex(where: { $0.name == "id" && $0.type == .string })
                ?? columns.firstIndex(where: { $0.name == "statement" && $0.type == .string })
            else {
                throw Diagnostic(.type, "'diff' needs statements: an 'id' or 'statement' column of statement ids", at: op.range,
                    notes: ["for example: statements | where title has \"Quad\" | sort by date | diff"])
            }
            return CheckedStep(kind: .diff(id: id), columns: Schema.diffColumns, range: op.range)
        case .why:
            guard let statement = columns.firstIndex(where: { $0.name == "statement" && $0.type == .string }),
                let clause = columns.firstIndex(where: { ($0.name == "n" || $0.name == "clause") && $0.type == .int })
            else {
                throw Diagnostic(.type, "'why' explains clauses: it needs a 'statement' column and a clause number ('n' or 'clause')",
                    at: op.range, notes: ["for example: clauses | where statement == \"ID\" and n == 3 | why"])
            }
            return CheckedStep(kind: .why(statement: statement, clause: clause), columns: Schema.evidenceColumns, range: op.range)
        case .assert(let condition, let message):
            return try checkAssertion(condition, message: message, columns: columns, range: op.range)
        }
    }

    private func addUnique(_ column: Column, to columns: inout [Column], at range: Range<Int>) throws(Diagnostic) {
        guard !columns.contains(where: { $0.name == column.name }) else {
            throw Diagnostic(.type, "two columns are named '\(column.name)'", at: range, notes: ["name one with 'as'"])
        }
        columns.append(column)
    }

    /// The name of an unnamed output column: a column's own name, `f_x` for `f(x)`, else `columnN`.
    static func defaultName(for expression: Expression, position: Int) -> String {
        switch expression.kind {
        case .column(let path):
            return path.joined(separator: ".")
        case .call(let name, let arguments):
            if arguments.count == 1, case .column(let path) = arguments[0].kind {
                return name + "_" + (path.last ?? "")
            }
            return name
        default:
            return "column\(position + 1)"
        }
    }

    /// `count` for `count()`, `sum_n` for `sum(n)`.
    static func aggregateName(_ aggregate: Aggregate) -> String {
        guard let argument = aggregate.arguments.first else { return aggregate.function }
        if case .column(let path) = argument.kind { return aggregate.function + "_" + (path.last ?? "") }
        return aggregate.function
    }

    // MARK: Expressions

    func require(_ expression: TypedExpression, fits type: ValueType, what: String) throws(Diagnostic) {
        guard expression.type.fits(type) else {
            throw Diagnostic(.type, "\(what) must be \(type), not \(expression.type)", at: expression.range)
        }
    }

    /// Types an expression over rows with the given columns.
    public mutating func check(_ expression: Expression, columns: [Column]) throws(Diagnostic) -> TypedExpression {
        let range = expression.range
        switch expression.kind {
        case .literal(let value):
            return TypedExpression(kind: .literal(value), type: value.type, range: range)
        case .duration(let step):
            throw Diagnostic(.type, "a duration such as \(step) only sizes the buckets of bin", at: range,
                notes: ["for example: summarize count() by month = bin(date, 1month)"])
        case .column(let path):
            return try column(path, columns: columns, range: range)
        case .parameter(let name):
            guard let type = environment.parameters[name] else {
                throw Diagnostic(.type, "unknown parameter $\(name)", at: range,
                    notes: Suggestions.note(for: name, in: environment.parameters.keys.sorted(), quote: "$")
                        + ["bind it with --param \(name)=VALUE or .param set \(name) VALUE"])
            }
            return TypedExpression(kind: .parameter(name), type: type, range: range)
        case .regex(let pattern, let flags):
            return TypedExpression(kind: .regex(pattern: pattern, flags: flags), type: .string, range: range)
        case .list(let elements):
            var typed = [TypedExpression]()
            var elementType = ValueType.null
            for element in elements {
                let checked = try check(element, columns: columns)
                if elementType == .null {
                    elementType = checked.type
                } else if !checked.type.fits(elementType) {
                    throw Diagnostic(.type, "a list holds values of one type: \(elementType), then \(checked.type)", at: element.range)
                }
                typed.append(checked)
            }
            return TypedExpression(kind: .list(typed), type: .list(elementType == .null ? .any : elementType), range: range)
        case .call("bin", let arguments):
            return try checkBin(arguments, columns: columns, range: range)
        case .call(let name, let arguments):
            var typed = [TypedExpression]()
            for argument in arguments { typed.append(try check(argument, columns: columns)) }
            if FunctionCatalog.aggregates.contains(where: { $0.name == name }), !FunctionCatalog.functions.contains(where: { $0.name == name }) {
                throw Diagnostic(.type, "'\(name)' is an aggregate: use it in 'summarize'", at: range,
                    notes: ["for example: summarize \(name)(...) by actor"])
            }
            switch FunctionCatalog.resultType(of: name, arguments: typed.map(\.type)) {
            case .success(let type):
                return TypedExpression(kind: .call(name, typed), type: type, range: range)
            case .failure(let problem):
                throw diagnostic(for: problem, function: name, range: range, candidates: FunctionCatalog.functions.map(\.name),
                    kind: "function", arguments: typed)
            }
        case .unary(let op, let operand):
            let typed = try check(operand, columns: columns)
            switch op {
            case .negate:
                guard typed.type.isNumeric || typed.type == .any || typed.type == .null else {
                    throw Diagnostic(.type, "'-' needs a number, not \(typed.type)", at: operand.range)
                }
                return TypedExpression(kind: .unary(op, typed), type: typed.type, range: range)
            case .not:
                try require(typed, fits: .bool, what: "the operand of 'not'")
                return TypedExpression(kind: .unary(op, typed), type: .bool, range: range)
            }
        case .binary(let op, let left, let right):
            let lhs = try check(left, columns: columns)
            let outerComparedColumn = comparedColumn
            comparedColumn = Self.valueComparisons.contains(op) ? columnName(of: lhs, columns: columns) : nil
            defer { comparedColumn = outerComparedColumn }
            let rhs = try check(right, columns: columns)
            let type: ValueType
            do throws(Diagnostic) {
                type = try binaryType(op, lhs, rhs, range: range)
            } catch {
                var diagnostic = error
                diagnostic.notes += quotedDateNote(op, lhs, rhs, left: left, right: right)
                throw diagnostic
            }
            warnAboutUnknownValues(op, lhs, rhs, columns: columns)
            return TypedExpression(kind: .binary(op, lhs, rhs), type: type, range: range)
        }
    }

    private func column(_ path: [String], columns: [Column], range: Range<Int>) throws(Diagnostic) -> TypedExpression {
        let joined = path.joined(separator: ".")
        if let position = columns.firstIndex(where: { $0.name == joined }) {
            return TypedExpression(kind: .column(position), type: columns[position].type, range: range)
        }
        if path.count == 2, path[0] == "statement", let statement = columns.firstIndex(where: { $0.name == "statement" }) {
            guard let field = Schema.statementColumns.first(where: { $0.name == path[1] }) else {
                throw Diagnostic(.type, "a statement has no field '\(path[1])'", at: range,
                    notes: Suggestions.note(for: path[1], in: Schema.statementColumns.map(\.name))
                        + ["statement fields: " + Schema.statementColumns.map(\.name).joined(separator: ", ")])
            }
            return TypedExpression(kind: .statementField(statementColumn: statement, field: field.name), type: field.type, range: range)
        }
        var candidates = columns.map(\.name)
        if columns.contains(where: { $0.name == "statement" }) {
            candidates += Schema.statementColumns.map { "statement." + $0.name }
        }
        var notes = Suggestions.note(for: joined, in: candidates)
        if notes.isEmpty, FunctionCatalog.functions.contains(where: { $0.name == joined }) {
            notes = ["'\(joined)' is a function: call it as \(joined)(...)"]
        }
        if path.count == 1 { notes += quotedValueNote(for: joined) }
        throw Diagnostic(.type, "unknown column '\(joined)'", at: range,
            notes: notes + ["columns here: " + columns.map(\.name).joined(separator: ", ")])
    }

    /// The operators that compare a column with a value, after which a bare word may be a value typed without quotes.
    private static let valueComparisons: [BinaryOperator] = [.equal, .notEqual, .in, .notIn, .has, .contains, .startswith]

    /// The name of the column an expression is, or nil when it is something else.
    private func columnName(of expression: TypedExpression, columns: [Column]) -> String? {
        guard case .column(let position) = expression.kind else { return nil }
        return columns[position].name
    }

    /// "'India' is a value of actor: quote it", for a bare word that is a value of the compared column.
    private func quotedValueNote(for word: String) -> [String] {
        guard let column = comparedColumn, let known = environment.values.values(of: column) else { return [] }
        let lowercased = word.lowercased()
        guard let value = known.first(where: { $0 == word }) ?? known.first(where: { $0.lowercased() == lowercased }) else { return [] }
        return ["'\(word)' is a value of \(column): quote it, \(Value.string(value).literalDescription)"]
    }

    /// "a date literal has no quotes: date > 2024-01-01", for a date compared with a quoted day.
    private func quotedDateNote(_ op: BinaryOperator, _ lhs: TypedExpression, _ rhs: TypedExpression, left: Expression, right: Expression)
        -> [String]
    {
        guard [.equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual].contains(op) else { return [] }
        let text: String
        let date: Expression
        if lhs.type == .date, case .literal(.string(let literal)) = rhs.kind {
            (text, date) = (literal, left)
        } else if rhs.type == .date, case .literal(.string(let literal)) = lhs.kind {
            (text, date) = (literal, right)
        } else {
            return []
        }
        guard let day = Day(iso: text) else { return ["a date literal has no quotes and reads year-month-day: 2024-05-15"] }
        guard case .column(let path) = date.kind else { return ["a date literal has no quotes: \(day)"] }
        let name = path.joined(separator: ".")
        let comparison = lhs.type == .date ? "\(name) \(op.rawValue) \(day)" : "\(day) \(op.rawValue) \(name)"
        return ["a date literal has no quotes: \(comparison)"]
    }

    private func binaryType(_ op: BinaryOperator, _ lhs: TypedExpression, _ rhs: TypedExpression, range: Range<Int>) throws(Diagnostic) -> ValueType {
        let left = lhs.type, right = rhs.type
        func mismatch(_ message: String) -> Diagnostic {
            Diagnostic(.type, message, at: range)
        }
        switch op {
        case .and, .or:
            try require(lhs, fits: .bool, what: "the left side of '\(op.rawValue)'")
            try require(rhs, fits: .bool, what: "the right side of '\(op.rawValue)'")
            return .bool
        case .equal, .notEqual:
            guard left.isComparable(with: right) else {
                throw mismatch("cannot compare \(left) with \(right) using '\(op.rawValue)'")
            }
            return .bool
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard left.isComparable(with: right) else {
                throw mismatch("cannot compare \(left) with \(right) using '\(op.rawValue)'")
            }
            if case .list = left { throw mismatch("lists cannot be ordered with '\(op.rawValue)'") }
            if left == .bool || right == .bool { throw mismatch("true and false cannot be ordered with '\(op.rawValue)'") }
            return .bool
        case .in, .notIn:
            guard case .list(let element) = right else {
                if right == .any || right == .null { return .bool }
                throw mismatch("the right side of '\(op.rawValue)' must be a list, not \(right)")
            }
            guard left.isComparable(with: element) else {
                throw mismatch("cannot look for \(left) in a \(right)")
            }
            return .bool
        case .has, .contains, .startswith:
            if case .list(let element) = left, op != .startswith {
                guard right.isComparable(with: element) else { throw mismatch("cannot look for \(right) in a \(left)") }
                return .bool
            }
            guard left.fits(.string), right.fits(.string) else {
                throw mismatch("'\(op.rawValue)' works on strings\(op == .startswith ? "" : " and lists"), not \(left) and \(right)")
            }
            return .bool
        case .matches:
            guard left.fits(.string) || left == .list(.string) else {
                throw mismatch("'matches' needs a string on the left, not \(left)")
            }
            guard right.fits(.string) else { throw mismatch("'matches' needs a regex or a string pattern, not \(right)") }
            return .bool
        case .add:
            if left == .string || right == .string {
                guard left.fits(.string), right.fits(.string) else {
                    throw mismatch("'+' joins two strings or adds numbers, not \(left) and \(right)")
                }
                return .string
            }
            if left == .date, right.fits(.int) { return .date }
            return try numericType(op, left, right, range: range)
        case .subtract:
            if left == .date, right == .date { return .int }
            if left == .date, right.fits(.int) { return .date }
            return try numericType(op, left, right, range: range)
        case .multiply, .divide, .remainder:
            return try numericType(op, left, right, range: range)
        }
    }

    private func numericType(_ op: BinaryOperator, _ left: ValueType, _ right: ValueType, range: Range<Int>) throws(Diagnostic) -> ValueType {
        let numericOrUnknown: (ValueType) -> Bool = { $0.isNumeric || $0 == .any || $0 == .null }
        guard numericOrUnknown(left), numericOrUnknown(right) else {
            throw Diagnostic(.type, "'\(op.rawValue)' needs numbers, not \(left) and \(right)", at: range)
        }
        if left == .float || right == .float { return .float }
        if left == .any || right == .any { return .any }
        return .int
    }

    /// Warns when a column is compared with a string that no row has: a literal, or the value
    /// of a parameter (the warning then points at `$name`).
    private mutating func warnAboutUnknownValues(_ op: BinaryOperator, _ lhs: TypedExpression, _ rhs: TypedExpression, columns: [Column]) {
        guard [.equal, .notEqual, .in, .notIn, .has].contains(op), let name = columnName(of: lhs, columns: columns),
            let known = environment.values.values(of: name), !known.isEmpty
        else { return }
        // `has` on a text finds words and phrases inside values ("Corridor" in a project's
        // name): only on a list is it a whole value that one of the known ones must be.
        if op == .has {
            guard case .list = lhs.type else { return }
        }
        var literals = [(String, Range<Int>)]()
        switch rhs.kind {
        case .literal(.string(let text)):
            literals.append((text, rhs.range))
        case .list(let elements):
            for element in elements { if case .literal(.string(let text)) = element.kind { literals.append((text, element.range)) } }
        case .parameter(let parameter):
            switch environment.parameterValues[parameter] {
            case .string(let text): literals.append((text, rhs.range))
            case .list(let values): for case .string(let text) in values { literals.append((text, rhs.range)) }
            default: break
            }
        default:
            break
        }
        for (text, range) in literals {
            if op == .has {
                let lowercased = knownLowercasedValues[name] ?? Set(known.map { $0.lowercased() })
                knownLowercasedValues[name] = lowercased
                if lowercased.contains(text.lowercased()) { continue }
            } else if Self.sortedValues(known, contain: text) {
                continue
            }
            guard unknownValueWarnings < Self.maximumUnknownValueWarnings else {
                omittedUnknownValues = ((omittedUnknownValues?.count ?? 0) + 1, omittedUnknownValues?.first ?? range)
                continue
            }
            unknownValueWarnings += 1
            warnings.append(Diagnostic(.warning, "no row has \(name) \(Value.string(text).literalDescription)", at: range,
                notes: unknownValueNotes(text, op, column: name, known: known)))
        }
    }

    /// Whether `values`, sorted, hold `text` (binary search: a column may have tens of thousands).
    private static func sortedValues(_ values: [String], contain text: String) -> Bool {
        var low = 0, high = values.count
        while low < high {
            let middle = low + (high - low) / 2
            if values[middle] < text { low = middle + 1 } else { high = middle }
        }
        return low < values.count && values[low] == text
    }

    /// What a value no row has probably meant: a CAMEO root (`cameo startswith "03"`), the value
    /// it is another name for (`"USA"` is the actor_code of "United States"), else the closest spelling.
    private func unknownValueNotes(_ text: String, _ op: BinaryOperator, column: String, known: [String]) -> [String] {
        if column == "cameo", text.count == 2, text.allSatisfy({ $0.isASCII && $0.isNumber }) {
            let negation = op == .notEqual || op == .notIn ? "not " : ""
            return ["'\(text)' is a CAMEO root: \(negation)cameo startswith \(Value.string(text).literalDescription)"]
        }
        let aliases = environment.values.aliases(of: column)
        if let alias = aliases[text.lowercased()], Self.sortedValues(known, contain: alias.value) {
            return [alias.note(for: text)]
        }
        return Suggestions.note(for: text, in: known, quote: "\"")
    }

    func diagnostic(for problem: FunctionCatalog.TypeProblem, function: String, range: Range<Int>, candidates: [String],
        kind: String, arguments: [TypedExpression] = []) -> Diagnostic
    {
        switch problem {
        case .unknown:
            return Diagnostic(.type, "unknown \(kind) '\(function)'", at: range,
                notes: Suggestions.note(for: function, in: candidates) + ["\(kind)s: " + candidates.joined(separator: ", ")])
        case .arity(let expected, let found):
            return Diagnostic(.type, "'\(function)' takes \(expected) argument\(expected == "1" ? "" : "s"), not \(found)", at: range)
        case .argument(let index, let expected, let found):
            let at = index < arguments.count ? arguments[index].range : range
            return Diagnostic(.type, "argument \(index + 1) of '\(function)' must be \(expected), not \(found)", at: at)
        }
    }
}
