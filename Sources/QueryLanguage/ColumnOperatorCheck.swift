/// How `rename` and `drop` are checked: both name columns of the input (with did-you-mean),
/// and both become a `project` of the columns kept, under their new names.
extension Checker {
    mutating func checkRename(_ renames: [ColumnRename], columns: [Column], range: Range<Int>) throws(Diagnostic) -> CheckedStep {
        var output = columns
        var renamed = Set<Int>()
        for rename in renames {
            let position = try columnPosition(rename.old, columns: columns, operator: "rename")
            guard renamed.insert(position).inserted else {
                throw Diagnostic(.type, "'\(columns[position].name)' is renamed twice", at: rename.old.range,
                    notes: ["to keep it under two names, add a copy with extend: extend \(rename.new) = \(columns[position].name)"])
            }
            output[position] = Column(rename.new, columns[position].type)
        }
        for rename in renames where output.count(where: { $0.name == rename.new }) > 1 {
            throw Diagnostic(.type, "two columns are named '\(rename.new)'", at: rename.newRange, notes: ["rename one of them too, or drop it"])
        }
        return CheckedStep(kind: .project(Self.columnReferences(columns.indices, of: columns, range: range)), columns: output, range: range)
    }

    mutating func checkDrop(_ dropped: [Expression], columns: [Column], range: Range<Int>) throws(Diagnostic) -> CheckedStep {
        var positions = Set<Int>()
        for expression in dropped { positions.insert(try columnPosition(expression, columns: columns, operator: "drop")) }
        let kept = columns.indices.filter { !positions.contains($0) }
        return CheckedStep(kind: .project(Self.columnReferences(kept, of: columns, range: range)), columns: kept.map { columns[$0] }, range: range)
    }

    /// The position of the input column an operator names.
    private mutating func columnPosition(_ expression: Expression, columns: [Column], operator name: String) throws(Diagnostic) -> Int {
        let typed = try check(expression, columns: columns)
        guard case .column(let position) = typed.kind else {
            throw Diagnostic(.type, "'\(name)' takes columns of its input, not expressions", at: expression.range,
                notes: ["compute a column with extend, then \(name) it"])
        }
        return position
    }

    private static func columnReferences(_ positions: some Sequence<Int>, of columns: [Column], range: Range<Int>) -> [TypedExpression] {
        positions.map { TypedExpression(kind: .column($0), type: columns[$0].type, range: range) }
    }
}
