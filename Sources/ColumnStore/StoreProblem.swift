/// Why a store file is not used.
public enum StoreProblem: Error, Sendable, Equatable {
    /// Written by another format or another build of cq.
    case otherVersion
    /// Damaged, truncated, or not a store at all: the reason, and the byte offset where it was found.
    case damaged(reason: String, offset: Int)
}

/// A section of a mapped store found damaged when first used: its bytes do not match their
/// checksum, or they do not hold what the section's kind requires.
public struct StoreDamage: Error, Sendable, Equatable {
    /// A damaged section and what is wrong with it.
    public init(section: String, reason: String) {
        self.section = section
        self.reason = reason
    }

    /// The section's name (`clauses.actor.codes`).
    public var section: String
    /// What is wrong with it.
    public var reason: String
}

/// What is wrong with a section's contents, found by the type that reads it.
struct SectionFault: Error, ExpressibleByStringLiteral {
    /// What is wrong.
    var reason: String

    init(stringLiteral reason: String) {
        self.reason = reason
    }

    init(_ reason: String) {
        self.reason = reason
    }
}
