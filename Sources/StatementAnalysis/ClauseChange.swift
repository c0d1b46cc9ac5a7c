import StatementModel

/// One row of a statement diff: a clause of the earlier statement paired with its
/// counterpart in the later one, or a clause that only one of them has.
public struct ClauseChange: Sendable, Equatable {
    /// How the clause changed between the two statements.
    public enum Kind: String, Sendable, CaseIterable {
        /// The same words in the same order, at the corresponding place.
        case same
        /// At the corresponding place, with some words changed.
        case reworded
        /// Found at another place in the later statement (its words may have changed too).
        case moved
        /// Only the later statement has it.
        case added
        /// Only the earlier statement has it.
        case dropped
    }

    /// How the clause changed.
    public var kind: Kind
    /// The clause of the earlier statement; nil when the clause was added.
    public var before: Clause?
    /// The clause of the later statement; nil when the clause was dropped.
    public var after: Clause?
    /// How alike the two texts are, from 0 to 1: twice the distinct words (lowercased) both
    /// have over the distinct words of each added together; nil for an added or dropped clause.
    public var similarity: Double?
    /// Where the words changed; an added clause is one edit adding all of it, a dropped one
    /// one edit removing all of it.
    public var edits: [WordEdit]

    /// A change of the given kind.
    public init(kind: Kind, before: Clause?, after: Clause?, similarity: Double?, edits: [WordEdit]) {
        self.kind = kind
        self.before = before
        self.after = after
        self.similarity = similarity
        self.edits = edits
    }

    /// The edits marked `[-removed-]{+added+}`, joined by " … "; empty when no word changed.
    public var markedEdits: String {
        edits.map(\.marked).joined(separator: " … ")
    }
}
