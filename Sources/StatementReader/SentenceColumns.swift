/// Numbers worked out for every position of a sentence, several columns of them in one array.
/// The speech-act coder's layout and the entity recogniser's runs each keep half a dozen such
/// columns a sentence, and an array apiece cost an allocation and a look-up of the array's
/// generic metadata each, a few percent of the reading time.
struct SentenceColumns {
    /// The value that stands for nil in an optional column (positions and lengths never reach it).
    private static let none = Int.min
    private var storage: [Int]
    /// How many positions each column has.
    let positions: Int

    /// Columns of `positions` numbers each, column `k` filled with `initial[k]` (nil: no value).
    init(positions: Int, initial: [Int?]) {
        self.positions = positions
        storage = []
        storage.reserveCapacity(positions * initial.count)
        for value in initial { storage.append(contentsOf: repeatElement(value ?? Self.none, count: positions)) }
    }

    /// The number of column `column` at `position` (which must be in range, as for an array).
    subscript(column: Int, position: Int) -> Int {
        get {
            precondition(position >= 0 && position < positions, "position out of range")
            return storage[column * positions + position]
        }
        set {
            precondition(position >= 0 && position < positions, "position out of range")
            storage[column * positions + position] = newValue
        }
    }

    /// The optional number of column `column` at `position`.
    subscript(optional column: Int, position: Int) -> Int? {
        get {
            let value = self[column, position]
            return value == Self.none ? nil : value
        }
        set { self[column, position] = newValue ?? Self.none }
    }

    /// Column `column`, read by position like an array.
    func column(_ column: Int) -> Column {
        Column(columns: self, column: column)
    }

    /// Column `column` of optional numbers, read by position like an array.
    func optionalColumn(_ column: Int) -> OptionalColumn {
        OptionalColumn(columns: self, column: column)
    }

    /// One column of numbers.
    struct Column {
        fileprivate let columns: SentenceColumns
        fileprivate let column: Int

        /// How many positions the column has.
        var count: Int { columns.positions }

        subscript(position: Int) -> Int { columns[column, position] }
    }

    /// One column of optional numbers.
    struct OptionalColumn {
        fileprivate let columns: SentenceColumns
        fileprivate let column: Int

        subscript(position: Int) -> Int? { columns[optional: column, position] }
    }
}
