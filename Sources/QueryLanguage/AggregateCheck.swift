/// How an aggregate call is checked, in `summarize` and in `assert` alike: the accumulator
/// that computes it, its argument and its type. `dcount(x)` is `count_distinct(x)`;
/// `count_if(c)` counts the rows where `c` holds and `sum_if(x, c)` sums `x` over them (both
/// read as their plain aggregate over `iff(c, ..., null)`, since aggregates skip nulls);
/// `percent()` is the group's share of all the rows, in percent.
extension Checker {
    mutating func checkAggregate(_ name: String, _ arguments: [Expression], range: Range<Int>, columns: [Column]) throws(Diagnostic)
        -> (function: String, argument: TypedExpression?, type: ValueType)
    {
        var typed = [TypedExpression]()
        for argument in arguments { typed.append(try check(argument, columns: columns)) }
        switch name {
        case "count_if":
            guard typed.count == 1 else { throw Diagnostic(.type, "'count_if' takes 1 argument, not \(typed.count)", at: range) }
            try require(typed[0], fits: .bool, what: "the condition of 'count_if'")
            return ("count", Self.when(typed[0], TypedExpression(kind: .literal(.bool(true)), type: .bool, range: typed[0].range)), .int)
        case "sum_if":
            guard typed.count == 2 else { throw Diagnostic(.type, "'sum_if' takes 2 arguments, not \(typed.count)", at: range) }
            try require(typed[1], fits: .bool, what: "the condition of 'sum_if'")
            switch FunctionCatalog.aggregateType(of: "sum", argument: typed[0].type) {
            case .success(let type): return ("sum", Self.when(typed[1], typed[0]), type)
            case .failure(let problem): throw diagnostic(for: problem, function: name, range: range, candidates: [], kind: "aggregate", arguments: typed)
            }
        default:
            let function = name == "dcount" ? "count_distinct" : name
            guard typed.count <= 1 else {
                throw Diagnostic(.type, "the aggregate '\(name)' takes at most 1 argument, not \(typed.count)", at: range)
            }
            switch FunctionCatalog.aggregateType(of: function, argument: typed.first?.type) {
            case .success(let type):
                return (function, typed.first, type)
            case .failure(let problem):
                throw diagnostic(for: problem, function: name, range: range, candidates: FunctionCatalog.aggregates.map(\.name),
                    kind: "aggregate", arguments: typed)
            }
        }
    }

    /// `iff(condition, value, null)`: the value on the rows where the condition holds.
    private static func when(_ condition: TypedExpression, _ value: TypedExpression) -> TypedExpression {
        let null = TypedExpression(kind: .literal(.null), type: .null, range: condition.range)
        let range = min(condition.range.lowerBound, value.range.lowerBound)..<max(condition.range.upperBound, value.range.upperBound)
        return TypedExpression(kind: .call("iff", [condition, value, null]), type: value.type, range: range)
    }
}
