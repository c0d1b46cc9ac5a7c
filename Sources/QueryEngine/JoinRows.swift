import QueryLanguage

/// The rows of `join`, `lookup` and `union`. A join hashes the joined rows by their keys
/// once, then goes through the input in order: pairs come in the input's order, and for one
/// input row in the joined rows' order. A null key pairs with nothing, as in SQL.
enum JoinRows {
    static func join(_ input: [[Value]], with right: [[Value]], kind: JoinKind, keys: [(left: Int, right: Int)], rightColumns: [Int],
        context: ExecutionContext, range: Range<Int>) throws(Diagnostic) -> [[Value]]
    {
        var index = [[Value]: [Int]]()
        for (position, row) in right.enumerated() {
            try context.checkpoint(range)
            let key = keys.map { row[$0.right] }
            if key.contains(where: \.isNull) { continue }
            index[key, default: []].append(position)
        }
        let nulls = Array(repeating: Value.null, count: rightColumns.count)
        var output = [[Value]]()
        for row in input {
            try context.checkpoint(range)
            let key = keys.map { row[$0.left] }
            let matches = key.contains(where: \.isNull) ? [] : index[key] ?? []
            switch kind {
            case .inner, .leftouter:
                for match in matches { output.append(row + rightColumns.map { right[match][$0] }) }
                if matches.isEmpty, kind == .leftouter { output.append(row + nulls) }
            case .lookup:
                output.append(row + (matches.first.map { match in rightColumns.map { right[match][$0] } } ?? nulls))
            case .leftsemi:
                if !matches.isEmpty { output.append(row) }
            case .leftanti:
                if matches.isEmpty { output.append(row) }
            }
            try context.checkRowCount(output.count, range)
        }
        return output
    }

    /// The rows of several tables under one set of columns: `placements[i][c]` is the column of
    /// table `i` that fills output column `c`, or nil for null.
    static func union(_ tables: [[[Value]]], placements: [[Int?]], context: ExecutionContext, range: Range<Int>) throws(Diagnostic) -> [[Value]] {
        var output = [[Value]]()
        for (rows, placement) in zip(tables, placements) {
            for row in rows {
                try context.checkpoint(range)
                output.append(placement.map { $0.map { row[$0] } ?? .null })
            }
            try context.checkRowCount(output.count, range)
        }
        return output
    }
}
