import QueryLanguage

/// The run-time error of an `assert` whose condition does not hold: its message, and what
/// failed (the first row that fails it, or the aggregates' values).
enum AssertionFailure {
    /// Row `index` of `table` does not meet the condition (it is false or null).
    static func row(_ index: Int, of table: ResultTable, message: String?, at range: Range<Int>) -> Diagnostic {
        var note = "row \(index + 1) of \(table.rows.count) does not meet it"
        let row = table.rows[index]
        let naming = ["statement", "id", "n"].compactMap { name in table.columns.firstIndex { $0.name == name } }
        if !naming.isEmpty {
            note += ": " + naming.map { "\(table.columns[$0].name) = \(row[$0].literalDescription)" }.joined(separator: ", ")
        }
        return Diagnostic(.runtime, headline(message), at: range, notes: [note])
    }

    /// The aggregates' `values` (in order) do not meet the condition.
    static func aggregates(_ aggregates: [AssertedAggregate], values: [Value], message: String?, at range: Range<Int>) -> Diagnostic {
        let found = zip(aggregates, values).map { "\($0.name) = \($1.literalDescription)" }.joined(separator: ", ")
        return Diagnostic(.runtime, headline(message), at: range, notes: ["over all rows: \(found)"])
    }

    private static func headline(_ message: String?) -> String {
        message.map { "assertion failed: \($0)" } ?? "assertion failed"
    }
}
