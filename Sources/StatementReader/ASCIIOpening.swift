/// The opening bytes of a paragraph lower-cased, when they answer prefix questions as its
/// lower-cased characters would: every byte up to one past the longest prefix asked about is
/// ASCII, so each byte is a character and its lower case is one byte too.
struct ASCIIOpening {
    /// The opening bytes, ASCII letters lower-cased.
    private let bytes: [UInt8]
    /// Whether `bytes` is the whole paragraph.
    private let isWhole: Bool

    /// The opening of `paragraph`, or nil when a byte outside ASCII comes within one byte of
    /// the longest of `prefixes` (the lower-case ASCII texts that will be asked about).
    init?(_ paragraph: String, longestPrefix prefixes: [String]) {
        let limit = (prefixes.map(\.utf8.count).max() ?? 0) + 1
        var bytes = [UInt8]()
        bytes.reserveCapacity(limit)
        for byte in paragraph.utf8.prefix(limit) {
            guard byte < 0x80 else { return nil }
            bytes.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
        }
        self.bytes = bytes
        isWhole = bytes.count < limit
    }

    /// Whether the lower-cased paragraph starts with `prefix`.
    func hasPrefix(_ prefix: String) -> Bool {
        bytes.starts(with: prefix.utf8)
    }

    /// Whether the lower-cased paragraph is `text`.
    func isWhole(_ text: String) -> Bool {
        isWhole && bytes.elementsEqual(text.utf8)
    }
}
