import ColumnStore

/// The values of one text column of a built-in source laid end to end in one buffer, NUL
/// after each, so a search for a literal scans the whole column in one pass instead of
/// visiting every row: a string table of the store used in place, or one built in memory.
struct TextColumn {
    /// The UTF-8 of every value, each followed by a NUL byte.
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Where each row's value starts in `bytes`, and where the last one ends.
    private let starts: UnsafeBufferPointer<UInt64>
    /// What keeps the memory alive: the store's table, or the memory built for the column.
    private let owner: Any

    /// The column of a string table of the store, used in place.
    init(_ table: StringTable) {
        bytes = table.bytes.bindMemory(to: UInt8.self)
        starts = table.offsets
        owner = table
    }

    /// The column of `values`, in row order, built in memory.
    init(_ values: some Sequence<String>) {
        let memory = OwnedText(values)
        bytes = UnsafeBufferPointer(memory.bytes)
        starts = UnsafeBufferPointer(memory.starts)
        owner = memory
    }

    /// How many rows the column has.
    var rowCount: Int { starts.count - 1 }

    /// Row `row`'s text.
    func string(_ row: Int) -> String {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(starts[row])..<(Int(starts[row + 1]) - 1)]), as: UTF8.self)
        return withExtendedLifetime(owner) { text }
    }

    /// The rows whose value contains the needle (as `search.nextMatch` accepts it), in order.
    /// A value holding a NUL byte of its own only makes its row's boundaries looser: the needle
    /// never holds one, so no match spans two rows.
    func rows(matching search: ASCIISearch, wholeWord: Bool, startOfWord: Bool) -> [Int] {
        var rows = [Int]()
        var position = 0
        var row = 0
        while let match = search.nextMatch(in: bytes, from: position, wholeWord: wholeWord, startOfWord: startOfWord) {
            while row + 1 < rowCount, Int(starts[row + 1]) <= match { row += 1 }
            rows.append(row)
            guard row + 1 < rowCount else { break }
            row += 1
            position = Int(starts[row])
        }
        return withExtendedLifetime(owner) { rows }
    }

    /// The rows whose value holds the bytes of one of `searches` (as `nextOccurrence` finds
    /// them) or, with `orFoldingPartners`, a letter `RegexPrefilter.holdsFoldingPartner` finds;
    /// in order.
    func rows(holdingAnyOf searches: [ASCIISearch], orFoldingPartners: Bool) -> [Int] {
        var kept = [Bool](repeating: false, count: rowCount)
        for search in searches {
            var position = 0
            var row = 0
            while let match = search.nextOccurrence(in: bytes, from: position) {
                while row + 1 < rowCount, Int(starts[row + 1]) <= match { row += 1 }
                kept[row] = true
                guard row + 1 < rowCount else { break }
                row += 1
                position = Int(starts[row])
            }
        }
        if orFoldingPartners {
            for row in 0..<rowCount where !kept[row] {
                kept[row] = RegexPrefilter.holdsFoldingPartner(UnsafeBufferPointer(rebasing: bytes[Int(starts[row])..<Int(starts[row + 1])]))
            }
        }
        return withExtendedLifetime(owner) { kept.indices.filter { kept[$0] } }
    }
}

/// The memory of a text column built from values.
private final class OwnedText {
    let bytes: UnsafeMutableBufferPointer<UInt8>
    let starts: UnsafeMutableBufferPointer<UInt64>

    init(_ values: some Sequence<String>) {
        var text = [UInt8]()
        var offsets: [UInt64] = []
        for value in values {
            offsets.append(UInt64(text.count))
            text += value.utf8
            text.append(0)
        }
        offsets.append(UInt64(text.count))
        bytes = UnsafeMutableBufferPointer.allocate(capacity: text.count)
        _ = bytes.initialize(from: text)
        starts = UnsafeMutableBufferPointer.allocate(capacity: offsets.count)
        _ = starts.initialize(from: offsets)
    }

    deinit {
        bytes.deallocate()
        starts.deallocate()
    }
}
