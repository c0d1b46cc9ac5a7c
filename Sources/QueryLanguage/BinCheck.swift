/// How `bin(VALUE, SIZE)` is checked: a date with a duration literal (`bin(date, 1month)`, the
/// first day of the bucket), or a number with a positive number (`bin(n, 10)`, the multiple
/// of the size at or below it). The duration reaches the evaluator as its literal text.
extension Checker {
    mutating func checkBin(_ arguments: [Expression], columns: [Column], range: Range<Int>) throws(Diagnostic) -> TypedExpression {
        guard arguments.count == 2 else {
            throw Diagnostic(.type, "'bin' takes 2 arguments, not \(arguments.count)", at: range,
                notes: ["bin(date, 1month) or bin(number, 10)"])
        }
        let value = try check(arguments[0], columns: columns)
        if case .duration(let step) = arguments[1].kind {
            guard value.type.fits(.date) else {
                throw Diagnostic(.type, "bin with a duration takes a date, not \(value.type)", at: arguments[0].range,
                    notes: ["a number is binned by a number: bin(n, 10)"])
            }
            let size = TypedExpression(kind: .literal(.string(step.description)), type: .string, range: arguments[1].range)
            return TypedExpression(kind: .call("bin", [value, size]), type: .date, range: range)
        }
        let size = try check(arguments[1], columns: columns)
        if value.type == .date {
            throw Diagnostic(.type, "a date is binned by a duration, not \(size.type)", at: arguments[1].range,
                notes: ["durations: 1d, 7d, 2w, 1month, 1quarter, 1year (bin(date, 1month))"])
        }
        guard value.type.isNumeric || value.type == .null || value.type == .any else {
            throw Diagnostic(.type, "'bin' takes a date or a number, not \(value.type)", at: arguments[0].range)
        }
        guard size.type.isNumeric || size.type == .null || size.type == .any else {
            throw Diagnostic(.type, "the size of 'bin' must be a number, not \(size.type)", at: arguments[1].range)
        }
        if case .literal(let literal) = size.kind, !(literal > .int(0)) {
            throw Diagnostic(.type, "the size of 'bin' must be positive, not \(literal.literalDescription)", at: arguments[1].range)
        }
        let type: ValueType = value.type == .float || size.type == .float ? .float : value.type == .any || size.type == .any ? .any : .int
        return TypedExpression(kind: .call("bin", [value, size]), type: type, range: range)
    }
}
