/// Splits text into words and punctuation marks with UTF-8 byte offsets.
///
/// A word is a run of letters, digits and combining marks; an apostrophe inside a
/// word stays in it (`d'Ivoire`), a possessive `'s` becomes its own token, and dotted
/// abbreviations stay whole (`U.S.`, `R.`). Hyphens are tokens of their own, so
/// `China-Pakistan` gives `China`, `-`, `Pakistan`. Invisible formatting (zero-width and
/// bidirectional characters) is never a token and never splits one: `Paki<U+200B>stan` is the
/// word `Pakistan`, its offsets spanning the character.
enum Tokenizer {
    /// The tokens of `text`.
    static func tokens(of text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var offsets = [Int]()
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)

        var tokens = [Token]()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                var end = index
                var word = String.UnicodeScalarView()
                // Whether the word so far is single letters joined by dots ("R", "U.S", "U.S.")
                // and ends in a letter: a dotted abbreviation, which takes the next dot in.
                var lettersAndDots = true
                var endsInLetter = false
                while end < scalars.count {
                    let current = scalars[end]
                    if isWordScalar(current) {
                        lettersAndDots = lettersAndDots && current.isAlphabetic && !endsInLetter
                        endsInLetter = true
                        word.append(current)
                        end += 1
                    } else if current.isInvisibleFormat, let next = firstVisible(scalars, from: end), isWordScalar(scalars[next]) {
                        end = next
                    } else if isApostrophe(current), end + 1 < scalars.count, isWordScalar(scalars[end + 1]),
                        clitic(scalars, at: end) == nil
                    {
                        lettersAndDots = false
                        word.append("'")
                        end += 1
                    } else if current == ".", lettersAndDots, endsInLetter {
                        endsInLetter = false
                        word.append(".")
                        end += 1
                        if end < scalars.count, scalars[end].isAlphabetic {
                            continue
                        }
                        break
                    } else {
                        break
                    }
                }
                tokens.append(Token(text: String(word), start: offsets[index], end: offsets[end]))
                index = end
            } else if let length = clitic(scalars, at: index) {
                let text = "'" + String(String.UnicodeScalarView(scalars[(index + 1)..<(index + length)])).lowercased()
                tokens.append(Token(text: text, start: offsets[index], end: offsets[index + length]))
                index += length
            } else if scalar.isWhiteSpace || scalar.isInvisibleFormat {
                index += 1
            } else {
                tokens.append(Token(text: String(scalar), start: offsets[index], end: offsets[index + 1]))
                index += 1
            }
        }
        return tokens
    }

    /// The length (apostrophe included) of a clitic at `index`: possessive 's, or 're, 've,
    /// 'll, 'd, 'm ending a word ("we're"), else nil.
    static func clitic(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        guard isApostrophe(scalars[index]) else { return nil }
        for ending in ["s", "re", "ve", "ll", "d", "m"] {
            let end = index + 1 + ending.unicodeScalars.count
            guard end <= scalars.count else { continue }
            let matches = String(String.UnicodeScalarView(scalars[(index + 1)..<end])).lowercased() == ending
            if matches, end == scalars.count || !isWordScalar(scalars[end]) { return end - index }
        }
        return nil
    }

    /// The index of the first scalar from `index` on that is not invisible formatting, or nil.
    private static func firstVisible(_ scalars: [Unicode.Scalar], from index: Int) -> Int? {
        scalars[index...].firstIndex { !$0.isInvisibleFormat }
    }

    /// Whether the scalar can stand inside a word.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isWordScalar
    }

    /// Whether the scalar is a straight or typographic apostrophe.
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}"
    }
}
