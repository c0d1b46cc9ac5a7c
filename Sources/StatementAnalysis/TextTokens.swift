/// The tokens of a clause's text that a diff compares: runs of letters and digits (words),
/// single ideographs (Chinese and Japanese write words without spaces, so each character
/// counts alone), and single punctuation marks. White space separates tokens and is never one.
struct TextTokens {
    /// The text the tokens are cut from.
    let text: Substring
    /// Each token's range in `text`.
    let ranges: [Range<Substring.Index>]
    /// Whether each token is a word or an ideograph (not a punctuation mark).
    let isWord: [Bool]

    init(_ text: Substring) {
        self.text = text
        var ranges = [Range<Substring.Index>]()
        var isWord = [Bool]()
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar.properties.isWhitespace {
                index = next
            } else if Self.isWordScalar(scalar) && !scalar.properties.isIdeographic {
                var end = next
                while end < scalars.endIndex, Self.isWordScalar(scalars[end]), !scalars[end].properties.isIdeographic {
                    end = scalars.index(after: end)
                }
                ranges.append(index..<end)
                isWord.append(true)
                index = end
            } else {
                ranges.append(index..<next)
                isWord.append(scalar.properties.isIdeographic)
                index = next
            }
        }
        self.ranges = ranges
        self.isWord = isWord
    }

    /// The number of tokens.
    var count: Int { ranges.count }

    /// Token `index` as written.
    subscript(index: Int) -> Substring { text[ranges[index]] }

    /// The text from the start of token `first` to the end of token `last`, spacing included.
    func span(_ first: Int, through last: Int) -> Substring {
        text[ranges[first].lowerBound..<ranges[last].upperBound]
    }

    /// The words (and ideographs) lowercased, for similarity.
    var lowercasedWords: [String] {
        ranges.indices.compactMap { isWord[$0] ? text[ranges[$0]].lowercased() : nil }
    }

    /// A letter, a digit or a combining mark: what a word is made of.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }
}
