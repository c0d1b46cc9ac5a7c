/// The byte search that runs before a regex: a text none of whose required literals
/// (`RegexLiterals`) occurs cannot match, so the regex engine sees only the texts that hold one.
/// It may let through more texts than match, never fewer.
///
/// Without the `i` flag the literals are searched for exactly. With it they are searched for
/// with ASCII case folding, and a text holding a non-ASCII letter that ICU folds to ASCII
/// letters (the Kelvin sign to k, long s to s, ß to ss, the ligature ﬁ to fi, ...) goes to the
/// regex whatever its literals.
final class RegexPrefilter {
    private let searches: [ASCIISearch]
    private let ignoresCase: Bool

    /// The prefilter of a regex with these flags, or nil when the pattern requires no ASCII
    /// literal the analysis is sure of.
    init?(pattern: String, flags: String) {
        ignoresCase = flags.contains("i")
        guard let literals = RegexLiterals.required(in: pattern) else { return nil }
        var searches = [ASCIISearch]()
        for literal in literals {
            guard let search = ASCIISearch(literal, caseSensitive: !ignoresCase), !search.containsNUL else { return nil }
            searches.append(search)
        }
        guard !searches.isEmpty else { return nil }
        self.searches = searches
    }

    /// Whether the regex may match `text`: false only when it surely cannot.
    func mayMatch(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            searches.contains { $0.nextOccurrence(in: bytes, from: 0) != nil } || (ignoresCase && Self.holdsFoldingPartner(bytes))
        }
    }

    /// The rows of `column` whose value the regex may match, in order.
    func candidateRows(in column: TextColumn) -> [Int] {
        column.rows(holdingAnyOf: searches, orFoldingPartners: ignoresCase)
    }

    /// Whether `bytes` hold a non-ASCII scalar whose case mappings or folding hold ASCII letters:
    /// U+00DF ß, U+0130 İ, U+0131 ı, U+0149 ŉ, U+017F ſ, U+01F0 ǰ, U+1E96...U+1E9F (ẖ ẗ ẘ ẙ ẚ ẞ
    /// and neighbours), U+212A Kelvin sign, U+FB00...U+FB3F (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ and neighbours).
    static func holdsFoldingPartner(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index + 1 < count {
            let byte = bytes[index]
            if byte >= 0xC3 {
                let next = bytes[index + 1]
                switch byte {
                case 0xC3: if next == 0x9F { return true }
                case 0xC4: if next == 0xB0 || next == 0xB1 { return true }
                case 0xC5: if next == 0x89 || next == 0xBF { return true }
                case 0xC7: if next == 0xB0 { return true }
                case 0xE1: if next == 0xBA { return true }
                case 0xE2: if next == 0x84, index + 2 < count, bytes[index + 2] == 0xAA { return true }
                case 0xEF: if next == 0xAC { return true }
                default: break
                }
            }
            index += 1
        }
        return false
    }
}
