import TerminalText

/// Small text clean-ups shared by the plain-text and Markdown readers.
enum TextCleaner {
    /// A line as the model keeps it: control characters and escape sequences removed (see
    /// `ControlSequenceFilter`), Unicode spaces, tabs, other layout controls and runs of
    /// spaces folded to single spaces, and both ends trimmed. Invisible formatting
    /// (zero-width and bidirectional characters) stays between two visible characters, where
    /// the tokenizer reads through it; next to a space or at an end of the line it marks
    /// nothing and is dropped with the space.
    static func clean(_ text: String) -> String {
        if isClean(text) { return text }
        var result = [UInt8]()
        result.reserveCapacity(text.utf8.count)
        var filter = ControlSequenceFilter()
        var pendingSpace = false
        var pendingInvisible = [UInt8]()
        for scalar in text.unicodeScalars where filter.keeps(scalar) {
            if scalar.isWhiteSpace {
                pendingSpace = !result.isEmpty
                if !pendingInvisible.isEmpty { pendingInvisible.removeAll(keepingCapacity: true) }
            } else if scalar.isInvisibleFormat {
                UTF8.encode(scalar) { pendingInvisible.append($0) }
            } else {
                if pendingSpace {
                    result.append(UInt8(ascii: " "))
                } else if !result.isEmpty, !pendingInvisible.isEmpty {
                    result += pendingInvisible
                }
                pendingSpace = false
                if !pendingInvisible.isEmpty { pendingInvisible.removeAll(keepingCapacity: true) }
                if scalar.isASCII {
                    result.append(UInt8(truncatingIfNeeded: scalar.value))
                } else {
                    UTF8.encode(scalar) { result.append($0) }
                }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether `clean` would give `text` back unchanged: printable text with single ASCII spaces
    /// between words and none at either end, and no control character or sequence, Unicode space
    /// or invisible formatting to remove (most lines of a statement, read several times each).
    private static func isClean(_ text: String) -> Bool {
        UTF8Scan.reading(text) { scan in
            var afterSpace = true
            var offset = 0
            while offset < scan.count {
                let byte = scan.bytes[offset]
                if byte == 0x20 {
                    if afterSpace { return false }
                    afterSpace = true
                } else if byte > 0x20 && byte < 0x7F {
                    afterSpace = false
                } else if byte < 0x80 {
                    return false
                } else {
                    let scalar = scan.scalar(at: offset)
                    guard scalar.value >= 0xA0, !scalar.isWhiteSpace, !scalar.isInvisibleFormat else { return false }
                    afterSpace = false
                }
                offset = scan.next(after: offset)
            }
            return !afterSpace
        }
    }

    /// The lines of `text` (see `TextLines`).
    static func lines<Text: StringProtocol>(of text: Text) -> [Text.SubSequence] {
        Array(TextLines(text))
    }

    /// `clean(stripInlineMarkdown(text))` of text that `clean` gave: the text itself when it holds
    /// no Markdown marker (most lines), without reading it for clean-up again.
    static func plainText(ofClean text: String) -> String {
        guard text.utf8.contains(where: isMarkdownMarker) else { return text }
        return clean(stripInlineMarkdown(text))
    }

    /// Removes inline Markdown: emphasis markers, backslash escapes, links (keeping their
    /// text), HTML tags (keeping their content) and footnote markers.
    static func stripInlineMarkdown(_ text: String) -> String {
        // Most paragraphs have no Markdown at all: one pass over the bytes says so.
        guard text.utf8.contains(where: isMarkdownMarker) else { return text }
        if let stripped = strippingMarkdownBytes(Array(text.utf8)[...]) { return String(decoding: stripped, as: UTF8.self) }
        return strippingMarkdownCharacters(text)
    }

    /// `stripInlineMarkdown` read character by character, for text whose bytes cannot say
    /// (where a marker followed by a combining mark is no marker).
    static func strippingMarkdownCharacters(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var closeBracket = ForwardSearch(text, for: "]")
        var closeParenthesis = ForwardSearch(text, for: ")")
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
                if let close = text[index...].prefix(40).firstIndex(of: ">"),
                    let name = text[text.index(after: index)..<close].first, name.isLetter || name == "/"
                {
                    index = text.index(after: close)
                    continue
                }
            case "[":
                if let close = closeBracket.first(from: index) {
                    let afterClose = text.index(after: close)
                    if afterClose < text.endIndex, text[afterClose] == "(",
                        let paren = closeParenthesis.first(from: afterClose)
                    {
                        result += strippingMarkdownCharacters(String(text[text.index(after: index)..<close]))
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

    /// `stripInlineMarkdown` read from the bytes, or nil where the bytes cannot say what the
    /// characters would: a marker next to a byte outside ASCII (a combining mark after `*`
    /// makes it no marker) or a tag's 40-character window holding one. Other bytes are copied
    /// as they are, so the text between markers comes out as the characters would give it.
    private static func strippingMarkdownBytes(_ text: ArraySlice<UInt8>) -> [UInt8]? {
        /// Whether the byte at `index` is ASCII or beyond either end (where a character ends).
        func isASCII(_ index: Int) -> Bool {
            index < text.startIndex || index >= text.endIndex || text[index] < 0x80
        }
        /// Whether the byte at `index` and its neighbours are ASCII: then it is a character of its own.
        func standsAlone(_ index: Int) -> Bool {
            isASCII(index - 1) && isASCII(index) && isASCII(index + 1)
        }
        var result = [UInt8]()
        result.reserveCapacity(text.count)
        var closeBracket = ForwardSearch(text, for: UInt8(ascii: "]"))
        var closeParenthesis = ForwardSearch(text, for: UInt8(ascii: ")"))
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            guard isMarkdownMarker(byte) else {
                result.append(byte)
                index += 1
                continue
            }
            guard standsAlone(index) else { return nil }
            switch byte {
            case UInt8(ascii: "\\"):
                if index + 1 < text.endIndex { result.append(text[index + 1]) }
                index += 2
                continue
            case UInt8(ascii: "*"):
                index += 1
                continue
            case UInt8(ascii: "_"):
                // The characters either side are single bytes too.
                guard isASCII(index - 2), isASCII(index + 2) else { return nil }
                let before = index > text.startIndex ? text[index - 1] : UInt8(ascii: " ")
                let after = index + 1 < text.endIndex ? text[index + 1] : UInt8(ascii: " ")
                if !isASCIILetterOrDigit(before) || !isASCIILetterOrDigit(after) {
                    index += 1
                    continue
                }
            case UInt8(ascii: "<"):
                let window = text[index..<min(text.endIndex, index + 40)]
                guard window.allSatisfy({ $0 < 0x80 }), isASCII(window.endIndex) else { return nil }
                if let close = window.firstIndex(of: UInt8(ascii: ">")), close > index + 1,
                    isASCIILetter(text[index + 1]) || text[index + 1] == UInt8(ascii: "/")
                {
                    index = close + 1
                    continue
                }
            case UInt8(ascii: "["):
                // The first `]` byte must be the first `]` character, and so on.
                if let close = closeBracket.first(from: index) {
                    guard standsAlone(close) else { return nil }
                    if close + 1 < text.endIndex, text[close + 1] == UInt8(ascii: "(") {
                        guard standsAlone(close + 1) else { return nil }
                        if let parenthesis = closeParenthesis.first(from: close + 1) {
                            guard standsAlone(parenthesis), let inner = strippingMarkdownBytes(text[(index + 1)..<close]) else {
                                return nil
                            }
                            result += inner
                            index = parenthesis + 1
                            continue
                        }
                    }
                }
            default:
                break
            }
            result.append(byte)
            index += 1
        }
        return result
    }

    /// Whether an ASCII byte is a letter (`Character.isLetter` in ASCII).
    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")
    }

    /// Whether an ASCII byte is a letter or a digit (`Character.isLetter || isNumber` in ASCII).
    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// Whether a byte may start inline Markdown: a backslash, `*`, `_`, `<` or `[`.
    private static func isMarkdownMarker(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "<"), UInt8(ascii: "["): true
        default: false
        }
    }

    /// An underscore is emphasis when it does not join two word characters (`snake_case`).
    private static func isEmphasisUnderscore(_ text: String, at index: String.Index) -> Bool {
        let before = index > text.startIndex ? text[text.index(before: index)] : " "
        let afterIndex = text.index(after: index)
        let after = afterIndex < text.endIndex ? text[afterIndex] : " "
        return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
    }

    /// The openings of site furniture that is never part of a statement.
    private static let boilerplatePrefixes = [
        "also read:", "also read ", "read also:", "read more:", "related:", "see also:", "share this",
        "advertisement", "subscribe", "tags:", "click here", "print this", "photo:", "photos:", "photo credit",
    ]
    private static let boilerplateLimit = ASCIIOpening.limit(for: boilerplatePrefixes)

    /// Site furniture that is never part of a statement: "Also read: ...", "Share this", ...
    static func isBoilerplate(_ paragraph: String) -> Bool {
        if let opening = ASCIIOpening(paragraph, limit: boilerplateLimit) {
            return boilerplatePrefixes.contains { opening.hasPrefix($0) }
        }
        let lower = lowercasedOpening(paragraph, limit: boilerplateLimit)
        return boilerplatePrefixes.contains { lower.hasPrefix($0) }
    }

    /// The openings of footers, and the whole lines that are footers.
    private static let footerPrefixes = ["follow us", "most popular", "related posts", "related articles"]
    /// "###" alone ends a press release; "### Trade and investment" is a Markdown heading.
    private static let footerLines = ["end text", "end text:", "###"]
    private static let footerLimit = ASCIIOpening.limit(for: footerPrefixes + footerLines)

    /// Footer markers after which a page holds no more statement text.
    static func isFooter(_ paragraph: String) -> Bool {
        if let opening = ASCIIOpening(paragraph, limit: footerLimit) {
            return footerPrefixes.contains { opening.hasPrefix($0) } || footerLines.contains { opening.isWhole($0) }
        }
        let lower = lowercasedOpening(paragraph, limit: footerLimit)
        return footerPrefixes.contains { lower.hasPrefix($0) } || footerLines.contains(lower)
    }

    /// The first `limit` characters of `paragraph` in lower case: as the whole paragraph in lower
    /// case answers whether it starts with, or is, a lower-case ASCII text shorter than `limit`
    /// (each character lowers to one or more of its own), without lowering a long paragraph.
    private static func lowercasedOpening(_ paragraph: String, limit: Int) -> String {
        String(paragraph.prefix(limit)).lowercased()
    }

    /// A heading: a short line without a sentence's closing punctuation ("Begin Text:", "Clean
    /// Energy"): at most six words between spaces. Counting stops at the seventh word, so a long
    /// paragraph is read only that far.
    static func looksLikeHeading(_ paragraph: String) -> Bool {
        var words = 0
        var inWord = false
        for character in paragraph {
            if character == " " {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > 6 { return false }
            }
        }
        guard let last = paragraph.last else { return true }
        if isOperativeLine(paragraph) { return false }
        return !".!?\"”".contains(last)
    }

    /// A sentence leading on to a list: after its first word, a past form of a verb of the lexicon
    /// in lower case ("Both sides agreed on the following:"; not "Key Outcomes:", "On particular
    /// issues of discussion:"), or a word of `lead_in_endings` before the colon ("Hungary and the
    /// Kyrgyz Republic will:").
    private static func isListLeadIn(_ paragraph: String) -> Bool {
        let tokens = Tokenizer.tokens(of: paragraph)
        if tokens.count >= 3, leadInEndings.contains(tokens[tokens.count - 2].text) { return true }
        return tokens.indices.dropFirst().contains { index in
            tokens[index].isWord && !tokens[index].isCapitalized && VerbLexicon.shared.match(tokens, at: index)?.isPast == true
        }
    }

    private static let leadInEndings = Set(WordClasses.readerWords.list("lead_in_endings"))

    /// A declaration's line, never a heading: one ending in a semicolon ("To STRENGTHEN national
    /// action plans;"), a sentence leading on to a list ("Both sides agreed on the following:"),
    /// two words in capitals leading on with a colon ("HEREBY DECLARE:"), or one such word that is
    /// a verb of the lexicon ("DECIDE:", not "BACKGROUND:").
    static func isOperativeLine(_ paragraph: String) -> Bool {
        guard let last = paragraph.last, ":;".contains(last) else { return false }
        if last == ";" || isListLeadIn(paragraph) { return true }
        let words = paragraph.dropLast().split(separator: " ", maxSplits: 2).prefix(2)
        guard words.allSatisfy({ word in word.count > 1 && word.allSatisfy { $0.isLetter && $0.isUppercase } }) else { return false }
        if words.count == 2 { return true }
        guard words.count == 1 else { return false }
        let tokens = Tokenizer.tokens(of: String(paragraph.dropLast()))
        return tokens.count == 1 && VerbLexicon.shared.match(tokens, at: 0) != nil
    }
}

/// The first occurrence of an element at or after positions that only move forward, each
/// part of the text scanned once: many `[` without a `]` cost a line's length, not its square.
private struct ForwardSearch<Text: Collection> where Text.Element: Equatable {
    let text: Text
    let target: Text.Element
    /// Where the last scan started, and what it found there (nil: no target from there on).
    private var scannedFrom: Text.Index?
    private var found: Text.Index?

    init(_ text: Text, for target: Text.Element) {
        self.text = text
        self.target = target
    }

    /// The index of the first target at or after `index`, or nil.
    mutating func first(from index: Text.Index) -> Text.Index? {
        if let scannedFrom, scannedFrom <= index, found.map({ $0 >= index }) ?? true {
            return found
        }
        scannedFrom = index
        found = text[index...].firstIndex(of: target)
        return found
    }
}
