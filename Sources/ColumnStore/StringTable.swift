/// A section holding strings end to end: the number of strings (eight bytes), the offset where
/// each starts and where the last ends (eight bytes each, counted from the first string), then
/// the UTF-8 of each string followed by a NUL byte, so that a byte search over the whole table
/// never runs from one string into the next.
public struct StringTable: @unchecked Sendable {
    /// Where each string starts in `bytes`, and where the last one's NUL ends.
    public let offsets: UnsafeBufferPointer<UInt64>
    /// The strings' bytes, each followed by NUL.
    public let bytes: UnsafeRawBufferPointer
    /// The store file the bytes are in, kept alive as long as the table is.
    private let file: StoreFile

    /// How many strings the table holds.
    public var count: Int { offsets.count - 1 }

    /// The table in `section` of `file`, checked: the offsets rise, end at the end of the
    /// section, and each string is followed by NUL.
    init(_ section: UnsafeRawBufferPointer, of file: StoreFile) throws(SectionFault) {
        guard section.count >= 16 else { throw "a string table shorter than its count" }
        let declared = section.load(as: UInt64.self)
        guard declared < UInt64(section.count / 8) else { throw "a string count beyond the section" }
        let count = Int(declared)
        let offsetsLength = (count + 1) * 8
        guard 8 + offsetsLength <= section.count else { throw "string offsets beyond the section" }
        let offsets = UnsafeRawBufferPointer(rebasing: section[8..<(8 + offsetsLength)]).bindMemory(to: UInt64.self)
        let bytes = UnsafeRawBufferPointer(rebasing: section[(8 + offsetsLength)...])
        guard offsets[0] == 0, offsets[count] == UInt64(bytes.count) else { throw "string offsets that do not span the strings" }
        for index in 0..<count {
            let end = offsets[index + 1]
            guard end > offsets[index], end <= UInt64(bytes.count), bytes[Int(end) - 1] == 0 else {
                throw SectionFault("string \(index) is out of order or not ended")
            }
        }
        self.offsets = offsets
        self.bytes = bytes
        self.file = file
    }

    /// The UTF-8 bytes of string `index` (without its NUL).
    public func utf8(_ index: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: bytes[Int(offsets[index])..<(Int(offsets[index + 1]) - 1)])
    }

    /// String `index` (invalid UTF-8 repaired, as the reader would).
    public func string(_ index: Int) -> String {
        String(decoding: utf8(index), as: UTF8.self)
    }

    /// Every string, in order.
    public var strings: [String] {
        (0..<count).map(string)
    }
}
