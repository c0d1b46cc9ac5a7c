/// A column of a table: its name and type.
public struct Column: Sendable, Equatable, Hashable {
    public var name: String
    public var type: ValueType

    public init(_ name: String, _ type: ValueType) {
        self.name = name
        self.type = type
    }
}

/// The columns of the built-in sources, and the statement fields a row with a `statement`
/// column reaches as `statement.FIELD`.
public enum Schema {
    /// The sources a query can start from, in the order help lists them.
    public static let sourceNames = ["statements", "clauses", "entities", "mentions", "topics", "evidence", "cameo_codes"]

    /// The columns of each built-in source.
    public static let sources: [String: [Column]] = [
        "statements": statementColumns,
        "clauses": [
            Column("statement", .string), Column("n", .int), Column("paragraph", .int), Column("text", .string),
            Column("start", .int), Column("end", .int), Column("actor", .string), Column("actor_code", .string),
            Column("verb", .string), Column("cameo", .string), Column("cameo_name", .string),
            Column("cameo_root", .string), Column("cameo_root_name", .string), Column("acts", .list(.string)),
            Column("negated", .bool), Column("modality", .string), Column("topics", .list(.string)),
            Column("entities", .list(.string)), Column("dates", .list(.date)),
        ],
        "entities": [
            Column("statement", .string), Column("name", .string), Column("type", .string), Column("code", .string),
            Column("aliases", .list(.string)), Column("mentions", .int),
        ],
        "mentions": [
            Column("statement", .string), Column("entity", .string), Column("type", .string), Column("clause", .int),
            Column("start", .int), Column("end", .int), Column("text", .string),
        ],
        "topics": [Column("statement", .string), Column("clause", .int), Column("topic", .string)],
        "evidence": evidenceColumns,
        "cameo_codes": [Column("code", .string), Column("name", .string), Column("root", .string), Column("root_name", .string)],
    ]

    /// The columns of `evidence` (one row per decision the reader took in coding a clause), which
    /// `why` also gives for the clauses of its input.
    public static let evidenceColumns = [
        Column("statement", .string), Column("n", .int), Column("field", .string), Column("value", .string), Column("cue", .string),
        Column("start", .int), Column("end", .int), Column("rule", .string),
    ]

    /// The columns of a statement diff (`diff "A" "B"`, `statements | ... | diff`): one row per
    /// clause pair, with the earlier statement's values `_before` and the later one's `_after`.
    /// The columns of `search "text"` as a source: which source a row is of, its statement,
    /// its clause number (null for a statement or an entity), the column that holds the text and
    /// that column's value.
    public static let searchColumns = [
        Column("source", .string), Column("statement", .string), Column("n", .int), Column("column", .string), Column("text", .string),
    ]

    public static let diffColumns = [
        Column("kind", .string), Column("a", .string), Column("a_n", .int), Column("b", .string), Column("b_n", .int),
        Column("similarity", .float), Column("changes", .string), Column("text_before", .string), Column("text_after", .string),
        Column("actor_before", .string), Column("actor_after", .string), Column("cameo_before", .string),
        Column("cameo_after", .string), Column("negated_before", .bool), Column("negated_after", .bool),
        Column("modality_before", .string), Column("modality_after", .string),
    ]

    /// The columns of `statements`, also reachable as `statement.FIELD` from the other sources.
    public static let statementColumns = [
        Column("id", .string), Column("title", .string), Column("date", .date), Column("place", .string),
        Column("source", .string), Column("kind", .string), Column("path", .string), Column("parties", .list(.string)),
        Column("party_codes", .list(.string)), Column("clauses", .int), Column("text", .string),
    ]
}
