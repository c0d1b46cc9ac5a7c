/// Turns query text into tokens. Positions are byte offsets; comments run from `#` to the
/// end of the line (so a shebang line is one); a `/` starts a regex literal where an
/// operand is expected and is division elsewhere.
public struct Lexer {
    private let bytes: [UInt8]
    private var index = 0
    private var tokens: [QueryToken] = []

    /// The longest identifier or literal accepted, so that absurd input fails with a message.
    public static let maximumTokenLength = 10_000

    private init(_ source: SourceText) {
        bytes = source.bytes
    }

    /// The tokens of `source`, ending with `.end`. Text that cannot be read becomes an
    /// `.invalid` token carrying its diagnostic, and lexing goes on at the next line.
    public static func tokens(of source: SourceText) -> [QueryToken] {
        var lexer = Lexer(source)
        while lexer.index < lexer.bytes.count {
            let start = lexer.index
            do {
                try lexer.next()
            } catch {
                lexer.tokens.append(QueryToken(kind: .invalid(error), range: error.range))
                lexer.index = max(lexer.index, start + 1)
                while lexer.index < lexer.bytes.count, lexer.bytes[lexer.index] != UInt8(ascii: "\n") { lexer.index += 1 }
            }
        }
        lexer.tokens.append(QueryToken(kind: .end, range: lexer.bytes.count..<lexer.bytes.count))
        return lexer.tokens
    }

    /// Reads the next token (or skips white space or a comment).
    private mutating func next() throws(Diagnostic) {
        let byte = bytes[index]
        let start = index
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
            index += 1
        case UInt8(ascii: "\n"):
            index += 1
            tokens.append(QueryToken(kind: .newline, range: start..<index))
        case UInt8(ascii: "#"):
            while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            try string(open: [byte], close: [byte])
        case 0xE2 where typographicQuote != nil:
            // Quotes pasted from a document: “...” and ‘...’ are strings too.
            let close: [UInt8] = typographicQuote == 0x9C ? [0xE2, 0x80, 0x9D] : [0xE2, 0x80, 0x99]
            try string(open: Array(bytes[index..<(index + 3)]), close: close)
        case UInt8(ascii: "$"):
            index += 1
            let name = identifierText()
            guard !name.isEmpty else {
                throw Diagnostic(.syntax, "expected a parameter name after '$'", at: start..<index)
            }
            tokens.append(QueryToken(kind: .parameter(name), range: start..<index))
        case UInt8(ascii: "/") where expectsOperand:
            try regex()
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            try number()
        default:
            if isIdentifierStart(byte) {
                let name = identifierText()
                guard name.utf8.count <= Self.maximumTokenLength else {
                    throw Diagnostic(.syntax, "identifier of \(name.utf8.count) bytes is too long (at most \(Self.maximumTokenLength))", at: start..<(start + 1))
                }
                tokens.append(QueryToken(kind: .identifier(name), range: start..<index))
            } else {
                try symbol()
            }
        }
    }

    /// Whether the previous token ends an operand, so that `/` is division.
    private var expectsOperand: Bool {
        guard let last = tokens.last else { return true }
        switch last.kind {
        case .identifier(let word):
            // After an operator word an operand comes: `text matches /re/`.
            return ["matches", "contains", "has", "in", "and", "or", "not", "startswith", "where", "select", "by", "extend", "filter"]
                .contains(word)
        case .string, .integer, .float, .date, .duration, .regex, .parameter: return false
        case .symbol(let symbol): return symbol != ")" && symbol != "]"
        case .newline, .end, .invalid: return true
        }
    }

    private func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    private func isIdentifierByte(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    private mutating func identifierText() -> String {
        let start = index
        while index < bytes.count, isIdentifierByte(bytes[index]) { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// The last byte of an opening typographic quote (“ or ‘) at the cursor, or nil.
    private var typographicQuote: UInt8? {
        guard index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80,
            bytes[index + 2] == 0x9C || bytes[index + 2] == 0x98
        else { return nil }
        return bytes[index + 2]
    }

    private mutating func string(open: [UInt8], close: [UInt8]) throws(Diagnostic) {
        let start = index
        index += open.count
        var value = [UInt8]()
        while index < bytes.count {
            let byte = bytes[index]
            if bytes[index...].starts(with: close) {
                index += close.count
                tokens.append(QueryToken(kind: .string(String(decoding: value, as: UTF8.self)), range: start..<index))
                return
            }
            if byte == UInt8(ascii: "\\") {
                guard index + 1 < bytes.count else { break }
                let escaped = bytes[index + 1]
                switch escaped {
                case UInt8(ascii: "n"): value.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "t"): value.append(UInt8(ascii: "\t"))
                case UInt8(ascii: "r"): value.append(UInt8(ascii: "\r"))
                case UInt8(ascii: "0"): value.append(0)
                case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "'"): value.append(escaped)
                default:
                    throw Diagnostic(.syntax, "unknown escape '\\\(String(decoding: [escaped], as: UTF8.self))' in a string", at: index..<(index + 2),
                        notes: ["known escapes: \\n \\t \\r \\0 \\\\ \\\" \\'"])
                }
                index += 2
                continue
            }
            value.append(byte)
            index += 1
        }
        throw Diagnostic(.incomplete, "unterminated string", at: start..<(start + 1))
    }

    private mutating func regex() throws(Diagnostic) {
        let start = index
        index += 1
        var pattern = [UInt8]()
        while index < bytes.count, bytes[index] != UInt8(ascii: "/") {
            if bytes[index] == UInt8(ascii: "\n") {
                throw Diagnostic(.incomplete, "unterminated regex", at: start..<(start + 1))
            }
            if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") {
                pattern.append(UInt8(ascii: "/"))
                index += 2
                continue
            }
            pattern.append(bytes[index])
            index += 1
        }
        guard index < bytes.count else {
            throw Diagnostic(.incomplete, "unterminated regex", at: start..<(start + 1))
        }
        index += 1
        let flagStart = index
        while index < bytes.count, isIdentifierByte(bytes[index]) { index += 1 }
        let flags = String(decoding: bytes[flagStart..<index], as: UTF8.self)
        if let bad = flags.first(where: { !"ims".contains($0) }) {
            throw Diagnostic(.syntax, "unknown regex flag '\(bad)'", at: flagStart..<index, notes: ["flags: i (ignore case), m (multi-line), s (dot matches newline)"])
        }
        tokens.append(QueryToken(kind: .regex(pattern: String(decoding: pattern, as: UTF8.self), flags: flags), range: start..<index))
    }

    private mutating func number() throws(Diagnostic) {
        let start = index
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        // A date literal: 2024-05-15.
        if index - start == 4, isDateTail(at: index) {
            let end = index + 6
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            index = end
            guard let day = Day(iso: text) else {
                throw Diagnostic(.syntax, "\(text) is not a day of the calendar", at: start..<end)
            }
            tokens.append(QueryToken(kind: .date(day), range: start..<end))
            return
        }
        var isFloat = false
        if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "."), isDigit(bytes[index + 1]) {
            isFloat = true
            index += 1
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            var cursor = index + 1
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "+") || bytes[cursor] == UInt8(ascii: "-") { cursor += 1 }
            if cursor < bytes.count, isDigit(bytes[cursor]) {
                isFloat = true
                index = cursor
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            }
        }
        if index < bytes.count, isIdentifierStart(bytes[index]) {
            let wordStart = index
            while index < bytes.count, isIdentifierByte(bytes[index]) { index += 1 }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            guard !isFloat, let step = DateStep(literal: text) else {
                throw Diagnostic(.syntax, "a number cannot run into letters", at: wordStart..<index,
                    notes: isFloat ? [] : ["a duration is a whole number and a unit: 1d, 7d, 2w, 1month, 1quarter, 1year"])
            }
            guard (1...DateStep.maximumCount).contains(step.count) else {
                throw Diagnostic(.syntax, "a duration counts 1 to \(DateStep.maximumCount) units, not \(step.count)", at: start..<index)
            }
            tokens.append(QueryToken(kind: .duration(step), range: start..<index))
            return
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard text.utf8.count <= Self.maximumTokenLength else {
            throw Diagnostic(.syntax, "number literal is too long", at: start..<(start + 1))
        }
        if isFloat {
            guard let value = Double(text), value.isFinite else {
                throw Diagnostic(.syntax, "\(text) is not a finite number", at: start..<index)
            }
            tokens.append(QueryToken(kind: .float(value), range: start..<index))
        } else {
            guard let value = Int(text) else {
                throw Diagnostic(.syntax, "integer \(text.count > 30 ? String(text.prefix(30)) + "…" : text) does not fit in 64 bits", at: start..<index,
                    notes: ["integers range from \(Int.min) to \(Int.max)"])
            }
            tokens.append(QueryToken(kind: .integer(value), range: start..<index))
        }
    }

    /// Whether `-MM-DD` (and no more word characters) starts at `index`.
    private func isDateTail(at index: Int) -> Bool {
        guard index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-"),
            isDigit(bytes[index + 1]), isDigit(bytes[index + 2]), isDigit(bytes[index + 4]), isDigit(bytes[index + 5])
        else { return false }
        return index + 6 == bytes.count || !isIdentifierByte(bytes[index + 6])
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private mutating func symbol() throws(Diagnostic) {
        let start = index
        let two = index + 1 < bytes.count ? String(decoding: bytes[index..<(index + 2)], as: UTF8.self) : ""
        // `&&`, `||` and `<>` are no operators of cq: they are read whole so that the parser can
        // name cq's own (`and`, `or`, `!=`).
        if ["==", "!=", "<=", ">=", "=~", "&&", "||", "<>", ".."].contains(two) {
            index += 2
            tokens.append(QueryToken(kind: .symbol(two), range: start..<index))
            return
        }
        let one = String(decoding: [bytes[index]], as: UTF8.self)
        guard "|,;()[].=<>+-*/%".contains(one) else {
            var end = index + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            let character = String(decoding: bytes[index..<end], as: UTF8.self)
            throw Diagnostic(.syntax, "unexpected character '\(character)'", at: start..<end,
                notes: QueryHabits.symbols[character].map { ["did you mean '\($0)'?"] } ?? [])
        }
        index += 1
        tokens.append(QueryToken(kind: .symbol(one), range: start..<index))
    }
}
