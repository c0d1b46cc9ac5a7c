import Foundation

/// cq's arithmetic, for the evaluator and for the SQL compiler's check of constant
/// expressions: integer overflow, division by zero and float results that are not finite are
/// errors, never values.
public enum Arithmetic {
    /// `a op b` for `+ - * / %`, with overflow and division by zero as errors; `string + string` joins;
    /// `date ± int` moves by days; `date - date` counts days.
    public static func apply(_ op: BinaryOperator, _ a: Value, _ b: Value, range: Range<Int>) throws(Diagnostic) -> Value {
        switch (a, b) {
        case (.null, _), (_, .null):
            return .null
        case (.string(let x), .string(let y)) where op == .add:
            return .string(x + y)
        case (.int(let x), .int(let y)):
            return .int(try integer(op, x, y, range: range))
        case (.date(let day), .int(let days)) where op == .add || op == .subtract:
            let (offset, overflow) = op == .add ? day.daysSinceEpoch.addingReportingOverflow(days) : day.daysSinceEpoch.subtractingReportingOverflow(days)
            guard !overflow, let result = Day(daysSinceEpoch: offset) else {
                throw Diagnostic(.runtime, "date out of range", at: range)
            }
            return .date(result)
        case (.date(let x), .date(let y)) where op == .subtract:
            return .int(x.daysSinceEpoch - y.daysSinceEpoch)
        default:
            guard let x = a.number, let y = b.number else {
                throw Diagnostic(.runtime, "'\(op.rawValue)' cannot combine \(a.type) and \(b.type)", at: range)
            }
            return .float(try float(op, x, y, range: range))
        }
    }

    private static func integer(_ op: BinaryOperator, _ x: Int, _ y: Int, range: Range<Int>) throws(Diagnostic) -> Int {
        let result: (partialValue: Int, overflow: Bool)
        switch op {
        case .add: result = x.addingReportingOverflow(y)
        case .subtract: result = x.subtractingReportingOverflow(y)
        case .multiply: result = x.multipliedReportingOverflow(by: y)
        case .divide, .remainder:
            guard y != 0 else {
                throw Diagnostic(.runtime, op == .divide ? "division by zero" : "modulo by zero", at: range)
            }
            result = op == .divide ? x.dividedReportingOverflow(by: y) : x.remainderReportingOverflow(dividingBy: y)
        default:
            throw Diagnostic(.runtime, "'\(op.rawValue)' is not arithmetic", at: range)
        }
        if result.overflow {
            throw Diagnostic(.runtime, "integer overflow in '\(op.rawValue)'", at: range,
                notes: ["integers range from \(Int.min) to \(Int.max)"])
        }
        return result.partialValue
    }

    private static func float(_ op: BinaryOperator, _ x: Double, _ y: Double, range: Range<Int>) throws(Diagnostic) -> Double {
        let result: Double
        switch op {
        case .add: result = x + y
        case .subtract: result = x - y
        case .multiply: result = x * y
        case .divide, .remainder:
            guard y != 0 else {
                throw Diagnostic(.runtime, op == .divide ? "division by zero" : "modulo by zero", at: range)
            }
            result = op == .divide ? x / y : fmod(x, y)
        default:
            throw Diagnostic(.runtime, "'\(op.rawValue)' is not arithmetic", at: range)
        }
        return try finite(result, in: "'\(op.rawValue)'", range: range)
    }

    /// `result` when it is finite; infinity and NaN never become values, like division by zero:
    /// `what` names the operation (`'*'`, `sum`) as the integer-overflow message does.
    public static func finite(_ result: Double, in what: String, range: Range<Int>) throws(Diagnostic) -> Double {
        if result.isFinite { return result }
        if result.isNaN {
            throw Diagnostic(.runtime, "float result of \(what) is not a number", at: range)
        }
        throw Diagnostic(.runtime, "float overflow in \(what)", at: range, notes: [floatRangeNote])
    }

    /// The note of a float overflow.
    public static let floatRangeNote = "floats range from -\(Double.greatestFiniteMagnitude) to \(Double.greatestFiniteMagnitude)"
}

extension Value {
    /// The value as a number, when it is one.
    public var number: Double? {
        switch self {
        case .int(let value): Double(value)
        case .float(let value): value
        default: nil
        }
    }
}
