/// Spellings that users of SQL and KQL bring to cq, and cq's own spelling for each: the parser
/// turns them into errors with a "did you mean" note instead of a bare "unexpected token".
enum QueryHabits {
    /// Operator symbols of other languages, with cq's: `&&` is `and`, `=` is `==`.
    static let symbols: [String: String] = ["&&": "and", "||": "or", "<>": "!=", "=": "==", "!": "not", "&": "and"]

    /// The operator words of cq.
    static let operatorWords = ["and", "or", "not", "in", "has", "contains", "startswith", "matches"]

    /// cq's operator word for a word typed in another case (`AND`) or borrowed from SQL (`like`),
    /// or nil when the word is no such habit.
    static func operatorWord(for word: String) -> String? {
        let lowercased = word.lowercased()
        if lowercased == "like" { return "contains" }
        guard lowercased != word, operatorWords.contains(lowercased) else { return nil }
        return lowercased
    }
}
