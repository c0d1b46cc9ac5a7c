import QueryLanguage

/// What cq would stop a query for before any row is read: a constant expression that fails
/// (`9223372036854775807 + 1`, `1e308 * 10.0`), a division by a constant zero, a negative
/// `take`. The compiler refuses these at check time, since engines would answer them with
/// NULL, infinity or an error of their own where cq gives an error.
struct ConstantCheck {
    let parameters: [String: Value]

    /// The value of `expression` when it depends on no row (literals, parameters and
    /// arithmetic on them), nil otherwise. One walk visits every part of the expression, so a
    /// constant that fails in cq anywhere in it (inside a call or a comparison too) throws cq's
    /// error as a check error.
    func value(of expression: TypedExpression) throws(Diagnostic) -> Value? {
        switch expression.kind {
        case .literal(let value):
            return value
        case .parameter(let name):
            return parameters[name]
        case .unary(let op, let operand):
            guard let value = try value(of: operand), op == .negate else { return nil }
            return try checked(.subtract, value.isInteger ? .int(0) : .float(0), value, at: expression.range)
        case .binary(let op, let left, let right):
            let (dividend, divisor) = (try value(of: left), try value(of: right))
            guard Self.arithmetic.contains(op) else { return nil }
            if op == .divide || op == .remainder, let divisor, divisor.number == 0 {
                throw Diagnostic(.type, op == .divide ? "division by zero" : "modulo by zero", at: expression.range,
                    notes: ["cq stops the query at the first row; no SQL is written for it"])
            }
            guard let dividend, let divisor else { return nil }
            return try checked(op, dividend, divisor, at: expression.range)
        case .call(_, let arguments):
            for argument in arguments { _ = try value(of: argument) }
            return nil
        case .list(let elements):
            for element in elements { _ = try value(of: element) }
            return nil
        case .column, .statementField, .regex:
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
