import QueryLanguage

/// Case-insensitive text search used by `has`, `contains`, `search` and `kwic`. Made once per
/// needle: an ASCII needle is searched for in the UTF-8 bytes (`ASCIISearch`), any other by
/// characters; both find the same matches.
///
/// A substring search (`contains`, `search`) looks for the needle as it is. A word search
/// (`has`; `kwic`, at the start of a word) looks for the needle's `WordTerm`: its words with
/// any run of whitespace between them, `'` and `’` alike, and the plural forms of its last word.
struct TextSearch {
    private let ascii: ASCIISearch?
    /// The needle and the term's words and endings, lower-cased character by character.
    private let loweredNeedle: [Character]
    private let loweredWords: [[Character]]
    private let loweredEndings: [[Character]]

    /// A search for `needle`.
    init(_ needle: String) {
        self.init(needle, ascii: ASCIISearch(needle))
    }

    /// A search by characters only, the general path (for tests that compare the two).
    init(characterSearchFor needle: String) {
        self.init(needle, ascii: nil)
    }

    private init(_ needle: String, ascii: ASCIISearch?) {
        self.ascii = ascii
        let term = WordTerm(needle)
        loweredNeedle = ascii == nil ? Self.lowered(needle) : []
        loweredWords = ascii == nil ? term.words.map(Self.lowered) : []
        loweredEndings = ascii == nil ? term.endings.map(Self.lowered) : []
    }

    /// Whether the needle occurs in `text`, ignoring case.
    func isFound(in text: String) -> Bool {
        !occurrences(in: text, wholeWord: false, limit: 1).isEmpty
    }

    /// Whether the term occurs in `text` as a whole word or phrase, ignoring case (`has`).
    func isFoundAsWord(in text: String) -> Bool {
        !occurrences(in: text, wholeWord: true, limit: 1).isEmpty
    }

    /// The ranges of the matches in `text`, ignoring case, without overlaps: of the needle as a
    /// substring; with `wholeWord`, of the term as a whole word or phrase; with `startOfWord`,
    /// of the term at the start of a word (its last word may go on: "sanction" finds the start
    /// of "sanctions", and "party" the whole of "parties").
    func occurrences(in text: String, wholeWord: Bool, startOfWord: Bool = false, limit: Int = .max) -> [Range<String.Index>] {
        if let ascii {
            let utf8 = text.utf8
            return ascii.matches(in: text, wholeWord: wholeWord, startOfWord: startOfWord, limit: limit).map { match in
                utf8.index(utf8.startIndex, offsetBy: match.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: match.upperBound)
            }
        }
        return characterOccurrences(in: text, wholeWord: wholeWord, startOfWord: startOfWord, limit: limit)
    }

    /// The general path, on characters: offsets are counted in `Character`s of `text`.
    private func characterOccurrences(in text: String, wholeWord: Bool, startOfWord: Bool, limit: Int) -> [Range<String.Index>] {
        let wordSearch = wholeWord || startOfWord
        guard let first = wordSearch ? loweredWords.first?.first : loweredNeedle.first else { return [] }
        var lowered = [Character]()
        var indices = [String.Index]()
        lowered.reserveCapacity(text.count)
        indices.reserveCapacity(text.count + 1)
        for index in text.indices {
            lowered.append(Self.lowered(text[index]))
            indices.append(index)
        }
        indices.append(text.endIndex)
        var results = [Range<String.Index>]()
        var start = 0
        while start < lowered.count {
            if WordTerm.same(first, lowered[start]),
                let end = wordSearch ? termEnd(from: start, in: lowered, wholeWord: wholeWord) : needleEnd(from: start, in: lowered)
            {
                results.append(indices[start]..<indices[end])
                if results.count >= limit { return results }
                start = end
                continue
            }
            start += 1
        }
        return results
    }

    /// The end of the needle at `start`, or nil.
    private func needleEnd(from start: Int, in lowered: [Character]) -> Int? {
        guard start + loweredNeedle.count <= lowered.count,
            lowered[start..<(start + loweredNeedle.count)].elementsEqual(loweredNeedle)
        else { return nil }
        return start + loweredNeedle.count
    }

    /// The end of the term matched from `start`: not joined to a word before it, its words with
    /// whitespace between them, then the first ending after which (with `wholeWord`) no letter
    /// or digit follows.
    private func termEnd(from start: Int, in lowered: [Character], wholeWord: Bool) -> Int? {
        if start > 0, Self.isWordCharacter(lowered[start - 1]) { return nil }
        guard let first = loweredWords.first, var position = Self.word(first, at: start, in: lowered) else { return nil }
        for word in loweredWords.dropFirst() {
            var next = position
            while next < lowered.count, WordTerm.isWhitespace(lowered[next]) { next += 1 }
            guard next > position, let end = Self.word(word, at: next, in: lowered) else { return nil }
            position = end
        }
        for ending in loweredEndings {
            guard let end = Self.word(ending, at: position, in: lowered) else { continue }
            if wholeWord, end < lowered.count, Self.isWordCharacter(lowered[end]) { continue }
            return end
        }
        return nil
    }

    /// The end of `word` at `start` in `lowered` (apostrophes matching either kind), or nil.
    private static func word(_ word: [Character], at start: Int, in lowered: [Character]) -> Int? {
        guard start + word.count <= lowered.count else { return nil }
        for (offset, character) in word.enumerated() where !WordTerm.same(character, lowered[start + offset]) {
            return nil
        }
        return start + word.count
    }

    /// The characters of `text` lower-cased one by one.
    private static func lowered(_ text: String) -> [Character] {
        text.map(lowered)
    }

    /// A character lower-cased; one whose lower case is several characters (rare) stays as it is,
    /// so that the text keeps one lowered character per original.
    private static func lowered(_ character: Character) -> Character {
        let lower = character.lowercased()
        return lower.count == 1 ? Character(lower) : character
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
