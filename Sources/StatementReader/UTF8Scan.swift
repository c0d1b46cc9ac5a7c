/// A string's UTF-8 bytes read scalar by scalar at byte offsets: ASCII answered from the byte,
/// anything else decoded where it stands. The tokenizer and the sentence splitter walk text
/// with it instead of copying it into an array of scalars and an array of offsets.
struct UTF8Scan {
    /// The bytes, valid UTF-8 (they come from a `String`).
    let bytes: UnsafeBufferPointer<UInt8>

    /// What `body` makes of the bytes of `text`, read in place.
    static func reading<Result>(_ text: String, _ body: (UTF8Scan) -> Result) -> Result {
        var text = text
        return text.withUTF8 { body(UTF8Scan(bytes: $0)) }
    }

    /// The number of bytes.
    var count: Int { bytes.count }

    /// The scalar whose encoding starts at `offset`.
    func scalar(at offset: Int) -> Unicode.Scalar {
        let byte = bytes[offset]
        if byte < 0x80 { return Unicode.Scalar(byte) }
        var iterator = UnsafeBufferPointer(rebasing: bytes[offset..<min(offset + 4, bytes.count)]).makeIterator()
        var decoder = Unicode.UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return "\u{FFFD}"
    }

    /// The number of bytes of the scalar whose encoding starts at `offset`.
    func width(at offset: Int) -> Int {
        let byte = bytes[offset]
        return byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
    }

    /// The offset of the scalar after the one at `offset`.
    func next(after offset: Int) -> Int {
        min(offset + width(at: offset), bytes.count)
    }

    /// The offset of the scalar before the one at `offset`.
    func previous(before offset: Int) -> Int {
        var start = offset - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }
}
