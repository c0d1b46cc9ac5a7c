import QueryLanguage

/// An expression that reads at most one categorical column of a row (a column of the source or
/// a field of the row's statement) and can neither fail nor depend on anything else: its value
/// is worked out once per dictionary entry of that column instead of once per row.
struct ColumnarExpression {
    /// What a columnar expression reads.
    enum Reference: Hashable {
        /// A column of the source, by position.
        case column(Int)
        /// `statement.FIELD`.
        case statementField(String)
    }

    /// The column read, or nil for a constant.
    let reference: Reference?
    /// The expression with the column read as the only value of a one-value row.
    private let body: TypedExpression

    /// The functions that cannot fail and give the same value for the same arguments.
    private static let functions: Set<String> = ["lower", "upper", "trim", "len", "year", "month", "day", "coalesce", "join"]

    /// The columns `expression` reads over `source`, when it is made only of literals, finite
    /// parameters, categorical columns, comparisons, `and`/`or`/`not` and the functions above;
    /// nil otherwise.
    static func references(of expression: TypedExpression, source: String, parameters: [String: Value]) -> Set<Reference>? {
        let columns = Schema.sources[source] ?? []
        switch expression.kind {
        case .literal:
            return []
        case .parameter(let name):
            return (parameters[name] ?? .null).isFinite ? [] : nil
        case .column(let position):
            guard position < columns.count, SourceColumns.supports(source, columns[position].name) else { return nil }
            return [.column(position)]
        case .statementField(let column, let field):
            guard column < columns.count, columns[column].name == "statement",
                SourceColumns.supportsStatementField(source, field)
            else { return nil }
            return [.statementField(field)]
        case .list(let elements):
            return union(elements, source: source, parameters: parameters)
        case .call(let name, let arguments):
            guard functions.contains(name) else { return nil }
            return union(arguments, source: source, parameters: parameters)
        case .unary(let op, let operand):
            guard op == .not else { return nil }
            return references(of: operand, source: source, parameters: parameters)
        case .binary(let op, let left, let right):
            switch op {
            case .and, .or, .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .in, .notIn, .has, .contains,
                .startswith:
                return union([left, right], source: source, parameters: parameters)
            case .add, .subtract, .multiply, .divide, .remainder, .matches:
                return nil
            }
        case .regex:
            return nil
        }
    }

    private static func union(_ expressions: [TypedExpression], source: String, parameters: [String: Value]) -> Set<Reference>? {
        var all = Set<Reference>()
        for expression in expressions {
            guard let found = references(of: expression, source: source, parameters: parameters) else { return nil }
            all.formUnion(found)
        }
        return all
    }

    /// `expression` as a columnar expression, or nil when it reads more than one column or
    /// anything that is not supported.
    init?(_ expression: TypedExpression, source: String, parameters: [String: Value]) {
        guard let found = Self.references(of: expression, source: source, parameters: parameters), found.count <= 1 else {
            return nil
        }
        reference = found.first
        body = Self.reading(expression)
    }

    /// The values of the expression for each entry of `dictionary` (or its one value for a
    /// constant, with an empty dictionary), computed by the row compiler itself.
    func values(over dictionary: [Value], context: ExecutionContext, range: Range<Int>) throws(Diagnostic) -> [Value] {
        let compiled = try ExpressionCompiler(context: context).compile(body)
        guard reference != nil else { return [try compiled([])] }
        var values = [Value]()
        values.reserveCapacity(dictionary.count)
        for entry in dictionary {
            try context.checkpoint(range)
            values.append(try compiled([entry]))
        }
        return values
    }

    /// The expression with the column it reads replaced by position 0 of a one-value row.
    private static func reading(_ expression: TypedExpression) -> TypedExpression {
        var copy = expression
        switch expression.kind {
        case .column, .statementField:
            copy.kind = .column(0)
        case .list(let elements):
            copy.kind = .list(elements.map(reading))
        case .call(let name, let arguments):
            copy.kind = .call(name, arguments.map(reading))
        case .unary(let op, let operand):
            copy.kind = .unary(op, reading(operand))
        case .binary(let op, let left, let right):
            copy.kind = .binary(op, reading(left), reading(right))
        case .literal, .parameter, .regex:
            break
        }
        return copy
    }
}
