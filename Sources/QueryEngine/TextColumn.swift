import ColumnStore

/// The values of one text column of a built-in source as ranges of one buffer, so that a
/// search for a literal scans the whole column in one pass instead of visiting every row: a
/// text column of the store used in place (`StoredTexts`: each statement's text, each clause's
/// text a range of its statement's), or values laid end to end in memory, NUL after each.
///
/// A match found in the buffer counts for the row whose range holds all of it. Where the bytes
/// next to a row's range could make a match there differ from one in the row alone (a letter,
/// a digit or a byte outside ASCII, which could continue a word or carry a mark), and for a
/// row whose text is not in the buffer, the row is searched by itself.
struct TextColumn {
    /// The bytes the rows' ranges are in.
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Where each row's range starts and ends in `bytes`: in row order, not overlapping.
    private let starts: [Int]
    private let ends: [Int]
    /// The rows searched by themselves, rising, and for each row whether it is one.
    private let aloneRows: [Int]
    private let isAlone: [Bool]
    /// The texts of the rows whose text is not in `bytes`, by row.
    private let ownTexts: [Int: UnsafeBufferPointer<UInt8>]
    /// What keeps the memory alive: the store's texts, or the memory built for the column.
    private let owner: Any

    /// The column of a text column of the store, used in place.
    init(_ texts: StoredTexts) {
        let ownTexts = Dictionary(uniqueKeysWithValues: texts.ownRows.map { ($0, texts.utf8($0).bindMemory(to: UInt8.self)) })
        self.init(bytes: texts.buffer.bindMemory(to: UInt8.self), starts: texts.starts, ends: texts.ends, ownTexts: ownTexts, owner: texts)
    }

    /// The column of `values`, in row order, built in memory.
    init(_ values: some Sequence<String>) {
        let memory = OwnedText(values)
        self.init(bytes: UnsafeBufferPointer(memory.bytes), starts: memory.starts, ends: memory.ends, ownTexts: [:], owner: memory)
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, starts: [Int], ends: [Int], ownTexts: [Int: UnsafeBufferPointer<UInt8>], owner: Any) {
        self.bytes = bytes
        self.starts = starts
        self.ends = ends
        self.ownTexts = ownTexts
        self.owner = owner
        var isAlone = [Bool](repeating: false, count: starts.count)
        var aloneRows = [Int]()
        for row in starts.indices
        where (!ownTexts.isEmpty && ownTexts[row] != nil) || !Self.isBoundary(at: starts[row] - 1, bytes) || !Self.isBoundary(at: ends[row], bytes) {
            isAlone[row] = true
            aloneRows.append(row)
        }
        self.isAlone = isAlone
        self.aloneRows = aloneRows
    }

    /// How many rows the column has.
    var rowCount: Int { starts.count }

    /// Row `row`'s text.
    func string(_ row: Int) -> String {
        withUTF8(row) { String(decoding: $0, as: UTF8.self) }
    }

    /// The rows whose value contains the needle (as `search.nextMatch` finds it in the value), in order.
    func rows(matching search: ASCIISearch, wholeWord: Bool, startOfWord: Bool) -> [Int] {
        rows { buffer, from in
            search.nextRange(in: buffer, from: from, wholeWord: wholeWord, startOfWord: startOfWord)
        }
    }

    /// The rows whose value holds the bytes of one of `searches` (as `nextOccurrence` finds
    /// them) or, with `orFoldingPartners`, a letter `RegexPrefilter.holdsFoldingPartner` finds;
    /// in order.
    func rows(holdingAnyOf searches: [ASCIISearch], orFoldingPartners: Bool) -> [Int] {
        var kept = [Bool](repeating: false, count: rowCount)
        for search in searches {
            // An occurrence counts for the row it starts in (a candidate only; the regex decides).
            let found = rows { buffer, from in search.nextOccurrence(in: buffer, from: from).map { $0..<($0 + 1) } }
            for row in found { kept[row] = true }
        }
        if orFoldingPartners {
            for row in 0..<rowCount where !kept[row] { kept[row] = withUTF8(row, RegexPrefilter.holdsFoldingPartner) }
        }
        return kept.indices.filter { kept[$0] }
    }

    /// The rows holding a match that `next` finds (the first at or after an offset of a
    /// buffer), in order: one scan of the buffer, then each row searched by itself.
    private func rows(where next: (UnsafeBufferPointer<UInt8>, Int) -> Range<Int>?) -> [Int] {
        var rows = [Int]()
        var position = 0
        var row = 0
        while row < rowCount, let match = next(bytes, position) {
            while row < rowCount, ends[row] <= match.lowerBound || isAlone[row] { row += 1 }
            guard row < rowCount else { break }
            if match.lowerBound < starts[row] {
                position = starts[row]
            } else if match.upperBound <= ends[row] {
                rows.append(row)
                row += 1
                position = row < rowCount ? starts[row] : position
            } else {
                // The match runs past the row's end: another may start inside it.
                position = match.lowerBound + 1
            }
        }
        let alone = aloneRows.filter { row in withUTF8(row) { next($0, 0) != nil } }
        return withExtendedLifetime(owner) { alone.isEmpty ? rows : (rows + alone).sorted() }
    }

    /// `body` of row `row`'s bytes.
    private func withUTF8<Result>(_ row: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let text = isAlone[row] ? ownTexts[row] ?? UnsafeBufferPointer(rebasing: bytes[starts[row]..<ends[row]])
            : UnsafeBufferPointer(rebasing: bytes[starts[row]..<ends[row]])
        return withExtendedLifetime(owner) { body(text) }
    }

    /// Whether the byte at `offset` is no part of a word: there is none, or it is ASCII and
    /// neither a letter nor a digit.
    private static func isBoundary(at offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard offset >= 0, offset < bytes.count else { return true }
        return bytes[offset] < 0x80 && !ASCIISearch.isASCIILetterOrDigit(bytes[offset])
    }
}

/// The memory of a text column built from values: each value's UTF-8 followed by NUL.
private final class OwnedText {
    let bytes: UnsafeMutableBufferPointer<UInt8>
    let starts: [Int]
    let ends: [Int]

    init(_ values: some Sequence<String>) {
        var text = [UInt8]()
        var starts = [Int](), ends = [Int]()
        for value in values {
            starts.append(text.count)
            text += value.utf8
            ends.append(text.count)
            text.append(0)
        }
        bytes = UnsafeMutableBufferPointer.allocate(capacity: text.count)
        _ = bytes.initialize(from: text)
        self.starts = starts
        self.ends = ends
    }

    deinit {
        bytes.deallocate()
    }
}
