/// The sections in which a store holds the statement model, column by column. Each of the five
/// tables (`statements`, `clauses`, `entities`, `mentions`, `evidence`) has a column per model
/// field; a statement's clauses and entities, an entity's mentions and a clause's evidence are
/// the rows up to its `*_end`.
public enum ModelStoreLayout {
    /// How a column is stored.
    public enum Kind: Sendable {
        /// Eight-byte numbers (`NAME`).
        case integer
        /// Codes (`NAME.codes`) into a dictionary (`NAME.dict`); missing values allowed.
        case string
        /// One string a row, in a string table (`NAME`).
        case text
        /// A clause's text as the range `start..<end` of its statement's text (`StoredTexts`);
        /// the rows listed in `NAME.own_rows` (eight-byte numbers, rising), whose text is not
        /// that range, keep it in the string table `NAME.own`.
        case textRanges
        /// Lists of strings: offsets (`NAME.offsets`), item codes (`NAME.items`), a dictionary (`NAME.dict`).
        case list
    }

    /// The section holding the row counts of the tables, in the order of `tables`.
    public static let rowCounts = "rows"
    /// The tables, in the order `rowCounts` holds their sizes.
    public static let tables = ["statements", "clauses", "entities", "mentions", "evidence"]

    /// Every column of the model and its kind.
    public static let columns: [(name: String, kind: Kind)] = [
        ("statements.id", .string), ("statements.raw_id", .string), ("statements.title", .string),
        ("statements.date", .string), ("statements.place", .string), ("statements.source", .string),
        ("statements.kind", .string), ("statements.path", .string), ("statements.parties", .list),
        ("statements.party_codes", .list), ("statements.text", .text), ("statements.clause_end", .integer),
        ("statements.entity_end", .integer),
        ("clauses.statement", .string), ("clauses.n", .integer), ("clauses.paragraph", .integer), ("clauses.text", .textRanges),
        ("clauses.start", .integer), ("clauses.end", .integer), ("clauses.actor", .string), ("clauses.actor_code", .string),
        ("clauses.verb", .string), ("clauses.cameo", .string), ("clauses.acts", .list), ("clauses.negated", .integer),
        ("clauses.modality", .string), ("clauses.topics", .list), ("clauses.entities", .list), ("clauses.dates", .list),
        ("clauses.evidence_end", .integer),
        ("entities.name", .string), ("entities.type", .string), ("entities.code", .string), ("entities.aliases", .list),
        ("entities.mention_end", .integer),
        ("mentions.clause", .integer), ("mentions.start", .integer), ("mentions.end", .integer), ("mentions.text", .string),
        // A decision without a cue has -1 as its start and end.
        ("evidence.field", .string), ("evidence.value", .string), ("evidence.start", .integer), ("evidence.end", .integer),
        ("evidence.rule", .string),
    ]

    /// The names of the sections a column of `kind` takes.
    public static func sections(of name: String, _ kind: Kind) -> [String] {
        switch kind {
        case .integer, .text: [name]
        case .string: [name + ".codes", name + ".dict"]
        case .list: [name + ".offsets", name + ".items", name + ".dict"]
        case .textRanges: [name + ".own_rows", name + ".own"]
        }
    }

    /// The table a column belongs to: the part of its name before the dot.
    static func table(of column: String) -> String {
        String(column.prefix { $0 != "." })
    }
}
