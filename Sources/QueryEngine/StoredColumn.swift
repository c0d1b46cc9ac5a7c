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
        case texts(StringTable)
        /// Lists whose items are codes into `items`.
        case lists(ListColumn, items: [Value])
        /// Values worked out for each row.
        case values([Value])
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
        }
    }

    /// The column as codes: a dictionary code's value worked out once; numbers and lists value by value.
    func categorical(rows: Int) -> CategoricalColumn {
        guard case .codes(let codes, let values) = storage else {
            return CategoricalColumn((0..<rows).lazy.map(value))
        }
        let nullCode = values.count
        let dictionary = values + [.null]
        if let link {
            return CategoricalColumn(codes: link.lazy.map { Self.code(codes[Int($0)], null: nullCode) }, dictionary: dictionary)
        }
        return CategoricalColumn(codes: codes.lazy.map { Self.code($0, null: nullCode) }, dictionary: dictionary)
    }

    private static func code(_ code: UInt32, null: Int) -> Int {
        code == StringColumn.null ? null : Int(code)
    }
}
