/// The static type of an expression or column, checked before a query runs.
public indirect enum ValueType: Hashable, Sendable, CustomStringConvertible {
    case string, int, float, bool, date
    /// A list whose elements have the given type.
    case list(ValueType)
    /// The type of `null`: fits any type.
    case null
    /// A value whose type is only known when the query runs (a parameter, `coalesce` of mixed types).
    case any

    public var description: String {
        switch self {
        case .string: "string"
        case .int: "int"
        case .float: "float"
        case .bool: "bool"
        case .date: "date"
        case .list(let element): "list<\(element)>"
        case .null: "null"
        case .any: "any"
        }
    }

    /// Whether the type is `int` or `float`.
    public var isNumeric: Bool { self == .int || self == .float }

    /// Whether a value of this type can stand where `other` is expected (`null` and `any` fit everywhere).
    public func fits(_ other: ValueType) -> Bool {
        if self == other || self == .null || self == .any || other == .any { return true }
        if case .list(let mine) = self, case .list(let theirs) = other { return mine.fits(theirs) }
        return false
    }

    /// Whether two values of these types can be compared with `<`, `==` and the like.
    public func isComparable(with other: ValueType) -> Bool {
        if fits(other) || other.fits(self) { return true }
        return isNumeric && other.isNumeric
    }
}
