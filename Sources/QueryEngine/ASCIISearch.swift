import QueryLanguage

/// Case-insensitive search for a needle of ASCII characters in UTF-8 text, byte by byte: the
/// fast path of `TextSearch` for the words people search for. Candidates are found sixteen
/// bytes at a time by the first and last bytes of the needle (or of its first word), case
/// folded, then compared whole.
///
/// A substring search (`contains`, `search`) looks for the needle as it is. A word search
/// (`has`, and `kwic` at the start of a word) looks for the `WordTerm`: its words with any run
/// of whitespace between them, an apostrophe matching `'` or `’`, and the last word's plural
/// endings. Word boundaries look at the neighbouring Unicode scalar, so "éterror" has no word
/// starting at "terror". A match followed by a combining mark (or another scalar that joins the
/// character before it) is no match, as the mark belongs to the needle's last character.
/// (Unlike the character path, a non-ASCII letter that lower-cases to an ASCII one, the Kelvin
/// sign, is not matched.) A class: a search is made once and used for every row, and a copy of
/// it would retain each of its arrays.
final class ASCIISearch {
    /// The bytes of an ASCII text with ASCII letters lower-cased, and which of them are letters.
    private struct Folded {
        let bytes: [UInt8]
        let folds: [UInt8]

        init(_ text: some Sequence<UInt8>, caseSensitive: Bool = false) {
            bytes = text.map { !caseSensitive && ASCIISearch.isASCIILetter($0) ? $0 | 0x20 : $0 }
            folds = text.map { !caseSensitive && ASCIISearch.isASCIILetter($0) ? 0x20 : 0 }
        }
    }

    /// The needle for a substring search.
    private let needle: Folded
    /// The words of the term for a word search, and the last word's endings.
    private let words: [Folded]
    private let endings: [Folded]
    /// The first word up to its first apostrophe: what a word search looks for first (an
    /// apostrophe may stand for three bytes, `’`). Empty when the word starts with one.
    private let anchor: Folded

    private static let apostrophe = UInt8(ascii: "'")

    /// A search for `text`, or nil when it is empty or not all ASCII. With `caseSensitive` the
    /// substring search compares letters exactly (word searches always ignore case).
    init?(_ text: String, caseSensitive: Bool = false) {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        needle = Folded(bytes, caseSensitive: caseSensitive)
        let term = WordTerm(text)
        words = term.words.map { Folded($0.utf8) }
        endings = term.endings.map { Folded($0.utf8) }
        anchor = Folded(term.words.first.map { $0.utf8.prefix { $0 != Self.apostrophe } } ?? [])
    }

    /// The UTF-8 ranges of the matches in `text`, at most `limit` of them, without overlaps:
    /// a substring search, or with `wholeWord` or `startOfWord` a word search.
    func matches(in text: String, wholeWord: Bool, startOfWord: Bool, limit: Int) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { bytes in
            var results = [Range<Int>]()
            var position = 0
            while results.count < limit, let match = nextRange(in: bytes, from: position, wholeWord: wholeWord, startOfWord: startOfWord) {
                results.append(match)
                position = match.upperBound
            }
            return results
        }
    }

    /// Whether a NUL byte, which separates the values of a `TextColumn`, is in the needle.
    var containsNUL: Bool { needle.bytes.contains(0) }

    /// The first offset at or after `from` where a match starts: of the needle, or with
    /// `wholeWord` or `startOfWord` of the term as a whole word or at the start of a word.
    func nextMatch(in bytes: UnsafeBufferPointer<UInt8>, from: Int, wholeWord: Bool, startOfWord: Bool) -> Int? {
        nextRange(in: bytes, from: from, wholeWord: wholeWord, startOfWord: startOfWord)?.lowerBound
    }

    /// The first offset at or after `from` where the needle's bytes occur, with no look at
    /// the scalars around them (a mark after the match does not undo it): what a regex
    /// prefilter needs, as the regex engine matches code points.
    func nextOccurrence(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let length = needle.bytes.count
        return scan(for: needle, in: base, count: bytes.count, from: from) { start in
            Self.matches(needle, at: start, base) ? start + length : nil
        }?.lowerBound
    }

    /// The first match at or after `from`, as `nextMatch` finds it, with its end.
    func nextRange(in bytes: UnsafeBufferPointer<UInt8>, from: Int, wholeWord: Bool, startOfWord: Bool) -> Range<Int>? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        guard wholeWord || startOfWord else {
            return scan(for: needle, in: base, count: count, from: from) { start in
                let end = start + needle.bytes.count
                guard Self.matches(needle, at: start, base), !Self.joinsPrevious(at: end, base, count: count) else { return nil }
                return end
            }
        }
        guard !words.isEmpty else { return nil }
        return scan(for: anchor, in: base, count: count, from: from) { start in
            termEnd(from: start, base, count: count, wholeWord: wholeWord)
        }
    }

    /// The first start at or after `from` where `accept` gives the match's end, trying only the
    /// starts where `key` occurs (every start when the key is empty).
    private func scan(
        for key: Folded, in base: UnsafePointer<UInt8>, count: Int, from: Int, accept: (Int) -> Int?
    ) -> Range<Int>? {
        let length = key.bytes.count
        guard from >= 0, count >= length else { return nil }
        let lastStart = count - length
        var position = from
        if let first = key.bytes.first, let final = key.bytes.last, let firstFold = key.folds.first, let finalFold = key.folds.last {
            let last = length - 1
            let head = SIMD16<UInt8>(repeating: first), headFold = SIMD16<UInt8>(repeating: firstFold)
            let tail = SIMD16<UInt8>(repeating: final), tailFold = SIMD16<UInt8>(repeating: finalFold)
            // Sixteen candidate starts at a time, by the first and the last byte of the key.
            while position + 16 <= lastStart + 1 {
                let heads = UnsafeRawPointer(base + position).loadUnaligned(as: SIMD16<UInt8>.self)
                let tails = UnsafeRawPointer(base + position + last).loadUnaligned(as: SIMD16<UInt8>.self)
                let candidates = (heads | headFold) .== head .& ((tails | tailFold) .== tail)
                // The lane masks as two words: cheaper to test than `any(candidates)`.
                let words = unsafeBitCast(candidates, to: SIMD2<UInt64>.self)
                if words[0] | words[1] != 0 {
                    for lane in 0..<16 where candidates[lane] {
                        if let end = accept(position + lane) { return (position + lane)..<end }
                    }
                }
                position += 16
            }
        }
        while position <= lastStart {
            if Self.matches(key, at: position, base), let end = accept(position) { return position..<end }
            position += 1
        }
        return nil
    }

    /// The end of the term matched from `start`: not joined to a word before it, its words
    /// with whitespace between them, then the first ending after which the match is not joined
    /// to a following mark (nor, with `wholeWord`, to a following letter or digit).
    private func termEnd(from start: Int, _ base: UnsafePointer<UInt8>, count: Int, wholeWord: Bool) -> Int? {
        guard let first = words.first, var position = Self.word(first, at: start, base, count: count) else { return nil }
        if start > 0, Self.isWordScalar(before: start, base) { return nil }
        for word in words.dropFirst() {
            guard let next = Self.endOfWhitespace(from: position, base, count: count),
                let end = Self.word(word, at: next, base, count: count)
            else { return nil }
            position = end
        }
        for ending in endings {
            let end = position + ending.bytes.count
            guard end <= count, Self.matches(ending, at: position, base), !Self.joinsPrevious(at: end, base, count: count) else { continue }
            if wholeWord, end < count, Self.isWordScalar(at: end, base, count: count) { continue }
            return end
        }
        return nil
    }

    /// Whether `folded` is at `start` (the caller knows it fits).
    private static func matches(_ folded: Folded, at start: Int, _ base: UnsafePointer<UInt8>) -> Bool {
        for index in folded.bytes.indices where base[start + index] | folded.folds[index] != folded.bytes[index] {
            return false
        }
        return true
    }

    /// The end of a word of the term at `start`, its apostrophes matching `'` or `’`; nil when
    /// it is not there.
    private static func word(_ word: Folded, at start: Int, _ base: UnsafePointer<UInt8>, count: Int) -> Int? {
        var position = start
        for index in word.bytes.indices {
            let expected = word.bytes[index]
            if expected == apostrophe, position + 3 <= count, base[position] == 0xE2, base[position + 1] == 0x80, base[position + 2] == 0x99 {
                position += 3
                continue
            }
            guard position < count, base[position] | word.folds[index] == expected else { return nil }
            position += 1
        }
        return position
    }

    /// The end of the run of whitespace at `start` (with the marks a space carries, as a
    /// `Character` holds them), or nil when none starts there.
    private static func endOfWhitespace(from start: Int, _ base: UnsafePointer<UInt8>, count: Int) -> Int? {
        var position = start
        while position < count {
            let byte = base[position]
            // Whether marks after this scalar join it: after a space they do, after a control
            // (tab, line feed, line separator) they start a character of their own.
            let carriesMarks: Bool
            if byte == 0x20 {
                position += 1
                carriesMarks = true
            } else if byte >= 0x09 && byte <= 0x0D {
                position += 1
                carriesMarks = false
            } else if byte >= 0x80, let scalar = scalar(at: position, base, count: count), scalar.properties.isWhitespace {
                position += scalar.utf8.count
                carriesMarks = scalar.properties.generalCategory == .spaceSeparator
            } else {
                break
            }
            while carriesMarks, position < count, let joined = joinedScalar(at: position, base, count: count) {
                position += joined.utf8.count
            }
        }
        return position > start ? position : nil
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// Whether an ASCII byte is a letter or a digit: the word scalars of ASCII.
    static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// Whether the scalar ending just before `offset` is a letter, digit or mark.
    private static func isWordScalar(before offset: Int, _ base: UnsafePointer<UInt8>) -> Bool {
        var start = offset - 1
        while start > 0, offset - start < 4, base[start] & 0xC0 == 0x80 { start -= 1 }
        return isWordScalar(at: start, base, count: offset)
    }

    /// Whether the scalar starting at `offset` is a letter, digit or mark.
    private static func isWordScalar(at offset: Int, _ base: UnsafePointer<UInt8>, count: Int) -> Bool {
        let byte = base[offset]
        if byte < 0x80 { return isASCIILetterOrDigit(byte) }
        guard let scalar = scalar(at: offset, base, count: count) else { return false }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return properties.numericType != nil
        }
    }

    /// Whether the scalar at `offset` (if any) joins the character before it.
    private static func joinsPrevious(at offset: Int, _ base: UnsafePointer<UInt8>, count: Int) -> Bool {
        offset < count && joinedScalar(at: offset, base, count: count) != nil
    }

    /// The scalar at `offset` when it joins the character before it, as a grapheme cluster
    /// extends: a combining or spacing mark, a zero-width joiner, an emoji modifier.
    private static func joinedScalar(at offset: Int, _ base: UnsafePointer<UInt8>, count: Int) -> Unicode.Scalar? {
        guard base[offset] >= 0x80, let scalar = scalar(at: offset, base, count: count) else { return nil }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return scalar
        default: return properties.isGraphemeExtend || properties.isEmojiModifier || scalar == "\u{200D}" ? scalar : nil
        }
    }

    private static func scalar(at offset: Int, _ base: UnsafePointer<UInt8>, count: Int) -> Unicode.Scalar? {
        var iterator = UnsafeBufferPointer(start: base + offset, count: min(4, count - offset)).makeIterator()
        var decoder = Unicode.UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }
}
