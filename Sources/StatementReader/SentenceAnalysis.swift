/// What the reader found in one sentence before actors are assigned.
struct SentenceAnalysis {
    /// The paragraph (1-based, headings not counted) it stands in.
    var paragraph: Int
    /// UTF-8 byte range of the sentence in the statement text.
    var range: Range<Int>
    /// The sentence itself.
    var text: String
    var tokens: [Token]
    var mentions: [SentenceMention]
    var act: SpeechAct
    /// Every day named, with the tokens that name it and how it was read.
    var dateMatches: [DateNormalizer.Match]
}
