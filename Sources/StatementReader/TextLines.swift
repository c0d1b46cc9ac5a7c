/// The lines of a text one at a time, split at every line break: LF, CR LF, a lone CR, and the
/// vertical tab, form feed, next line and line and paragraph separators. Every one of these is
/// a grapheme of its own (CR LF one together), so splitting the UTF-8 bytes gives the lines a
/// split of the characters would. A text of n line breaks has n + 1 lines.
struct TextLines<Text: StringProtocol>: Sequence, IteratorProtocol {
    private let text: Text
    /// Where the next line starts, or nil once the last line is given.
    private var lineStart: Text.UTF8View.Index?

    /// The lines of `text`.
    init(_ text: Text) {
        self.text = text
        lineStart = text.utf8.startIndex
    }

    /// The text after the lines given so far: empty once the last line is given.
    var rest: Text.SubSequence {
        text[(lineStart ?? text.utf8.endIndex)...]
    }

    /// The next line, without its line break.
    mutating func next() -> Text.SubSequence? {
        guard let start = lineStart else { return nil }
        let utf8 = text.utf8
        var index = start
        while index < utf8.endIndex {
            if let length = Self.lineBreakLength(utf8, at: index) {
                lineStart = utf8.index(index, offsetBy: length)
                return text[start..<index]
            }
            index = utf8.index(after: index)
        }
        lineStart = nil
        return text[start..<utf8.endIndex]
    }

    /// The length in bytes of the line break at `index`, or nil when none starts there.
    private static func lineBreakLength(_ utf8: Text.UTF8View, at index: Text.UTF8View.Index) -> Int? {
        func byte(after offset: Int) -> UInt8? {
            var position = index
            for _ in 0..<offset {
                position = utf8.index(after: position)
                if position == utf8.endIndex { return nil }
            }
            return utf8[position]
        }
        switch utf8[index] {
        case 0x0A, 0x0B, 0x0C: return 1
        case 0x0D: return byte(after: 1) == 0x0A ? 2 : 1
        case 0xC2: return byte(after: 1) == 0x85 ? 2 : nil  // U+0085 next line
        case 0xE2:  // U+2028 line separator, U+2029 paragraph separator
            guard byte(after: 1) == 0x80, let third = byte(after: 2), third == 0xA8 || third == 0xA9 else { return nil }
            return 3
        default: return nil
        }
    }
}
