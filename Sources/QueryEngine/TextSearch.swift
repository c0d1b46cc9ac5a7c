/// Case-insensitive text search used by `has`, `contains`, `search` and `kwic`.
enum TextSearch {
    /// Whether `part` occurs in `text`, ignoring case.
    static func contains(_ text: String, _ part: String) -> Bool {
        !occurrences(of: part, in: text, wholeWord: false, limit: 1).isEmpty
    }

    /// Whether `word` occurs in `text` as a whole word (or phrase), ignoring case.
    static func containsWord(_ text: String, _ word: String) -> Bool {
        !occurrences(of: word, in: text, wholeWord: true, limit: 1).isEmpty
    }

    /// The character ranges of `needle` in `text`, ignoring case; with `wholeWord`, only those
    /// not joined to a letter or digit on either side. Works on characters, so offsets are
    /// counted in `Character`s of `text`.
    static func occurrences(of needle: String, in text: String, wholeWord: Bool, startOfWord: Bool = false, limit: Int = .max)
        -> [Range<String.Index>]
    {
        let lowerNeedle = Array(needle.lowercased())
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
                let beforeOK = start == 0 || !isWordCharacter(lowered[start - 1])
                let afterOK = end == lowered.count || !isWordCharacter(lowered[end])
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
