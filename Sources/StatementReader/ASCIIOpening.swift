/// The opening bytes of a paragraph read as lower-cased text, when they answer prefix questions
/// as its lower-cased characters would: every byte up to one past the longest prefix asked
/// about is ASCII, so each byte is a character and its lower case is one byte too.
struct ASCIIOpening {
    /// The paragraph's bytes.
    private let bytes: String.UTF8View
    /// Whether the whole paragraph is shorter than the limit it was checked to.
    private let isShort: Bool

    /// How many opening bytes must be ASCII for questions about `texts` (the lower-case ASCII
    /// texts that will be asked about): one more than the longest.
    static func limit(for texts: [String]) -> Int {
        (texts.map(\.utf8.count).max() ?? 0) + 1
    }

    /// The opening of `paragraph`, or nil when a byte outside ASCII comes within its first
    /// `limit` bytes (see `limit(for:)`).
    init?(_ paragraph: String, limit: Int) {
        var count = 0
        for byte in paragraph.utf8.prefix(limit) {
            guard byte < 0x80 else { return nil }
            count += 1
        }
        bytes = paragraph.utf8
        isShort = count < limit
    }

    /// Whether the lower-cased paragraph starts with `prefix`.
    func hasPrefix(_ prefix: String) -> Bool {
        var paragraph = bytes.makeIterator()
        for letter in prefix.utf8 {
            guard let byte = paragraph.next() else { return false }
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            guard lower == letter else { return false }
        }
        return true
    }

    /// Whether the lower-cased paragraph is `text`.
    func isWhole(_ text: String) -> Bool {
        isShort && bytes.count == text.utf8.count && hasPrefix(text)
    }
}
