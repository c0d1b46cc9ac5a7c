/// A set of statements loaded together: what a query runs over.
public struct Corpus: Codable, Sendable, Equatable {
    /// The format version written into JSON models, checked when one is read back.
    public static let formatVersion = 1

    /// The statements, in the order they were loaded.
    public var statements: [Statement]

    /// Creates a corpus of the given statements.
    public init(statements: [Statement] = []) {
        self.statements = statements
    }

    /// Every clause of every statement, in statement order.
    public var clauses: [Clause] {
        statements.flatMap(\.clauses)
    }

    /// The statement with the given id, if one is loaded.
    public func statement(id: String) -> Statement? {
        statements.first { $0.id == id }
    }

    private enum CodingKeys: String, CodingKey {
        case version, statements
    }

    /// Decodes a corpus, refusing a model written by another format version.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decode(Int.self, forKey: .version)
        guard version == Self.formatVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .version, in: container,
                debugDescription: "model format version \(version) is not the supported version \(Self.formatVersion)")
        }
        statements = try container.decode([Statement].self, forKey: .statements)
    }

    /// Encodes the corpus with its format version.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.formatVersion, forKey: .version)
        try container.encode(statements, forKey: .statements)
    }
}
