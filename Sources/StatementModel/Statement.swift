/// One diplomatic statement: its metadata, its body text and the clauses read from it.
public struct Statement: Codable, Sendable, Equatable {
    /// Stable identifier derived from the file name (without its extension).
    public var id: String
    /// The statement's title.
    public var title: String
    /// The day of the statement, ISO 8601 (`2024-05-16`), or nil when unknown.
    public var date: String?
    /// Where it was issued or where the meeting took place, when stated.
    public var place: String?
    /// Where the text came from: a URL from front matter or the outlet named in a dateline.
    public var source: String?
    /// The statement's register as the reader worked it out from its title, dateline and opening:
    /// `joint-statement`, `readout`, `declaration`, `press-statement`, `chair-statement`,
    /// `wire-report`, `remarks`, `briefing`, `fact-sheet` or `statement`; nil in a model file
    /// that does not give it.
    public var kind: String?
    /// The file it was read from.
    public var path: String
    /// The names of the parties whose statement it is.
    public var parties: [String]
    /// The parties' codes: ISO 3166-1 alpha-3 for states, short codes for organisations.
    public var partyCodes: [String]
    /// The body text the reader kept, paragraphs separated by blank lines.
    /// Clause and mention offsets are UTF-8 byte offsets into this text.
    public var text: String
    /// One clause per sentence of the body, in order.
    public var clauses: [Clause]
    /// The entities named in the body, each with its mentions.
    public var entities: [Entity]

    /// Creates a statement; `kind` is nil unless given.
    public init(
        id: String, title: String, date: String?, place: String?, source: String?, kind: String? = nil, path: String,
        parties: [String], partyCodes: [String], text: String, clauses: [Clause], entities: [Entity]
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.place = place
        self.source = source
        self.kind = kind
        self.path = path
        self.parties = parties
        self.partyCodes = partyCodes
        self.text = text
        self.clauses = clauses
        self.entities = entities
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, date, place, source, kind, path, parties
        case partyCodes = "party_codes"
        case text, clauses, entities
    }
}
