/// ANSI terminal styles.
enum ANSI {
    /// `text` in bold.
    static func bold(_ text: String) -> String { "\u{1B}[1m" + text + "\u{1B}[0m" }
    /// `text` dimmed.
    static func dim(_ text: String) -> String { "\u{1B}[2m" + text + "\u{1B}[0m" }

    /// The text with every case-insensitive occurrence of `term` in reverse video. Both are
    /// already escaped for the terminal (`VisibleText`), so only these styles reach it.
    static func highlight(_ term: String, in text: String) -> String {
        guard !term.isEmpty else { return text }
        let lowerTerm = term.lowercased()
        let length = term.count
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            if let end = text.index(index, offsetBy: length, limitedBy: text.endIndex), text[index..<end].lowercased() == lowerTerm {
                result += "\u{1B}[7m" + text[index..<end] + "\u{1B}[27m"
                index = end
            } else {
                result.append(text[index])
                index = text.index(after: index)
            }
        }
        return result
    }
}
