import QueryLanguage

/// Compiles a checked query into SQL over the tables `cq export` writes, one common table
/// expression per step: `WITH s0 AS (SELECT ... FROM "clauses"), s1 AS (... FROM s0 WHERE
/// ...) SELECT * FROM s1`. What has no translation yet (a `has` on text, regexes,
/// `diff`, `why`, `kwic`, `chart`, `pivot`, a `let` or `_` source, ...) is a check error that
/// names the construct and the dialect, never SQL that fails in an engine.
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
        var ctes = ["s0 AS (SELECT \(renamed.joined(separator: ", ")) FROM \(exported.table))"]
        var columns = sourceColumns
        // The order a sort gives, as columns of the current step, kept while rows keep it.
        var order: [(column: String, descending: Bool)] = []
        for step in pipeline.steps {
            let previous = "s\(ctes.count - 1)"
            let expressions = SQLExpression(dialect: dialect, columns: columns, input: previous, parameters: parameters)
            let select: String
            switch step.kind {
            case .filter(let condition):
                select = "SELECT * FROM \(previous) WHERE \(try expressions.condition(condition))"
            case .project(let items):
                select = "SELECT \(try zip(items, step.columns).map { (item, column) throws(Diagnostic) in try expressions.named(item, column.name) }.joined(separator: ", ")) FROM \(previous)"
                order = order.filter { kept in step.columns.contains { $0.name == kept.column } && items.contains { Self.isColumn($0, named: kept.column, in: columns) } }
            case .extend(let writes):
                let written = Set(writes.map(\.position))
                var items = columns.indices.filter { !written.contains($0) }.map { dialect.quoted(columns[$0].name) }
                for write in writes { items.append(try expressions.named(write.expression, step.columns[write.position].name)) }
                select = "SELECT \(items.joined(separator: ", ")) FROM \(previous)"
                order = order.filter { kept in !writes.contains { step.columns[$0.position].name == kept.column } }
            case .sort(let keys):
                order = try keys.map { key throws(Diagnostic) in (try sortColumn(key.expression, columns: columns), key.descending) }
                select = "SELECT * FROM \(previous)"
            case .take(let count):
                select = "SELECT * FROM \(previous)\(orderBy(order)) LIMIT \(try expressions.count(count, of: "take"))"
            case .top(let count, let key):
                order = [(try sortColumn(key.expression, columns: columns), key.descending)]
                select = "SELECT * FROM \(previous)\(orderBy(order)) LIMIT \(try expressions.count(count, of: "top"))"
            case .count:
                select = "SELECT COUNT(*) AS \(dialect.quoted("count")) FROM \(previous)"
                order = []
            case .distinct(let items):
                let named = try zip(items, step.columns).map { (item, column) throws(Diagnostic) in try expressions.named(item, column.name) }
                select = "SELECT DISTINCT \(named.joined(separator: ", ")) FROM \(previous)"
                order = []
            case .summarize(let keys, let aggregates):
                let keyNames = step.columns.prefix(keys.count).map(\.name)
                var items = try zip(keys, keyNames).map { (key, name) throws(Diagnostic) in try expressions.named(key, name) }
                for (aggregate, column) in zip(aggregates, step.columns.dropFirst(keys.count)) {
                    items.append(try expressions.aggregate(aggregate.function, aggregate.argument, at: step.range) + " AS " + dialect.quoted(column.name))
                }
                let grouping = keys.isEmpty ? "" : " GROUP BY " + (1...keys.count).map(String.init).joined(separator: ", ")
                select = "SELECT \(items.joined(separator: ", ")) FROM \(previous)\(grouping)"
                order = []
            default:
                throw dialect.untranslated("this operator", at: step.range)
            }
            ctes.append("s\(ctes.count) AS (\(select))")
            columns = step.columns
        }
        return "WITH " + ctes.joined(separator: ",\n") + "\nSELECT * FROM s\(ctes.count - 1)\(orderBy(order))"
    }

    /// ` ORDER BY "a" DESC NULLS LAST, ...` (cq sorts null first ascending, last descending),
    /// or nothing.
    private func orderBy(_ order: [(column: String, descending: Bool)]) -> String {
        guard !order.isEmpty else { return "" }
        return " ORDER BY " + order.map { "\(dialect.quoted($0.column)) \($0.descending ? "DESC NULLS LAST" : "ASC NULLS FIRST")" }.joined(separator: ", ")
    }

    /// A sort key must be a column (an expression is sorted by after `extend`ing it).
    private func sortColumn(_ expression: TypedExpression, columns: [Column]) throws(Diagnostic) -> String {
        guard case .column(let position) = expression.kind else { throw dialect.untranslated("sorting by an expression (extend it, then sort by it)", at: expression.range) }
        return columns[position].name
    }

    private static func isColumn(_ expression: TypedExpression, named name: String, in columns: [Column]) -> Bool {
        if case .column(let position) = expression.kind { return columns[position].name == name }
        return false
    }
}
