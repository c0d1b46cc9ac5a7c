/// A term as `has` and `kwic` look for it: its words, which match words of the text separated
/// by any run of whitespace (a line break inside a sentence does not break a phrase), and the
/// endings its last word may take, its regular English plural forms. An apostrophe of the term,
/// `'` or `’`, matches either. Both search paths, by bytes (`ASCIISearch`) and by characters
/// (`TextSearch`), match what this describes, so every way of running `has` finds the same rows.
public struct WordTerm: Sendable {
    /// The words of the term, in order; the last without its final "y" when that word takes
    /// the "ies" plural (the "y" is then one of the endings).
    public let words: [String]
    /// The endings the last word takes, lower-case and shortest first: `[""]` when it takes none.
    public let endings: [String]

    /// The fewest characters a last word needs for plural forms: "US" must not find "uses",
    /// nor "UN" find "uns".
    public static let shortestPluralWord = 3

    /// The term `text`: its words split at whitespace, and the plural endings of the last word —
    /// "+s" for any word; "+es" too after s, x, z, ch, sh and o ("tax", "taxes"); "y", "ys" and
    /// "ies" in place of a final "y" ("party", "parties"; "envoy", "envoys"). A last word shorter
    /// than `shortestPluralWord` or not ending in a letter ("U.S.", "G7") takes none. A
    /// possessive needs no ending: the apostrophe after "Pakistan" is not part of a word.
    public init(_ text: String) {
        var words = text.split(whereSeparator: Self.isWhitespace).map(String.init)
        guard let last = words.last, last.count >= Self.shortestPluralWord, last.last?.isLetter == true else {
            self.words = words
            endings = [""]
            return
        }
        let lower = last.lowercased()
        if lower.hasSuffix("y") {
            words[words.count - 1] = String(last.dropLast())
            endings = ["y", "ys", "ies"]
        } else if ["s", "x", "z", "ch", "sh", "o"].contains(where: { lower.hasSuffix($0) }) {
            endings = ["", "s", "es"]
        } else {
            endings = ["", "s"]
        }
        self.words = words
    }

    /// Whether the term has no words (it is empty or all whitespace): it matches nothing.
    public var isEmpty: Bool { words.isEmpty }

    /// Whether a character is whitespace (`Character.isWhitespace`, quicker for ASCII).
    public static func isWhitespace(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return ascii == 0x20 || (0x09...0x0D).contains(ascii) }
        return character.isWhitespace
    }

    /// Whether a character of a term matches a character of a text, both lower-cased: when
    /// they are equal, or both apostrophes (`'` and `’`).
    public static func same(_ termCharacter: Character, _ textCharacter: Character) -> Bool {
        termCharacter == textCharacter || (isApostrophe(termCharacter) && isApostrophe(textCharacter))
    }

    private static func isApostrophe(_ character: Character) -> Bool {
        character == "'" || character == "\u{2019}"
    }
}
