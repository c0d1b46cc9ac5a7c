import QueryLanguage

/// Reads a parameter value given on the command line or with `.param set`: a number, a
/// date, `true`, `false`, `null` or a quoted string as such; any other text as a string.
enum ParameterValue {
    static func parse(_ text: String) -> Value {
        // Int.min has no literal form (its magnitude does not fit), so whole integers are read directly.
        if let value = Int(text) { return .int(value) }
        let tokens = Lexer.tokens(of: SourceText(name: "param", text: text)).filter { $0.kind != .end }
        if tokens.count == 1 {
            switch tokens[0].kind {
            case .integer(let value): return .int(value)
            case .float(let value): return .float(value)
            case .date(let day): return .date(day)
            case .string(let value): return .string(value)
            case .identifier("true"): return .bool(true)
            case .identifier("false"): return .bool(false)
            case .identifier("null"): return .null
            default: break
            }
        }
        if tokens.count == 2, tokens[0].isSymbol("-") {
            if case .integer(let value) = tokens[1].kind { return .int(-value) }
            if case .float(let value) = tokens[1].kind { return .float(-value) }
        }
        return .string(text)
    }
}
