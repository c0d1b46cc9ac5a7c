/// Splits a paragraph into sentences.
///
/// A sentence ends at `.`, `!` or `?` (closing quotes and brackets go with it) that is
/// followed by a space and a capital, a digit or an opening quote. Titles (`Mr.`,
/// `Dr.`, `No.`), initials (`Joseph R. Biden`) and decimals never end one;
/// abbreviations that can close a sentence (`U.S.`, `Jr.`, `etc.`) end one only when
/// a word that usually opens a sentence follows.
enum SentenceSplitter {
    private static let titles: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "Amb", "Hon", "Prof", "Rev",
        "Capt", "Maj", "Sgt", "Adm", "Cmdr", "No", "Nos", "Art", "Para", "Vol", "Fig", "pp", "vs", "Mt", "Ft",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "Messrs",
    ]
    private static let closingAbbreviations: Set<String> = ["Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "etc", "al", "Bros"]
    private static let sentenceOpeners: Set<String> = [
        "The", "They", "We", "He", "She", "It", "This", "These", "Those", "Both", "In", "On", "At", "As", "Our",
        "Their", "His", "Her", "Its", "I", "Today", "During", "Following", "Moreover", "Furthermore",
        "Additionally", "Also", "All", "Each", "Such", "That", "There", "To", "With", "And", "But",
    ]

    /// The sentences of `paragraph` as UTF-8 byte ranges, trimmed of surrounding spaces.
    static func sentences(in paragraph: String) -> [Range<Int>] {
        let scalars = Array(paragraph.unicodeScalars)
        var offsets = [Int]()
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)

        var ranges = [Range<Int>]()
        var start = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "." || scalar == "!" || scalar == "?" else {
                index += 1
                continue
            }
            var end = index + 1
            while end < scalars.count, isCloser(scalars[end]) { end += 1 }
            guard end < scalars.count, scalars[end].isWhiteSpace else {
                index = end
                continue
            }
            var next = end
            while next < scalars.count, scalars[next].isWhiteSpace { next += 1 }
            guard next < scalars.count, opensSentence(scalars, at: next),
                scalar != "." || periodEndsSentence(scalars, period: index, nextWordAt: next)
            else {
                index = end
                continue
            }
            append(start..<end)
            start = next
            index = next
        }
        append(start..<scalars.count)
        return ranges

        func append(_ range: Range<Int>) {
            var lower = range.lowerBound
            var upper = range.upperBound
            while lower < upper, scalars[lower].isWhiteSpace { lower += 1 }
            while upper > lower, scalars[upper - 1].isWhiteSpace { upper -= 1 }
            if lower < upper { ranges.append(offsets[lower]..<offsets[upper]) }
        }
    }

    private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        "\"'”’)]".unicodeScalars.contains(scalar)
    }

    private static func opensSentence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let scalar = scalars[index]
        if isCapitalOrDigit(scalar) { return true }
        if "\"“‘'(".unicodeScalars.contains(scalar), index + 1 < scalars.count {
            return isCapitalOrDigit(scalars[index + 1])
        }
        return false
    }

    /// A capital, a digit, or a letter of a script without case (中国).
    private static func isCapitalOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isUppercaseLetter || ("0"..."9").contains(scalar)
            || (scalar.isAlphabetic && !scalar.isLowercaseLetter && !scalar.changesWhenUppercased)
    }

    private static func periodEndsSentence(_ scalars: [Unicode.Scalar], period: Int, nextWordAt next: Int) -> Bool {
        var wordStart = period
        while wordStart > 0, !scalars[wordStart - 1].isWhiteSpace, scalars[wordStart - 1] != "(" {
            wordStart -= 1
        }
        let word = String(String.UnicodeScalarView(scalars[wordStart..<period]))
        if word.isEmpty { return true }
        if titles.contains(word) { return false }
        let letters = word.unicodeScalars.filter { $0 != "." }
        let isInitial = letters.count == 1 && (letters.first?.isUppercaseLetter ?? false)
        let isDotted = word.contains(".")
        if isInitial || isDotted || closingAbbreviations.contains(word) {
            var nextEnd = next
            while nextEnd < scalars.count, scalars[nextEnd].isAlphabetic { nextEnd += 1 }
            let nextWord = String(String.UnicodeScalarView(scalars[next..<nextEnd]))
            return !isInitial && sentenceOpeners.contains(nextWord)
        }
        return true
    }
}
