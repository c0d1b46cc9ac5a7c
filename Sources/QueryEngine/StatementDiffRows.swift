import QueryLanguage
import StatementAnalysis
import StatementModel

/// The rows of statement diffs (`Schema.diffColumns`): `diff "A" "B"` and the `diff` operator.
enum StatementDiffRows {
    /// The rows comparing the statements with ids `before` and `after`; `range` is where the
    /// query names them, for errors.
    static func rows(_ before: String, _ after: String, context: ExecutionContext, range: Range<Int>) throws(Diagnostic) -> [[Value]] {
        try rows(try statement(before, context: context, range: range), try statement(after, context: context, range: range), range: range)
    }

    /// The rows comparing each statement of `ids` (consecutive repeats counted once) with the one before.
    static func series(_ ids: [String], context: ExecutionContext, range: Range<Int>) throws(Diagnostic) -> [[Value]] {
        var series = [String]()
        for id in ids where series.last != id { series.append(id) }
        guard let first = series.first, series.count >= 2 else {
            throw Diagnostic(.runtime, "'diff' compares each statement with the one before it, and the rows name "
                + (series.first.map { "only one statement (\($0))" } ?? "no statement"), at: range)
        }
        var earlier = try statement(first, context: context, range: range)
        var rows = [[Value]]()
        for id in series.dropFirst() {
            try context.checkNow(range)
            let later = try statement(id, context: context, range: range)
            rows += try self.rows(earlier, later, range: range)
            try context.checkRowCount(rows.count, range)
            earlier = later
        }
        return rows
    }

    private static func statement(_ id: String, context: ExecutionContext, range: Range<Int>) throws(Diagnostic) -> Statement {
        guard let statement = context.tables.statement(withId: id) else {
            throw Diagnostic(.runtime, "no statement has the id \(Value.string(id).literalDescription)", at: range)
        }
        return statement
    }

    private static func rows(_ before: Statement, _ after: Statement, range: Range<Int>) throws(Diagnostic) -> [[Value]] {
        let changes: [ClauseChange]
        do throws(StatementDiff.TooLarge) {
            changes = try StatementDiff.compare(before, after)
        } catch {
            throw Diagnostic(.runtime, "'\(before.id)' and '\(after.id)' have \(error.before) and \(error.after) clauses: "
                + "more pairs than the \(StatementDiff.maximumClausePairs) a diff compares", at: range)
        }
        return changes.map { change in
            let a = change.before, b = change.after
            return [
                .string(change.kind.rawValue), .string(before.id), a.map { .int($0.n) } ?? .null, .string(after.id),
                b.map { .int($0.n) } ?? .null, change.similarity.map { .float(($0 * 1000).rounded() / 1000) } ?? .null, .string(change.markedEdits),
                text(a?.text), text(b?.text), text(a?.actor), text(b?.actor), text(a?.cameo), text(b?.cameo),
                a.map { .bool($0.negated) } ?? .null, b.map { .bool($0.negated) } ?? .null,
                text(a?.modality.rawValue), text(b?.modality.rawValue),
            ]
        }
    }

    private static func text(_ value: String?) -> Value {
        value.map { .string($0) } ?? .null
    }
}
