import StatementModel

/// One named thing the reader knows in advance: a country, organisation, person or place.
struct GazetteerEntry: Sendable {
    /// The canonical name.
    var name: String
    /// The entity type it gives.
    var type: EntityType
    /// The country or organisation code: the country's own, the organisation's, a person's
    /// country, or the country a place is in.
    var code: String?
    /// For an informal grouping (G7, Quad): its member states. Empty otherwise.
    var members: [String]
    /// For a grouping whose membership grew: the day each later member joined ("EGY":
    /// "2024-01-01" for BRICS); members not listed were there from the start.
    var joined: [String: String] = [:]
    /// A person's office ("President"), a place's kind ("capital").
    var role: String?
}
