/// A token of the query language with its byte range in the source.
public struct QueryToken: Sendable, Equatable {
    /// What kind of token it is.
    public enum Kind: Sendable, Equatable {
        case identifier(String)
        case string(String)
        case integer(Int)
        case float(Double)
        case date(Day)
        /// A duration literal: `7d`, `1month`.
        case duration(DateStep)
        case regex(pattern: String, flags: String)
        case parameter(String)
        /// Punctuation and operators: `|`, `,`, `(`, `==`, ...
        case symbol(String)
        /// A line break that may end a statement.
        case newline
        /// Text the lexer could not read: the parser reports its diagnostic when it gets there,
        /// so one bad line does not stop the statements around it.
        case invalid(Diagnostic)
        case end
    }

    public var kind: Kind
    public var range: Range<Int>

    /// The identifier's name, if the token is one.
    public var identifier: String? {
        if case .identifier(let name) = kind { return name }
        return nil
    }

    /// Whether the token is the given symbol.
    public func isSymbol(_ symbol: String) -> Bool {
        kind == .symbol(symbol)
    }

    /// Whether the token is the given word (an identifier used as a keyword).
    public func isWord(_ word: String) -> Bool {
        kind == .identifier(word)
    }
}
