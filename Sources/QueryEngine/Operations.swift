import Foundation
import QueryLanguage

/// The semantics of the language's operators on values.
enum Operations {
    /// `==`: null equals only null, numbers compare across int and float, strings exactly.
    static func equal(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.int(let x), .float(let y)): return Double(x) == y
        case (.float(let x), .int(let y)): return x == Double(y)
        default: return a == b
        }
    }

    /// `<`, `<=`, `>`, `>=`: false when either side is null.
    static func compare(_ op: BinaryOperator, _ a: Value, _ b: Value) -> Bool {
        if a.isNull || b.isNull { return false }
        switch op {
        case .less: return a < b
        case .lessOrEqual: return a < b || equal(a, b)
        case .greater: return b < a
        case .greaterOrEqual: return b < a || equal(a, b)
        default: return false
        }
    }

    /// `x in list`.
    static func member(_ value: Value, of list: Value) -> Bool {
        guard case .list(let items) = list else { return false }
        return items.contains { equal($0, value) }
    }

    /// `has`: a whole word of a string, case-insensitive; an element of a list, case-insensitive for strings.
    static func has(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.string(let text), .string(let word)):
            return TextSearch(word).isFoundAsWord(in: text)
        case (.list(let items), .string(let word)):
            return items.contains { if case .string(let item) = $0 { return item.caseInsensitiveEquals(word) } else { return false } }
        case (.list(let items), let value):
            return items.contains { equal($0, value) }
        default:
            return false
        }
    }

    /// `contains`: a substring, case-insensitive; for a list, like `has`.
    static func contains(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.string(let text), .string(let part)):
            return TextSearch(part).isFound(in: text)
        case (.list, _):
            return has(a, b)
        default:
            return false
        }
    }

    /// `startswith`, case-insensitive.
    static func startsWith(_ a: Value, _ b: Value) -> Bool {
        guard case .string(let text) = a, case .string(let prefix) = b else { return false }
        return text.lowercased().hasPrefix(prefix.lowercased())
    }

    /// `+ - * / %` with overflow and division by zero as errors; `string + string` joins;
    /// `date ± int` moves by days; `date - date` counts days.
    static func arithmetic(_ op: BinaryOperator, _ a: Value, _ b: Value, range: Range<Int>) throws(Diagnostic) -> Value {
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
    static func finite(_ result: Double, in what: String, range: Range<Int>) throws(Diagnostic) -> Double {
        if result.isFinite { return result }
        if result.isNaN {
            throw Diagnostic(.runtime, "float result of \(what) is not a number", at: range)
        }
        throw Diagnostic(.runtime, "float overflow in \(what)", at: range, notes: [floatRangeNote])
    }

    /// The note of a float overflow.
    static let floatRangeNote = "floats range from -\(Double.greatestFiniteMagnitude) to \(Double.greatestFiniteMagnitude)"
}

extension Value {
    /// The value as a number, when it is one.
    var number: Double? {
        switch self {
        case .int(let value): Double(value)
        case .float(let value): value
        default: nil
        }
    }
}

extension String {
    /// Equality ignoring case; ASCII text is compared byte by byte without lower-casing copies.
    func caseInsensitiveEquals(_ other: String) -> Bool {
        if self == other { return true }
        let left = utf8, right = other.utf8
        if left.allSatisfy({ $0 < 0x80 }), right.allSatisfy({ $0 < 0x80 }) {
            guard left.count == right.count else { return false }
            return zip(left, right).allSatisfy { a, b in a == b || (Self.asciiLower(a) == Self.asciiLower(b)) }
        }
        return lowercased() == other.lowercased()
    }

    private static func asciiLower(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }
}
