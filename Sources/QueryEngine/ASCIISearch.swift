/// Case-insensitive search for a needle of ASCII characters in UTF-8 text, byte by byte: the
/// fast path of `TextSearch` for the words people search for. Candidates are found sixteen
/// bytes at a time by the needle's first and last bytes (case folded), then compared whole.
/// Word boundaries look at the neighbouring Unicode scalar, so "éterror" has no word starting
/// at "terror". A match followed by a combining mark is no match, as the mark belongs to the
/// needle's last character. (Unlike the character path, a non-ASCII letter that lower-cases to
/// an ASCII one, the Kelvin sign, is not matched.)
struct ASCIISearch {
    private let needle: [UInt8]
    private let folds: [UInt8]

    /// A search for `text`, or nil when it is empty or not all ASCII.
    init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        needle = bytes.map { Self.isASCIILetter($0) ? $0 | 0x20 : $0 }
        folds = bytes.map { Self.isASCIILetter($0) ? 0x20 : 0 }
    }

    /// The UTF-8 offsets where the needle starts in `text`, at most `limit` of them, without overlaps.
    func offsets(in text: String, wholeWord: Bool, startOfWord: Bool, limit: Int) -> [Int] {
        var text = text
        return text.withUTF8 { bytes in
            var results = [Int]()
            var position = 0
            while results.count < limit, let start = nextMatch(in: bytes, from: position, wholeWord: wholeWord, startOfWord: startOfWord) {
                results.append(start)
                position = start + needle.count
            }
            return results
        }
    }

    /// Whether a NUL byte, which separates the values of a `TextColumn`, is in the needle.
    var containsNUL: Bool { needle.contains(0) }

    /// The first offset at or after `from` where the needle starts (and, with `wholeWord` or
    /// `startOfWord`, is not joined to a letter or digit before it, nor with `wholeWord` after it).
    func nextMatch(in bytes: UnsafeBufferPointer<UInt8>, from: Int, wholeWord: Bool, startOfWord: Bool) -> Int? {
        let length = needle.count
        guard from >= 0, bytes.count >= length, let base = bytes.baseAddress else { return nil }
        let last = length - 1
        let lastStart = bytes.count - length
        func accept(_ start: Int) -> Bool {
            guard matches(at: start, base) else { return false }
            let end = start + length
            if end < bytes.count, Self.startsWithMark(base, at: end, count: bytes.count) { return false }
            guard wholeWord || startOfWord else { return true }
            if start > 0, Self.isWordScalar(before: start, base) { return false }
            if wholeWord, end < bytes.count, Self.isWordScalar(at: end, base, count: bytes.count) { return false }
            return true
        }
        let first = SIMD16<UInt8>(repeating: needle[0]), firstFold = SIMD16<UInt8>(repeating: folds[0])
        let final = SIMD16<UInt8>(repeating: needle[last]), finalFold = SIMD16<UInt8>(repeating: folds[last])
        var position = from
        // Sixteen candidate starts at a time, by the first and the last byte of the needle.
        while position + 16 <= lastStart + 1 {
            let head = UnsafeRawPointer(base + position).loadUnaligned(as: SIMD16<UInt8>.self)
            let tail = UnsafeRawPointer(base + position + last).loadUnaligned(as: SIMD16<UInt8>.self)
            let candidates = (head | firstFold) .== first .& ((tail | finalFold) .== final)
            // The lane masks as two words: cheaper to test than `any(candidates)`.
            let words = unsafeBitCast(candidates, to: SIMD2<UInt64>.self)
            if words[0] | words[1] != 0 {
                for lane in 0..<16 where candidates[lane] && accept(position + lane) {
                    return position + lane
                }
            }
            position += 16
        }
        while position <= lastStart {
            if accept(position) { return position }
            position += 1
        }
        return nil
    }

    private func matches(at start: Int, _ base: UnsafePointer<UInt8>) -> Bool {
        for index in 0..<needle.count where base[start + index] | folds[index] != needle[index] {
            return false
        }
        return true
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
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
        if byte < 0x80 { return isASCIILetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) }
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

    /// Whether the scalar starting at `offset` joins the character before it (a combining mark).
    private static func startsWithMark(_ base: UnsafePointer<UInt8>, at offset: Int, count: Int) -> Bool {
        guard base[offset] >= 0x80, let scalar = scalar(at: offset, base, count: count) else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar.properties.isGraphemeExtend
        }
    }

    private static func scalar(at offset: Int, _ base: UnsafePointer<UInt8>, count: Int) -> Unicode.Scalar? {
        var iterator = UnsafeBufferPointer(start: base + offset, count: min(4, count - offset)).makeIterator()
        var decoder = Unicode.UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }
}
