/// An expression of the query language, as parsed: what it is and where it stands.
public struct Expression: Sendable, Equatable {
    /// The forms an expression takes.
    public indirect enum Kind: Sendable, Equatable {
        case literal(Value)
        /// A duration literal, which only `bin(date, STEP)` takes.
        case duration(DateStep)
        /// A column, or a path into a clause's statement (`statement.title`).
        case column([String])
        case parameter(String)
        case regex(pattern: String, flags: String)
        case list([Expression])
        case call(String, [Expression])
        case unary(UnaryOperator, Expression)
        case binary(BinaryOperator, Expression, Expression)
    }

    public var kind: Kind
    /// Byte offsets into the source.
    public var range: Range<Int>

    public init(_ kind: Kind, _ range: Range<Int>) {
        self.kind = kind
        self.range = range
    }
}

/// Prefix operators.
public enum UnaryOperator: String, Sendable {
    case negate = "-"
    case not
}

/// Infix operators, from loosest to tightest binding: `or`; `and`; comparisons and
/// `in`, `has`, `contains`, `startswith`, `matches`; `+ -`; `* / %`.
public enum BinaryOperator: String, Sendable, CaseIterable {
    case or, and
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case `in`, notIn = "not in", has, contains, startswith, matches
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"

    /// Binding strength: higher binds tighter.
    public var precedence: Int {
        switch self {
        case .or: 1
        case .and: 2
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .in, .notIn, .has, .contains,
            .startswith, .matches:
            4
        case .add, .subtract: 5
        case .multiply, .divide, .remainder: 6
        }
    }
}
