import Foundation

/// Takes a plain-text statement apart: a title line (with any site navigation glued to
/// it removed), a dateline ("Islamabad, 16 May 2024 (TDI): ...") and the body.
enum PlainTextLayout {
    /// The document read from plain text.
    static func document(from text: String) -> SourceDocument {
        let lines = TextCleaner.lines(of: text).map {
            TextCleaner.clean(String($0))
        }
        guard let firstIndex = lines.firstIndex(where: { !$0.isEmpty }) else {
            return SourceDocument(paragraphs: [])
        }
        let first = lines[firstIndex]
        var title = stripNavigation(first)
        var bodyStart = firstIndex + 1
        // A clean copy of the title a few lines down ("HomeNewsFifth round ..." then "Fifth round ...").
        let nextLines = lines[bodyStart...].enumerated().filter { !$0.element.isEmpty }.prefix(3)
        if let copy = nextLines.first(where: { $0.element.count >= 10 && first.hasSuffix($0.element) }) {
            title = copy.element
            bodyStart += copy.offset + 1
        }
        let body = lines[bodyStart...].joined(separator: "\n")
        let paragraphs = MarkdownBody.paragraphs(of: Substring(body))
        var document = SourceDocument(title: title, paragraphs: paragraphs)
        document.readDateline()
        return document
    }

    /// The title without site navigation glued before it: the text after the last place where
    /// a lower-case letter runs straight into a capital ("...DiplomacyFifth round").
    static func stripNavigation(_ line: String) -> String {
        var cut = line.startIndex
        var previous: Character?
        for index in line.indices {
            let character = line[index]
            if let previous, previous.isLowercase, character.isUppercase {
                cut = index
            }
            previous = character
        }
        return String(line[cut...])
    }
}

/// The opening of a news dateline: "Islamabad, 16 May 2024 (TDI):", "NEW DELHI, Mar 19 (PTI)"
/// or "BEIJING, May 15, 2024 —".
struct Dateline {
    var place: String
    var date: String?
    /// The news agency or outlet in parentheses ("Reuters", "APP"), when the dateline names one.
    var source: String?

    /// Reads a dateline at the start of `paragraph`, or fails; `reference` (the metadata's date)
    /// gives the year of a date without one.
    init?(_ paragraph: String, reference: String? = nil) {
        let head = paragraph.prefix(120)
        // "WASHINGTON (AP) — ...": a place in capitals and the agency, no date.
        if let open = head.firstIndex(of: "("), head.distance(from: head.startIndex, to: open) <= 40,
            !head[..<open].contains(","), let close = head[open...].firstIndex(of: ")")
        {
            let placeText = head[..<open].trimmingCharacters(in: .whitespaces)
            let agency = String(head[head.index(after: open)..<close])
            // "Dakar (AFP) - ...": a place in capitals, or capitalised before an agency's initials.
            let isAgency = (2...8).contains(agency.count) && agency.allSatisfy { $0.isUppercase && $0.isLetter }
            let placeWords = placeText.split(separator: " ")
            let isCapitalised = placeWords.count <= 3 && placeWords.allSatisfy { $0.first?.isUppercase == true }
            guard !placeText.isEmpty, !agency.isEmpty, placeText == placeText.uppercased() || (isAgency && isCapitalised), Self.isPlaceName(placeText)
            else { return nil }
            place = placeText.capitalizedPlace
            source = agency
            return
        }
        guard let comma = head.firstIndex(of: ","), head.distance(from: head.startIndex, to: comma) <= 40 else {
            return nil
        }
        let placeText = head[..<comma]
        guard placeText.first?.isUppercase == true, Self.isPlaceName(placeText) else { return nil }
        let rest = head[head.index(after: comma)...]
        // The dateline ends at a colon or dash, or right after the agency's parenthesis when only a
        // short date stands before it ("Mar 19 (PTI) Japan has ...").
        let mark = rest.firstIndex(where: { ":—–".contains($0) }) ?? rest.range(of: " - ")?.lowerBound
        let agencyEnd = rest.firstIndex(of: "(").flatMap { open -> String.Index? in
            let date = rest[..<open]
            guard date.count <= 25, date.contains(where: \.isNumber) else { return nil }
            return rest[open...].firstIndex(of: ")").map { rest.index(after: $0) }
        }
        // "Phnom Penh, 5 November 2024" on a line of its own, or "San José, 12 September 2024. The
        // Ministry ...": a day alone, up to the paragraph's end or a period.
        let dayEnd = mark != nil || agencyEnd != nil ? nil : paragraph.count == head.count ? rest.endIndex : rest.range(of: ". ")?.lowerBound
        guard let end = [mark, agencyEnd].compactMap({ $0 }).min() ?? dayEnd else {
            return nil
        }
        let middle = rest[..<end]
        let tokens = Tokenizer.tokens(of: String(middle))
        let day = DateNormalizer.days(in: tokens, reference: reference).first
        if dayEnd != nil {
            guard let day, tokens.indices.allSatisfy({ day.tokens.contains($0) || !(tokens[$0].isWord || tokens[$0].startsWithNumber) })
            else { return nil }
        }
        // "(Reuters)", or "/Agerpres/" between slashes.
        let agency = middle.firstIndex(of: "(").flatMap { open in
            middle[open...].firstIndex(of: ")").map { String(middle[middle.index(after: open)..<$0]) }
        } ?? Self.slashedAgency(middle)
        // "Jan 2 (Reuters)" has no year: the metadata's date gives it, and without one an agency
        // after a place in capitals still makes it a dateline ("We, the Leaders of the Group of Seven (G7)," does not).
        guard day != nil || (agency != nil && placeText == placeText.uppercased()) else { return nil }
        place = String(placeText).capitalizedPlace
        date = day?.day
        source = agency
    }

    /// An agency's name between slashes ("Bucharest, 12 March /Agerpres/ -"): letters only.
    private static func slashedAgency(_ middle: Substring) -> String? {
        guard let open = middle.firstIndex(of: "/"), let close = middle[middle.index(after: open)...].firstIndex(of: "/") else { return nil }
        let name = middle[middle.index(after: open)..<close]
        return !name.isEmpty && name.allSatisfy(\.isLetter) ? String(name) : nil
    }

    /// Whether a dateline's opening can be a place: letters, spaces and ". ' -" only.
    private static func isPlaceName(_ text: some StringProtocol) -> Bool {
        text.allSatisfy { $0.isLetter || " .'-".contains($0) }
    }
}

extension String {
    /// "BEIJING" becomes "Beijing"; mixed-case names stay as they are.
    fileprivate var capitalizedPlace: String {
        self == uppercased() ? capitalized : self
    }
}
