import QueryLanguage

/// The common table expressions of a compiled query, one per step (`s0`, `s1`, ...), and the
/// order of their rows: after a sort, each step carries a hidden column (`"cq order"`, a name
/// no query can write) numbering the rows in cq's order, which `take`, a later sort (cq's sort
/// is stable), `distinct`, `summarize` and the final `SELECT` follow.
struct CTEChain {
    let dialect: SQLDialect
    private var steps: [String]
    /// Whether the last step's rows carry the order column.
    private(set) var ordered = false

    /// A chain whose first step is `select`.
    init(first select: String, dialect: SQLDialect) {
        self.dialect = dialect
        steps = ["s0 AS (\(select))"]
    }

    /// The name of the last step, which the next one reads.
    var last: String { "s\(steps.count - 1)" }

    /// The hidden column of the rows' order.
    var orderColumn: String { dialect.quoted("cq order") }

    /// ` ORDER BY "cq order"` when the rows are in order, or nothing.
    var orderBy: String { ordered ? " ORDER BY \(orderColumn)" : "" }

    /// Adds a step; `ordered` says whether its rows carry the order column (by default, as
    /// the step before).
    mutating func add(_ select: String, ordered: Bool? = nil) {
        steps.append("s\(steps.count) AS (\(select))")
        if let ordered { self.ordered = ordered }
    }

    /// A step's column list with the order column after it when the rows are in order.
    func withOrder(_ items: [String]) -> String {
        (items + (ordered ? [orderColumn] : [])).joined(separator: ", ")
    }

    /// Numbers the rows in the order of `keys` (null first ascending, last descending, as cq
    /// sorts), ties kept in the order they had.
    mutating func sort(by keys: [(expression: TypedExpression, descending: Bool)], columns: [Column], expressions: SQLExpression)
        throws(Diagnostic)
    {
        var terms = [String]()
        for key in keys {
            if case .list = key.expression.type { throw dialect.untranslated("sorting by a list", at: key.expression.range) }
            terms.append("\(try expressions.sql(key.expression)) \(key.descending ? "DESC NULLS LAST" : "ASC NULLS FIRST")")
        }
        if ordered { terms.append(orderColumn) }
        let visible = columns.map { dialect.quoted($0.name) }
        add("SELECT \(visible.joined(separator: ", ")), ROW_NUMBER() OVER (ORDER BY \(terms.joined(separator: ", "))) AS \(orderColumn) FROM \(last)",
            ordered: true)
    }

    /// The whole query: the steps, then their last one's columns (in order when it is).
    func sql(columns: [Column]) -> String {
        let final = ordered ? "SELECT \(columns.map { dialect.quoted($0.name) }.joined(separator: ", ")) FROM \(last)\(orderBy)" : "SELECT * FROM \(last)"
        return "WITH " + steps.joined(separator: ",\n") + "\n" + final
    }
}
