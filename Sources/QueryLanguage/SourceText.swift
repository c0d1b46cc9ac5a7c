/// The text of a query or script, with the name to show in diagnostics, and the
/// computation of lines and columns from byte offsets.
public struct SourceText: Sendable {
    /// The name diagnostics start with: a file path, `<stdin>`, `<query>`.
    public let name: String
    /// The text itself.
    public let text: String
    /// The UTF-8 bytes of the text, which byte offsets index.
    public let bytes: [UInt8]
    /// The line number of the text's first line in its file (a script runs statement by
    /// statement, and each statement's diagnostics name the file's lines).
    public let firstLine: Int

    /// Wraps `text` under `name`; its first line is line `firstLine` of the file.
    public init(name: String, text: String, firstLine: Int = 1) {
        self.name = name
        self.text = text
        self.bytes = Array(text.utf8)
        self.firstLine = firstLine
    }

    /// The 1-based line and column (in characters) of a byte offset.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let clamped = min(max(0, offset), bytes.count)
        var line = firstLine
        var lineStart = 0
        for index in 0..<clamped where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<clamped], as: UTF8.self).count + 1
        return (line, column)
    }

    /// The byte range of the line holding `offset`, without its line break.
    public func lineRange(containing offset: Int) -> Range<Int> {
        let clamped = min(max(0, offset), bytes.count)
        var start = clamped
        while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        var end = clamped
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        return start..<end
    }

    /// The text of a byte range.
    public func slice(_ range: Range<Int>) -> String {
        let lower = min(max(0, range.lowerBound), bytes.count)
        let upper = min(max(lower, range.upperBound), bytes.count)
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }
}
