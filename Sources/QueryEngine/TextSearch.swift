/// Case-insensitive text search used by `has`, `contains`, `search` and `kwic`. Made once per
/// needle: an ASCII needle is searched for in the UTF-8 bytes (`ASCIISearch`), any other by
/// characters.
struct TextSearch {
    private let needle: String
    private let ascii: ASCIISearch?
    private let loweredNeedle: [Character]

    /// A search for `needle`.
    init(_ needle: String) {
        self.needle = needle
        ascii = ASCIISearch(needle)
        loweredNeedle = ascii == nil ? Array(needle.lowercased()) : []
    }

    /// A search by characters only, the general path (for tests that compare the two).
    init(characterSearchFor needle: String) {
        self.needle = needle
        ascii = nil
        loweredNeedle = Array(needle.lowercased())
    }

    /// Whether the needle occurs in `text`, ignoring case.
    func isFound(in text: String) -> Bool {
        if let ascii { return !ascii.offsets(in: text, wholeWord: false, startOfWord: false, limit: 1).isEmpty }
        return !occurrences(in: text, wholeWord: false, limit: 1).isEmpty
    }

    /// Whether the needle occurs in `text` as a whole word (or phrase), ignoring case.
    func isFoundAsWord(in text: String) -> Bool {
        if let ascii { return !ascii.offsets(in: text, wholeWord: true, startOfWord: false, limit: 1).isEmpty }
        return !occurrences(in: text, wholeWord: true, limit: 1).isEmpty
    }

    /// The ranges of the needle in `text`, ignoring case; with `wholeWord`, only those not joined
    /// to a letter or digit on either side; with `startOfWord`, only those starting a word.
    func occurrences(in text: String, wholeWord: Bool, startOfWord: Bool = false, limit: Int = .max) -> [Range<String.Index>] {
        if let ascii {
            let utf8 = text.utf8
            let length = needle.utf8.count
            return ascii.offsets(in: text, wholeWord: wholeWord, startOfWord: startOfWord, limit: limit).map { offset in
                utf8.index(utf8.startIndex, offsetBy: offset)..<utf8.index(utf8.startIndex, offsetBy: offset + length)
            }
        }
        return characterOccurrences(in: text, wholeWord: wholeWord, startOfWord: startOfWord, limit: limit)
    }

    /// The general path, on characters: offsets are counted in `Character`s of `text`.
    private func characterOccurrences(in text: String, wholeWord: Bool, startOfWord: Bool, limit: Int) -> [Range<String.Index>] {
        let lowerNeedle = loweredNeedle
        guard !lowerNeedle.isEmpty else { return [] }
        var lowered = [Character]()
        var indices = [String.Index]()
        lowered.reserveCapacity(text.count)
        indices.reserveCapacity(text.count + 1)
        for index in text.indices {
            let lower = text[index].lowercased()
            // Lower-casing can change a character's count (rare); keep one lowered character per original.
            lowered.append(lower.count == 1 ? Character(lower) : text[index])
            indices.append(index)
        }
        indices.append(text.endIndex)
        var results = [Range<String.Index>]()
        guard lowered.count >= lowerNeedle.count else { return [] }
        var start = 0
        let first = lowerNeedle[0]
        while start + lowerNeedle.count <= lowered.count {
            if lowered[start] == first, lowered[start..<(start + lowerNeedle.count)].elementsEqual(lowerNeedle) {
                let end = start + lowerNeedle.count
                let beforeOK = start == 0 || !Self.isWordCharacter(lowered[start - 1])
                let afterOK = end == lowered.count || !Self.isWordCharacter(lowered[end])
                if (!wholeWord && !startOfWord) || (beforeOK && (afterOK || startOfWord)) {
                    results.append(indices[start]..<indices[end])
                    if results.count >= limit { return results }
                    start = end
                    continue
                }
            }
            start += 1
        }
        return results
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
