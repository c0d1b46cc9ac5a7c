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
    /// Why the clause was coded as it was: the reader's decisions, in the order it took them.
    public var evidence: [CodingEvidence]

    /// Creates a clause. Given a `Substring` of its statement's text (`start..<end` of it), the
    /// clause shares the statement's storage instead of holding a copy.
    public init<Text: StringProtocol>(
        statement: String, n: Int, paragraph: Int, text: Text, start: Int, end: Int,
        actor: String? = nil, actorCode: String? = nil, verb: String? = nil, cameo: String? = nil,
        acts: [String] = [], negated: Bool = false, modality: Modality = .asserted,
        topics: [String] = [], entities: [String] = [], dates: [String] = [], evidence: [CodingEvidence] = []
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
        self.evidence = evidence
    }

    /// Encodes a clause; a clause without evidence (one built by hand) leaves the key out, as
    /// models did before clauses carried it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(statement, forKey: .statement)
        try container.encode(n, forKey: .n)
        try container.encode(paragraph, forKey: .paragraph)
        try container.encode(sharedText, forKey: .sharedText)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encodeIfPresent(actor, forKey: .actor)
        try container.encodeIfPresent(actorCode, forKey: .actorCode)
        try container.encodeIfPresent(verb, forKey: .verb)
        try container.encodeIfPresent(cameo, forKey: .cameo)
        try container.encode(acts, forKey: .acts)
        try container.encode(negated, forKey: .negated)
        try container.encode(modality, forKey: .modality)
        try container.encode(topics, forKey: .topics)
        try container.encode(entities, forKey: .entities)
        try container.encode(dates, forKey: .dates)
        if !evidence.isEmpty { try container.encode(evidence, forKey: .evidence) }
    }

    /// Decodes a clause; a model written before clauses carried their evidence has none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        statement = try container.decode(String.self, forKey: .statement)
        n = try container.decode(Int.self, forKey: .n)
        paragraph = try container.decode(Int.self, forKey: .paragraph)
        sharedText = try container.decode(SharedText.self, forKey: .sharedText)
        start = try container.decode(Int.self, forKey: .start)
        end = try container.decode(Int.self, forKey: .end)
        actor = try container.decodeIfPresent(String.self, forKey: .actor)
        actorCode = try container.decodeIfPresent(String.self, forKey: .actorCode)
        verb = try container.decodeIfPresent(String.self, forKey: .verb)
        cameo = try container.decodeIfPresent(String.self, forKey: .cameo)
        acts = try container.decode([String].self, forKey: .acts)
        negated = try container.decode(Bool.self, forKey: .negated)
        modality = try container.decode(Modality.self, forKey: .modality)
        topics = try container.decode([String].self, forKey: .topics)
        entities = try container.decode([String].self, forKey: .entities)
        dates = try container.decode([String].self, forKey: .dates)
        evidence = try container.decodeIfPresent([CodingEvidence].self, forKey: .evidence) ?? []
    }

    private enum CodingKeys: String, CodingKey {
        case statement, n, paragraph
        case sharedText = "text"
        case start, end, actor
        case actorCode = "actor_code"
        case verb, cameo, acts, negated, modality, topics, entities, dates, evidence
    }
}
