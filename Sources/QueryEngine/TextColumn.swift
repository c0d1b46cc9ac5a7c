/// The values of one text column of a built-in source laid end to end in one buffer, NUL
/// between them, so a search for a literal scans the whole column in one pass instead of
/// visiting every row.
struct TextColumn {
    /// The UTF-8 of every value, each followed by a NUL byte.
    private let bytes: [UInt8]
    /// Where each row's value starts in `bytes`.
    private let starts: [Int]

    /// The column of `values`, in row order.
    init(_ values: some Sequence<String>) {
        var bytes = [UInt8]()
        var starts = [Int]()
        for value in values {
            starts.append(bytes.count)
            bytes.append(contentsOf: value.utf8)
            bytes.append(0)
        }
        self.bytes = bytes
        self.starts = starts
    }

    /// The rows whose value contains the needle (as `search.nextMatch` accepts it), in order.
    /// A value holding a NUL byte of its own only makes its row's boundaries looser: the needle
    /// never holds one, so no match spans two rows.
    func rows(matching search: ASCIISearch, wholeWord: Bool, startOfWord: Bool) -> [Int] {
        var rows = [Int]()
        bytes.withUnsafeBufferPointer { buffer in
            var position = 0
            var row = 0
            while let match = search.nextMatch(in: buffer, from: position, wholeWord: wholeWord, startOfWord: startOfWord) {
                while row + 1 < starts.count, starts[row + 1] <= match { row += 1 }
                rows.append(row)
                guard row + 1 < starts.count else { break }
                row += 1
                position = starts[row]
            }
        }
        return rows
    }

    /// The rows whose value holds the bytes of one of `searches` (as `nextOccurrence` finds
    /// them) or, with `orFoldingPartners`, a letter `RegexPrefilter.holdsFoldingPartner` finds;
    /// in order.
    func rows(holdingAnyOf searches: [ASCIISearch], orFoldingPartners: Bool) -> [Int] {
        var kept = [Bool](repeating: false, count: starts.count)
        bytes.withUnsafeBufferPointer { buffer in
            for search in searches {
                var position = 0
                var row = 0
                while let match = search.nextOccurrence(in: buffer, from: position) {
                    while row + 1 < starts.count, starts[row + 1] <= match { row += 1 }
                    kept[row] = true
                    guard row + 1 < starts.count else { break }
                    row += 1
                    position = starts[row]
                }
            }
            guard orFoldingPartners else { return }
            for row in starts.indices where !kept[row] {
                let end = row + 1 < starts.count ? starts[row + 1] : buffer.count
                kept[row] = RegexPrefilter.holdsFoldingPartner(UnsafeBufferPointer(rebasing: buffer[starts[row]..<end]))
            }
        }
        return kept.indices.filter { kept[$0] }
    }
}
