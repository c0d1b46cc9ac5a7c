/// Something a statement names: a country, a person, an organisation, a project...
public struct Entity: Codable, Sendable, Equatable {
    /// The canonical name ("China-Pakistan Economic Corridor").
    public var name: String
    /// What kind of thing it is.
    public var type: EntityType
    /// ISO 3166-1 alpha-3 for a country, the project's code for an organisation, else nil.
    public var code: String?
    /// Other names the statement uses for it ("CPEC").
    public var aliases: [String]
    /// Every place in the statement text that names it.
    public var mentions: [Mention]

    /// Creates an entity.
    public init(name: String, type: EntityType, code: String? = nil, aliases: [String] = [], mentions: [Mention] = []) {
        self.name = name
        self.type = type
        self.code = code
        self.aliases = aliases
        self.mentions = mentions
    }
}
