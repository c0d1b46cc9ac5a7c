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
        let rest = utf8[start...]
        // (A string not stored as UTF-8, which Linux does not make, is copied first.)
        let found = rest.withContiguousStorageIfAvailable(firstLineBreak(in:)) ?? Array(rest).withUnsafeBufferPointer(firstLineBreak(in:))
        guard let (offset, length) = found else {
            lineStart = nil
            return text[start..<utf8.endIndex]
        }
        let lineEnd = utf8.index(start, offsetBy: offset)
        lineStart = utf8.index(lineEnd, offsetBy: length)
        return text[start..<lineEnd]
    }
}

/// The offset and length in bytes of the first line break in `bytes`, or nil.
private func firstLineBreak(in bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, length: Int)? {
    var index = 0
    while index < bytes.count {
        switch bytes[index] {
        case 0x0A, 0x0B, 0x0C: return (index, 1)
        case 0x0D: return (index, index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1)
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85: return (index, 2)  // U+0085 next line
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
            return (index, 3)  // U+2028 line separator, U+2029 paragraph separator
        default: index += 1
        }
    }
    return nil
}
