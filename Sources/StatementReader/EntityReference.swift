import StatementModel

/// What a run of tokens names: the entity it stands for and how.
struct EntityReference: Sendable, Equatable {
    /// The canonical name of the entity.
    var name: String
    /// Its type.
    var type: EntityType
    /// A country's, organisation's or (for a person or place) its country's code.
    var code: String?
    /// Members of an informal grouping.
    var members: [String] = []
    /// A person's office as written before the name ("Prime Minister").
    var role: String?
    /// The mention is a country adjective ("Pakistani", "U.S." in "the U.S. side").
    var isAdjective = false
    /// How the recogniser found it: the table it is in or the rule that made it.
    var rule = ""
}

/// An entity reference at a place in a sentence.
struct SentenceMention: Sendable {
    /// The tokens it spans.
    var tokens: Range<Int>
    /// What it names.
    var reference: EntityReference
}
