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
        if let opening = paragraphs.first(where: { !$0.isHeading }), let dateline = Dateline(opening.text) {
            document.place = dateline.place
            document.date = dateline.date
            document.source = dateline.source
        }
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

/// The opening of a news dateline: "Islamabad, 16 May 2024 (TDI):" or "BEIJING, May 15, 2024 —".
struct Dateline {
    var place: String
    var date: String?
    var source: String?

    /// Reads a dateline at the start of `paragraph`, or fails.
    init?(_ paragraph: String) {
        let head = paragraph.prefix(120)
        guard let comma = head.firstIndex(of: ","), head.distance(from: head.startIndex, to: comma) <= 40 else {
            return nil
        }
        let placeText = head[..<comma]
        guard placeText.first?.isUppercase == true, placeText.allSatisfy({ $0.isLetter || " .'-".contains($0) })
        else { return nil }
        let rest = head[head.index(after: comma)...]
        guard let end = rest.firstIndex(where: { ":—–".contains($0) }) ?? rest.range(of: " - ")?.lowerBound else {
            return nil
        }
        let middle = rest[..<end]
        let tokens = Tokenizer.tokens(of: String(middle))
        guard let day = DateNormalizer.days(in: tokens, reference: nil).first else { return nil }
        place = String(placeText).capitalizedPlace
        date = day.day
        if let open = middle.firstIndex(of: "("), let close = middle[open...].firstIndex(of: ")") {
            source = String(middle[middle.index(after: open)..<close])
        }
    }
}

extension String {
    /// "BEIJING" becomes "Beijing"; mixed-case names stay as they are.
    fileprivate var capitalizedPlace: String {
        self == uppercased() ? capitalized : self
    }
}
