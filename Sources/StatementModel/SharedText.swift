/// A clause's text kept as a view into its statement's text, so that a statement and its
/// clauses hold each sentence once; in JSON it is a plain string.
struct SharedText: Codable, Sendable, Equatable {
    /// The text, sharing the storage of the string it was cut from.
    var slice: Substring

    init(_ slice: Substring) {
        self.slice = slice
    }

    init(from decoder: any Decoder) throws {
        slice = Substring(try decoder.singleValueContainer().decode(String.self))
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(String(slice))
    }
}
