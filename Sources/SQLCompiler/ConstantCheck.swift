import QueryLanguage

/// What cq would stop a query for before any row is read: a constant expression that fails
/// (`9223372036854775807 + 1`, `1e308 * 10.0`), a division by a constant zero, a negative
/// `take`. The compiler refuses these at check time, since engines would answer them with
/// NULL, infinity or an error of their own where cq gives an error.
struct ConstantCheck {
    let parameters: [String: Value]

    /// The value of `expression` when it depends on no row (literals, parameters and
    /// arithmetic on them), nil otherwise; a constant that fails in cq throws cq's error as a
    /// check error.
    func value(of expression: TypedExpression) throws(Diagnostic) -> Value? {
        switch expression.kind {
        case .literal(let value):
            return value
        case .parameter(let name):
            return parameters[name]
        case .unary(.negate, let operand):
            guard let value = try value(of: operand) else { return nil }
            return try checked(.subtract, value.isInteger ? .int(0) : .float(0), value, at: expression.range)
        case .binary(let op, let left, let right) where Self.arithmetic.contains(op):
            let divisor = try value(of: right)
            if op == .divide || op == .remainder, let divisor, divisor.number == 0 {
                throw Diagnostic(.type, op == .divide ? "division by zero" : "modulo by zero", at: expression.range,
                    notes: ["cq stops the query at the first row; no SQL is written for it"])
            }
            guard let dividend = try value(of: left), let divisor else { return nil }
            return try checked(op, dividend, divisor, at: expression.range)
        default:
            return nil
        }
    }

    private static let arithmetic: Set<BinaryOperator> = [.add, .subtract, .multiply, .divide, .remainder]

    private func checked(_ op: BinaryOperator, _ a: Value, _ b: Value, at range: Range<Int>) throws(Diagnostic) -> Value {
        do {
            return try Arithmetic.apply(op, a, b, range: range)
        } catch {
            throw Diagnostic(.type, error.message, at: error.range, notes: error.notes + ["cq stops the query here; no SQL is written for it"])
        }
    }
}

extension Value {
    fileprivate var isInteger: Bool {
        if case .int = self { return true }
        return false
    }
}
