/// Splits text into words and punctuation marks with UTF-8 byte offsets.
///
/// A word is a run of letters, digits and combining marks; an apostrophe inside a
/// word stays in it (`d'Ivoire`), a possessive `'s` becomes its own token, and dotted
/// abbreviations stay whole (`U.S.`, `R.`). Hyphens are tokens of their own, so
/// `China-Pakistan` gives `China`, `-`, `Pakistan`. Invisible formatting (zero-width and
/// bidirectional characters) is never a token and never splits one: `Paki<U+200B>stan` is the
/// word `Pakistan`, its offsets spanning the character.
enum Tokenizer {
    /// The clitics split from the word before them, in the order they are tried.
    private static let clitics: [[UInt8]] = ["s", "re", "ve", "ll", "d", "m"].map { Array($0.utf8) }

    /// The tokens of `text`.
    static func tokens(of text: String) -> [Token] {
        UTF8Scan.reading(text, tokens(of:))
    }

    /// The tokens of the bytes `scan` reads.
    private static func tokens(of scan: UTF8Scan) -> [Token] {
        let bytes = scan.bytes
        var tokens = [Token]()
        var index = 0
        while index < scan.count {
            let scalar = scan.scalar(at: index)
            if scalar.isWordScalar {
                var end = index
                // The word's text when it is not its bytes (a skipped invisible character, a
                // typographic apostrophe), else nil.
                var respelled: [UInt8]?
                // Whether the word so far is single letters joined by dots ("R", "U.S", "U.S.")
                // and ends in a letter: a dotted abbreviation, which takes the next dot in.
                var lettersAndDots = true
                var endsInLetter = false
                while end < scan.count {
                    let current = scan.scalar(at: end)
                    let next = scan.next(after: end)
                    if current.isWordScalar {
                        lettersAndDots = lettersAndDots && current.isAlphabetic && !endsInLetter
                        endsInLetter = true
                        respelled?.append(contentsOf: bytes[end..<next])
                        end = next
                    } else if current.isInvisibleFormat, let visible = firstVisible(scan, from: end),
                        scan.scalar(at: visible).isWordScalar
                    {
                        if respelled == nil { respelled = Array(bytes[index..<end]) }
                        end = visible
                    } else if isApostrophe(current), next < scan.count, scan.scalar(at: next).isWordScalar,
                        cliticLength(scan, at: end) == nil
                    {
                        lettersAndDots = false
                        if current != "'", respelled == nil { respelled = Array(bytes[index..<end]) }
                        respelled?.append(UInt8(ascii: "'"))
                        end = next
                    } else if current == ".", lettersAndDots, endsInLetter {
                        endsInLetter = false
                        respelled?.append(UInt8(ascii: "."))
                        end = next
                        if end < scan.count, scan.scalar(at: end).isAlphabetic {
                            continue
                        }
                        break
                    } else {
                        break
                    }
                }
                if let respelled {
                    tokens.append(Token(utf8: respelled, start: index, end: end))
                } else {
                    tokens.append(Token(utf8: bytes[index..<end], start: index, end: end))
                }
                index = end
            } else if let length = cliticLength(scan, at: index) {
                // The apostrophe folded, the clitic in lower case: "’S" is "'s".
                var text: [UInt8] = [UInt8(ascii: "'")]
                let apostropheEnd = scan.next(after: index)
                text.append(contentsOf: bytes[apostropheEnd..<(index + length)].map { $0 | 0x20 })
                tokens.append(Token(utf8: text, start: index, end: index + length))
                index += length
            } else {
                let next = scan.next(after: index)
                if !scalar.isWhiteSpace, !scalar.isInvisibleFormat {
                    tokens.append(Token(utf8: bytes[index..<next], start: index, end: next))
                }
                index = next
            }
        }
        return tokens
    }

    /// The length in bytes (apostrophe included) of a clitic at `index`: possessive 's, or 're,
    /// 've, 'll, 'd, 'm ending a word ("we're"), else nil.
    private static func cliticLength(_ scan: UTF8Scan, at index: Int) -> Int? {
        guard isApostrophe(scan.scalar(at: index)) else { return nil }
        let start = scan.next(after: index)
        for clitic in clitics {
            let end = start + clitic.count
            guard end <= scan.count else { continue }
            let matches = zip(scan.bytes[start..<end], clitic).allSatisfy { byte, letter in
                byte < 0x80 && byte | 0x20 == letter
            }
            if matches, end == scan.count || !scan.scalar(at: end).isWordScalar { return end - index }
        }
        return nil
    }

    /// The offset of the first scalar from `index` on that is not invisible formatting, or nil.
    private static func firstVisible(_ scan: UTF8Scan, from index: Int) -> Int? {
        var offset = index
        while offset < scan.count {
            if !scan.scalar(at: offset).isInvisibleFormat { return offset }
            offset = scan.next(after: offset)
        }
        return nil
    }

    /// Whether the scalar is a straight or typographic apostrophe.
    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}"
    }
}
