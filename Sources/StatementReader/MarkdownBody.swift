/// Turns a Markdown (or plain text) body into paragraphs: hard-wrapped lines joined,
/// headings marked, bullets and paragraph numbers split off, boilerplate dropped, and
/// reading stopped at the page footer or the `\###` end marker.
enum MarkdownBody {
    /// The paragraphs of `body`.
    static func paragraphs(of body: Substring) -> [BodyParagraph] {
        var paragraphs = [BodyParagraph]()
        var lines = [String]()

        func flush() {
            defer { lines.removeAll() }
            guard !lines.isEmpty else { return }
            // Clean lines, none empty, joined by single spaces are clean as they are.
            let raw = lines.joined(separator: " ")
            let boldHeading = raw.hasPrefix("**") && raw.hasSuffix("**") && raw.count > 4
            let text = TextCleaner.plainText(ofClean: raw)
            guard !text.isEmpty, !TextCleaner.isBoilerplate(text) else { return }
            // A bold line is a heading unless it is a whole sentence ("**1. The Taskforce will ...**").
            let isHeading = TextCleaner.looksLikeHeading(text)
                || (boldHeading && !text.hasSuffix(".") && text.split(separator: " ").count <= 12 && !TextCleaner.isOperativeLine(text))
            paragraphs.append(BodyParagraph(text: text, isHeading: isHeading))
        }

        for rawLine in TextLines(body) {
            let line = TextCleaner.clean(String(rawLine))
            let plain = TextCleaner.plainText(ofClean: line)
            if TextCleaner.isFooter(plain) || line.hasPrefix("\\###") {
                flush()
                if line.hasPrefix("\\###") || !paragraphs.isEmpty { break }
                continue
            }
            if line.isEmpty {
                flush()
                continue
            }
            if line.hasPrefix("#") {
                flush()
                let heading = TextCleaner.clean(
                    TextCleaner.stripInlineMarkdown(String(line.drop { $0 == "#" })))
                if !heading.isEmpty { paragraphs.append(BodyParagraph(text: heading, isHeading: true)) }
                continue
            }
            if let item = listItemText(line) {
                flush()
                lines.append(item)
                continue
            }
            lines.append(line)
        }
        flush()
        return paragraphs
    }

    /// The text of a bullet or numbered list line without its marker, or nil for other lines.
    static func listItemText(_ line: String) -> String? {
        // Most lines open with a letter or a quotation mark: no marker can follow.
        if let first = line.utf8.first, first < 0x80, !"-*+0123456789".utf8.contains(first) { return nil }
        for bullet in ["- ", "* ", "• ", "+ ", "– "] where line.hasPrefix(bullet) {
            return String(line.dropFirst(bullet.count))
        }
        // "**7** REAFFIRMING ...", "**12.** The ...": a paragraph number in bold.
        if line.hasPrefix("**") {
            let inner = line.dropFirst(2)
            let digits = inner.prefix { $0.isNumber }
            var rest = inner.dropFirst(digits.count)
            if rest.hasPrefix(".") { rest = rest.dropFirst() }
            if !digits.isEmpty, digits.count <= 3, rest.hasPrefix("** ") { return String(rest.dropFirst(3)) }
        }
        let digits = line.prefix { $0.isNumber }
        if !digits.isEmpty, digits.count <= 3 {
            let rest = line.dropFirst(digits.count)
            if rest.hasPrefix(". ") || rest.hasPrefix(") ") {
                return String(rest.dropFirst(2))
            }
            // "1 WE, the Leaders ...": a number glued to a declaration's line in capitals.
            if rest.hasPrefix(" "), let word = rest.dropFirst().split(separator: " ").first,
                word.filter(\.isLetter).count >= 2, word.allSatisfy({ !$0.isLetter || $0.isUppercase })
            {
                return String(rest.dropFirst())
            }
        }
        return nil
    }
}
