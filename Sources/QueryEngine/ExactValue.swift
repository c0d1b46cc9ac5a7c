import QueryLanguage

/// A value compared byte for byte: two strings are equal only when their UTF-8 bytes are,
/// where `Value`'s `==` also equates canonically equivalent strings. A dictionary of exact
/// values keeps every spelling the rows hold, so a row rebuilt from a code is the row itself.
struct ExactValue: Hashable {
    let value: Value

    static func == (lhs: ExactValue, rhs: ExactValue) -> Bool {
        equal(lhs.value, rhs.value)
    }

    func hash(into hasher: inout Hasher) {
        Self.hash(value, into: &hasher)
    }

    private static func equal(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): return x.utf8.elementsEqual(y.utf8)
        case (.list(let x), .list(let y)): return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (.string, _), (_, .string), (.list, _), (_, .list): return false
        default: return a == b
        }
    }

    private static func hash(_ value: Value, into hasher: inout Hasher) {
        switch value {
        case .string(let text):
            hasher.combine(4 as UInt8)
            var copy = text
            copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        case .list(let items):
            hasher.combine(6 as UInt8)
            hasher.combine(items.count)
            for item in items { hash(item, into: &hasher) }
        default:
            hasher.combine(value)
        }
    }
}
