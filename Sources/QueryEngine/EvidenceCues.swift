import ColumnStore

/// The cue of each row of `evidence`: the bytes `start..<end` of its statement's text, read
/// when asked for; none for a decision without a cue, or offsets that do not lie in the text
/// (a JSON model may say anything) or do not fall on character boundaries.
struct EvidenceCues {
    let texts: StoredTexts
    let starts: UnsafeBufferPointer<Int64>
    let ends: UnsafeBufferPointer<Int64>
    /// The statement row of each evidence row.
    let statements: [UInt32]

    /// The cue of evidence row `row`, or nil.
    func cue(_ row: Int) -> String? {
        let start = starts[row], end = ends[row]
        let text = texts.utf8(Int(statements[row]))
        guard start >= 0, start < end, end <= Int64(text.count) else { return nil }
        let bytes = UnsafeRawBufferPointer(rebasing: text[Int(start)..<Int(end)])
        // A cut inside a character would be repaired into U+FFFD: no cue rather than a wrong one.
        return String(validating: bytes, as: UTF8.self)
    }
}
