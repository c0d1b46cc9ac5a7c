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
