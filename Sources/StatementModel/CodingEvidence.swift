/// One decision the reader took in coding a clause, and why: the field it set, the value, the
/// words that decided it (byte offsets into the statement text, like a clause's own) and the
/// rule or table entry that turned those words into the value.
public struct CodingEvidence: Codable, Sendable, Equatable {
    /// The clause field a decision sets.
    public enum Field: String, Codable, Sendable, CaseIterable {
        case actor, cameo, negated, modality, entity, date
    }

    /// The field decided.
    public var field: Field
    /// The value given to it ("Pakistan", "051", "true", "future", an entity's name, a day).
    public var value: String
    /// UTF-8 byte offset of the first byte of the words that decided it, in the statement text;
    /// nil when no words did (a default, or a value carried from the clause before).
    public var start: Int?
    /// UTF-8 byte offset just past those words.
    public var end: Int?
    /// The rule or table entry that gave the value (`verbs.tsv "reaffirm" 010`).
    public var rule: String

    /// A decision of `field`.
    public init(field: Field, value: String, start: Int? = nil, end: Int? = nil, rule: String) {
        self.field = field
        self.value = value
        self.start = start
        self.end = end
        self.rule = rule
    }
}
