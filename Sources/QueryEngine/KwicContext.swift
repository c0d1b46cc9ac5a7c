import QueryLanguage

/// The contexts `kwic` shows beside a match: at most `width` characters on each side, each run
/// of whitespace (a line break, a tab) shown as one space. A context ends at whitespace: a word
/// the width would cut at the far end is left out, unless it is the only word, longer than the
/// width; then the context is cut inside it and ends with "…" (still within the width). The
/// text is walked by index and the context copied out of it once, with no string per character.
enum KwicContext {
    /// The mark at the far end of a context that had to cut a word.
    static let cutMark = "…"

    /// The context before `index` in `text`.
    static func left(of text: String, before index: String.Index, width: Int) -> String {
        let end = farEnd(in: text, from: index, width: width, forward: false)
        let context = collapsingWhitespace(text[end.index..<index])
        return end.cut ? cutMark + context : context
    }

    /// The context after `index` in `text`.
    static func right(of text: String, after index: String.Index, width: Int) -> String {
        let end = farEnd(in: text, from: index, width: width, forward: true)
        let context = collapsingWhitespace(text[index..<end.index])
        return end.cut ? context + cutMark : context
    }

    /// `text` with each run of whitespace as one space; copied as it is when it has none to
    /// collapse (no control character, no two spaces, no byte that may start a non-ASCII space).
    static func collapsingWhitespace(_ text: Substring) -> String {
        let plain = text.utf8.withContiguousStorageIfAvailable { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                if (byte >= 0x09 && byte <= 0x0D) || (byte == 0x20 && previous == 0x20) || (byte >= 0xC2 && byte <= 0xE3) { return false }
                previous = byte
            }
            return true
        }
        if plain == true { return String(text) }
        var result = ""
        var inWhitespace = false
        for character in text {
            if WordTerm.isWhitespace(character) {
                if !inWhitespace { result.append(" ") }
                inWhitespace = true
            } else {
                result.append(character)
                inWhitespace = false
            }
        }
        return result
    }

    /// Where the context from `near` ends, walking outward (`forward` or back), and whether it
    /// cuts a word and so takes the mark.
    private static func farEnd(in text: String, from near: String.Index, width: Int, forward: Bool) -> (index: String.Index, cut: Bool) {
        let utf8 = text.utf8
        let nearOffset = utf8.distance(from: utf8.startIndex, to: near)
        var storage = text
        let end = storage.withUTF8 { bytes in
            farEnd(in: Walk(text: text, bytes: bytes), from: nearOffset, width: width, forward: forward)
        }
        return (utf8.index(utf8.startIndex, offsetBy: end.offset), end.cut)
    }

    /// `farEnd` by UTF-8 offsets. Counts characters with each whitespace run as one; leaves out
    /// whitespace at the far end.
    private static func farEnd(in walk: Walk, from near: Int, width: Int, forward: Bool) -> (offset: Int, cut: Bool) {
        var position = near
        var count = 0
        var spaceBefore = false
        // The far end after the last character taken; after the last whole word taken, when a
        // word has been; and where `width - 1` characters were taken, for a cut with its mark.
        var far = near
        var wholeWords: Int?
        var markAt = near
        while forward ? position < walk.bytes.count : position > 0 {
            // The next character outward, and the position past it.
            let character = forward ? position : walk.before(position)
            let next = forward ? walk.after(position) : character
            if walk.isWhitespace(at: character) {
                spaceBefore = true
                position = next
                continue
            }
            if spaceBefore {
                // The context may end here, at whitespace, without cutting a word.
                if count >= width { return (far, false) }
                if far != near { wholeWords = far }
                count += 1
                if count == width - 1 { markAt = position }
                spaceBefore = false
            }
            if count >= width {
                if let wholeWords { return (wholeWords, false) }
                // One word longer than the width: cut inside it, and say so.
                return (markAt, true)
            }
            count += 1
            position = next
            far = next
            if count == width - 1 { markAt = far }
        }
        return (far, false)
    }

    /// Steps over the characters of a text by UTF-8 offset: a byte at a time where the text is
    /// ASCII (an ASCII byte beside ASCII bytes is a character of its own, but for CR LF), by
    /// `Character` elsewhere.
    private struct Walk {
        let text: String
        let bytes: UnsafeBufferPointer<UInt8>

        /// The offset of the character after the one at `offset`.
        func after(_ offset: Int) -> Int {
            let byte = bytes[offset]
            if byte < 0x80, byte != 0x0D, offset + 1 == bytes.count || bytes[offset + 1] < 0x80 { return offset + 1 }
            return utf8Offset(text.index(after: index(offset)))
        }

        /// The offset of the character before the one that starts at `offset`.
        func before(_ offset: Int) -> Int {
            let byte = bytes[offset - 1]
            if byte < 0x80, byte != 0x0A, offset == 1 || bytes[offset - 2] < 0x80 { return offset - 1 }
            return utf8Offset(text.index(before: index(offset)))
        }

        /// Whether the character at `offset` is whitespace, by its first byte when that is ASCII.
        func isWhitespace(at offset: Int) -> Bool {
            let byte = bytes[offset]
            if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
            return text[index(offset)].isWhitespace
        }

        private func index(_ offset: Int) -> String.Index {
            text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        }

        private func utf8Offset(_ index: String.Index) -> Int {
            text.utf8.distance(from: text.utf8.startIndex, to: index)
        }
    }
}
