/// Another name under which a value of a categorical column may be typed: its entry in the
/// paired column (`"USA"`, the actor_code of actor `"United States"`), a name the statements use
/// for it (`"U.S."`), or its initials (`"US"`). The checker names the value it stands for when a
/// literal no row has is one of them.
public struct ValueAlias: Sendable, Equatable {
    /// How the alias relates to the value.
    public enum Kind: Sendable, Equatable {
        /// The value's entry in the named paired column (actor_code for actor, actor for actor_code,
        /// party_codes for parties).
        case pairedColumn(String)
        /// A name the statements use for the country or organisation.
        case alias
        /// The initials of a value of several words.
        case initials
    }

    /// The value the alias stands for.
    public var value: String
    /// How the alias relates to it.
    public var kind: Kind

    /// An alias of `value`.
    public init(value: String, kind: Kind) {
        self.value = value
        self.kind = kind
    }

    /// The note for a literal that is this alias: `did you mean "United States"? "USA" is its actor_code`
    /// (`is its entry in party_codes` for a column of lists).
    public func note(for literal: String) -> String {
        let quoted = Value.string(literal).literalDescription
        let reason =
            switch kind {
            case .pairedColumn(let column): "\(quoted) is its \(column.hasSuffix("s") ? "entry in " : "")\(column)"
            case .alias: "the statements also call it \(quoted)"
            case .initials: "\(quoted) is short for it"
            }
        return "did you mean \(Value.string(value).literalDescription)? \(reason)"
    }
}
