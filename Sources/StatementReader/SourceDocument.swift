/// A statement file taken apart, before any coding: metadata and body paragraphs.
struct SourceDocument: Sendable {
    var title: String?
    var date: String?
    var place: String?
    var source: String?
    var paragraphs: [BodyParagraph]
    /// Whether the body opens with a news agency's dateline ("MOGADISHU, Jan 2 (Reuters) -"): a
    /// report about the parties, not their own statement.
    var isNewsReport = false

    /// Reads the dateline of the first body paragraph, if it has one: its place, and its date
    /// and source where the metadata gave none.
    mutating func readDateline() {
        guard let opening = paragraphs.first(where: { !$0.isHeading }), let dateline = Dateline(opening.text, reference: date) else { return }
        place = dateline.place
        date = date ?? dateline.date
        source = source ?? dateline.source
        isNewsReport = dateline.source != nil
    }
}

/// One paragraph of a statement's body, already cleaned of markup.
struct BodyParagraph: Sendable, Equatable {
    /// The paragraph's text on one line.
    var text: String
    /// Headings are kept in the statement text but are not clauses.
    var isHeading: Bool
}
