/// Builds the bytes of a cache file: LEB128 variable-length integers, and strings and string
/// lists interned into tables so that each distinct value is stored (and later decoded) once.
struct BinaryWriter {
    /// The body written so far; the tables are written before it by `finish`.
    private(set) var body = [UInt8]()
    private var stringIndex = [String: Int]()
    private var stringTable = [String]()
    private var listIndex = [[Int]: Int]()
    private var listTable = [[Int]]()

    /// Appends an unsigned integer, seven bits a byte.
    mutating func unsigned(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            body.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        body.append(UInt8(truncatingIfNeeded: rest))
    }

    /// Appends a count, size or offset, which is never negative (one would be written as zero);
    /// an `Int` of the model, which may be negative, goes through `int`.
    mutating func count(_ value: Int) {
        unsigned(UInt64(clamping: value))
    }

    /// Appends a signed integer in zigzag form: small magnitudes of either sign take few bytes.
    mutating func signed(_ value: Int64) {
        unsigned(UInt64(bitPattern: (value &<< 1) ^ (value >> 63)))
    }

    /// Appends any `Int` of the model (a clause number, an offset), negative ones included.
    mutating func int(_ value: Int) {
        signed(Int64(value))
    }

    /// Appends one byte.
    mutating func byte(_ value: UInt8) {
        body.append(value)
    }

    /// Appends a reference to an interned string.
    mutating func string(_ value: String) {
        count(intern(value))
    }

    /// Appends an optional string: 0 for nil, else its index plus one.
    mutating func optionalString(_ value: String?) {
        count(value.map { intern($0) + 1 } ?? 0)
    }

    /// Appends a reference to an interned list of strings.
    mutating func strings(_ values: [String]) {
        let key = values.map { intern($0) }
        if let index = listIndex[key] {
            count(index)
        } else {
            listIndex[key] = listTable.count
            count(listTable.count)
            listTable.append(key)
        }
    }

    private mutating func intern(_ value: String) -> Int {
        if let index = stringIndex[value] { return index }
        stringIndex[value] = stringTable.count
        stringTable.append(value)
        return stringTable.count - 1
    }

    /// The whole file: `header`, then the string table, the list table and the body.
    func finish(header: [UInt8]) -> [UInt8] {
        var tables = BinaryWriter()
        tables.count(stringTable.count)
        for string in stringTable {
            let utf8 = string.utf8
            tables.count(utf8.count)
            tables.body.append(contentsOf: utf8)
        }
        tables.count(listTable.count)
        for list in listTable {
            tables.count(list.count)
            for index in list { tables.count(index) }
        }
        return header + tables.body + body
    }
}
