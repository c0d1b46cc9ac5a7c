/// ANSI terminal styles.
enum ANSI {
    /// `text` in bold.
    static func bold(_ text: String) -> String { "\u{1B}[1m" + text + "\u{1B}[0m" }
    /// `text` in reverse video.
    static func reverse(_ text: String) -> String { "\u{1B}[7m" + text + "\u{1B}[27m" }
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
                result += reverse(String(text[index..<end]))
                index = end
            } else {
                result.append(text[index])
                index = text.index(after: index)
            }
        }
        return result
    }

    /// Which marked edit a line of text is inside: `[-removed-]` or `{+added+}`.
    enum WordEdit {
        case none, removed, added
    }

    /// The line with each edit marked `[-removed-]` in red and `{+added+}` in green, markers
    /// included so that the width stays; `edit` carries an edit left open to the next line.
    static func wordEdits(in line: String, continuing edit: inout WordEdit) -> String {
        let red = "\u{1B}[31m", green = "\u{1B}[32m", plain = "\u{1B}[39m"
        var result = edit == .removed ? red : edit == .added ? green : ""
        var rest = line[...]
        while let first = rest.first {
            let pair = rest.prefix(2)
            switch (edit, pair) {
            case (.none, "[-"): result += red + pair; edit = .removed; rest = rest.dropFirst(2)
            case (.none, "{+"): result += green + pair; edit = .added; rest = rest.dropFirst(2)
            case (.removed, "-]"), (.added, "+}"): result += pair + plain; edit = .none; rest = rest.dropFirst(2)
            default: result.append(first); rest = rest.dropFirst()
            }
        }
        return edit == .none ? result : result + plain
    }
}
