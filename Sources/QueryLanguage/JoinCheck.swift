/// How `join`, `lookup` and `union` are checked. The joined pipelines are checked in the same
/// environment as the query (they may read `let` names, `_` and parameters). Join keys are
/// columns of one type on both sides, never lists; the joined side's columns follow the
/// input's, its keys left out where they repeat an input key's name, and a name the input
/// has already taken gets `1` (then `2`, ...) after it, as in KQL. A union matches columns by
/// name, in order of first appearance; a column a pipeline lacks is null there.
extension Checker {
    mutating func checkJoin(_ kind: JoinKind, _ right: Pipeline, keys: [JoinKey], columns: [Column], range: Range<Int>) throws(Diagnostic)
        -> CheckedStep
    {
        var inner = Checker(environment: environment)
        let checked = try inner.check(right)
        warnings += inner.warnings
        var positions = [(left: Int, right: Int)]()
        for key in keys {
            let left = try keyColumn(key.left, in: columns, side: "the input")
            let other = try keyColumn(key.right, in: checked.columns, side: "the joined pipeline")
            let (leftType, rightType) = (columns[left].type, checked.columns[other].type)
            guard leftType.fits(rightType) || rightType.fits(leftType) else {
                throw Diagnostic(.type, "join keys must have one type: '\(columns[left].name)' is \(leftType), '\(checked.columns[other].name)' is \(rightType)",
                    at: key.left.range.lowerBound..<key.right.range.upperBound)
            }
            positions.append((left, other))
        }
        guard kind != .leftsemi, kind != .leftanti else {
            return CheckedStep(kind: .join(kind, right: checked, keys: positions, rightColumns: []), columns: columns, range: range)
        }
        var output = columns
        var rightColumns = [Int]()
        for (index, column) in checked.columns.enumerated() {
            if positions.contains(where: { $0.right == index && columns[$0.left].name == column.name }) { continue }
            var name = column.name
            var suffix = 1
            while output.contains(where: { $0.name == name }) {
                name = column.name + String(suffix)
                suffix += 1
            }
            output.append(Column(name, column.type))
            rightColumns.append(index)
        }
        return CheckedStep(kind: .join(kind, right: checked, keys: positions, rightColumns: rightColumns), columns: output, range: range)
    }

    mutating func checkUnion(_ pipelines: [Pipeline], columns: [Column], range: Range<Int>) throws(Diagnostic) -> CheckedStep {
        var checked = [CheckedPipeline]()
        for pipeline in pipelines {
            var inner = Checker(environment: environment)
            checked.append(try inner.check(pipeline))
            warnings += inner.warnings
        }
        var output = columns
        for (pipeline, result) in zip(pipelines, checked) {
            for column in result.columns {
                if let existing = output.firstIndex(where: { $0.name == column.name }) {
                    let type = output[existing].type
                    guard column.type.fits(type) || type.fits(column.type) else {
                        throw Diagnostic(.type, "union: column '\(column.name)' is \(type) before and \(column.type) here", at: pipeline.range,
                            notes: ["rename one of them, or drop it"])
                    }
                    if type == .null { output[existing] = column }
                } else {
                    output.append(column)
                }
            }
        }
        let placements = ([columns] + checked.map(\.columns)).map { sourceColumns in
            output.map { column in sourceColumns.firstIndex { $0.name == column.name } }
        }
        return CheckedStep(kind: .union(checked, placements: placements), columns: output, range: range)
    }

    /// The position of a join key's column on one side.
    private mutating func keyColumn(_ expression: Expression, in columns: [Column], side: String) throws(Diagnostic) -> Int {
        let typed = try check(expression, columns: columns)
        guard case .column(let position) = typed.kind else {
            throw Diagnostic(.type, "a join key is a column of \(side), not an expression", at: expression.range,
                notes: ["compute it with extend first, then join on it"])
        }
        if case .list = columns[position].type {
            throw Diagnostic(.type, "cannot join on the list column '\(columns[position].name)'", at: expression.range,
                notes: ["expand it first: | expand \(columns[position].name) | join ..."])
        }
        return position
    }
}
