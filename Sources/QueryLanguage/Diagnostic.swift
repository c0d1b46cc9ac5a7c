/// A problem found in a query: where it is (a byte range of the source) and what it is.
public struct Diagnostic: Error, Sendable, Equatable {
    /// How serious it is and what the shell should do about it.
    public enum Kind: String, Sendable {
        /// The query is malformed.
        case syntax
        /// The query stops before it is complete (open string or parenthesis, trailing `|`):
        /// a shell asks for another line.
        case incomplete
        /// A name, type or argument is wrong.
        case type
        /// The query failed while running (division by zero, overflow, a time limit).
        case runtime
        /// The query runs, but probably not as meant (`actor == "Pakistn"`).
        case warning
    }

    public var kind: Kind
    public var message: String
    /// Byte offsets into the source text.
    public var range: Range<Int>
    /// "did you mean ...?" and other hints, shown after the snippet.
    public var notes: [String]

    /// Creates a diagnostic.
    public init(_ kind: Kind, _ message: String, at range: Range<Int>, notes: [String] = []) {
        self.kind = kind
        self.message = message
        self.range = range
        self.notes = notes
    }

    /// Whether the diagnostic stops the query (everything but a warning).
    public var isError: Bool { kind != .warning }
}
