/// One sentence of a statement's body, coded with its actor and speech act.
public struct Clause: Codable, Sendable, Equatable {
    /// The id of the statement the clause belongs to.
    public var statement: String
    /// Position in the statement, 1-based.
    public var n: Int
    /// The paragraph it stands in, 1-based.
    public var paragraph: Int
    /// The sentence as written.
    public var text: String {
        get { String(sharedText.slice) }
        set { sharedText = SharedText(newValue[...]) }
    }
    /// The sentence as a view into the statement's text (where the reader or the store cut it
    /// from there), without a copy.
    public var textSlice: Substring { sharedText.slice }
    private var sharedText: SharedText
    /// UTF-8 byte offset of the sentence's first byte in the statement text.
    public var start: Int
    /// UTF-8 byte offset just past the sentence's last byte in the statement text.
    public var end: Int
    /// `"joint"` when all parties act together, a party's name when one does, nil for narration.
    public var actor: String?
    /// The acting party's code; nil for joint or no actor.
    public var actorCode: String?
    /// Lemma of the first main verb ("reaffirm").
    public var verb: String?
    /// CAMEO code of the first main verb, as a string ("051").
    public var cameo: String?
    /// CAMEO codes of every main verb of the sentence, in order.
    public var acts: [String]
    /// Whether the main act is negated ("did not agree").
    public var negated: Bool
    /// Asserted, future or conditional.
    public var modality: Modality
    /// Topics from the taxonomy, in taxonomy order.
    public var topics: [String]
    /// Canonical names of the entities the sentence mentions, in order of first mention.
    public var entities: [String]
    /// Days the sentence names, ISO 8601, in order.
    public var dates: [String]

    /// Creates a clause. Given a `Substring` of its statement's text (`start..<end` of it), the
    /// clause shares the statement's storage instead of holding a copy.
    public init<Text: StringProtocol>(
        statement: String, n: Int, paragraph: Int, text: Text, start: Int, end: Int,
        actor: String? = nil, actorCode: String? = nil, verb: String? = nil, cameo: String? = nil,
        acts: [String] = [], negated: Bool = false, modality: Modality = .asserted,
        topics: [String] = [], entities: [String] = [], dates: [String] = []
    ) where Text.SubSequence == Substring {
        self.statement = statement
        self.n = n
        self.paragraph = paragraph
        sharedText = SharedText(text[...])
        self.start = start
        self.end = end
        self.actor = actor
        self.actorCode = actorCode
        self.verb = verb
        self.cameo = cameo
        self.acts = acts
        self.negated = negated
        self.modality = modality
        self.topics = topics
        self.entities = entities
        self.dates = dates
    }

    private enum CodingKeys: String, CodingKey {
        case statement, n, paragraph
        case sharedText = "text"
        case start, end, actor
        case actorCode = "actor_code"
        case verb, cameo, acts, negated, modality, topics, entities, dates
    }
}
