/// A string table (`StringTable`) filled one string at a time: the strings' bytes and offsets
/// grow as they come (into a `SpillFile` when given one), and the section is put together once
/// at the end.
struct StringTableEncoder {
    /// The strings' bytes so far, each followed by NUL.
    private var bytes: SpillBuffer
    /// Where each string so far starts in `bytes`.
    private var starts: SpillBuffer
    /// The number of strings added: one start of eight bytes each.
    private var count: Int { starts.count / MemoryLayout<UInt64>.size }

    /// An empty table whose bytes go to `spill` as they fill (nil: they stay in memory).
    init(spill: SpillFile? = nil) {
        bytes = SpillBuffer(file: spill)
        starts = SpillBuffer(file: spill)
    }

    /// Adds `value` after the strings added before.
    mutating func append(_ value: String) {
        ExactString.withUTF8(value) { append(UnsafeRawBufferPointer($0)) }
    }

    /// Adds the string whose UTF-8 bytes are `value` after the strings added before.
    mutating func append(_ value: UnsafeRawBufferPointer) {
        starts.append(number: UInt64(bytes.count).littleEndian)
        bytes.append(value)
        bytes.append(number: UInt8(0))
    }

    /// The section: the count, the offsets (each start and the end), then the strings.
    func section() -> SectionBytes {
        var count = [UInt8]()
        count.append(littleEndian: UInt64(self.count))
        var end = [UInt8]()
        end.append(littleEndian: UInt64(bytes.count))
        return SectionBytes([.bytes(count), .spilled(starts), .bytes(end), .spilled(bytes)])
    }
}
