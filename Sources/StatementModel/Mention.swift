/// One place in a statement's text where an entity is named.
public struct Mention: Codable, Sendable, Equatable {
    /// The clause (its `n`) the mention stands in.
    public var clause: Int
    /// UTF-8 byte offset of the first byte in the statement text.
    public var start: Int
    /// UTF-8 byte offset just past the last byte in the statement text.
    public var end: Int
    /// The words as written ("the Pakistani side" gives "Pakistani").
    public var text: String

    /// Creates a mention.
    public init(clause: Int, start: Int, end: Int, text: String) {
        self.clause = clause
        self.start = start
        self.end = end
        self.text = text
    }
}
