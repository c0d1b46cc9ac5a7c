/// How `assert CONDITION [, "message"]` is checked. A condition without aggregates must hold
/// for every row. A condition with aggregates (`count() >= 1`, `max(n) < 50`) is tested once,
/// over all the rows: each aggregate call becomes a column of that one summary row, and
/// nothing else in the condition may read a row's column.
extension Checker {
    mutating func checkAssertion(_ condition: Expression, message: String?, columns: [Column], range: Range<Int>) throws(Diagnostic) -> CheckedStep {
        var lifting = AggregateLifting()
        let rewritten = try lifting.lift(condition)
        var aggregates = [AssertedAggregate]()
        let typed: TypedExpression
        if lifting.calls.isEmpty {
            typed = try check(condition, columns: columns)
        } else {
            if let (name, place) = lifting.rowColumns.first {
                throw Diagnostic(.type, "'\(name)' has a value in each row: beside aggregates, an assert can use only aggregates, constants and parameters", at: place,
                    notes: ["test every row with a condition without aggregates, or wrap the column in one: max(\(name)), collect(\(name))"])
            }
            var summaryColumns = [Column]()
            for call in lifting.calls {
                let (function, argument, type) = try checkAggregate(call.function, call.arguments, range: call.range, columns: columns)
                aggregates.append(AssertedAggregate(function: function, argument: argument, name: call.name))
                summaryColumns.append(Column(AggregateLifting.columnName(aggregates.count - 1), type))
            }
            typed = try check(rewritten, columns: summaryColumns)
        }
        try require(typed, fits: .bool, what: "the condition of 'assert'")
        return CheckedStep(kind: .assert(condition: typed, aggregates: aggregates, message: message), columns: columns, range: range)
    }
}

/// Takes the aggregate calls out of an assert's condition, each replaced by a column of the
/// summary row, and notes the row columns it reads outside them.
struct AggregateLifting {
    /// An aggregate call found in the condition.
    struct Call {
        var function: String
        var arguments: [Expression]
        var name: String
        var range: Range<Int>
    }

    private(set) var calls = [Call]()
    /// Columns read outside any aggregate, and where.
    private(set) var rowColumns = [(name: String, range: Range<Int>)]()

    /// The summary row's column holding aggregate `index` (a name no query can spell).
    static func columnName(_ index: Int) -> String {
        "#aggregate\(index)"
    }

    /// The condition with its aggregate calls replaced by summary columns. The parser bounds
    /// how deep an expression nests, so the recursion is bounded too.
    mutating func lift(_ expression: Expression) throws(Diagnostic) -> Expression {
        let range = expression.range
        switch expression.kind {
        case .call(let name, let arguments) where FunctionCatalog.aggregates.contains(where: { $0.name == name }):
            calls.append(Call(function: name, arguments: arguments, name: Self.describe(name, arguments), range: range))
            return Expression(.column([Self.columnName(calls.count - 1)]), range)
        case .column(let path):
            rowColumns.append((path.joined(separator: "."), range))
            return expression
        case .list(let elements):
            var lifted = [Expression]()
            for element in elements { lifted.append(try lift(element)) }
            return Expression(.list(lifted), range)
        case .call(let name, let arguments):
            var lifted = [Expression]()
            for argument in arguments { lifted.append(try lift(argument)) }
            return Expression(.call(name, lifted), range)
        case .unary(let op, let operand):
            return Expression(.unary(op, try lift(operand)), range)
        case .binary(let op, let left, let right):
            return Expression(.binary(op, try lift(left), try lift(right)), range)
        case .literal, .duration, .parameter, .regex:
            return expression
        }
    }

    /// `count()`, `max(n)`; `…` for an argument that is not a column (`count_if(…)`).
    private static func describe(_ function: String, _ arguments: [Expression]) -> String {
        let shown = arguments.map { argument in
            if case .column(let path) = argument.kind { path.joined(separator: ".") } else { "…" }
        }
        return "\(function)(\(shown.joined(separator: ", ")))"
    }
}
