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
    /// The paragraph that is only the dateline, on a line of its own before the body: a clause
    /// with no act, and not the body's opening.
    var datelineParagraph: Int?

    /// Reads the dateline of the first body paragraph, if it has one, or of the line just before
    /// it that is only a known place and a day ("Phnom Penh, 5 November 2024", which reads as a
    /// heading, and is made the first line of the body): its place, and its date and source where
    /// the metadata gave none. A known place and a day on the last line ("Astana, 20 May 2025",
    /// where a signed statement ends) is a clause with no act too, not a heading.
    mutating func readDateline() {
        if let last = paragraphs.indices.last, paragraphs[last].isHeading, placeAndDayLine(paragraphs[last].text) != nil {
            paragraphs[last].isHeading = false
        }
        guard let body = paragraphs.firstIndex(where: { !$0.isHeading }) else { return }
        let standsAlone = body > 0 ? placeAndDayLine(paragraphs[body - 1].text) : nil
        guard let dateline = standsAlone ?? Dateline(paragraphs[body].text, reference: date) else { return }
        // The dateline on a line of its own is the body's first line, a clause with no act, not a heading.
        if standsAlone != nil {
            paragraphs[body - 1].isHeading = false
            datelineParagraph = body - 1
        }
        place = dateline.place
        date = date ?? dateline.date
        source = source ?? dateline.source
        isNewsReport = dateline.source != nil
    }

    /// The dateline of a line that is only a known place and a day ("Phnom Penh, 5 November 2024").
    private func placeAndDayLine(_ line: String) -> Dateline? {
        guard let dateline = Dateline(line, reference: date), dateline.date != nil else { return nil }
        let tokens = Tokenizer.tokens(of: dateline.place)
        return Gazetteer.shared.match(tokens, at: 0)?.length == tokens.count ? dateline : nil
    }
}

/// One paragraph of a statement's body, already cleaned of markup.
struct BodyParagraph: Sendable, Equatable {
    /// The paragraph's text on one line.
    var text: String
    /// Headings are kept in the statement text but are not clauses.
    var isHeading: Bool
}
