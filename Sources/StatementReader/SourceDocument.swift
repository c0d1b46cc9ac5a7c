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

    /// Reads the dateline of the first body paragraph, if it has one, or of the line just before
    /// it that is only a known place and a day ("Phnom Penh, 5 November 2024", which reads as a
    /// heading): its place, and its date and source where the metadata gave none.
    mutating func readDateline() {
        guard let body = paragraphs.firstIndex(where: { !$0.isHeading }) else { return }
        let lineBefore = body > 0 ? Dateline(paragraphs[body - 1].text, reference: date) : nil
        let standsAlone = lineBefore.flatMap { line in
            let tokens = Tokenizer.tokens(of: line.place)
            return line.date != nil && Gazetteer.shared.match(tokens, at: 0)?.length == tokens.count ? line : nil
        }
        guard let dateline = standsAlone ?? Dateline(paragraphs[body].text, reference: date) else { return }
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
