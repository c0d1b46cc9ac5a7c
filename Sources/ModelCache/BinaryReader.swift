/// Reads what `BinaryWriter` wrote, checking every length and index against the data so a
/// damaged file throws `CacheCorruption` instead of trapping or allocating without bound.
struct BinaryReader: ~Copyable {
    private let bytes: UnsafeRawBufferPointer
    private(set) var position: Int
    private var stringTable = [String]()
    private var listTable = [[String]]()

    /// A reader of `bytes` from `position`.
    init(_ bytes: UnsafeRawBufferPointer, from position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    /// A reader of the same bytes from `position` that shares this reader's string and list
    /// tables (another thread may use it: the tables are only read).
    func reader(at position: Int) -> BinaryReader {
        var reader = BinaryReader(bytes, from: position)
        reader.stringTable = stringTable
        reader.listTable = listTable
        return reader
    }

    /// Moves to `position` (checked by the next read).
    mutating func seek(to position: Int) {
        self.position = position
    }

    /// The number of bytes.
    var byteCount: Int { bytes.count }

    /// Reads one byte.
    mutating func byte() throws(CacheCorruption) -> UInt8 {
        guard position < bytes.count else { throw corruption("the file ends early") }
        defer { position += 1 }
        return bytes[position]
    }

    /// Reads an unsigned LEB128 integer.
    mutating func unsigned() throws(CacheCorruption) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw corruption("an integer is too long") }
            result |= UInt64(next & 0x7F) << shift
            if next & 0x80 == 0 { return result }
            shift += 7
        }
    }

    /// Reads a count, offset or index that fits an `Int`.
    mutating func count() throws(CacheCorruption) -> Int {
        let value = try unsigned()
        guard value <= UInt64(Int.max) else { throw corruption("a number is out of range") }
        return Int(value)
    }

    /// Reads a count of items each taking at least one byte: more than the bytes left is damage.
    mutating func itemCount() throws(CacheCorruption) -> Int {
        let value = try count()
        guard value <= bytes.count - position else { throw corruption("a count of \(value) is more than the file holds") }
        return value
    }

    /// Reads a zigzag signed integer.
    mutating func signed() throws(CacheCorruption) -> Int64 {
        let value = try unsigned()
        return Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
    }

    /// Reads an `Int` of the model written by `BinaryWriter.int`.
    mutating func int() throws(CacheCorruption) -> Int {
        guard let value = Int(exactly: try signed()) else { throw corruption("a number is out of range") }
        return value
    }

    /// Reads `length` raw bytes as UTF-8 text.
    mutating func text(length: Int) throws(CacheCorruption) -> String {
        guard length <= bytes.count - position else { throw corruption("a string runs past the end") }
        let slice = UnsafeRawBufferPointer(rebasing: bytes[position..<position + length])
        position += length
        return String(decoding: slice, as: UTF8.self)
    }

    /// Reads the string and list tables that `BinaryWriter.finish` put before the body.
    mutating func readTables() throws(CacheCorruption) {
        let stringCount = try itemCount()
        stringTable.reserveCapacity(stringCount)
        for _ in 0..<stringCount { stringTable.append(try text(length: try count())) }
        let listCount = try itemCount()
        listTable.reserveCapacity(listCount)
        for _ in 0..<listCount {
            let length = try itemCount()
            var list = [String]()
            list.reserveCapacity(length)
            for _ in 0..<length { list.append(try string()) }
            listTable.append(list)
        }
    }

    /// Reads a reference to an interned string.
    mutating func string() throws(CacheCorruption) -> String {
        let index = try count()
        guard index < stringTable.count else { throw corruption("a string reference is out of range") }
        return stringTable[index]
    }

    /// Reads an optional string reference.
    mutating func optionalString() throws(CacheCorruption) -> String? {
        let index = try count()
        guard index > 0 else { return nil }
        guard index <= stringTable.count else { throw corruption("a string reference is out of range") }
        return stringTable[index - 1]
    }

    /// Reads a reference to an interned list of strings.
    mutating func strings() throws(CacheCorruption) -> [String] {
        let index = try count()
        guard index < listTable.count else { throw corruption("a list reference is out of range") }
        return listTable[index]
    }

    /// A corruption error at the current position.
    func corruption(_ reason: String) -> CacheCorruption {
        CacheCorruption(reason: reason, offset: position)
    }
}
