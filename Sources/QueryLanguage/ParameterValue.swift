/// Reads a parameter's value as given on the command line, with `.param set` or in a test
/// file's `#@ param` line: a number, a date, `true`, `false`, `null`, a quoted string or a list
/// of those in brackets (`["Pakistan", "China"]`) as such; text with commas as a list of the
/// values between them (`Pakistan,China`, `1,2`); any other text as a string.
public enum ParameterValue {
    /// The value `text` stands for.
    public static func parse(_ text: String) -> Value {
        // Int.min has no literal form (its magnitude does not fit), so whole integers are read directly.
        if let value = Int(text) { return .int(value) }
        let tokens = Lexer.tokens(of: SourceText(name: "param", text: text)).filter { $0.kind != .end }
        if let value = scalar(tokens[...]) { return value }
        if let list = list(tokens) { return list }
        if text.contains(","), !text.hasPrefix("[") { return commaList(text) }
        return .string(text)
    }

    /// `a,b,c`: each piece (spaces around it dropped) read as a literal when every piece reads
    /// as one of the same type (`1,2`), else each piece as text (`Pakistan,China`).
    private static func commaList(_ text: String) -> Value {
        let pieces = text.split(separator: ",", omittingEmptySubsequences: false).map { piece in
            String(piece.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        }
        let literals = pieces.map { scalar(Lexer.tokens(of: SourceText(name: "param", text: $0)).filter { $0.kind != .end }[...]) }
        if let first = literals.first??.type, literals.allSatisfy({ $0?.type == first }) {
            return .list(literals.compactMap { $0 })
        }
        return .list(pieces.map { .string($0) })
    }

    /// `[v, v, ...]` of scalars, or nil.
    private static func list(_ tokens: [QueryToken]) -> Value? {
        guard tokens.count >= 2, tokens[0].isSymbol("["), tokens[tokens.count - 1].isSymbol("]") else { return nil }
        let inside = tokens[1..<(tokens.count - 1)]
        if inside.isEmpty { return .list([]) }
        var values = [Value]()
        for element in inside.split(omittingEmptySubsequences: false, whereSeparator: { $0.isSymbol(",") }) {
            guard let value = scalar(element) else { return nil }
            values.append(value)
        }
        return .list(values)
    }

    /// One literal (a negative number is two tokens), or nil.
    private static func scalar(_ tokens: ArraySlice<QueryToken>) -> Value? {
        let tokens = Array(tokens)
        if tokens.count == 1 {
            switch tokens[0].kind {
            case .integer(let value): return .int(value)
            case .float(let value): return .float(value)
            case .date(let day): return .date(day)
            case .string(let value): return .string(value)
            case .identifier("true"): return .bool(true)
            case .identifier("false"): return .bool(false)
            case .identifier("null"): return .null
            default: return nil
            }
        }
        if tokens.count == 2, tokens[0].isSymbol("-") {
            if case .integer(let value) = tokens[1].kind { return .int(-value) }
            if case .float(let value) = tokens[1].kind { return .float(-value) }
        }
        return nil
    }
}
