/// ANSI terminal styles.
enum ANSI {
    static func bold(_ text: String) -> String { "\u{1B}[1m" + text + "\u{1B}[0m" }
    static func dim(_ text: String) -> String { "\u{1B}[2m" + text + "\u{1B}[0m" }

    /// The text with every case-insensitive occurrence of `term` in reverse video.
    static func highlight(_ term: String, in text: String) -> String {
        guard !term.isEmpty else { return text }
        let lowerTerm = term.lowercased()
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let rest = text[index...]
            if rest.lowercased().hasPrefix(lowerTerm), let end = rest.index(rest.startIndex, offsetBy: term.count, limitedBy: rest.endIndex) {
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
