import QueryLanguage

/// Compiles a checked query into SQL over the tables `cq export` writes, one common table
/// expression per step: `WITH s0 AS (SELECT ... FROM clauses), s1 AS (... FROM s0 WHERE
/// ...) SELECT * FROM s1`, with cq's meaning (docs/scale.md). What has no translation (regexes,
/// `diff`, `why`, `kwic`, `chart`, `pivot`, a `let` or `_` source, `has` on text in SQLite,
/// ...) is a check error that names the construct and the dialect, never SQL that fails in an
/// engine.
public struct SQLCompiler {
    public let dialect: SQLDialect
    /// Parameter values, written into the SQL as literals.
    public let parameters: [String: Value]

    /// A compiler for `dialect`.
    public init(dialect: SQLDialect, parameters: [String: Value] = [:]) {
        self.dialect = dialect
        self.parameters = parameters
    }

    /// The SQL of the one query in `source`, checked in `environment`: a `let`, or more than one
    /// statement, is an error, as is anything the query's checking finds.
    public func compile(_ source: SourceText, environment: Checker.Environment) throws(Diagnostic) -> String {
        let statements = try Parser.parse(source)
        guard statements.count == 1, case .query(let pipeline) = statements[0] else {
            throw Diagnostic(.syntax, "SQL is compiled from one query (no let, no ';')", at: 0..<max(1, source.bytes.count))
        }
        var checker = Checker(environment: environment)
        return try compile(try checker.check(pipeline))
    }

    /// The SQL of `pipeline`.
    public func compile(_ pipeline: CheckedPipeline) throws(Diagnostic) -> String {
        guard case .builtin(let source) = pipeline.source, let sourceColumns = Schema.sources[source],
            let exported = ExportSchema.table(holding: source)
        else {
            throw dialect.untranslated("this source", at: pipeline.sourceRange)
        }
        // The first step names the export's columns as the query does (`start_offset AS "start"`).
        let renamed = sourceColumns.map { column in
            let name = exported.columns[column.name] ?? column.name
            return name == column.name ? dialect.quoted(name) : "\(name) AS \(dialect.quoted(column.name))"
        }
        var query = CTEChain(first: "SELECT \(renamed.joined(separator: ", ")) FROM \(exported.table)", dialect: dialect)
        var columns = sourceColumns
        for step in pipeline.steps {
            let expressions = SQLExpression(dialect: dialect, columns: columns, input: query.last, parameters: parameters)
            switch step.kind {
            case .filter(let condition):
                query.add("SELECT * FROM \(query.last) WHERE \(try expressions.condition(condition))")
            case .project(let items):
                let named = try zip(items, step.columns).map { (item, column) throws(Diagnostic) in try expressions.named(item, column.name) }
                query.add("SELECT \(query.withOrder(named)) FROM \(query.last)")
            case .extend(let writes):
                try extend(writes, of: step, columns: columns, in: &query)
            case .sort(let keys):
                try query.sort(by: keys, columns: columns, expressions: expressions)
            case .take(let count):
                query.add("SELECT * FROM \(query.last)\(query.orderBy) LIMIT \(try expressions.count(count, of: "take"))")
            case .top(let count, let key):
                try query.sort(by: [key], columns: columns, expressions: expressions)
                query.add("SELECT * FROM \(query.last)\(query.orderBy) LIMIT \(try expressions.count(count, of: "top"))")
            case .count:
                query.add("SELECT COUNT(*) AS \(dialect.quoted("count")) FROM \(query.last)", ordered: false)
            case .distinct(let items):
                try group(keys: try keys(items, named: step.columns, expressions), in: &query) { _ throws(Diagnostic) in [] }
            case .summarize(let keys, let aggregates):
                try group(keys: try self.keys(keys, named: step.columns, expressions), in: &query) { (keyed) throws(Diagnostic) in
                    // The aggregates read the step's input columns, which the keyed rows carry.
                    let over = SQLExpression(dialect: dialect, columns: columns, input: keyed, parameters: parameters)
                    return try zip(aggregates, step.columns.dropFirst(keys.count)).map { (aggregate, column) throws(Diagnostic) in
                        try over.aggregate(aggregate.function, aggregate.argument, at: step.range) + " AS " + dialect.quoted(column.name)
                    }
                }
            default:
                throw dialect.untranslated("'\(Self.operatorName(step.kind))'", at: step.range)
            }
            columns = step.columns
        }
        return query.sql(columns: columns)
    }

    /// The keyword of an operator the compiler has no SQL for.
    private static func operatorName(_ kind: CheckedStep.Kind) -> String {
        switch kind {
        case .join: "join"
        case .union: "union"
        case .pivot: "pivot"
        case .sample: "sample"
        case .expand: "expand"
        case .search: "search"
        case .kwic: "kwic"
        case .chart: "chart"
        case .diff: "diff"
        case .why: "why"
        case .assert: "assert"
        default: "this operator"
        }
    }

    /// `extend`: one step per item, since an item reads the columns the items before it wrote;
    /// every column keeps its place (a new one goes last, a rewritten one stays where it was).
    private func extend(_ writes: [(position: Int, expression: TypedExpression)], of step: CheckedStep, columns input: [Column],
        in query: inout CTEChain) throws(Diagnostic)
    {
        var columns = input
        for write in writes {
            let expressions = SQLExpression(dialect: dialect, columns: columns, input: query.last, parameters: parameters)
            let name = step.columns[write.position].name
            var items = columns.map { dialect.quoted($0.name) }
            let value = try expressions.named(write.expression, name)
            if write.position < items.count {
                items[write.position] = value
                columns[write.position] = Column(name, write.expression.type)
            } else {
                items.append(value)
                columns.append(Column(name, write.expression.type))
            }
            query.add("SELECT \(query.withOrder(items)) FROM \(query.last)")
        }
    }

    /// `distinct` and `summarize`: the keys are computed first, under names no query can write,
    /// then grouped by (a key that is a constant would be read as a column number in `GROUP
    /// BY 1`). Rows in order stay in the order of each group's first row, as cq keeps them.
    /// `aggregates` gives the aggregates' SQL over the rows of the step it is given.
    private func group(
        keys: [(expression: String, name: String)], in query: inout CTEChain, aggregates: (String) throws(Diagnostic) -> [String]
    ) throws(Diagnostic) {
        guard !keys.isEmpty else {
            query.add("SELECT \(try aggregates(query.last).joined(separator: ", ")) FROM \(query.last)", ordered: false)
            return
        }
        let hidden = keys.indices.map { dialect.quoted("cq key \($0 + 1)") }
        query.add("SELECT *, \(zip(keys, hidden).map { "\($0.expression) AS \($1)" }.joined(separator: ", ")) FROM \(query.last)")
        var items = zip(keys, hidden).map { "\($1) AS \($0.name)" } + (try aggregates(query.last))
        let ordered = query.ordered
        if ordered { items.append("MIN(\(query.orderColumn)) AS \(query.orderColumn)") }
        query.add("SELECT \(items.joined(separator: ", ")) FROM \(query.last) GROUP BY \(hidden.joined(separator: ", "))", ordered: ordered)
    }

    /// The SQL of grouping keys, each with the quoted name of its output column.
    private func keys(_ keys: [TypedExpression], named columns: [Column], _ expressions: SQLExpression) throws(Diagnostic)
        -> [(expression: String, name: String)]
    {
        try zip(keys, columns).map { (key, column) throws(Diagnostic) in (try expressions.sql(key), dialect.quoted(column.name)) }
    }
}
