/// A word or punctuation mark of a sentence, with its place in the sentence.
struct Token: Equatable, Sendable {
    /// The text with typographic apostrophes folded to `'`.
    let text: String
    /// UTF-8 byte offset of the first byte, relative to the tokenized string.
    let start: Int
    /// UTF-8 byte offset just past the last byte, relative to the tokenized string.
    let end: Int
    /// The word in lower case.
    let lower: String
    /// Whether the token is a word (letters or digits) rather than punctuation.
    let isWord: Bool
    /// Whether the word starts with an uppercase letter.
    let isCapitalized: Bool
    /// How `WordTable` finds the text, nil when it is not ASCII.
    let textKey: WordKey?
    /// How `WordTable` finds the word in lower case, nil when it is not ASCII.
    let lowerKey: WordKey?

    /// A token spelled by `bytes` (valid UTF-8); what the readers ask of every token many times is
    /// worked out here once, in one pass over the bytes when they are ASCII.
    init(utf8 bytes: some Collection<UInt8>, start: Int, end: Int) {
        self.start = start
        self.end = end
        text = String(decoding: bytes, as: UTF8.self)
        var key = WordKey.Hasher()
        var lowerKey = WordKey.Hasher()
        var hasUppercase = false
        for byte in bytes where key.isASCII {
            let isUppercase = byte >= 0x41 && byte <= 0x5A
            hasUppercase = hasUppercase || isUppercase
            key.add(byte)
            lowerKey.add(isUppercase ? byte | 0x20 : byte)
        }
        if key.isASCII {
            lower = hasUppercase ? text.lowercased() : text
            textKey = key.key
            self.lowerKey = lowerKey.key
        } else {
            lower = text.lowercased()
            textKey = nil
            self.lowerKey = nil
        }
        let first = text.unicodeScalars.first
        isWord = first.map { $0.isAlphabetic || ("0"..."9").contains($0) } ?? false
        isCapitalized = first?.isUppercaseLetter ?? false
    }
}

extension Token {
    /// Whether the token marks a possessive: the clitic "'s" (typographic apostrophes folded)
    /// or a lone apostrophe after a plural ("the Palestinians’ right").
    var isPossessive: Bool { text == "'s" || text == "'" || text == "’" }

    /// Whether the word is a capitalised plural not in capitals ("States", "Leaders"): the subject
    /// a declaration's verb in capitals follows ("The Central Asian States WELCOME").
    var isCapitalisedPlural: Bool {
        isCapitalized && text.hasSuffix("s") && text.unicodeScalars.contains { $0.properties.isLowercase }
    }

    /// Whether a verb of the lexicon in capitals after this word is a declaration's operative verb,
    /// not a name: after a capitalised plural not in capitals in the present ("The Central Asian
    /// States WELCOME"; "Americans GAINED" heads a fact sheet), and after a body or its members in
    /// any tense ("The Council RECALLED", "Member States COMMITTED", "The Ministers SIGNED":
    /// `assembly_nouns`, `joint_nouns` and "states").
    func headsOperativeVerb(inThePast isPast: Bool) -> Bool {
        guard isCapitalisedPlural || Self.bodyHeads.contains(lower) else { return false }
        return !isPast || Self.bodyHeads.contains(lower)
    }

    /// Heads of a body or its members that a declaration's verb in capitals follows in any tense.
    private static let bodyHeads = Set(WordClasses.readerWords.list("assembly_nouns") + WordClasses.readerWords.list("joint_nouns") + ["states"])

    /// Whether the token starts with a number (`text.first?.isNumber`), answered from the first
    /// byte when it is ASCII.
    var startsWithNumber: Bool {
        guard let byte = text.utf8.first else { return false }
        if byte < 0x80 { return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        return text.first?.isNumber == true
    }

    /// Whether the tokens from `index` on are `words`, compared by `field` (the text, or its
    /// lower-cased form): a gazetteer phrase or a verb form of several words.
    static func spell(_ words: [String], in tokens: [Token], at index: Int, by field: KeyPath<Token, String>) -> Bool {
        guard index + words.count <= tokens.count else { return false }
        for (offset, word) in words.enumerated() where tokens[index + offset][keyPath: field] != word { return false }
        return true
    }
}
