/// A value of the query language.
public enum Value: Hashable, Sendable, CustomStringConvertible {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
    case date(Day)
    case list([Value])

    /// The value's type; a list takes the type of its first non-null element.
    public var type: ValueType {
        switch self {
        case .null: .null
        case .bool: .bool
        case .int: .int
        case .float: .float
        case .string: .string
        case .date: .date
        case .list(let values): .list(values.first { $0 != .null }?.type ?? .any)
        }
    }

    /// The value as text: strings as they are, lists as `[a, b]`, null as `null`.
    public var description: String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .int(let value): String(value)
        case .float(let value): Self.format(value)
        case .string(let value): value
        case .date(let value): value.description
        case .list(let values): "[" + values.map(\.literalDescription).joined(separator: ", ") + "]"
        }
    }

    /// The value as it would be written in a query: strings quoted.
    public var literalDescription: String {
        if case .string(let text) = self {
            var escaped = ""
            for character in text {
                switch character {
                case "\\": escaped += "\\\\"
                case "\"": escaped += "\\\""
                case "\n": escaped += "\\n"
                case "\t": escaped += "\\t"
                default: escaped.append(character)
                }
            }
            return "\"" + escaped + "\""
        }
        return description
    }

    /// Whether the value is `null`.
    public var isNull: Bool { self == .null }

    /// A float without a trailing `.0` noise beyond what is needed, and never in exponent form for everyday sizes.
    static func format(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) + ".0" }
        return String(value)
    }
}

extension Value {
    /// Equality of values of one kind. Queries never make infinity or NaN, but a caller could
    /// hand one in: every NaN equals every other, so that `distinct` and `summarize by` keep
    /// one NaN group (IEEE `==` would make each NaN a group of its own).
    public static func == (lhs: Value, rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.int(let a), .int(let b)): a == b
        case (.float(let a), .float(let b)): a == b || (a.isNaN && b.isNaN)
        case (.string(let a), .string(let b)): a == b
        case (.date(let a), .date(let b)): a == b
        case (.list(let a), .list(let b)): a == b
        default: false
        }
    }

    /// Hashes agree with `==`: all NaNs hash alike (and -0.0 like 0.0, as `Double` does).
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0 as UInt8)
        case .bool(let value): hasher.combine(1 as UInt8); hasher.combine(value)
        case .int(let value): hasher.combine(2 as UInt8); hasher.combine(value)
        case .float(let value): hasher.combine(3 as UInt8); hasher.combine(value.isNaN ? Double.nan : value)
        case .string(let value): hasher.combine(4 as UInt8); hasher.combine(value)
        case .date(let value): hasher.combine(5 as UInt8); hasher.combine(value)
        case .list(let values): hasher.combine(6 as UInt8); hasher.combine(values)
        }
    }
}

extension Value: Comparable {
    /// Orders values for sorting: null first, then by type (bool, numbers, date, string, list), then by value.
    /// Among numbers NaN comes last (after infinity), so that the order stays total should one arrive.
    public static func < (lhs: Value, rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return false
        case (.null, _): return true
        case (_, .null): return false
        case (.bool(let a), .bool(let b)): return !a && b
        case (.int(let a), .int(let b)): return a < b
        case (.float(let a), .float(let b)): return numberPrecedes(a, b)
        case (.int(let a), .float(let b)): return numberPrecedes(Double(a), b)
        case (.float(let a), .int(let b)): return numberPrecedes(a, Double(b))
        case (.string(let a), .string(let b)): return a < b
        case (.date(let a), .date(let b)): return a < b
        case (.list(let a), .list(let b)): return a.lexicographicallyPrecedes(b)
        default: return lhs.rank < rhs.rank
        }
    }

    /// `<` on numbers with NaN after every other number (and equal to NaN).
    private static func numberPrecedes(_ a: Double, _ b: Double) -> Bool {
        if a.isNaN { return false }
        if b.isNaN { return true }
        return a < b
    }

    private var rank: Int {
        switch self {
        case .null: 0
        case .bool: 1
        case .int, .float: 2
        case .date: 3
        case .string: 4
        case .list: 5
        }
    }
}
