import Foundation
import QueryLanguage

/// The implementations of the scalar functions and the aggregates.
enum Builtins {
    /// The closure for a call of the scalar function `name` (already type-checked).
    static func function(_ name: String, arguments: [CompiledExpression], range: Range<Int>) throws(Diagnostic) -> CompiledExpression {
        func unary(_ body: @escaping (Value) throws(Diagnostic) -> Value) -> CompiledExpression {
            let argument = arguments[0]
            return { row throws(Diagnostic) in try body(try argument(row)) }
        }
        switch name {
        case "lower":
            return unary { value in if case .string(let text) = value { .string(text.lowercased()) } else { .null } }
        case "upper":
            return unary { value in if case .string(let text) = value { .string(text.uppercased()) } else { .null } }
        case "trim":
            return unary { value in
                if case .string(let text) = value { .string(text.trimmingCharacters(in: .whitespacesAndNewlines)) } else { .null }
            }
        case "len":
            return unary { value in
                switch value {
                case .string(let text): .int(text.count)
                case .list(let items): .int(items.count)
                default: .null
                }
            }
        case "year", "month", "day":
            return unary { value in
                guard case .date(let day) = value else { return .null }
                return .int(name == "year" ? day.year : name == "month" ? day.month : day.day)
            }
        case "coalesce":
            return { row throws(Diagnostic) in
                for argument in arguments {
                    let value = try argument(row)
                    if !value.isNull { return value }
                }
                return .null
            }
        case "join":
            let list = arguments[0], separator = arguments[1]
            return { row throws(Diagnostic) in
                guard case .list(let items) = try list(row), case .string(let glue) = try separator(row) else { return .null }
                return .string(items.filter { !$0.isNull }.map(\.description).joined(separator: glue))
            }
        case "split":
            let text = arguments[0], separator = arguments[1]
            return { row throws(Diagnostic) in
                guard case .string(let value) = try text(row), case .string(let glue) = try separator(row) else { return .null }
                guard !glue.isEmpty else {
                    throw Diagnostic(.runtime, "split needs a non-empty separator", at: range)
                }
                return .list(value.components(separatedBy: glue).map { .string($0) })
            }
        case "iff":
            let condition = arguments[0], then = arguments[1], otherwise = arguments[2]
            return { row throws(Diagnostic) in try condition(row).isTrue ? try then(row) : try otherwise(row) }
        case "case":
            // Only the branch taken is computed: a division by zero in another is no error.
            return { row throws(Diagnostic) in
                for index in stride(from: 0, to: arguments.count - 1, by: 2) where try arguments[index](row).isTrue {
                    return try arguments[index + 1](row)
                }
                return try arguments[arguments.count - 1](row)
            }
        case "strcat":
            return { row throws(Diagnostic) in
                var text = ""
                for argument in arguments {
                    let value = try argument(row)
                    if !value.isNull { text += value.description }
                }
                return .string(text)
            }
        case "substring":
            return { row throws(Diagnostic) in
                guard case .string(let text) = try arguments[0](row), case .int(let start) = try arguments[1](row) else { return .null }
                var length = Int.max
                if arguments.count == 3 {
                    guard case .int(let given) = try arguments[2](row) else { return .null }
                    length = given
                }
                return .string(substring(text, from: start, length: length))
            }
        case "bin":
            return try bin(arguments, range: range)
        case "format_date":
            return { row throws(Diagnostic) in
                guard case .date(let day) = try arguments[0](row), case .string(let pattern) = try arguments[1](row) else { return .null }
                return .string(DatePattern(pattern).format(day))
            }
        default:
            throw Diagnostic(.type, "unknown function '\(name)'", at: range)
        }
    }

    /// The characters of `text` from `start` (0 is the first), at most `length` of them; a start
    /// or length outside the text is clamped to it, as KQL does.
    static func substring(_ text: String, from start: Int, length: Int) -> String {
        let start = max(0, start)
        guard length > 0, let from = text.index(text.startIndex, offsetBy: start, limitedBy: text.endIndex) else { return "" }
        let to = text.index(from, offsetBy: length, limitedBy: text.endIndex) ?? text.endIndex
        return String(text[from..<to])
    }

    /// `bin(date, STEP)` (the step's literal text, as the checker leaves it) or `bin(number, size)`.
    private static func bin(_ arguments: [CompiledExpression], range: Range<Int>) throws(Diagnostic) -> CompiledExpression {
        let value = arguments[0], size = arguments[1]
        return { row throws(Diagnostic) in
            switch (try value(row), try size(row)) {
            case (.date(let day), .string(let literal)):
                guard let step = DateStep(literal: literal) else { throw Diagnostic(.runtime, "'\(literal)' is not a duration", at: range) }
                guard let start = step.start(of: day) else {
                    throw Diagnostic(.runtime, "the \(step) bucket of \(day) starts before year 1", at: range)
                }
                return .date(start)
            case (.int(let number), .int(let width)):
                guard width > 0 else { throw Diagnostic(.runtime, "the size of 'bin' must be positive, not \(width)", at: range) }
                let remainder = number % width
                let (start, overflow) = number.subtractingReportingOverflow(remainder < 0 ? remainder + width : remainder)
                if overflow { throw Diagnostic(.runtime, "integer overflow in bin", at: range) }
                return .int(start)
            case (let number, let width):
                guard let number = number.number, let width = width.number else { return .null }
                guard width > 0 else { throw Diagnostic(.runtime, "the size of 'bin' must be positive, not \(Value.float(width))", at: range) }
                return .float(try Arithmetic.finite((number / width).rounded(.down) * width, in: "bin", range: range))
            }
        }
    }

    /// An aggregate's running state over the rows of one group.
    struct Accumulator {
        let function: String
        private var count = 0
        private var intSum = 0
        private var floatSum = 0.0
        /// The floats' sum times 2^-64, for a mean whose sum overflows (avg of 1e308 and 1e308):
        /// it cannot overflow with fewer than 2^64 rows.
        private var scaledFloatSum = 0.0
        private var sawFloat = false
        private var extreme: Value = .null
        private var distinct = Set<Value>()
        private var collected = [Value]()

        /// 2^-64: scaling by a power of two is exact (short of subnormal numbers).
        private static let scale = 0x1p-64

        init(function: String) {
            self.function = function
        }

        /// Adds one row's value (nil for `count()`).
        mutating func add(_ value: Value?, range: Range<Int>) throws(Diagnostic) {
            guard let value else {
                count += 1
                return
            }
            if value.isNull { return }
            count += 1
            switch function {
            case "sum", "avg":
                switch value {
                case .int(let number):
                    let (sum, overflow) = intSum.addingReportingOverflow(number)
                    if overflow { throw Diagnostic(.runtime, "integer overflow in \(function)", at: range) }
                    intSum = sum
                case .float(let number):
                    sawFloat = true
                    floatSum += number
                    if function == "sum" {
                        // Like '+': a sum that leaves the floats' range is an error, never infinity.
                        floatSum = try Arithmetic.finite(floatSum, in: function, range: range)
                    } else {
                        scaledFloatSum += number * Self.scale
                    }
                default:
                    break
                }
            case "min":
                if extreme.isNull || value < extreme { extreme = value }
            case "max":
                if extreme.isNull || extreme < value { extreme = value }
            case "count_distinct":
                distinct.insert(value)
            case "collect":
                if distinct.insert(value).inserted { collected.append(value) }
            default:
                break
            }
        }

        /// The aggregate's value, in a summary of `total` rows in all (for `percent()`).
        func result(total: Int) -> Value {
            switch function {
            case "count": return .int(count)
            case "percent": return total == 0 ? .null : .float(100 * Double(count) / Double(total))
            case "count_distinct": return .int(distinct.count)
            case "sum":
                if count == 0 { return .null }
                return sawFloat ? .float(floatSum + Double(intSum)) : .int(intSum)
            case "avg":
                if count == 0 { return .null }
                let mean = (floatSum + Double(intSum)) / Double(count)
                if mean.isFinite { return .float(mean) }
                // The sum overflowed, the mean cannot: it lies between the smallest and largest value.
                let scaled = (scaledFloatSum + Double(intSum) * Self.scale) / Double(count) / Self.scale
                return .float(min(max(scaled, -.greatestFiniteMagnitude), .greatestFiniteMagnitude))
            case "min", "max": return extreme
            case "collect": return .list(collected)
            default: return .null
            }
        }
    }
}
