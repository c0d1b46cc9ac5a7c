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
    /// For a body that acts as one party (SADC, ASEAN): its member states, the parties of its own
    /// statements ("Declaration of the SADC Summit"). Empty otherwise.
    var ownStatementMembers: [String] = []
    /// The day each later member joined ("EGY": "2024-01-01" for BRICS) and each former member
    /// left ("MLI": "2025-01-29" for ECOWAS); members not listed were there throughout.
    var joined: [String: String] = [:]
    var left: [String: String] = [:]

    /// Whether `member` was a member on `date` (a day written YYYY-MM-DD), or at all when the
    /// day is unknown.
    func isMember(_ member: String, on date: String?) -> Bool {
        guard let date else { return true }
        if let since = joined[member], date < since { return false }
        if let until = left[member], date >= until { return false }
        return true
    }
    /// A person's office ("President"), a place's kind ("capital").
    var role: String?
}
