import QueryLanguage

/// A `where` condition over the codes of a source: each part that reads one column is decided
/// once per dictionary entry, each search of a text column by one scan of it, and the parts
/// are combined row by row with `and`, `or` and `not`.
indirect enum ColumnarCondition {
    /// The same answer for every row.
    case constant(Bool)
    /// Whether each dictionary entry passes, looked up by the row's code.
    case lookup(codes: [UInt32], passes: [Bool])
    /// Whether each row passes, worked out by a scan of a text column (`TextScan`).
    case rows([Bool])
    case and(ColumnarCondition, ColumnarCondition)
    case or(ColumnarCondition, ColumnarCondition)
    case not(ColumnarCondition)

    /// The parts of `condition` over `source` and whether they can run on codes: nil when a
    /// part reads something that is not categorical (the step then runs on rows).
    static func plan(_ condition: TypedExpression, source: String, parameters: [String: Value]) -> Plan? {
        if let part = ColumnarExpression(condition, source: source, parameters: parameters) { return .part(part) }
        switch condition.kind {
        case .binary(.and, let left, let right), .binary(.or, let left, let right):
            guard let lhs = plan(left, source: source, parameters: parameters),
                let rhs = plan(right, source: source, parameters: parameters)
            else { return nil }
            if case .binary(.and, _, _) = condition.kind { return .and(lhs, rhs) }
            return .or(lhs, rhs)
        case .unary(.not, let operand):
            return plan(operand, source: source, parameters: parameters).map { .not($0) }
        default:
            return TextScan(condition, source: source).map { .scan($0) }
        }
    }

    /// How a condition splits into parts that each read one column.
    indirect enum Plan {
        case part(ColumnarExpression)
        case scan(TextScan)
        case and(Plan, Plan)
        case or(Plan, Plan)
        case not(Plan)
    }

    /// The condition for `plan`, each part decided for the dictionary of the column it reads.
    static func build(
        _ plan: Plan, source: String, columns: SourceColumns, context: ExecutionContext, range: Range<Int>
    ) throws(Diagnostic) -> ColumnarCondition {
        switch plan {
        case .part(let part):
            guard part.reference != nil else {
                let values = try part.values(over: [], context: context, range: range)
                return .constant(values.first?.isTrue ?? false)
            }
            guard let column = columns.column(for: part.reference, of: source) else {
                throw Diagnostic(.runtime, "internal: a column planned for codes has none", at: range)
            }
            let values = try part.values(over: column.dictionary, context: context, range: range)
            return .lookup(codes: column.codes, passes: values.map(\.isTrue))
        case .scan(let scan):
            return .rows(try scan.rows(of: source, context: context, range: range))
        case .and(let left, let right):
            return .and(
                try build(left, source: source, columns: columns, context: context, range: range),
                try build(right, source: source, columns: columns, context: context, range: range))
        case .or(let left, let right):
            return .or(
                try build(left, source: source, columns: columns, context: context, range: range),
                try build(right, source: source, columns: columns, context: context, range: range))
        case .not(let operand):
            return .not(try build(operand, source: source, columns: columns, context: context, range: range))
        }
    }

    /// Whether the row at `row` passes.
    func holds(_ row: Int) -> Bool {
        switch self {
        case .constant(let answer): answer
        case .lookup(let codes, let passes): passes[Int(codes[row])]
        case .rows(let passes): passes[row]
        case .and(let left, let right): left.holds(row) && right.holds(row)
        case .or(let left, let right): left.holds(row) || right.holds(row)
        case .not(let operand): !operand.holds(row)
        }
    }
}
