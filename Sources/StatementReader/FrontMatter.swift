import Yams

/// YAML front matter at the top of a Markdown statement (`---` ... `---`).
struct FrontMatter {
    /// The fields the reader uses; each nil when absent.
    var title: String?
    var date: String?
    var source: String?

    /// Splits `text` into front matter and body. Text without front matter gives nil and the whole text.
    /// Throws a warning naming the line when the YAML is malformed.
    static func split(_ text: String, path: String) throws(ReadWarning) -> (FrontMatter?, body: Substring) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingWhitespace() == "---" else {
            return (nil, text[...])
        }
        guard let closing = lines.dropFirst().firstIndex(where: { $0.trimmingTrailingWhitespace() == "---" }) else {
            throw ReadWarning(path: path, message: "front matter opened with --- on line 1 is never closed")
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let body = closing + 1 < lines.count ? text[lines[closing + 1].startIndex...] : ""
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            throw ReadWarning(path: path, message: "malformed YAML front matter: \(error)")
        }
        let fields = FrontMatter(
            title: node?["title"]?.string.map(TextCleaner.normalizeSpaces),
            date: node?["date"]?.string.flatMap { DateNormalizer.isoDay(fromISO: $0) },
            source: node?["source_url"]?.string ?? node?["source"]?.string)
        return (fields, body)
    }
}

extension Substring {
    /// The text without trailing spaces, tabs and carriage returns.
    func trimmingTrailingWhitespace() -> Substring {
        var end = endIndex
        while end > startIndex, let last = self[..<end].last, last == " " || last == "\t" || last == "\r" {
            end = index(before: end)
        }
        return self[..<end]
    }
}
