/// The kinds of entity the reader recognises.
public enum EntityType: String, Codable, Sendable, CaseIterable {
    case country, person, organization, project, place, initiative, other
}
