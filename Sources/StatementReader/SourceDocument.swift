/// A statement file taken apart, before any coding: metadata and body paragraphs.
struct SourceDocument: Sendable {
    var title: String?
    var date: String?
    var place: String?
    var source: String?
    var paragraphs: [BodyParagraph]
}

/// One paragraph of a statement's body, already cleaned of markup.
struct BodyParagraph: Sendable, Equatable {
    /// The paragraph's text on one line.
    var text: String
    /// Headings are kept in the statement text but are not clauses.
    var isHeading: Bool
}
