/// The text of each row of a table, as UTF-8 bytes of a store used in place. A statement's
/// text is a string of the table `statements.text`; a clause's text is the range `start..<end`
/// of its statement's text, kept only once in the store, except where a clause's text is not
/// that range (a model read from JSON may say anything): such a clause keeps its own text
/// (`ModelStoreLayout.Kind.textRanges`).
public struct StoredTexts: @unchecked Sendable {
    /// The bytes every row's range is in: a string table's strings, each followed by NUL.
    public let buffer: UnsafeRawBufferPointer
    /// Where each row's text starts in `buffer`. The ranges follow each other in row order
    /// without overlapping; a row with its own text has an empty range where it stands.
    public let starts: [Int]
    /// Where each row's text ends in `buffer`.
    public let ends: [Int]
    /// The rows whose text is their own, rising, and those texts in that order.
    public let ownRows: [Int]
    private let ownTexts: StringTable?
    /// The table `buffer` is in, which keeps the store file alive.
    private let table: StringTable

    /// How many rows the column has.
    public var count: Int { starts.count }

    /// Each string of `table` as a row.
    init(strings table: StringTable) {
        buffer = table.bytes
        starts = (0..<table.count).map { Int(table.offsets[$0]) }
        ends = (0..<table.count).map { Int(table.offsets[$0 + 1]) - 1 }
        ownRows = []
        ownTexts = nil
        self.table = table
    }

    /// Each clause's text: the range `start..<end` of its statement's text in `statements`
    /// (the statements' clauses end at `clauseEnds`), or for the rows `ownRows` the strings of
    /// `ownTexts` in order. Throws, naming the section, unless the rows' ranges lie in their
    /// statements' texts in order.
    init(
        ranges statements: StoredTexts, clauseEnds: UnsafeBufferPointer<Int64>, starts clauseStarts: IntegerColumn,
        ends clauseStops: IntegerColumn, ownRows: UnsafeBufferPointer<Int64>, ownTexts: StringTable
    ) throws(StoreDamage) {
        let rows = clauseStarts.values.count
        guard ownRows.count == ownTexts.count else {
            throw StoreDamage(section: "clauses.text.own_rows", reason: "\(ownRows.count) rows for \(ownTexts.count) texts")
        }
        // Which rows keep their own text (none for the reader's statements: no array then).
        var own = [Bool]()
        if !ownRows.isEmpty { own = [Bool](repeating: false, count: rows) }
        var previous = -1
        for row in ownRows {
            guard row > previous, row < rows else { throw StoreDamage(section: "clauses.text.own_rows", reason: "rows out of order") }
            own[Int(row)] = true
            previous = Int(row)
        }
        var starts = [Int](repeating: 0, count: rows)
        var ends = [Int](repeating: 0, count: rows)
        var row = 0
        // Where the last range ends in `buffer`: a row with its own text stands there, empty.
        var reached = 0
        for (statement, clauseEnd) in clauseEnds.enumerated() {
            let base = statements.starts[statement]
            let length = Int64(statements.ends[statement] - base)
            var previousEnd: Int64 = 0
            while row < Int(clauseEnd) {
                if own.isEmpty || !own[row] {
                    let start = clauseStarts.values[row], end = clauseStops.values[row]
                    guard start >= previousEnd, end >= start, end <= length else {
                        throw StoreDamage(section: "clauses.start", reason: "a clause's text range that is not in its statement's text in order")
                    }
                    starts[row] = base + Int(start)
                    reached = base + Int(end)
                    previousEnd = end
                } else {
                    starts[row] = reached
                }
                ends[row] = reached
                row += 1
            }
        }
        buffer = statements.buffer
        self.starts = starts
        self.ends = ends
        self.ownRows = ownRows.map { Int($0) }
        self.ownTexts = ownTexts
        table = statements.table
    }

    /// The UTF-8 bytes of row `row`'s text.
    public func utf8(_ row: Int) -> UnsafeRawBufferPointer {
        if let ownTexts, !ownRows.isEmpty, let index = ownIndex(of: row) { return ownTexts.utf8(index) }
        return UnsafeRawBufferPointer(rebasing: buffer[starts[row]..<ends[row]])
    }

    /// Row `row`'s text (invalid UTF-8 repaired, as the reader would).
    public func string(_ row: Int) -> String {
        String(decoding: utf8(row), as: UTF8.self)
    }

    /// Every row's text, in order.
    public var strings: [String] {
        (0..<count).map(string)
    }

    /// Whether row `row` keeps a text of its own rather than a range of its statement's.
    public func isOwn(_ row: Int) -> Bool {
        !ownRows.isEmpty && ownIndex(of: row) != nil
    }

    /// Where `row` is among the rows with their own text, if it is one.
    private func ownIndex(of row: Int) -> Int? {
        var low = 0, high = ownRows.count
        while low < high {
            let middle = low + (high - low) / 2
            if ownRows[middle] < row { low = middle + 1 } else { high = middle }
        }
        return low < ownRows.count && ownRows[low] == row ? low : nil
    }
}
