import QueryLanguage

/// `text has "term"` as a regular expression for the engines that have them (DuckDB's RE2,
/// PostgreSQL's, Java's in Spark): the term's words (`WordTerm`) with any run of whitespace
/// between them, an apostrophe matching `'` or `’`, the last word's plural endings, and no
/// letter, digit or mark touching either end, matched in any case.
struct WordPattern {
    let dialect: SQLDialect

    /// The pattern for `term`, or nil for a dialect without regular expressions (SQLite).
    func pattern(for term: WordTerm) -> String? {
        let classes: (notWord: String, space: String, flags: String)
        switch dialect {
        case .sqlite: return nil
        case .duckdb: classes = (#"[^\pL\pN\pM]"#, #"[\t\n\v\f\r\x{85}\pZ]+"#, "(?i)")
        case .spark: classes = (#"[^\p{L}\p{N}\p{M}]"#, #"[\t\n\x0B\f\r\x{85}\p{Z}]+"#, "(?iu)")
        // PostgreSQL's classes follow the database's locale (Unicode letters under C.UTF-8).
        case .postgres: classes = ("[^[:alnum:]]", "[[:space:]]+", "")
        }
        let words = term.words.map { $0.map(escaped).joined() }.joined(separator: classes.space)
        let endings = term.endings.map { $0.map(escaped).joined() }.joined(separator: "|")
        return "\(classes.flags)(^|\(classes.notWord))\(words)(\(endings))(\(classes.notWord)|$)"
    }

    /// A character of the term as the pattern matches it: letters and digits as they are, an
    /// apostrophe as either apostrophe, other ASCII characters escaped.
    private func escaped(_ character: Character) -> String {
        if character == "'" || character == "\u{2019}" { return "['\u{2019}]" }
        guard let ascii = character.asciiValue, !character.isLetter, !character.isNumber else { return String(character) }
        return "\\" + String(UnicodeScalar(ascii))
    }
}
