/// Counts rows into groups numbered by a combined code, remembering each group's first row
/// and keeping the groups in order of first appearance: an array indexed by code when the codes
/// are few, a dictionary otherwise.
struct GroupCounter {
    /// The first row of each group, in order of first appearance.
    private(set) var firstRows: [Int] = []
    /// How many rows each group has.
    private(set) var counts: [Int] = []
    private var dense: [Int32]
    private var sparse: [Int: Int] = [:]

    /// A counter for codes below `size`, over about `rows` rows.
    init(size: Int, rows: Int) {
        let isDense = size <= max(1 << 16, rows) && size <= Int(Int32.max)
        dense = isDense ? Array(repeating: -1, count: size) : []
    }

    /// Counts `row` into the group of `code`.
    mutating func add(_ code: Int, row: Int) {
        if dense.isEmpty {
            if let group = sparse[code] {
                counts[group] += 1
            } else {
                sparse[code] = counts.count
                open(row)
            }
        } else if dense[code] >= 0 {
            counts[Int(dense[code])] += 1
        } else {
            dense[code] = Int32(truncatingIfNeeded: counts.count)
            open(row)
        }
    }

    private mutating func open(_ row: Int) {
        firstRows.append(row)
        counts.append(1)
    }
}
