import QueryLanguage

/// A column stored as one small code a row and a dictionary of the distinct values the codes
/// stand for, in order of first appearance. Null is a dictionary entry like any other value.
struct CategoricalColumn {
    /// The code of each row: an index into `dictionary`.
    private(set) var codes: [UInt32] = []
    /// The distinct values (byte for byte), in order of first appearance.
    private(set) var dictionary: [Value] = []
    private var known: [ExactValue: UInt32] = [:]

    /// An empty column.
    init() {}

    /// A column of these values, in order.
    init<Values: Sequence>(_ values: Values) where Values.Element == Value {
        for value in values { append(value) }
    }

    /// A column of rows given as indices into `values` (which may repeat a value): the codes
    /// renumbered in order of first appearance, each distinct value once.
    init(codes rows: some Sequence<Int>, dictionary values: [Value]) {
        var renumbered = [UInt32?](repeating: nil, count: values.count)
        for index in rows {
            if let code = renumbered[index] {
                codes.append(code)
                continue
            }
            let value = values[index]
            let key = ExactValue(value: value)
            let code: UInt32
            if let existing = known[key] {
                code = existing
            } else {
                code = UInt32(truncatingIfNeeded: dictionary.count)
                known[key] = code
                dictionary.append(value)
            }
            renumbered[index] = code
            codes.append(code)
        }
        known = [:]
    }

    /// A column whose row `i` holds `base`'s value at row `rows[i]`, sharing its dictionary.
    init(_ base: CategoricalColumn, at rows: [UInt32]) {
        codes = rows.map { base.codes[Int($0)] }
        dictionary = base.dictionary
    }

    /// How many rows the column has.
    var count: Int { codes.count }

    /// Adds a row holding `value`.
    mutating func append(_ value: Value) {
        let key = ExactValue(value: value)
        if let code = known[key] {
            codes.append(code)
            return
        }
        let code = UInt32(truncatingIfNeeded: dictionary.count)
        known[key] = code
        dictionary.append(value)
        codes.append(code)
    }

    /// Ends building: the look-up table of values is no longer needed.
    mutating func finish() {
        known = [:]
    }
}
