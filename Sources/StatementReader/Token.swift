/// A word or punctuation mark of a sentence, with its place in the sentence.
struct Token: Equatable, Sendable {
    /// The text with typographic apostrophes folded to `'`.
    let text: String
    /// UTF-8 byte offset of the first byte, relative to the tokenized string.
    let start: Int
    /// UTF-8 byte offset just past the last byte, relative to the tokenized string.
    let end: Int

    /// Whether the token is a word (letters or digits) rather than punctuation.
    var isWord: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.isAlphabetic || ("0"..."9").contains(first)
    }

    /// Whether the word starts with an uppercase letter.
    var isCapitalized: Bool {
        text.unicodeScalars.first?.isUppercaseLetter ?? false
    }

    /// The word in lower case.
    var lower: String { text.lowercased() }
}
