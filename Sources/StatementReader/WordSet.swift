/// A set of words for looking tokens up (see `WordTable`).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordTable<Bool>

    /// The set of `words`.
    init(_ words: some Sequence<String>) {
        table = WordTable(Dictionary(words.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
    }

    /// The set of the words written.
    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether the token's text is in the set.
    func contains(textOf token: Token) -> Bool {
        table[textOf: token] != nil
    }

    /// Whether the token's text in lower case is in the set.
    func contains(lowerOf token: Token) -> Bool {
        table[lowerOf: token] != nil
    }

    /// Whether a word given as a string is in the set.
    func contains(_ word: String) -> Bool {
        table[word] != nil
    }
}
