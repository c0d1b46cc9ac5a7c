/// The layout of a store file (docs/cache.md, "The store file").
///
/// A store is a header, a directory of named sections, and the sections, each starting on a
/// page boundary so that it can be used in place once the file is mapped:
///
/// | bytes | what |
/// |---|---|
/// | 0..<8 | the magic `CQSTORE` and the format digit |
/// | 8..<12 | the byte-order mark `0x01020304` (little-endian writers only) |
/// | 12..<16 | the length of the writer's identity |
/// | 16..<20 | the number of sections |
/// | 20..<24 | the length of the directory in bytes |
/// | 24..<32 | the checksum of bytes 0..<24, the identity and the directory |
/// | 32... | the identity, then the directory |
///
/// A directory entry is the name's length (two bytes), the name, and three eight-byte numbers:
/// the section's offset, its length and its checksum. Numbers are little-endian.
enum StoreFormat {
    /// The format's number: the last byte of the magic.
    static let formatNumber = 1
    /// The first bytes of every store file.
    static let magic = Array("CQSTORE\(formatNumber)".utf8)
    /// The byte-order mark as written by a little-endian machine.
    static let byteOrderMark: UInt32 = 0x0102_0304
    /// The length of the fixed part of the header.
    static let fixedHeaderLength = 32
    /// Sections start on multiples of this.
    static let pageSize = 4096
    /// The most sections a store may have (a store has about a hundred).
    static let maximumSections = 4096
    /// The longest identity or directory a header may declare.
    static let maximumHeaderPart = 1 << 20
}
