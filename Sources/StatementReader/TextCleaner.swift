/// Small text clean-ups shared by the plain-text and Markdown readers.
enum TextCleaner {
    /// Folds non-breaking and other Unicode spaces, tabs and runs of spaces to single
    /// spaces, and trims both ends.
    static func normalizeSpaces(_ text: String) -> String {
        var result = [UInt8]()
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.isWhiteSpace || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(UInt8(ascii: " ")) }
                pendingSpace = false
                if scalar.isASCII {
                    result.append(UInt8(truncatingIfNeeded: scalar.value))
                } else {
                    UTF8.encode(scalar) { result.append($0) }
                }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Removes inline Markdown: emphasis markers, backslash escapes, links (keeping their
    /// text), HTML tags (keeping their content) and footnote markers.
    static func stripInlineMarkdown(_ text: String) -> String {
        // Most paragraphs have no Markdown at all: one pass over the bytes says so.
        let markers: [UInt8] = [UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "<"), UInt8(ascii: "[")]
        guard text.utf8.contains(where: { markers.contains($0) }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            switch character {
            case "\\":
                let next = text.index(after: index)
                if next < text.endIndex {
                    result.append(text[next])
                    index = text.index(after: next)
                } else {
                    index = next
                }
                continue
            case "*":
                index = text.index(after: index)
                continue
            case "_" where isEmphasisUnderscore(text, at: index):
                index = text.index(after: index)
                continue
            case "<":
                if let close = text[index...].firstIndex(of: ">"),
                    text.distance(from: index, to: close) < 40,
                    let name = text[text.index(after: index)..<close].first, name.isLetter || name == "/"
                {
                    index = text.index(after: close)
                    continue
                }
            case "[":
                if let close = text[index...].firstIndex(of: "]") {
                    let afterClose = text.index(after: close)
                    if afterClose < text.endIndex, text[afterClose] == "(",
                        let paren = text[afterClose...].firstIndex(of: ")")
                    {
                        result += stripInlineMarkdown(String(text[text.index(after: index)..<close]))
                        index = text.index(after: paren)
                        continue
                    }
                }
            default:
                break
            }
            result.append(character)
            index = text.index(after: index)
        }
        return result
    }

    /// An underscore is emphasis when it does not join two word characters (`snake_case`).
    private static func isEmphasisUnderscore(_ text: String, at index: String.Index) -> Bool {
        let before = index > text.startIndex ? text[text.index(before: index)] : " "
        let afterIndex = text.index(after: index)
        let after = afterIndex < text.endIndex ? text[afterIndex] : " "
        return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
    }

    /// Site furniture that is never part of a statement: "Also read: ...", "Share this", ...
    static func isBoilerplate(_ paragraph: String) -> Bool {
        let lower = paragraph.lowercased()
        let prefixes = [
            "also read:", "also read ", "read also:", "read more:", "related:", "see also:", "share this",
            "advertisement", "subscribe", "tags:", "click here", "print this",
        ]
        return prefixes.contains { lower.hasPrefix($0) }
    }

    /// Footer markers after which a page holds no more statement text.
    static func isFooter(_ paragraph: String) -> Bool {
        let lower = paragraph.lowercased()
        return ["follow us", "most popular", "###", "related posts", "related articles"].contains {
            lower.hasPrefix($0)
        } || lower == "end text" || lower == "end text:"
    }

    /// A heading: a short line without a sentence's closing punctuation ("Begin Text:", "Clean Energy").
    static func looksLikeHeading(_ paragraph: String) -> Bool {
        let words = paragraph.split(separator: " ")
        guard let last = paragraph.last else { return true }
        return words.count <= 6 && !".!?\"”".contains(last)
    }
}
