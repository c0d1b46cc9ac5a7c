/// A string table (`StringTable`) filled one string at a time: the strings' bytes and offsets
/// grow as they come, and the section is laid out once at the end.
struct StringTableEncoder {
    /// The strings' bytes so far, each followed by NUL.
    private var bytes = [UInt8]()
    /// Where each string so far starts in `bytes`.
    private var starts = [UInt64]()

    /// Adds `value` after the strings added before.
    mutating func append(_ value: String) {
        starts.append(UInt64(bytes.count))
        bytes += value.utf8
        bytes.append(0)
    }

    /// The section's bytes: the count, the offsets (each start and the end), then the strings.
    func section() -> [UInt8] {
        var section = [UInt8]()
        section.reserveCapacity(16 + starts.count * 8 + bytes.count)
        section.append(littleEndian: UInt64(starts.count))
        for start in starts { section.append(littleEndian: start) }
        section.append(littleEndian: UInt64(bytes.count))
        section += bytes
        return section
    }
}
