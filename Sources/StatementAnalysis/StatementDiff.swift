import StatementModel

/// What changed between two statements, clause by clause.
///
/// Clauses are aligned in order first: of all the ways to pair earlier clauses with later ones
/// without crossing, the one whose pairs are most alike in sum (a weighted longest common
/// subsequence), where a pair must be at least `pairingSimilarity` alike. Those pairs are
/// `same` or `reworded`. Clauses left over on both sides are then paired most-alike first
/// (again at least `pairingSimilarity`): those are `moved`. What is still left is `dropped`
/// or `added`.
///
/// ```swift
/// let changes = try StatementDiff.compare(fourthRound, fifthRound)
/// for change in changes where change.kind == .reworded { print(change.markedEdits) }
/// ```
public enum StatementDiff {
    /// How alike two clauses must be to be paired (see `ClauseChange.similarity`).
    public static let pairingSimilarity = 0.5
    /// The most clause pairs (earlier clauses × later clauses) one diff compares; the
    /// alignment keeps one byte for each.
    public static let maximumClausePairs = 16_000_000

    /// Two statements too long to compare.
    public struct TooLarge: Error, Sendable, Equatable {
        /// The clauses of the earlier and the later statement.
        public var before: Int
        public var after: Int

        /// Statements of `before` and `after` clauses, too long to compare.
        public init(before: Int, after: Int) {
            self.before = before
            self.after = after
        }
    }

    /// The changes from `before` to `after`, in reading order: the later statement's clauses
    /// in their order, each dropped clause where it stood.
    public static func compare(_ before: Statement, _ after: Statement) throws(TooLarge) -> [ClauseChange] {
        try compare(before: before.clauses, after: after.clauses)
    }

    /// The changes from the clauses `before` to the clauses `after` (see `compare(_:_:)`).
    public static func compare(before: [Clause], after: [Clause]) throws(TooLarge) -> [ClauseChange] {
        let (pairs, overflow) = before.count.multipliedReportingOverflow(by: after.count)
        guard !overflow, pairs <= maximumClausePairs else { throw TooLarge(before: before.count, after: after.count) }
        let beforeTokens = before.map { TextTokens($0.textSlice) }
        let afterTokens = after.map { TextTokens($0.textSlice) }
        var similarity = ClauseSimilarity(before: beforeTokens, after: afterTokens)
        var alignment = ClauseAlignment(before: before.count, after: after.count)
        alignment.pairInOrder(similarity: &similarity)
        alignment.pairMoved(similarity: &similarity)

        func change(_ i: Int, _ j: Int, moved: Bool) -> ClauseChange {
            let edits = WordEdit.edits(from: beforeTokens[i], to: afterTokens[j])
            let kind: ClauseChange.Kind = moved ? .moved : edits.isEmpty ? .same : .reworded
            return ClauseChange(kind: kind, before: before[i], after: after[j], similarity: alignment.similarity(i, j), edits: edits)
        }
        var changes = [ClauseChange]()
        var i = 0, j = 0
        while i < before.count || j < after.count {
            if i < before.count, alignment.afterOf[i] == nil {
                changes.append(ClauseChange(kind: .dropped, before: before[i], after: nil, similarity: nil,
                    edits: [WordEdit(removed: before[i].text, added: "")]))
                i += 1
            } else if i < before.count, alignment.moved[i] {
                i += 1
            } else if j < after.count, let partner = alignment.beforeOf[j], alignment.moved[partner] {
                changes.append(change(partner, j, moved: true))
                j += 1
            } else if j < after.count, alignment.beforeOf[j] == nil {
                changes.append(ClauseChange(kind: .added, before: nil, after: after[j], similarity: nil,
                    edits: [WordEdit(removed: "", added: after[j].text)]))
                j += 1
            } else if i < before.count, j < after.count {
                // Both are paired in order, so with each other.
                changes.append(change(i, j, moved: false))
                i += 1
                j += 1
            } else {
                break
            }
        }
        return changes
    }
}
