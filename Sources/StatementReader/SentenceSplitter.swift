/// Splits a paragraph into sentences.
///
/// A sentence ends at `.`, `!` or `?` (closing quotes and brackets go with it) that is
/// followed by a space and a capital, a digit or an opening quote. Titles (`Mr.`,
/// `Dr.`, `No.`), initials (`Joseph R. Biden`) and decimals never end one;
/// abbreviations that can close a sentence (`U.S.`, `Jr.`, `etc.`) end one only when
/// a word that usually opens a sentence follows.
enum SentenceSplitter {
    /// Abbreviations whose period never ends a sentence ("Hon.", "No."), without the period
    /// (`Lexicon/reader_words.tsv`); the speech-act coder's clause scans read them too.
    static let titles = Set(WordClasses.readerWords.list("abbreviations_before_names"))
    /// The other lists of `Lexicon/reader_words.tsv` the splitter reads.
    private static let closingAbbreviations = Set(WordClasses.readerWords.list("closing_abbreviations"))
    private static let sentenceOpeners = Set(WordClasses.readerWords.list("sentence_openers"))

    /// The sentences of `paragraph` as UTF-8 byte ranges, trimmed of surrounding spaces.
    static func sentences(in paragraph: String) -> [Range<Int>] {
        UTF8Scan.reading(paragraph, sentences(in:))
    }

    /// The sentences of the bytes `scan` reads.
    private static func sentences(in scan: UTF8Scan) -> [Range<Int>] {
        var ranges = [Range<Int>]()
        var start = 0
        var index = 0
        while index < scan.count {
            let scalar = scan.scalar(at: index)
            guard scalar == "." || scalar == "!" || scalar == "?" else {
                index = scan.next(after: index)
                continue
            }
            var end = index + 1
            while end < scan.count, isCloser(scan.scalar(at: end)) { end = scan.next(after: end) }
            guard end < scan.count, scan.scalar(at: end).isWhiteSpace else {
                index = end
                continue
            }
            var next = end
            while next < scan.count, scan.scalar(at: next).isWhiteSpace { next = scan.next(after: next) }
            guard next < scan.count, opensSentence(scan, at: next),
                scalar != "." || periodEndsSentence(scan, period: index, nextWordAt: next)
            else {
                index = end
                continue
            }
            append(start..<end)
            start = next
            index = next
        }
        append(start..<scan.count)
        return ranges

        func append(_ range: Range<Int>) {
            var lower = range.lowerBound
            var upper = range.upperBound
            while lower < upper, scan.scalar(at: lower).isWhiteSpace { lower = scan.next(after: lower) }
            while upper > lower, scan.scalar(at: scan.previous(before: upper)).isWhiteSpace {
                upper = scan.previous(before: upper)
            }
            if lower < upper { ranges.append(lower..<upper) }
        }
    }

    private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        "\"'”’)]".unicodeScalars.contains(scalar)
    }

    private static func opensSentence(_ scan: UTF8Scan, at index: Int) -> Bool {
        let scalar = scan.scalar(at: index)
        if isCapitalOrDigit(scalar) { return true }
        let next = scan.next(after: index)
        if "\"“‘'(".unicodeScalars.contains(scalar), next < scan.count {
            return isCapitalOrDigit(scan.scalar(at: next))
        }
        return false
    }

    /// A capital, a digit, or a letter of a script without case (中国).
    private static func isCapitalOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isUppercaseLetter || ("0"..."9").contains(scalar)
            || (scalar.isAlphabetic && !scalar.isLowercaseLetter && !scalar.changesWhenUppercased)
    }

    private static func periodEndsSentence(_ scan: UTF8Scan, period: Int, nextWordAt next: Int) -> Bool {
        var wordStart = period
        while wordStart > 0 {
            let before = scan.previous(before: wordStart)
            let scalar = scan.scalar(at: before)
            guard !scalar.isWhiteSpace, scalar != "(" else { break }
            wordStart = before
        }
        let word = String(decoding: scan.bytes[wordStart..<period], as: UTF8.self)
        if word.isEmpty { return true }
        if titles.contains(word) { return false }
        let letters = word.unicodeScalars.filter { $0 != "." }
        let isInitial = letters.count == 1 && (letters.first?.isUppercaseLetter ?? false)
        let isDotted = word.contains(".")
        if isInitial || isDotted || closingAbbreviations.contains(word) {
            var nextEnd = next
            while nextEnd < scan.count, scan.scalar(at: nextEnd).isAlphabetic { nextEnd = scan.next(after: nextEnd) }
            let nextWord = String(decoding: scan.bytes[next..<nextEnd], as: UTF8.self)
            return !isInitial && sentenceOpeners.contains(nextWord)
        }
        return true
    }
}
