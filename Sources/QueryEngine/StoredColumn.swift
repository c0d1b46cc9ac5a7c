import ColumnStore
import QueryLanguage

/// One column of a built-in source read from the store: each row's value, and each distinct
/// value of a dictionary made a `Value` once.
struct StoredColumn {
    /// Where the values come from.
    enum Storage {
        /// Numbers, one a row of the table they are stored for.
        case integers(UnsafeBufferPointer<Int64>)
        /// 0 or 1, one a row.
        case booleans(UnsafeBufferPointer<Int64>)
        /// Codes into `values` (`StringColumn.null` is null).
        case codes(UnsafeBufferPointer<UInt32>, values: [Value])
        /// One text a row.
        case texts(StoredTexts)
        /// Lists whose items are codes into `items`.
        case lists(ListColumn, items: [Value])
        /// Values worked out for each row.
        case values([Value])
        /// Byte offsets, one a row; a negative one is null (a decision without a cue).
        case offsets(UnsafeBufferPointer<Int64>)
        /// The words each decision of `evidence` points at in its statement's text.
        case cues(EvidenceCues)
    }

    /// The values, stored for the rows of some table.
    let storage: Storage
    /// The row of that table each row of the source reads (for a column of a parent table, or
    /// the rows of a list); nil when the source's rows are the table's.
    let link: [UInt32]?

    /// Row `row`'s value.
    func value(_ row: Int) -> Value {
        let stored = link.map { Int($0[row]) } ?? row
        switch storage {
        case .integers(let numbers): return .int(Int(numbers[stored]))
        case .booleans(let flags): return .bool(flags[stored] != 0)
        case .codes(let codes, let values):
            let code = codes[stored]
            return code == StringColumn.null ? .null : values[Int(code)]
        case .texts(let table): return .string(table.string(stored))
        case .lists(let lists, let items): return .list(lists.codes(stored).map { items[Int($0)] })
        case .values(let values): return values[stored]
        case .offsets(let offsets): return offsets[stored] < 0 ? .null : .int(Int(offsets[stored]))
        case .cues(let cues): return cues.cue(stored).map { .string($0) } ?? .null
        }
    }

    /// The column as codes: a dictionary code's value worked out once, a number or a list of
    /// item codes looked up by itself (not as a value), so that no row's value is built.
    func categorical(rows: Int) -> CategoricalColumn {
        if let link { return categorical(ofStoredRows: link.lazy.map { Int($0) }, rows: rows) }
        return categorical(ofStoredRows: 0..<rows, rows: rows)
    }

    /// The column as codes, reading the stored rows `stored` in order.
    private func categorical<Rows: Sequence<Int>>(ofStoredRows stored: Rows, rows: Int) -> CategoricalColumn {
        switch storage {
        case .codes(let codes, let values):
            let nullCode = values.count
            return CategoricalColumn(codes: stored.lazy.map { Self.code(codes[$0], null: nullCode) }, dictionary: values + [.null])
        case .integers(let numbers):
            return Self.distinct(stored, key: { numbers[$0] }, value: { .int(Int($0)) })
        case .booleans(let flags):
            return Self.distinct(stored, key: { flags[$0] != 0 }, value: { .bool($0) })
        case .lists(let lists, let items):
            return Self.distinct(stored, key: { ItemRun(items: lists.codes($0)) }, value: { .list($0.items.map { items[Int($0)] }) })
        default:
            return CategoricalColumn((0..<rows).lazy.map(value))
        }
    }

    /// The codes of the distinct keys of the stored rows, each key's value made once.
    private static func distinct<Key: Hashable, Rows: Sequence<Int>>(_ stored: Rows, key: (Int) -> Key, value: (Key) -> Value) -> CategoricalColumn {
        var known = [Key: Int]()
        var values = [Value]()
        var indices = [Int]()
        for row in stored {
            let runKey = key(row)
            if let index = known[runKey] {
                indices.append(index)
            } else {
                known[runKey] = values.count
                indices.append(values.count)
                values.append(value(runKey))
            }
        }
        // Distinct keys may still give equal values (two malformed dates are both null).
        return CategoricalColumn(codes: indices, dictionary: values)
    }

    /// A list's item codes, compared and hashed by their contents.
    private struct ItemRun: Hashable {
        let items: UnsafeBufferPointer<UInt32>

        static func == (lhs: ItemRun, rhs: ItemRun) -> Bool {
            lhs.items.elementsEqual(rhs.items)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(bytes: UnsafeRawBufferPointer(items))
        }
    }

    private static func code(_ code: UInt32, null: Int) -> Int {
        code == StringColumn.null ? null : Int(code)
    }
}
