/// A column of eight-byte numbers, one a row.
public struct IntegerColumn: @unchecked Sendable {
    /// The values, in row order.
    public let values: UnsafeBufferPointer<Int64>
    /// The store file the values are in, kept alive as long as the column is.
    private let file: StoreFile

    init(_ section: UnsafeRawBufferPointer, of file: StoreFile, rows: Int) throws(SectionFault) {
        guard section.count == rows * 8 else { throw SectionFault("\(section.count / 8) numbers for \(rows) rows") }
        values = section.bindMemory(to: Int64.self)
        self.file = file
    }

    /// For a `*_end` column (`StatementStore.rowEnds`, checked to rise): the rows of the child
    /// table that belong to row `index` of its parent.
    public func childRows(of index: Int) -> Range<Int> {
        (index == 0 ? 0 : Int(values[index - 1]))..<Int(values[index])
    }
}

/// A column of short strings kept as codes into a dictionary of its distinct values, in order
/// of first appearance; `StringColumn.null` stands for a missing value.
public struct StringColumn: @unchecked Sendable {
    /// The code that stands for a missing value.
    public static let null = UInt32.max
    /// Each row's code.
    public let codes: UnsafeBufferPointer<UInt32>
    /// The distinct values (a table of the same store file, which it keeps alive for the codes too).
    public let dictionary: StringTable

    init(codes section: UnsafeRawBufferPointer, dictionary: StringTable, rows: Int) throws(SectionFault) {
        guard section.count == rows * 4 else { throw SectionFault("\(section.count / 4) codes for \(rows) rows") }
        let codes = section.bindMemory(to: UInt32.self)
        let limit = UInt32(truncatingIfNeeded: dictionary.count)
        guard codes.allSatisfy({ $0 < limit || $0 == Self.null }) else { throw "a code beyond the dictionary" }
        self.codes = codes
        self.dictionary = dictionary
    }

    /// Row `row`'s value, nil when it is missing.
    public func value(_ row: Int) -> String? {
        string(codes[row])
    }

    /// The value `code` stands for, nil for the missing value's code.
    public func string(_ code: UInt32) -> String? {
        code == Self.null ? nil : dictionary.string(Int(code))
    }
}

/// A column of string lists: each row's items are `items[offsets[row]..<offsets[row + 1]]`,
/// codes into a dictionary of the distinct items.
public struct ListColumn: @unchecked Sendable {
    /// Where each row's items start, and where the last row's end.
    public let offsets: UnsafeBufferPointer<UInt64>
    /// The items of every row, as codes.
    public let items: UnsafeBufferPointer<UInt32>
    /// The distinct items (a table of the same store file, which it keeps alive for the offsets
    /// and items too).
    public let dictionary: StringTable

    init(offsets: UnsafeRawBufferPointer, items: UnsafeRawBufferPointer, dictionary: StringTable, rows: Int) throws(SectionFault) {
        guard offsets.count == (rows + 1) * 8, items.count % 4 == 0 else { throw "list offsets or items of the wrong length" }
        let starts = offsets.bindMemory(to: UInt64.self)
        let codes = items.bindMemory(to: UInt32.self)
        guard starts[0] == 0, starts[rows] == UInt64(codes.count) else { throw "list offsets that do not span the items" }
        for row in 0..<rows where starts[row] > starts[row + 1] { throw "list offsets out of order" }
        let limit = UInt32(truncatingIfNeeded: dictionary.count)
        guard codes.allSatisfy({ $0 < limit }) else { throw "a list item beyond the dictionary" }
        self.offsets = starts
        self.items = codes
        self.dictionary = dictionary
    }

    /// The item codes of row `row`.
    public func codes(_ row: Int) -> UnsafeBufferPointer<UInt32> {
        UnsafeBufferPointer(rebasing: items[Int(offsets[row])..<Int(offsets[row + 1])])
    }

    /// The items of row `row`.
    public func values(_ row: Int) -> [String] {
        codes(row).map { dictionary.string(Int($0)) }
    }
}
