/// Strings made codes into a dictionary of the distinct ones, in order of first appearance.
struct DictionaryEncoder {
    /// The code of each value appended, `StringColumn.null` for nil, four bytes each.
    private(set) var codes: SpillBuffer
    /// The distinct values and their codes.
    private var distinct = DistinctStrings()
    /// The number of values appended: one code of four bytes each.
    var count: Int { codes.count / MemoryLayout<UInt32>.size }

    /// An encoder whose codes go to `spill` as they fill (nil: they stay in memory).
    init(spill: SpillFile?) {
        codes = SpillBuffer(file: spill)
    }

    /// Appends the code of `value`, giving it the next code when it is new.
    mutating func append(_ value: String?) {
        codes.append(number: value.map { distinct.code(of: $0) } ?? StringColumn.null)
    }

    /// The dictionary's section: a string table of the distinct values, in order of their codes.
    func dictionarySection() -> SectionBytes {
        distinct.section()
    }
}
